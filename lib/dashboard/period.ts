import { currentYearMonth, monthBounds, monthsOfQuarter, quarterOfMonth, type YearMonth } from "@/lib/periods";
import { dashboardText } from "@/lib/i18n/dashboard";

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

/** Period selector state from the URL (?periode=bulan|triwulan|tahun&tahun=&nilai=), defaulting to the current month. */
export function parseDashboardPeriod(
  sp: Record<string, string | undefined>,
  now: YearMonth = currentYearMonth(),
): DashboardPeriod {
  const jenis = sp.periode === "triwulan" || sp.periode === "tahun" ? sp.periode : "bulan";
  let tahun = Number(sp.tahun);
  if (!Number.isInteger(tahun) || tahun < 2018 || tahun > now.tahun) tahun = now.tahun;
  const max = jenis === "bulan" ? 12 : jenis === "triwulan" ? 4 : 1;
  let nilai = Number(sp.nilai);
  const current = jenis === "bulan" ? now.bulan : quarterOfMonth(now.bulan);
  if (!Number.isInteger(nilai) || nilai < 1 || nilai > max) nilai = tahun === now.tahun ? current : max;
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
