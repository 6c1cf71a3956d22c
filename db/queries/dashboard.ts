import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { desaRowsUnder } from "./scope";
import type { Viewer } from "@/lib/auth/viewer";
import { referenceDate, type DashboardPeriod } from "@/lib/dashboard/period";
import { SASARAN_GROUPS } from "@/lib/sasaran/kategori";
import { addMonths, type YearMonth } from "@/lib/periods";
import { periodKey } from "@/lib/dashboard/growth-periods";
import { ensureTargetCounts } from "./target-counts";
import { BANDS_0_23_SQL } from "../rollups/growth";
import type { KelompokKonvergensi } from "@/lib/enums";
import { DEFAULT_MINIMUM_PERINGKAT } from "@/lib/dashboard/gaps";
import { poolGrowthBands, type BandCounts, type GrowthByBand, type GrowthCounts } from "@/lib/dashboard/growth-bands";

type Scope = { viewer: Viewer; kode: string };

/** `col` (a desa/kelurahan code on every table here) lies under `kode` and inside the viewer's scope. */
function under(col: string, { viewer, kode }: Scope): SQL {
  const c = sql.raw(col);
  return sql`${desaRowsUnder(c, kode)} and ${desaRowsUnder(c, viewer.scopeKode)}`;
}

/** THE rule for which desa-quarters a pooled convergence counts (docs/indicators.md §5): joins `periode_desa` as
 * `pd` to the roll-up alias; approved quarters only by default, every quarter (pd.status draft, diajukan or no
 * row at all) with `draf`. The scorecard's district pages use the same condition (db/queries/scorecard.ts). */
export function countedQuarters(alias: string, draf: boolean | undefined): SQL {
  const a = sql.raw(alias);
  return draf
    ? sql`left join periode_desa pd on pd.kode_wilayah = ${a}.kode_wilayah and pd.tahun = ${a}.tahun and pd.triwulan = ${a}.triwulan`
    : sql`join periode_desa pd on pd.kode_wilayah = ${a}.kode_wilayah and pd.tahun = ${a}.tahun and pd.triwulan = ${a}.triwulan and pd.status = 'disetujui'`;
}

const quarterList = (p: DashboardPeriod) =>
  sql.join(
    p.quarters.map((q) => sql`(${q.tahun}, ${q.triwulan})`),
    sql`, `,
  );

/** Targets by group on a date (docs/indicators.md §1: active on that date, group by calendar), from the per-desa
 * counts filled on first read. A period's card passes its reference date (referenceDate). */
export async function countTargetsByGroup(s: Scope & { today: string }) {
  await ensureTargetCounts(s.kode, s.today);
  const db = await getDb();
  const list = await selectRows<{ kelompok: string; n: number }>(
    db,
    sql`select kelompok, sum(n)::int as n from sasaran_kelompok_desa where tanggal = ${s.today}::date and kelompok not in ('belum_lahir', 'belum_hamil') and ${under("kode_wilayah", s)} group by 1`,
  );
  return Object.fromEntries(list.map((r) => [r.kelompok, r.n])) as Record<string, number>;
}

export type GrowthFigures = {
  anak: number;
  /** Children with a plausible HAZ in the period: the stunting denominator. */
  measured: number;
  stunted: number;
  severe: number;
  /** Children with a plausible WHZ (or oedema): the wasting and overweight denominator. */
  whzN: number;
  wasted: number;
  overweight: number;
  /** Children with a plausible WAZ (or oedema): the underweight denominator. */
  wazN: number;
  underweight: number;
};

/** Growth in a period (`periode`: a key of lib/dashboard/growth-periods), summed from the per-desa roll-up
 * (docs/indicators.md §3): per z-score, each child's latest measurement in the period carrying a plausible value of
 * it. Stunting = stunted ÷ measured, wasting = wasted ÷ whzN, overweight = overweight ÷ whzN, underweight =
 * underweight ÷ wazN; `anak` = children 0–23 months on `to`. */
