import "server-only";
import {
  countTargetsByGroup,
  getGrowthFigures,
  getPrevalenceTrend,
  listDesaDashboard,
  listIndicatorCoverageByDesa,
} from "@/db/queries/dashboard";
import { getTabel5, listApprovedStuntingLines } from "@/db/queries/apbdes";
import { getStuntingBudgetByPaket } from "@/db/queries/apbdes-recap";
import { listReportingByDesa } from "@/db/queries/reporting";
import { poolReporting } from "@/lib/dashboard/reporting";
import { gapsWithoutMoney, weakestIndicator } from "@/lib/dashboard/gaps";
import { INDICATORS } from "@/lib/scorecard/indicators";
import type { DashboardPeriod } from "@/lib/dashboard/period";
import type { Viewer } from "@/lib/auth/viewer";
import { todayIso } from "@/lib/periods";
import { periodKey } from "@/lib/dashboard/growth-periods";
import { cachedUnder } from "@/db/queries/cached";

export type DashboardDesaRow = Awaited<ReturnType<typeof listDesaDashboard>>[number] & {
  /** Report month (docs/indicators.md §4): targets due a record, due targets recorded, records saved on time. */
  wajib: number;
  tercatat: number;
  tepatWaktu: number;
  weakest: string | null;
  stuntingPagu: number | null;
  apbdesApproved: boolean;
};

type Params = { viewer: Viewer; kode: string; period: DashboardPeriod; target?: number };

/** Every figure of a kabupaten/kecamatan/desa dashboard, kept in memory until something under the region is
 * written (db/queries/cached.ts): a district team reopening the dashboard in a meeting gets it without the queries. */
export function loadDashboard({ viewer, kode, period, target = 0.8 }: Params) {
  const today = todayIso();
  return cachedUnder(kode, "dashboard", [viewer.scopeKode, period, target, today], () =>
    computeDashboard({ viewer, kode, period, target }, today),
  );
}

/** The figures from the same queries the scorecard and APBDes pages use, all run in parallel. */
async function computeDashboard({ viewer, kode, period, target = 0.8 }: Params, today: string) {
  const s = { viewer, kode };
  const [groups, growth, trend, desa, coverage, tabel5, funding, budgetByPaket, report] = await Promise.all([
    countTargetsByGroup({ ...s, today }),
    getGrowthFigures({ ...s, periode: periodKey(period), to: period.to }),
    getPrevalenceTrend({ ...s, end: period.reportMonth, months: 12 }),
    listDesaDashboard({ ...s, period, today }),
    listIndicatorCoverageByDesa({ ...s, period }),
    getTabel5({ viewer, kode, tahun: period.tahun }),
    listApprovedStuntingLines({ viewer, kode, tahun: period.tahun }),
    getStuntingBudgetByPaket({ viewer, kode, tahun: period.tahun }),
    listReportingByDesa({ ...s, ym: period.reportMonth }),
  ]);
  const reportBy = new Map(report.rows.map((r) => [r.kode, r]));
  const weakest = weakestIndicator(coverage);
  const fundedBy = new Map(funding.map((f) => [f.kodeWilayah, f]));
  const rows: DashboardDesaRow[] = desa.map((d) => ({
    ...d,
    wajib: reportBy.get(d.kode)?.wajib ?? 0,
    tercatat: reportBy.get(d.kode)?.tercatat ?? 0,
    tepatWaktu: reportBy.get(d.kode)?.tepatWaktu ?? 0,
    weakest: weakest.get(d.kode)?.label ?? null,
    stuntingPagu: fundedBy.get(d.kode)?.stuntingPagu ?? null,
    apbdesApproved: fundedBy.has(d.kode),
  }));
  const paketCoverage = ["kia", "gizi", "air_sanitasi", "perlindungan_sosial", "paud"].map((paket) => {
    const keys = new Set(
      INDICATORS.filter((i) => i.paket === paket && i.kelompok !== "paud").map((i) => i.key as string),
    );
    const c = coverage.filter((x) => keys.has(`${x.kelompok}:${x.nomor}`));
    return { paket, y: c.reduce((a, x) => a + x.y, 0), applicable: c.reduce((a, x) => a + x.applicable, 0) };
  });
  const pooled = rows.reduce((a, r) => ({ d: a.d + r.diterima, s: a.s + r.seharusnya }), { d: 0, s: 0 });
  const budget = tabel5.rows.reduce(
    (a, r) => ({ pagu: a.pagu + r.stuntingPagu, realisasi: a.realisasi + r.stuntingRealisasi }),
    { pagu: 0, realisasi: 0 },
  );
  return {
    groups,
    growth,
    trend,
    rows,
    konvergensi: pooled,
    gaps: gapsWithoutMoney(coverage, funding, target),
    paketCoverage,
    budgetByPaket,
    budget: { ...budget, adaData: tabel5.adaData, jumlahDesa: tabel5.jumlahDesa },
    reporting: { ...poolReporting(rows), cutoff: report.cutoff },
  };
}
