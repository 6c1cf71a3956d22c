import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import type { Tx } from "../client";
import { selectRows } from "../raw";
import { periodsOfDate } from "@/lib/dashboard/growth-periods";

/** Rows of `pertumbuhan_desa` for the measurements `u` matching `measurements`, over the periods each falls in
 * (`periods` narrows them), keeping only (desa, period) pairs matching `keep`. Each child counts once per period,
 * by its latest length (stunting) and its latest weight (wasting, underweight) — the dashboard's definitions,
 * classified on the stored 2-decimal z-scores like WHO's software. */
function insertGrowth({ measurements, periods, keep }: { measurements: SQL; periods: SQL; keep: SQL }): SQL {
  return sql`insert into pertumbuhan_desa (kode_wilayah, periode, measured, stunted, severe, weighed, wasted, underweight)
    with m as (
      select p.periode, u.id, u.sasaran_id, u.kode_wilayah, u.tanggal_ukur, u.haz, u.waz, u.whz, u.oedema, u.berat_kg
      from pengukuran u
      cross join lateral (values (to_char(u.tanggal_ukur, 'YYYY-MM')), (to_char(u.tanggal_ukur, 'YYYY') || '-T' || extract(quarter from u.tanggal_ukur)::int), (to_char(u.tanggal_ukur, 'YYYY'))) as p(periode)
      where ${measurements}),
    sel as (select * from m where ${periods}),
    len as (select distinct on (periode, sasaran_id) periode, kode_wilayah, haz from sel where haz is not null order by periode, sasaran_id, tanggal_ukur desc, id desc),
    wt as (select distinct on (periode, sasaran_id) periode, kode_wilayah, waz, whz, oedema from sel where berat_kg is not null order by periode, sasaran_id, tanggal_ukur desc, id desc),
    a as (select periode, kode_wilayah, count(*)::int as measured, count(*) filter (where haz < -2)::int as stunted, count(*) filter (where haz < -3)::int as severe from len group by 1, 2),
    b as (select periode, kode_wilayah, count(*)::int as weighed, count(*) filter (where whz < -2 or oedema)::int as wasted, count(*) filter (where waz < -2 or oedema)::int as underweight from wt group by 1, 2)
    select kode_wilayah, periode, coalesce(a.measured, 0), coalesce(a.stunted, 0), coalesce(a.severe, 0), coalesce(b.weighed, 0), coalesce(b.wasted, 0), coalesce(b.underweight, 0)
    from a full join b using (periode, kode_wilayah)
    where ${keep}`;
}

type Counts = {
  measured: number;
  stunted: number;
  severe: number;
  weighed: number;
  wasted: number;
  underweight: number;
};
/** What one child adds to `pertumbuhan_desa`, by "desa|periode". */
export type GrowthShare = Map<string, Counts>;

const ZERO: Counts = { measured: 0, stunted: 0, severe: 0, weighed: 0, wasted: 0, underweight: 0 };
/** Also the column names of pertumbuhan_desa (one word each). */
const FIELDS = Object.keys(ZERO) as Array<keyof Counts>;

/** One child's share of the growth roll-up in the month, quarter and year of each date: in every period the child
 * counts once, by its latest length and its latest weight there, in the desa of that measurement — the same rule
 * as `insertGrowth`, read from the child's own few rows (index `pengukuran_sasaran_idx`). */
export async function childGrowthShare(db: Db | Tx, sasaranId: number, dates: string[]): Promise<GrowthShare> {
  const periods = [...new Map(dates.flatMap(periodsOfDate).map((p) => [p.key, p])).values()];
  const share: GrowthShare = new Map();
  if (!periods.length) return share;
  const values = sql.join(
    periods.map((p) => sql`(${p.key}::text, ${p.from}::date, ${p.to}::date)`),
    sql`, `,
  );
  const rows = await selectRows<{ kind: "len" | "wt"; periode: string; kode: string; a: boolean; b: boolean }>(
    db,
    sql`with m as (
          select p.periode, u.id, u.kode_wilayah, u.tanggal_ukur, u.haz, u.waz, u.whz, u.oedema, u.berat_kg
          from pengukuran u join (values ${values}) as p(periode, dari, sampai) on u.tanggal_ukur between p.dari and p.sampai
          where u.sasaran_id = ${sasaranId}),
        len as (select distinct on (periode) periode, kode_wilayah, haz from m where haz is not null order by periode, tanggal_ukur desc, id desc),
        wt as (select distinct on (periode) periode, kode_wilayah, waz, whz, oedema from m where berat_kg is not null order by periode, tanggal_ukur desc, id desc)
        select 'len' as kind, periode, kode_wilayah as kode, haz < -2 as a, haz < -3 as b from len
        union all
        select 'wt', periode, kode_wilayah, coalesce(whz < -2 or oedema, false), coalesce(waz < -2 or oedema, false) from wt`,
  );
  for (const r of rows) {
    const key = `${r.kode}|${r.periode}`;
    const c = share.get(key) ?? { ...ZERO };
    if (r.kind === "len") Object.assign(c, { measured: 1, stunted: Number(r.a), severe: Number(r.b) });
    else Object.assign(c, { weighed: 1, wasted: Number(r.a), underweight: Number(r.b) });
    share.set(key, c);
  }
  return share;
}