export async function getGrowthFigures(s: Scope & { periode: string; to: string }): Promise<GrowthFigures> {
  await ensureTargetCounts(s.kode, s.to);
  const db = await getDb();
  const [row] = await selectRows<GrowthFigures>(
    db,
    sql`select (select coalesce(sum(n), 0) from sasaran_kelompok_desa where tanggal = ${s.to}::date and kelompok = 'anak_0_23' and ${under("kode_wilayah", s)})::int as anak,
          coalesce(sum(measured), 0)::int as measured, coalesce(sum(stunted), 0)::int as stunted, coalesce(sum(severe), 0)::int as severe,
          coalesce(sum(whz_n), 0)::int as "whzN", coalesce(sum(wasted), 0)::int as wasted, coalesce(sum(overweight), 0)::int as overweight,
          coalesce(sum(waz_n), 0)::int as "wazN", coalesce(sum(underweight), 0)::int as underweight
        from pertumbuhan_desa where periode = ${s.periode} and ${BANDS_0_23_SQL} and ${under("kode_wilayah", s)}`,
  );
  return row;
}

/** Stunting prevalence per month from the roll-up (docs/indicators.md §3): children with a plausible HAZ that month
 * (`measured`) and those of them whose latest such HAZ is below −2 (`stunted`). */
export async function getPrevalenceTrend(s: Scope & { end: YearMonth; months: number }) {
  const db = await getDb();
  const start = addMonths(s.end, -(s.months - 1));
  const keys = Array.from({ length: s.months }, (_, i) => {
    const ym = addMonths(start, i);
    return `${ym.tahun}-${String(ym.bulan).padStart(2, "0")}`;
  });
  const rows = await selectRows<{ ym: string; measured: number; stunted: number }>(
    db,
    sql`select periode as ym, sum(measured)::int as measured, sum(stunted)::int as stunted from pertumbuhan_desa
        where periode in (${sql.join(
          keys.map((k) => sql`${k}`),
          sql`, `,
        )}) and ${BANDS_0_23_SQL} and ${under("kode_wilayah", s)} group by periode`,
  );
  return keys.map((key) => rows.find((r) => r.ym === key) ?? { ym: key, measured: 0, stunted: 0 });
}

/** The roll-up's counts summed per age band (`kelompok_umur`), as SQL select columns. */
const BAND_SUMS = sql.raw(
  `kelompok_umur::int as band, sum(measured)::int as measured, sum(stunted)::int as stunted, sum(severe)::int as severe,
   sum(whz_n)::int as "whzN", sum(wasted)::int as wasted, sum(overweight)::int as overweight,
   sum(waz_n)::int as "wazN", sum(underweight)::int as underweight`,
);

/** Growth of children 0–59 months by age band in a period (docs/indicators.md §3a), from the per-desa roll-up: per
 * band (0–5 … 48–59 months) the counts of §3, and the pooled 0–23, 24–59 and 0–59 groups as sums of their bands. */
export async function getGrowthByBand(s: Scope & { periode: string }): Promise<GrowthByBand> {
  const db = await getDb();
  const rows = await selectRows<BandCounts>(
    db,
    sql`select ${BAND_SUMS} from pertumbuhan_desa where periode = ${s.periode} and ${under("kode_wilayah", s)} group by kelompok_umur`,
  );
  return poolGrowthBands(rows);
}

export type GrowthTrendMonth = { ym: string; anak: GrowthCounts; balita: GrowthCounts };

/** Per month the counts of the 0–23 (`anak`) and 0–59 (`balita`) groups (docs/indicators.md §3a), from the roll-up:
 * the trend of stunting, wasting and underweight prevalence for both. */
