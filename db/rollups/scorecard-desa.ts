import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import type { Tx } from "../client";

export type DesaQuarter = { kodeWilayah: string; tahun: number; triwulan: number };

/** The aggregation behind `konvergensi_desa`, for the rows of `konvergensi_sasaran` (alias k) matching `filter`.
 * The same sums the scorecard used to compute on read: counts, Y/T totals, risk and growth-mat colours, and
 * per indicator how many targets answered Y, TS or anything. */
function insertRollups(filter: SQL): SQL {
  return sql`insert into konvergensi_desa (kode_wilayah, tahun, triwulan, kelompok, n, diterima, seharusnya, risiko, h, k, m, td, y, ts, ni)
    select b.kode_wilayah, b.tahun, b.triwulan, b.kelompok, b.n, b.diterima, b.seharusnya, b.risiko, b.h, b.k, b.m, b.td,
      coalesce(a.y, '{}'), coalesce(a.ts, '{}'), coalesce(a.ni, '{}')
    from (
      select k.kode_wilayah, k.tahun, k.triwulan, k.kelompok, count(*)::int as n,
        coalesce(sum(k.diterima), 0)::int as diterima, coalesce(sum(k.seharusnya), 0)::int as seharusnya,
        count(*) filter (where (k.kelompok = 'ibu' and k.status in ('kek', 'risti')) or (k.kelompok = 'anak' and k.status in ('GK', 'GB', 'S')))::int as risiko,
        count(*) filter (where k.tikar = 'H')::int as h, count(*) filter (where k.tikar = 'K')::int as k,
        count(*) filter (where k.tikar = 'M')::int as m, count(*) filter (where k.kelompok = 'anak' and coalesce(k.tikar, 'TD') = 'TD')::int as td
      from konvergensi_sasaran k where ${filter}
      group by 1, 2, 3, 4
    ) b
    left join (
      select kode_wilayah, tahun, triwulan, kelompok,
        array_agg(y order by nomor) as y, array_agg(ts order by nomor) as ts, array_agg(ni order by nomor) as ni
      from (
        select k.kode_wilayah, k.tahun, k.triwulan, k.kelompok, i.nomor,
          count(*) filter (where i.c = 'Y')::int as y, count(*) filter (where i.c = '-')::int as ts, count(*)::int as ni
        from konvergensi_sasaran k cross join lateral unnest(string_to_array(k.hasil, null)) with ordinality as i(c, nomor)
        where ${filter}
        group by 1, 2, 3, 4, 5
      ) x
      group by 1, 2, 3, 4
    ) a using (kode_wilayah, tahun, triwulan, kelompok)`;
}

/** Transaction-scoped advisory locks on these names, taken in sorted order in one round trip. `shared`: many
 * holders at once, excluding only an exclusive holder (the period lock, db/queries/period-lock.ts). */
export async function lockInOrder(db: Db | Tx, names: string[], opts: { shared?: boolean } = {}): Promise<void> {
  if (!names.length) return;
  const lock = sql.raw(opts.shared ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock");
  await db.execute(
    sql`select count(${lock}(hashtext(n))) from (select n from unnest(${`{${[...names]
      .sort()
      .map((n) => `"${n}"`)
      .join(",")}}`}::text[]) as n order by n) as s`,
  );
}

const keyOf = (q: DesaQuarter) => `${q.kodeWilayah}|${q.tahun}|${q.triwulan}`;

/** Re-sums these desa-quarters from `konvergensi_sasaran`, inside the caller's transaction. Each desa-quarter is
 * locked (transaction-scoped advisory lock, in a fixed order so two writers cannot deadlock) before it is
 * re-summed; a writer that waited re-reads after the other committed, so the sums never miss a change. */
export async function refreshDesaRollups(db: Db | Tx, quarters: DesaQuarter[]): Promise<void> {
  const unique = [...new Map(quarters.map((q) => [keyOf(q), q])).values()].sort((a, b) =>
    keyOf(a).localeCompare(keyOf(b)),
  );
  if (!unique.length) return;
  await lockInOrder(
    db,
    unique.map((q) => `konvergensi_desa:${keyOf(q)}`),
  );
  // A VALUES sub-select, not a row IN-list: hundreds of keys (a batch recompute) as an OR tree overflow the
  // embedded database's stack.
  const keys = sql`(select kode, tahun, triwulan from (values ${sql.join(
    unique.map((q) => sql`(${q.kodeWilayah}::text, ${q.tahun}::smallint, ${q.triwulan}::smallint)`),
    sql`, `,
  )}) as v(kode, tahun, triwulan))`;
  await db.execute(sql`delete from konvergensi_desa where (kode_wilayah, tahun, triwulan) in ${keys}`);
  await db.execute(insertRollups(sql`(k.kode_wilayah, k.tahun, k.triwulan) in ${keys}`));
}

/** Rebuilds every roll-up under a region code (bulk loads: the synthetic generator, repairs). */
export async function rebuildRollupsUnder(db: Db | Tx, kode: string): Promise<void> {
  await db.execute(sql`delete from konvergensi_desa where kode_wilayah like ${`${kode}.%`}`);
  await db.execute(insertRollups(sql`k.kode_wilayah like ${`${kode}.%`}`));
}

/** Rebuilds every roll-up (a repair, and the reference the tests compare the maintained table with). */
export async function rebuildAllRollups(db: Db | Tx): Promise<void> {
  await db.execute(sql`delete from konvergensi_desa`);
  await db.execute(insertRollups(sql`true`));
}
