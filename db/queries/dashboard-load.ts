import "server-only";
import {
  countTargetsByGroup,
  getGrowthByBand,
  getGrowthFigures,
  getGrowthTrendByGroup,
  getRankingMinimum,
  listDesaDashboard,
  listIndicatorCoverageByDesa,
} from "@/db/queries/dashboard";
import { listApprovedStuntingLines } from "@/db/queries/apbdes";
import { getApbdesRecap } from "@/db/queries/apbdes-recap";
import { listReportingByDesa } from "@/db/queries/reporting";
import { poolReporting } from "@/lib/dashboard/reporting";
import { gapsWithoutMoney, paketCoverage, weakestIndicator } from "@/lib/dashboard/gaps";
import { referenceDate, type DashboardPeriod } from "@/lib/dashboard/period";
import { listChildrenMeasured, poolChildrenMeasured } from "@/db/queries/children-measured";
import type { Viewer } from "@/lib/auth/viewer";
import { todayIso } from "@/lib/periods";
import { periodKey } from "@/lib/dashboard/growth-periods";
import { budgetByPaket } from "@/lib/apbdes/recap";
import { poolTotals, pooledPaguPerSasaran } from "@/lib/apbdes/totals";
import { cachedUnder } from "@/db/queries/cached";

export type DashboardDesaRow = Awaited<ReturnType<typeof listDesaDashboard>>[number] & {
  /** Report month (docs/indicators.md §4): targets due a record, due targets recorded, records saved on time. */
  wajib: number;
  tercatat: number;
  tepatWaktu: number;
  /** "Anak 0–23 bulan diukur" (docs/indicators.md §2): children of the population measured / the population. */
  anakDiukur: number;
  anakPopulasi: number;
  weakest: string | null;
  /** The weakest indicator's Y and the targets it applies to (0 without one). */
  weakestY: number;
  weakestN: number;
  /** The desa's counted APBDes of the period's year (approved, or any with drafts): null without one. */
  stuntingPagu: number | null;
  apbdesApproved: boolean;
  /** 1.000-HPK targets the year's budget is divided by (the APBDes recap's, lib/apbdes/totals.ts). */
  sasaranAnggaran: number;
};

type Params = { viewer: Viewer; kode: string; period: DashboardPeriod; target?: number; draf?: boolean };

/** Every figure of a kabupaten/kecamatan/desa dashboard, kept in memory until something under the region is
 * written (db/queries/cached.ts): a district team reopening the dashboard in a meeting gets it without the queries. */
export function loadDashboard({ viewer, kode, period, target = 0.8, draf = false }: Params) {
  const today = todayIso();
  return cachedUnder(kode, "dashboard", [viewer.scopeKode, period, target, today, draf], () =>
    computeDashboard({ viewer, kode, period, target, draf }, today),
  );
}

/** The figures from the same queries the scorecard and APBDes pages use, all run in parallel. `draf` includes
 * unapproved quarters and budgets, as the same switch does on the scorecard and the APBDes recap. */
async function computeDashboard({ viewer, kode, period, target = 0.8, draf = false }: Params, today: string) {
  const s = { viewer, kode };
  // Who is a target, and in which group, is decided on the period's last day (never after today): §0 of
  // docs/indicators.md.
  const tanggal = referenceDate(period, today);
  const [groups, growth, bands, growthTrend, desa, coverage, funding, recap, report, measured, minimum] =
    await Promise.all([
      countTargetsByGroup({ ...s, today: tanggal }),
      getGrowthFigures({ ...s, periode: periodKey(period), to: period.to }),
      getGrowthByBand({ ...s, periode: periodKey(period) }),
      getGrowthTrendByGroup({ ...s, end: period.reportMonth, months: 12 }),
      listDesaDashboard({ ...s, period, today, draf }),
      listIndicatorCoverageByDesa({ ...s, period, draf }),
      listApprovedStuntingLines({ viewer, kode, tahun: period.tahun, draf }),
      getApbdesRecap({ viewer, kode, tahun: period.tahun, today, draf }),
      listReportingByDesa({ ...s, ym: period.reportMonth }),
      listChildrenMeasured({ ...s, from: period.from, tanggal }),
      getRankingMinimum(period.tahun),
    ]);
  const reportBy = new Map(report.rows.map((r) => [r.kode, r]));
  const measuredBy = new Map(measured.map((m) => [m.kode, m]));
  // Weakest indicator and gaps count targets not served; PAUD's figure counts child-months, so it stays out.
  const perTarget = coverage.filter((c) => c.kelompok !== "paud");
  // Named only among indicators applying to at least the year's minimum of targets (docs/indicators.md §8).
  const weakest = weakestIndicator(perTarget, minimum);
  const budgetOf = new Map(recap.rows.map((r) => [r.kode, r]));
  const rows: DashboardDesaRow[] = desa.map((d) => {
    const b = budgetOf.get(d.kode);
    return {
      ...d,
      anakDiukur: measuredBy.get(d.kode)?.anakDiukur ?? 0,
      anakPopulasi: measuredBy.get(d.kode)?.anakPopulasi ?? 0,
      wajib: reportBy.get(d.kode)?.wajib ?? 0,
      tercatat: reportBy.get(d.kode)?.tercatat ?? 0,
      tepatWaktu: reportBy.get(d.kode)?.tepatWaktu ?? 0,
      weakest: weakest.get(d.kode)?.label ?? null,
      weakestY: weakest.get(d.kode)?.y ?? 0,
      weakestN: weakest.get(d.kode)?.applicable ?? 0,
      stuntingPagu: b?.hasBudget ? b.stuntingPagu : null,
      apbdesApproved: b?.status === "disetujui",
      sasaranAnggaran: b?.sasaran ?? 0,
    };
  });
  const pooled = rows.reduce((a, r) => ({ d: a.d + r.diterima, s: a.s + r.seharusnya }), { d: 0, s: 0 });
  const counted = recap.rows.filter((r) => r.hasBudget);
  const totals = poolTotals(counted);
  return {
    groups,
    growth: { ...growth, ...poolChildrenMeasured(measured) },
    /** Growth 0–59 months by age band, with the pooled 0–23, 24–59 and 0–59 groups (docs/indicators.md §3a). */
    bands,
    /** Per month, the 0–23 and 0–59 counts; `trend` is its 0–23 stunting (getPrevalenceTrend's figures). */
    growthTrend,
    trend: growthTrend.map((m) => ({ ym: m.ym, measured: m.anak.measured, stunted: m.anak.stunted })),
    rows,
    /** The year's smallest denominator for ranking a desa (quartile marks, weakest indicator). */
    minimumPeringkat: minimum,
    konvergensi: pooled,
    draf,
    gaps: gapsWithoutMoney(perTarget, funding, target),
    paketCoverage: paketCoverage(coverage),
    budgetByPaket: budgetByPaket(recap.paket),
    budget: {
      pagu: totals.stuntingPagu,
      realisasi: totals.stuntingRealisasi,
      adaData: counted.length > 0,
      jumlahDesa: counted.length,
      paguPerSasaran: pooledPaguPerSasaran(recap.rows),
    },
    reporting: { ...poolReporting(rows), cutoff: report.cutoff },
  };
}