export async function getGrowthTrendByGroup(
  s: Scope & { end: YearMonth; months: number },
): Promise<GrowthTrendMonth[]> {
  const db = await getDb();
  const start = addMonths(s.end, -(s.months - 1));
  const keys = Array.from({ length: s.months }, (_, i) => {
    const ym = addMonths(start, i);
    return `${ym.tahun}-${String(ym.bulan).padStart(2, "0")}`;
  });
  const rows = await selectRows<BandCounts & { ym: string }>(
    db,
    sql`select periode as ym, ${BAND_SUMS} from pertumbuhan_desa
        where periode in (${sql.join(
          keys.map((k) => sql`${k}`),
          sql`, `,
        )}) and ${under("kode_wilayah", s)} group by periode, kelompok_umur`,
  );
  return keys.map((ym) => {
    const { groups } = poolGrowthBands(rows.filter((r) => r.ym === ym));
    return { ym, anak: groups["0-23"], balita: groups["0-59"] };
  });
}

export type DesaDashboardRow = {
  kode: string;
  nama: string;
  kecamatanKode: string;
  kecamatan: string;
  /** Pregnant women + mothers in nifas + children 0–23 months, active on the reference date (§1). */
  sasaran: number;
  /** PAUD children (2–6 years) active on the reference date, shown beside `sasaran`, never in it. */
  paud: number;
  anak: number;
  measured: number;
  stunted: number;
  /** The 0–59 growth figures of the desa (docs/indicators.md §3a): each z-score's denominator and numerators. */
  measured59: number;
  stunted59: number;
  whzN59: number;
  wasted59: number;
  overweight59: number;
  wazN59: number;
  underweight59: number;
  diterima: number;
  seharusnya: number;
  /** Results (target × quarter) of mothers and children 0–23 behind `diterima`/`seharusnya`. */
  dinilai: number;
  approvedQuarters: number;
  /** Quarters counted in `diterima`/`seharusnya` that are not approved (only with drafts included). */
  draftQuarters: number;
};

/** One row per desa/kelurahan under the region: targets (as of the period's reference date, the card's groups),
 * growth, pooled convergence over the period's APPROVED quarters (every quarter with `draf`, counting the unapproved
 * ones in `draftQuarters`). Reporting completeness and timeliness come from db/queries/reporting.ts. */
export async function listDesaDashboard(
  s: Scope & { period: DashboardPeriod; today: string; draf?: boolean },
): Promise<DesaDashboardRow[]> {
  const db = await getDb();
  const p = s.period;
  const tanggal = referenceDate(p, s.today);
  await ensureTargetCounts(s.kode, tanggal);
  return selectRows<DesaDashboardRow>(
    db,
    sql`with v as (
          select r.kode, r.nama, kec.kode as kec_kode, kec.nama as kec_nama from regions r join regions kec on kec.kode = r.parent_kode
          where r.jenis in ('desa', 'kelurahan') and ${under("r.kode", s)}),
        t as (select kode_wilayah, coalesce(sum(n) filter (where kelompok in (${sql.join(
          SASARAN_GROUPS.map((g) => sql`${g}`),
          sql`, `,
        )})), 0)::int as sasaran,
                coalesce(sum(n) filter (where kelompok = 'anak_2_6_paud'), 0)::int as paud,
                coalesce(sum(n) filter (where kelompok = 'anak_0_23'), 0)::int as anak
              from sasaran_kelompok_desa where tanggal = ${tanggal}::date and ${under("kode_wilayah", s)} group by kode_wilayah),
        g as (select kode_wilayah, (sum(measured) filter (where ${BANDS_0_23_SQL}))::int as measured,
                (sum(stunted) filter (where ${BANDS_0_23_SQL}))::int as stunted,
                sum(measured)::int as measured59, sum(stunted)::int as stunted59, sum(whz_n)::int as whz_n59,
                sum(wasted)::int as wasted59, sum(overweight)::int as overweight59, sum(waz_n)::int as waz_n59,
                sum(underweight)::int as underweight59
              from pertumbuhan_desa
              where periode = ${periodKey(p)} and ${under("kode_wilayah", s)} group by kode_wilayah),
        k as (select k.kode_wilayah, sum(k.diterima)::int as diterima, sum(k.seharusnya)::int as seharusnya, sum(k.n)::int as dinilai,
                count(distinct (k.tahun, k.triwulan)) filter (where pd.status is distinct from 'disetujui')::int as drafts
              from konvergensi_desa k ${countedQuarters("k", s.draf)}
              where ${under("k.kode_wilayah", s)} and (k.tahun, k.triwulan) in (${quarterList(p)}) and k.kelompok in ('ibu', 'anak')
              group by k.kode_wilayah),
        a as (select kode_wilayah, count(*)::int as approved from periode_desa
              where status = 'disetujui' and ${under("kode_wilayah", s)} and (tahun, triwulan) in (${quarterList(p)}) group by kode_wilayah)
        select v.kode, v.nama, v.kec_kode as "kecamatanKode", v.kec_nama as kecamatan,
          coalesce(t.sasaran, 0) as sasaran, coalesce(t.paud, 0) as paud, coalesce(t.anak, 0) as anak, coalesce(g.measured, 0) as measured, coalesce(g.stunted, 0) as stunted,
          coalesce(g.measured59, 0) as "measured59", coalesce(g.stunted59, 0) as "stunted59", coalesce(g.whz_n59, 0) as "whzN59",
          coalesce(g.wasted59, 0) as "wasted59", coalesce(g.overweight59, 0) as "overweight59", coalesce(g.waz_n59, 0) as "wazN59",
          coalesce(g.underweight59, 0) as "underweight59",
          coalesce(k.diterima, 0) as diterima, coalesce(k.seharusnya, 0) as seharusnya, coalesce(k.dinilai, 0) as dinilai, coalesce(a.approved, 0) as "approvedQuarters",
          coalesce(k.drafts, 0) as "draftQuarters"
        from v left join t on t.kode_wilayah = v.kode left join g on g.kode_wilayah = v.kode left join k on k.kode_wilayah = v.kode
          left join a on a.kode_wilayah = v.kode
        order by v.kode`,
  );
}

