import { addMonths, currentYearMonth, formatYearMonth, parseYearMonth, type YearMonth } from "@/lib/periods";

/** The month a kegiatan page shows: `?bulan=YYYY-MM`, or the current month when missing or malformed. */
export function resolveBulan(param: string | string[] | undefined, now: Date = new Date()): YearMonth {
  const value = Array.isArray(param) ? param[0] : param;
  return parseYearMonth(value) ?? currentYearMonth(now);
}

/** Previous and next month as `YYYY-MM`, for the month selector links. */
export function neighbourMonths(bulan: YearMonth): { prev: string; next: string } {
  return { prev: formatYearMonth(addMonths(bulan, -1)), next: formatYearMonth(addMonths(bulan, 1)) };
}
