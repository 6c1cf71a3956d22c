import { addMonths, formatYearMonth, monthBounds, yearMonthOfDate, type YearMonth } from "@/lib/periods";

export const KPM_WINDOWS = [3, 6, 12] as const;
export type KpmWindowMonths = (typeof KPM_WINDOWS)[number];

export type KpmWindow = { bulan: KpmWindowMonths; start: YearMonth; end: YearMonth; from: string; to: string };

/** The last `bulan` complete calendar months before today's month: the month in progress is never judged. */
export function kpmWindow(bulan: KpmWindowMonths, today: string): KpmWindow {
  const end = addMonths(yearMonthOfDate(today), -1);
  const start = addMonths(end, -(bulan - 1));
  return { bulan, start, end, from: monthBounds(start).first, to: monthBounds(end).last };
}

/** Months of the window, oldest first, as YYYY-MM. */
export function windowMonths(w: Pick<KpmWindow, "start" | "bulan">): string[] {
  return Array.from({ length: w.bulan }, (_, i) => formatYearMonth(addMonths(w.start, i)));
}

/** Same calendar day twelve months earlier (29 Feb → 28 Feb): a training on or after it counts as recent. */
export function trainingCutoff(today: string): string {
  const y = Number(today.slice(0, 4)) - 1;
  const { last } = monthBounds({ tahun: y, bulan: Number(today.slice(5, 7)) });
  const day = Math.min(Number(today.slice(8, 10)), Number(last.slice(8, 10)));
  return `${y}-${today.slice(5, 7)}-${String(day).padStart(2, "0")}`;
}
