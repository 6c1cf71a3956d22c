import { completedCalendarMonths } from "@/lib/periods";

/* Age bands of the growth figures (docs/indicators.md §3, §3a): calendar ages in completed months on the
 * measurement date, as e-PPGBM and SSGI report them. Pure; safe for client components. */

/** Each band's first month; a band runs up to the day before the next one starts (48 → up to 59 months). */
export const AGE_BANDS = [0, 6, 12, 24, 36, 48] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** The first month no longer under five: measurements from here on belong to no band. */
export const UNDER_FIVE_MONTHS = 60;
/** The bands the 0–23 figures add up (the KPM scorecard's children); the 0–59 figures add all six. */
export const BANDS_0_23 = [0, 6, 12] as const satisfies readonly AgeBand[];

/** The band of an age in completed calendar months; null outside 0–59. */
export function ageBandOf(umurBulan: number): AgeBand | null {
  if (umurBulan < 0 || umurBulan >= UNDER_FIVE_MONTHS) return null;
  return [...AGE_BANDS].reverse().find((b) => umurBulan >= b) ?? null;
}

/** The last month of a band (5, 11, 23, 35, 47, 59). */
export function bandEnd(band: AgeBand): number {
  const i = AGE_BANDS.indexOf(band);
  return (AGE_BANDS[i + 1] ?? UNDER_FIVE_MONTHS) - 1;
}

/** Completed calendar months of a child born on `tanggalLahir` on `tanggal`. */
export const calendarAgeMonths = (tanggalLahir: string, tanggal: string) =>
  completedCalendarMonths(tanggalLahir, tanggal);