/** The year's smallest denominator for ranking a desa (`pengaturan_tahun.minimum_sasaran_peringkat`; docs/indicators.md
 * §8), the default for a year nobody configured. */
export async function getRankingMinimum(tahun: number): Promise<number> {
  const db = await getDb();
  const [row] = await selectRows<{ m: number }>(
    db,
    sql`select minimum_sasaran_peringkat::int as m from pengaturan_tahun where tahun = ${tahun}::int`,
  );
  return row?.m ?? DEFAULT_MINIMUM_PERINGKAT;
}

export type IndicatorByDesa = {
  kode: string;
  kelompok: KelompokKonvergensi;
  nomor: number;
  y: number;
  applicable: number;
};

/** Per desa × indicator coverage over the period's counted quarters (approved, or every one with `draf`): Y ÷
 * targets the indicator applies to, for the 8 mother and 10 child indicators; for PAUD (paud:1) the scorecard's
 * own Tabel 3 figure, months attended ÷ months due (`diterima` ÷ `seharusnya` of the paud group). */
export async function listIndicatorCoverageByDesa(
  s: Scope & { period: DashboardPeriod; draf?: boolean },
): Promise<IndicatorByDesa[]> {
  const db = await getDb();
  return selectRows<IndicatorByDesa>(
    db,
    sql`select k.kode_wilayah as kode, k.kelompok, i.nomor::int as nomor, sum(i.y)::int as y, sum(i.ni - i.ts)::int as applicable
        from konvergensi_desa k ${countedQuarters("k", s.draf)}
        cross join lateral unnest(k.y, k.ts, k.ni) with ordinality as i(y, ts, ni, nomor)
        where ${under("k.kode_wilayah", s)} and (k.tahun, k.triwulan) in (${quarterList(s.period)}) and k.kelompok in ('ibu', 'anak')
        group by 1, 2, 3
        union all
        select k.kode_wilayah, 'paud', 1, sum(k.diterima)::int, sum(k.seharusnya)::int
        from konvergensi_desa k ${countedQuarters("k", s.draf)}
        where ${under("k.kode_wilayah", s)} and (k.tahun, k.triwulan) in (${quarterList(s.period)}) and k.kelompok = 'paud'
        group by 1`,
  );
}
