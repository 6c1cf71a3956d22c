import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import type { Tx } from "../queries/audit";
import { selectRows } from "../raw";
import { lockInOrder } from "../konvergensi/rollup";
import { periodsOfDate, type GrowthPeriod } from "@/lib/dashboard/growth-periods";

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

type Key = { kodeWilayah: string; period: GrowthPeriod };

/** After a child's measurement is saved, changed or removed: re-counts the desa × periods that measurement
 * touched (`dates`: its old and new dates; `desa`: its old and new desa). Every child with a measurement there
 * is re-read, so a child whose latest measurement moved to another desa is counted in exactly one. Locked per
 * (desa, period) in a fixed order, like the convergence roll-up. */
export async function refreshGrowthRollups(db: Db | Tx, { sasaranId, dates, desa }: { sasaranId: number; dates: string[]; desa: string[] }): Promise<void> {
  const periods = [...new Map(dates.flatMap(periodsOfDate).map((p) => [p.key, p])).values()];
  if (!periods.length) return;
  const values = sql.join(periods.map((p) => sql`(${p.key}::text, ${p.from}::date, ${p.to}::date)`), sql`, `);
  // Every desa the child has a measurement in during those periods, plus the desa it was just taken out of.
  const found = await selectRows<{ kode: string; periode: string }>(
    db,
    sql`select distinct u.kode_wilayah as kode, p.periode from pengukuran u join (values ${values}) as p(periode, dari, sampai) on u.tanggal_ukur between p.dari and p.sampai
        where u.sasaran_id = ${sasaranId}`,
  );
  const keys = new Map<string, Key>();
  for (const p of periods) for (const kode of desa) keys.set(`${kode}|${p.key}`, { kodeWilayah: kode, period: p });
  for (const f of found) keys.set(`${f.kode}|${f.periode}`, { kodeWilayah: f.kode, period: periods.find((p) => p.key === f.periode)! });
  const list = [...keys.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, k]) => k);
  await lockInOrder(db, list.map((k) => `pertumbuhan_desa:${k.kodeWilayah}|${k.period.key}`));
  const keyValues = sql.join(list.map((k) => sql`(${k.kodeWilayah}::text, ${k.period.key}::text, ${k.period.from}::date, ${k.period.to}::date)`), sql`, `);
  const pairs = sql`(select kode, periode from (values ${sql.join(list.map((k) => sql`(${k.kodeWilayah}::text, ${k.period.key}::text)`), sql`, `)}) as v(kode, periode))`;
  await db.execute(sql`delete from pertumbuhan_desa where (kode_wilayah, periode) in ${pairs}`);
  await db.execute(
    insertGrowth({
      measurements: sql`u.sasaran_id in (select v.sasaran_id from pengukuran v join (values ${keyValues}) as k(kode, periode, dari, sampai) on v.kode_wilayah = k.kode and v.tanggal_ukur between k.dari and k.sampai)`,
      periods: sql`periode in (${sql.join(periods.map((p) => sql`${p.key}`), sql`, `)})`,
      keep: sql`(kode_wilayah, periode) in ${pairs}`,
    }),
  );
}

/** Rebuilds every growth roll-up under a region code (bulk loads) — or everywhere when `kode` is omitted. One
 * statement per desa keeps each sort small (the embedded database aborts on a district-sized one). */
export async function rebuildGrowthRollups(db: Db | Tx, kode?: string): Promise<void> {
  const under = kode ? sql`kode_wilayah like ${`${kode}.%`}` : sql`true`;
  await db.execute(sql`delete from pertumbuhan_desa where ${under}`);
  const desa = await selectRows<{ kode: string }>(db, sql`select distinct kode_wilayah as kode from pengukuran where ${under} order by 1`);
  for (const { kode: d } of desa) {
    await db.execute(
      insertGrowth({
        measurements: sql`u.sasaran_id in (select v.sasaran_id from pengukuran v where v.kode_wilayah = ${d})`,
        periods: sql`true`,
        keep: sql`kode_wilayah = ${d}`,
      }),
    );
  }
}
