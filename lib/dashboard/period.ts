import { z } from "zod";
import { currentYearMonth, monthBounds, monthsOfQuarter, quarterOfMonth, type YearMonth } from "@/lib/periods";
import { dashboardText } from "@/lib/i18n/dashboard";
import { parseQuery, queryParam, type RawQuery } from "@/lib/route-params";
import { DESA_TABLE_SORTS, type DesaTableState } from "./desa-table";

const t = dashboardText.period;

export type DashboardPeriod = {
  jenis: "bulan" | "triwulan" | "tahun";
  tahun: number;
  /** bulan 1–12 or triwulan 1–4; unused for tahun. */
  nilai: number;
  from: string;
  to: string;
  /** Quarters (tahun*4 + triwulan − 1) whose approved scorecards the period covers. */
  quarters: Array<{ tahun: number; triwulan: number }>;
  /** Month the reporting-completeness figure is about. */
  reportMonth: YearMonth;
  label: string;
};

/** URL state of the dashboard and its export: the period selector and the desa table. */
const schema = z.object({
  periode: queryParam.oneOf(["bulan", "triwulan", "tahun"]),
  tahun: queryParam.int(2018, 9999),
  nilai: queryParam.int(1, 12),
  q: queryParam.text(100),
  sort: queryParam.oneOf(DESA_TABLE_SORTS),
  dir: queryParam.oneOf(["asc", "desc"]),
  page: queryParam.int(1, 10_000),
  /** Include quarters and budgets not yet approved (`draf=1`); the default counts approved ones only. */
  draf: queryParam.flag(),
});

export function parseDashboardParams(
  sp: RawQuery,
  now: YearMonth = currentYearMonth(),
): { period: DashboardPeriod; table: DesaTableState; draf: boolean } {
  const { periode, tahun, nilai, draf, ...table } = parseQuery(schema, sp);
  return { period: periodOf(periode ?? "bulan", tahun, nilai, now), table, draf: draf ?? false };
}

/** Period selector state from the URL (?periode=bulan|triwulan|tahun&tahun=&nilai=), defaulting to the current month. */
export function parseDashboardPeriod(sp: RawQuery, now: YearMonth = currentYearMonth()): DashboardPeriod {
  return parseDashboardParams(sp, now).period;
}

function periodOf(
  jenis: DashboardPeriod["jenis"],
  tahunParam: number | undefined,
  nilaiParam: number | undefined,
  now: YearMonth,
): DashboardPeriod {
  const tahun = tahunParam === undefined || tahunParam > now.tahun ? now.tahun : tahunParam;
  const max = jenis === "bulan" ? 12 : jenis === "triwulan" ? 4 : 1;
  const current = jenis === "bulan" ? now.bulan : quarterOfMonth(now.bulan);
  let nilai = nilaiParam === undefined || nilaiParam > max ? (tahun === now.tahun ? current : max) : nilaiParam;
  if (tahun === now.tahun && jenis !== "tahun" && nilai > current) nilai = current;
  if (jenis === "bulan") {
    const { first, last } = monthBounds({ tahun, bulan: nilai });
    return {
      jenis,
      tahun,
      nilai,
      from: first,
      to: last,
      quarters: [{ tahun, triwulan: quarterOfMonth(nilai) }],
      reportMonth: { tahun, bulan: nilai },
      label: t.month(t.months[nilai - 1], tahun),
    };
  }
  if (jenis === "triwulan") {
    const [a, , c] = monthsOfQuarter(nilai);
    const lastMonth = tahun === now.tahun ? Math.min(c, now.bulan) : c;
    return {
      jenis,
      tahun,
      nilai,
      from: monthBounds({ tahun, bulan: a }).first,
      to: monthBounds({ tahun, bulan: c }).last,
      quarters: [{ tahun, triwulan: nilai }],
      reportMonth: { tahun, bulan: lastMonth },
      label: t.quarter(nilai, tahun),
    };
  }
  const lastQ = tahun === now.tahun ? quarterOfMonth(now.bulan) : 4;
  return {
    jenis,
    tahun,
    nilai: 1,
    from: `${tahun}-01-01`,
    to: `${tahun}-12-31`,
    quarters: Array.from({ length: lastQ }, (_, i) => ({ tahun, triwulan: i + 1 })),
    reportMonth: { tahun, bulan: tahun === now.tahun ? now.bulan : 12 },
    label: t.year(tahun),
  };
}

/** The date that decides who is a target in a period (docs/indicators.md §0): its last day, but never after today
 * (a period still running is counted as of today). */
export function referenceDate(period: Pick<DashboardPeriod, "to">, today: string): string {
  return period.to < today ? period.to : today;
}
