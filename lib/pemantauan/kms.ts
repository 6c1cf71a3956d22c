import { calendarAgeMonths } from "@/lib/growth/age-bands";
import { addMonths, monthIndex, yearMonthOfDate } from "@/lib/periods";

/* The KMS rule of "naik" (N) and "tidak naik" (T), one definition for the result card, the task list's 2T and the
 * SKDN (docs/skdn.md, docs/indicators.md §10 and "SKDN"). Pure; safe for client components. The SQL twin is
 * `kbmGramsSql` in db/queries/skdn.ts, built from KBM_GRAMS below. */

/** Kenaikan berat badan minimal (KBM, grams) by the child's age in completed calendar months at the weighing, for
 * ages 1–11 (Buku KIA 2023, growth page; Permenkes 155/2010 KMS table). From 12 months to 59 it is KBM_FROM_12. */
export const KBM_GRAMS: Readonly<Record<number, number>> = {
  1: 800,
  2: 900,
  3: 800,
  4: 600,
  5: 500,
  6: 400,
  7: 300,
  8: 300,
  9: 300,
  10: 300,
  11: 300,
};
/** KBM from 12 to 59 months. */
export const KBM_FROM_12 = 200;
/** Age 0 months (a weighing in the first month after birth): the table has no line, so any gain counts (1 g). */
export const KBM_AGE_0 = 1;

/** The KBM in grams for an age in completed months. */
export function kbmGrams(umurBulan: number): number {
  if (umurBulan <= 0) return KBM_AGE_0;
  return KBM_GRAMS[umurBulan] ?? KBM_FROM_12;
}

export type KmsWeighing = { tanggalUkur: string; beratKg: number | null };
export type KmsTrend = "naik" | "tidak_naik";

/** Whether `previous` was weighed in the calendar month before `current`'s month. */
export function inPreviousMonth(previous: Pick<KmsWeighing, "tanggalUkur">, current: Pick<KmsWeighing, "tanggalUkur">) {
  return (
    monthIndex(yearMonthOfDate(previous.tanggalUkur)) ===
    monthIndex(addMonths(yearMonthOfDate(current.tanggalUkur), -1))
  );
}

/** N / T of month M (the month of `current`): weighed in M and in M−1, "naik" when the gain in grams is at least
 * the KBM of the age at the M weighing, else "tidak_naik" (same, lower, or a gain below the KBM). Null — neither N
 * nor T — without a weight in M, or when the previous weighing is not in M−1 (the SKDN's O or B). Weights are
 * compared in grams, so 8,1 → 8,3 kg is 200 g whatever the floating point says. */
export function kmsTrend(previous: KmsWeighing | null, current: KmsWeighing, tanggalLahir: string): KmsTrend | null {
  if (!previous || previous.beratKg === null || current.beratKg === null) return null;
  if (!inPreviousMonth(previous, current)) return null;
  const gain = Math.round(current.beratKg * 1000) - Math.round(previous.beratKg * 1000);
  return gain >= kbmGrams(calendarAgeMonths(tanggalLahir, current.tanggalUkur)) ? "naik" : "tidak_naik";
}

/** 2T in month M: T in M and T in M−1 (three weighings in consecutive months, the last two each below the KBM).
 * `weighings` are the child's weighings with a weight, oldest first, the last one being month M's. */
export function kmsTwoT(weighings: readonly KmsWeighing[], tanggalLahir: string): boolean {
  if (weighings.length < 3) return false;
  const [a, b, c] = weighings.slice(-3);
  return kmsTrend(b, c, tanggalLahir) === "tidak_naik" && kmsTrend(a, b, tanggalLahir) === "tidak_naik";
}
