import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import type { Tx } from "../client";
import { selectRows } from "../raw";
import { periodsOfDate } from "@/lib/dashboard/growth-periods";
import { PLAUSIBLE_Z } from "@/lib/growth/zscore";
import { AGE_BANDS, BANDS_0_23, UNDER_FIVE_MONTHS } from "@/lib/growth/age-bands";

/** SQL of the age band (lib/growth/age-bands.ts) of a measurement's `umur_bulan`: the band's first month. */
export const ageBandSql = (col = "umur_bulan") =>
  `case ${[...AGE_BANDS]
    .slice(1)
    .map((b, i) => `when ${col} < ${b} then ${AGE_BANDS[i]}`)
    .join(" ")} else ${AGE_BANDS[AGE_BANDS.length - 1]} end`;
/** The roll-up's rows of the 0–23 figures (the scorecard's children): the bands below 24 months. */
export const BANDS_0_23_SQL = sql.raw(`kelompok_umur in (${BANDS_0_23.join(", ")})`);

/** Measurements of children under five: the only ones in a band. */
const UNDER_FIVE = `umur_bulan between 0 and ${UNDER_FIVE_MONTHS - 1}`;
/** The columns every measurement row handed to growthCountRows carries. */
export const MEASUREMENT_COLUMNS =
  "u.id, u.sasaran_id, u.kode_wilayah, u.tanggal_ukur, u.umur_bulan, u.haz, u.waz, u.whz, u.oedema";

/** The growth prevalences' one definition (docs/indicators.md §3), as SQL over measurement rows carrying `periode`,
 * `id`, `sasaran_id`, `kode_wilayah`, `tanggal_ukur`, `haz`, `waz`, `whz`, `oedema`. A measurement carries a z-score
 * when the z-score lies within WHO's plausibility limits (`PLAUSIBLE_Z`); oedema carries WHZ and WAZ (WHO counts it
 * below −3 SD, its z-scores are not computed). */
const within = (z: keyof typeof PLAUSIBLE_Z) => sql.raw(`${z} between ${PLAUSIBLE_Z[z].min} and ${PLAUSIBLE_Z[z].max}`);
const CARRIES = {
  haz: within("haz"),
  whz: sql`(${within("whz")} or oedema)`,
  waz: sql`(${within("waz")} or oedema)`,
} as const;

/** CTEs (to follow a `with … ,`) ending in `c`: per z-score, each child's latest measurement in the period that
 * carries it (ties: the later row), as one row per child and z-score — periode, sasaran_id, the kode_wilayah and the
 * age band (`kelompok_umur`) of that measurement, and 0/1 in the roll-up's columns; a counted measurement from 60
 * months on counts nowhere. Classified on the stored 2-decimal z-scores, like WHO's software.
 * `rows` names a CTE of measurements already narrowed to the periods wanted. */
export function growthCountRows(rows: SQL): SQL {
  const n = (f: keyof typeof IN_NUMERATOR) => sql.raw(`(${IN_NUMERATOR[f]})::int`);
  const band = sql.raw(`${ageBandSql()} as kelompok_umur`);
  const under5 = sql.raw(UNDER_FIVE);
  return sql`h as (${latestCarrying(rows, "haz", "umur_bulan, haz")}),
    w as (${latestCarrying(rows, "whz", "umur_bulan, whz, oedema")}),
    a as (${latestCarrying(rows, "waz", "umur_bulan, waz, oedema")}),
    c as (
      select periode, sasaran_id, kode_wilayah, ${band}, 1 as measured, ${n("stunting")} as stunted, ${n("stunting-berat")} as severe,
        0 as whz_n, 0 as wasted, 0 as overweight, 0 as waz_n, 0 as underweight from h where ${under5}
      union all
      select periode, sasaran_id, kode_wilayah, ${band}, 0, 0, 0, 1, ${n("wasting")}, ${n("overweight")}, 0, 0 from w where ${under5}
      union all
      select periode, sasaran_id, kode_wilayah, ${band}, 0, 0, 0, 0, 0, 0, 1, ${n("underweight")} from a where ${under5})`;
}

/** Per child and period, its latest measurement in `rows` that carries z-score `z` (ties: the later row), with
 * `cols`: the row of the denominator of every figure on that z-score. The drill-down lists read the same. */
export function latestCarrying(rows: SQL, z: keyof typeof CARRIES, cols: string): SQL {
  return sql`select distinct on (periode, sasaran_id) periode, sasaran_id, kode_wilayah, ${sql.raw(cols)} from ${rows} where ${CARRIES[z]} order by periode, sasaran_id, tanggal_ukur desc, id desc`;
}

/** Which z-score each prevalence is on, and when a child's counted measurement is in its numerator (SQL over that
 * measurement's columns, on the stored 2-decimal values; oedema is wasted and underweight). */
export const GROWTH_Z = {
  stunting: "haz",
  "stunting-berat": "haz",
  wasting: "whz",
  overweight: "whz",
  underweight: "waz",
} as const;
export const IN_NUMERATOR = {
  stunting: "haz < -2",
  "stunting-berat": "haz < -3",
  wasting: "oedema or whz < -2",
  overweight: "coalesce(whz > 2, false)",
  underweight: "oedema or waz < -2",
} as const satisfies Record<keyof typeof GROWTH_Z, string>;

/** Rows of `pertumbuhan_desa` for the measurements `u` matching `measurements`, over the periods each falls in
 * (`periods` narrows them), keeping only desa matching `keep` (on `kode_wilayah`). */
