import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../../client";
import { selectRows } from "../../raw";
import { under, type DesaMemberRow, type IndicatorPeriod, type IndicatorScope } from "./common";
import type { FigurePart } from "@/lib/indicators/figures";
import type { RecapRow } from "@/lib/apbdes/recap";
import { todayIso } from "@/lib/periods";
import { getApbdesRecap } from "../apbdes-recap";

/** Figures of services and money are lists of desa, each with its share; the list's total is the figure's
 * numerator or denominator (the `count…` twins return that total). */

async function rows(query: SQL): Promise<DesaMemberRow[]> {
  return selectRows<DesaMemberRow>(
    await getDb(),
    sql`select q.kode, r.nama as desa, kec.nama as kecamatan, q.nilai::float8 as nilai
        from (${query}) q join regions r on r.kode = q.kode join regions kec on kec.kode = r.parent_kode
        where q.nilai <> 0 order by kec.nama, r.nama`,
  );
}
async function total(query: SQL): Promise<number> {
  const [r] = await selectRows<{ n: number }>(
    await getDb(),
    sql`select coalesce(sum(q.nilai), 0)::float8 as n from (${query}) q`,
  );
  return r.n;
}

const quarterList = (p: IndicatorPeriod) =>
  sql.join(
    p.quarters.map((q) => sql`(${q.tahun}, ${q.triwulan})`),
    sql`, `,
  );

/** Tingkat konvergensi (docs/indicators.md §5): per desa, services received (numerator) or due (denominator) by
 * its mothers and children 0–23 months, over the period's quarters that the kepala desa approved. */
function convergenceSql(s: IndicatorScope, p: IndicatorPeriod, part: FigurePart): SQL {
  const col = part === "pembilang" ? sql`k.diterima` : sql`k.seharusnya`;
  return sql`select k.kode_wilayah as kode, sum(${col})::bigint as nilai
    from konvergensi_desa k
    join periode_desa pd on pd.kode_wilayah = k.kode_wilayah and pd.tahun = k.tahun and pd.triwulan = k.triwulan and pd.status = 'disetujui'
    where ${under(sql`k.kode_wilayah`, s)} and (k.tahun, k.triwulan) in (${quarterList(p)}) and k.kelompok in ('ibu', 'anak')
    group by k.kode_wilayah`;
}
export const listConvergenceByDesa = (s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) =>
  rows(convergenceSql(s, p, part));
export const countConvergence = (s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) =>
  total(convergenceSql(s, p, part));

/** The money figures (docs/indicators.md §7) list the APBDes recap's own rows (getApbdesRecap, approved versions):
 * a desa without a counted budget adds neither money nor targets. Read from the recap itself, so the list and the
 * page's figure are one computation. */
async function recapMembers(s: IndicatorScope, p: IndicatorPeriod, pick: (r: RecapRow) => number) {
  const { rows } = await getApbdesRecap({ viewer: s.viewer, kode: s.kode, tahun: p.tahun, today: todayIso() });
  return rows
    .filter((r) => r.hasBudget && pick(r) !== 0)
    .map((r): DesaMemberRow => ({ kode: r.kode, desa: r.nama, kecamatan: r.kecamatan, nilai: pick(r) }))
    .sort((x, y) => x.kecamatan.localeCompare(y.kecamatan, "id") || x.desa.localeCompare(y.desa, "id"));
}
const sumOf = async (list: Promise<DesaMemberRow[]>) => (await list).reduce((a, r) => a + r.nilai, 0);

const stuntingPagu = (r: RecapRow) => r.stuntingPagu;
/** Pagu stunting: per desa with a counted APBDes, its stunting pagu. */
export const listStuntingBudgetByDesa = (s: IndicatorScope, p: IndicatorPeriod) => recapMembers(s, p, stuntingPagu);
export const countStuntingBudget = (s: IndicatorScope, p: IndicatorPeriod) => sumOf(recapMembers(s, p, stuntingPagu));

/** Realisasi stunting: realisation (numerator) over pagu (denominator) of the same counted versions. */
const realisationPick = (part: FigurePart) => (r: RecapRow) =>
  part === "pembilang" ? r.stuntingRealisasi : r.stuntingPagu;
export const listRealisationByDesa = (s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) =>
  recapMembers(s, p, realisationPick(part));
export const countRealisation = (s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) =>
  sumOf(recapMembers(s, p, realisationPick(part)));

/** Pagu per sasaran: stunting pagu (numerator) over the targets the recap divides it by (denominator), of the desa
 * that have the budget. */
const perTargetPick = (part: FigurePart) => (r: RecapRow) => (part === "pembilang" ? r.stuntingPagu : r.sasaran);
export const listBudgetPerTargetByDesa = (s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) =>
  recapMembers(s, p, perTargetPick(part));
export const countBudgetPerTarget = (s: IndicatorScope, p: IndicatorPeriod, part: FigurePart) =>
  sumOf(recapMembers(s, p, perTargetPick(part)));
