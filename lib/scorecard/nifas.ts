import { addDaysIso, monthBounds, quarterOfMonth, yearMonthOfDate, type YearMonth } from "@/lib/periods";
import { NIFAS_DAYS } from "@/lib/sasaran/kategori";

/** Postnatal visits (KF1–KF4) and mother indicator 3 (domain §6.1, docs/indicators.md §6). A monthly record holds
 * how many KF visits happened in its month (`kunjunganNifas`, 0–4); the nifas period runs from the delivery date
 * to delivery + 42 days, both included (the same window that makes her an ibu nifas, lib/sasaran/kategori.ts). */

/** KF visits a monthly record can hold: KF1 (6 h–2 d), KF2 (3–7 d), KF3 (8–28 d), KF4 (29–42 d). */
export const KUNJUNGAN_NIFAS_MAX = 4;

export type NifasWindow = { start: string; end: string };

export function nifasWindow(tanggalMelahirkan: string): NifasWindow {
  return { start: tanggalMelahirkan, end: addDaysIso(tanggalMelahirkan, NIFAS_DAYS) };
}

/** Whether a calendar month shares at least one day with the nifas period. */
export function monthInNifasWindow(ym: YearMonth, w: NifasWindow): boolean {
  const { first, last } = monthBounds(ym);
  return first <= w.end && last >= w.start;
}

/** The quarter in which indicator 3 is judged: the one holding the period's last day (delivery + 42). */
export function nifasQuarter(w: NifasWindow): { tahun: number; triwulan: number } {
  const ym = yearMonthOfDate(w.end);
  return { tahun: ym.tahun, triwulan: quarterOfMonth(ym.bulan) };
}

/** Visits of the nifas period: Σ kunjunganNifas over the monthly records whose month overlaps it (a month counts
 * whole: the form records a month's count, not the visits' dates). */
export function nifasVisits(records: ReadonlyArray<YearMonth & { kunjunganNifas: number }>, w: NifasWindow): number {
  return records.filter((r) => monthInNifasWindow(r, w)).reduce((n, r) => n + r.kunjunganNifas, 0);
}

/** The delivery date the evaluation uses: the one on her latest monthly record that has one. Like everything else
 * the scorecard scores, it comes from the monthly records (docs/scorecard.md), which copy the target's date when
 * saved (the form starts from it). */
export function deliveryDateOf(
  records: ReadonlyArray<YearMonth & { tanggalMelahirkan: string | null }>,
): string | null {
  const dated = records
    .filter((r) => r.tanggalMelahirkan)
    .sort((a, b) => b.tahun * 12 + b.bulan - (a.tahun * 12 + a.bulan));
  return dated[0]?.tanggalMelahirkan ?? null;
}

/** What mother indicator 3 was judged on, for the list behind the figure: her visits over the nifas period and the
 * period's last day; null while no delivery date is recorded. */
export function nifasBasis(
  records: ReadonlyArray<YearMonth & { tanggalMelahirkan: string | null; kunjunganNifas: number }>,
): { visits: number; end: string } | null {
  const delivery = deliveryDateOf(records);
  if (!delivery) return null;
  const w = nifasWindow(delivery);
  return { visits: nifasVisits(records, w), end: w.end };
}