function insertGrowth({ measurements, periods, keep }: { measurements: SQL; periods: SQL; keep: SQL }): SQL {
  return sql`insert into pertumbuhan_desa (kode_wilayah, periode, kelompok_umur, ${sql.raw(COLUMN_LIST)})
    with m as (
      select p.periode, ${sql.raw(MEASUREMENT_COLUMNS)}
      from pengukuran u
      cross join lateral (values (to_char(u.tanggal_ukur, 'YYYY-MM')), (to_char(u.tanggal_ukur, 'YYYY') || '-T' || extract(quarter from u.tanggal_ukur)::int), (to_char(u.tanggal_ukur, 'YYYY'))) as p(periode)
      where ${measurements}),
    sel as (select * from m where ${periods}),
    ${growthCountRows(sql.raw("sel"))}
    select kode_wilayah, periode, kelompok_umur, ${sql.raw(SUMS)} from c where ${keep} group by kode_wilayah, periode, kelompok_umur`;
}

type Counts = {
  /** Children with a plausible HAZ (the stunting denominator). */
  measured: number;
  stunted: number;
  severe: number;
  whzN: number;
  wasted: number;
  overweight: number;
  wazN: number;
  underweight: number;
};
/** What one child adds to `pertumbuhan_desa`, by "desa|periode|kelompok_umur". */
export type GrowthShare = Map<string, Counts>;

/** Each count and its column in pertumbuhan_desa. */
const COLUMNS: Record<keyof Counts, string> = {
  measured: "measured",
  stunted: "stunted",
  severe: "severe",
  whzN: "whz_n",
  wasted: "wasted",
  overweight: "overweight",
  wazN: "waz_n",
  underweight: "underweight",
};
const FIELDS = Object.keys(COLUMNS) as Array<keyof Counts>;
const ZERO = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Counts;
const COLUMN_LIST = FIELDS.map((f) => COLUMNS[f]).join(", ");
const SUMS = FIELDS.map((f) => `sum(${COLUMNS[f]})::int as "${f}"`).join(", ");

/** One child's share of the growth roll-up in the month, quarter and year of each date: in every period the child
 * counts once per z-score, by its latest measurement there carrying that z-score, in the desa of that measurement —
 * the same rule as `insertGrowth`, read from the child's own few rows (index `pengukuran_sasaran_idx`). */
export async function childGrowthShare(db: Db | Tx, sasaranId: number, dates: string[]): Promise<GrowthShare> {
  const periods = [...new Map(dates.flatMap(periodsOfDate).map((p) => [p.key, p])).values()];
  const share: GrowthShare = new Map();
  if (!periods.length) return share;
  const values = sql.join(
    periods.map((p) => sql`(${p.key}::text, ${p.from}::date, ${p.to}::date)`),
    sql`, `,
  );
  const rows = await selectRows<Counts & { periode: string; kode: string; band: number }>(
    db,
    sql`with m as (
          select p.periode, ${sql.raw(MEASUREMENT_COLUMNS)}
          from pengukuran u join (values ${values}) as p(periode, dari, sampai) on u.tanggal_ukur between p.dari and p.sampai
          where u.sasaran_id = ${sasaranId}),
        ${growthCountRows(sql.raw("m"))}
        select kode_wilayah as kode, periode, kelompok_umur as band, ${sql.raw(SUMS)} from c group by kode_wilayah, periode, kelompok_umur`,
  );
  for (const r of rows) {
    share.set(`${r.kode}|${r.periode}|${r.band}`, Object.fromEntries(FIELDS.map((f) => [f, Number(r[f])])) as Counts);
  }
  return share;
}

/** Applies the difference between a child's share before and after a save to the roll-up: a handful of rows
 * incremented in place, rows left at zero removed (a rebuild has none). The caller holds the child's row lock
 * (`loadTarget` … for no key update), so two saves of one child cannot interleave their before/after reads;
 * saves of different children touch the same rows only through atomic increments. */
export async function applyGrowthChange(db: Db | Tx, before: GrowthShare, after: GrowthShare): Promise<void> {
  const deltas: Array<[string, string, number, Counts]> = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key) ?? ZERO;
    const a = after.get(key) ?? ZERO;
    const d = Object.fromEntries(FIELDS.map((f) => [f, a[f] - b[f]])) as Counts;
    if (FIELDS.some((f) => d[f] !== 0)) {
      const [kode, periode, band] = key.split("|");
      deltas.push([kode, periode, Number(band), d]);
    }
  }
  if (!deltas.length) return;
  // Sorted, so concurrent saves of children in the same desa lock the rows in one order.
  deltas.sort(([a, p, x], [b, q, y]) => a.localeCompare(b) || p.localeCompare(q) || x - y);
  const rows = sql.join(
    deltas.map(
      ([kode, periode, band, d]) =>
        sql`(${kode}, ${periode}, ${band}::smallint, ${sql.join(
          FIELDS.map((f) => sql`${d[f]}::int`),
          sql`, `,
        )})`,
    ),
    sql`, `,
  );
  await db.execute(sql`insert into pertumbuhan_desa as g (kode_wilayah, periode, kelompok_umur, ${sql.raw(COLUMN_LIST)}) values ${rows}
    on conflict (kode_wilayah, periode, kelompok_umur) do update set ${sql.join(
      FIELDS.map((f) => sql.raw(`${COLUMNS[f]} = g.${COLUMNS[f]} + excluded.${COLUMNS[f]}`)),
      sql`, `,
    )}`);
  const keys = sql.join(
    deltas.map(([kode, periode, band]) => sql`(${kode}::text, ${periode}::text, ${band}::smallint)`),
    sql`, `,
  );
  await db.execute(
    sql`delete from pertumbuhan_desa where (kode_wilayah, periode, kelompok_umur) in (select * from (values ${keys}) as v(k, p, b)) and measured = 0 and whz_n = 0 and waz_n = 0`,
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
