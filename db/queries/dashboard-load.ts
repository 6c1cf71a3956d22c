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
import { gapsWithoutMoney, weakestIndicator } from "@/lib/dashboard/gaps";
import { INDICATORS } from "@/lib/scorecard/indicators";
import { referenceDate, type DashboardPeriod } from "@/lib/dashboard/period";
import { listChildrenMeasured, poolChildrenMeasured } from "@/db/queries/children-measured";
import type { Viewer } from "@/lib/auth/viewer";
import { todayIso } from "@/lib/periods";
import { periodKey } from "@/lib/dashboard/growth-periods";
import { cachedUnder } from "@/db/queries/cached";

export type DashboardDesaRow = Awaited<ReturnType<typeof listDesaDashboard>>[number] & {
  /** "Anak 0–23 bulan diukur" (docs/indicators.md §2): children of the population measured / the population. */
  anakDiukur: number;
  anakPopulasi: number;
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
  // Who is a target, and in which group, is decided on the period's last day (never after today): §0 of
  // docs/indicators.md.
  const tanggal = referenceDate(period, today);
  const [groups, growth, trend, desa, coverage, tabel5, funding, budgetByPaket, measured] = await Promise.all([
    countTargetsByGroup({ ...s, today: tanggal }),
    getGrowthFigures({ ...s, periode: periodKey(period), to: period.to }),
    getPrevalenceTrend({ ...s, end: period.reportMonth, months: 12 }),
    listDesaDashboard({ ...s, period, today }),
    listIndicatorCoverageByDesa({ ...s, period }),
    getTabel5({ viewer, kode, tahun: period.tahun }),
    listApprovedStuntingLines({ viewer, kode, tahun: period.tahun }),
    getStuntingBudgetByPaket({ viewer, kode, tahun: period.tahun }),
    listChildrenMeasured({ ...s, from: period.from, tanggal }),
  ]);
  const measuredBy = new Map(measured.map((m) => [m.kode, m]));
  const weakest = weakestIndicator(coverage);
  const fundedBy = new Map(funding.map((f) => [f.kodeWilayah, f]));
  const rows: DashboardDesaRow[] = desa.map((d) => ({
    ...d,
    anakDiukur: measuredBy.get(d.kode)?.anakDiukur ?? 0,
    anakPopulasi: measuredBy.get(d.kode)?.anakPopulasi ?? 0,
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
    growth: { ...growth, ...poolChildrenMeasured(measured) },
    trend,
    rows,
    konvergensi: pooled,
    gaps: gapsWithoutMoney(coverage, funding, target),
    paketCoverage,
    budgetByPaket,
    budget: { ...budget, adaData: tabel5.adaData, jumlahDesa: tabel5.jumlahDesa },
    reporting: {
      total: rows.length,
      reported: rows.filter((r) => r.reported).length,
      onTime: rows.filter((r) => r.onTime).length,
    },
  };
}