/** Applies the difference between a child's share before and after a save to the roll-up: a handful of rows
 * incremented in place, rows left at zero removed (a rebuild has none). The caller holds the child's row lock
 * (`loadTarget` … for no key update), so two saves of one child cannot interleave their before/after reads;
 * saves of different children touch the same rows only through atomic increments. */
export async function applyGrowthChange(db: Db | Tx, before: GrowthShare, after: GrowthShare): Promise<void> {
  const deltas: Array<[string, string, Counts]> = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key) ?? ZERO;
    const a = after.get(key) ?? ZERO;
    const d = Object.fromEntries(FIELDS.map((f) => [f, a[f] - b[f]])) as Counts;
    if (FIELDS.some((f) => d[f] !== 0)) {
      const [kode, periode] = key.split("|");
      deltas.push([kode, periode, d]);
    }
  }
  if (!deltas.length) return;
  // Sorted, so concurrent saves of children in the same desa lock the rows in one order.
  deltas.sort(([a, p], [b, q]) => a.localeCompare(b) || p.localeCompare(q));
  const rows = sql.join(
    deltas.map(
      ([kode, periode, d]) =>
        sql`(${kode}, ${periode}, ${sql.join(
          FIELDS.map((f) => sql`${d[f]}::int`),
          sql`, `,
        )})`,
    ),
    sql`, `,
  );
  await db.execute(sql`insert into pertumbuhan_desa as g (kode_wilayah, periode, measured, stunted, severe, weighed, wasted, underweight) values ${rows}
    on conflict (kode_wilayah, periode) do update set ${sql.join(
      FIELDS.map((f) => sql.raw(`${f} = g.${f} + excluded.${f}`)),
      sql`, `,
    )}`);
  const keys = sql.join(
    deltas.map(([kode, periode]) => sql`(${kode}::text, ${periode}::text)`),
    sql`, `,
  );
  await db.execute(
    sql`delete from pertumbuhan_desa where (kode_wilayah, periode) in (select * from (values ${keys}) as v(k, p)) and measured = 0 and weighed = 0`,
  );
}

/** Rebuilds every growth roll-up under a region code (bulk loads) — or everywhere when `kode` is omitted. One
 * statement per desa keeps each sort small (the embedded database aborts on a district-sized one). */
export async function rebuildGrowthRollups(db: Db | Tx, kode?: string): Promise<void> {
  const under = kode ? sql`kode_wilayah like ${`${kode}.%`}` : sql`true`;
  await db.execute(sql`delete from pertumbuhan_desa where ${under}`);
  const desa = await selectRows<{ kode: string }>(
    db,
    sql`select distinct kode_wilayah as kode from pengukuran where ${under} order by 1`,
  );
  for (const { kode: d } of desa) {
    // The children first, then their rows by `pengukuran_sasaran_idx`: as a sub-select, a planner with stale
    // statistics (a bulk load still in its transaction) hashes the whole table once per desa.
    const ids = (
      await selectRows<{ id: number }>(
        db,
        sql`select distinct sasaran_id as id from pengukuran where kode_wilayah = ${d}`,
      )
    ).map((r) => r.id);
    await db.execute(
      insertGrowth({
        measurements: sql`u.sasaran_id = any(${`{${ids.join(",")}}`}::int[])`,
        periods: sql`true`,
        keep: sql`kode_wilayah = ${d}`,
      }),
    );
  }
}
