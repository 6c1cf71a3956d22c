import type { GrowthCategory } from "@/lib/growth/categories";

/* The rules behind the result card (components/result-card.tsx) and "Tugas bulan ini" (db/queries/tugas.ts): one
 * definition of "naik", of who needs a home visit and of who needs referring. Pure; safe for client components.
 * docs/indicators.md §"Kartu hasil penimbangan". */

/** Length-for-age categories that call for a monthly home visit (stunted; child indicator 5). */
export const HOME_VISIT_HAZ = ["pendek", "sangat_pendek"] as const satisfies readonly GrowthCategory[];
/** Weight-for-length categories that call for a monthly home visit (wasted; child indicator 5). */
export const HOME_VISIT_WHZ = ["gizi_kurang", "gizi_buruk"] as const satisfies readonly GrowthCategory[];

export type Weighing = { tanggalUkur: string; beratKg: number | null };

/** N / T of the growth card (domain §11.2): "naik" when the weight is higher than at the previous weighing, "tidak
 * naik" when it is the same or lower. No previous weighing (first weighing) or no weight: null, neither. Weights are
 * compared in grams, so 8,1 → 8,2 kg is a gain whatever the floating point says. */
export function weightTrend(previous: Weighing | null, current: Weighing): "naik" | "tidak_naik" | null {
  if (!previous || previous.beratKg === null || current.beratKg === null) return null;
  return Math.round(current.beratKg * 1000) > Math.round(previous.beratKg * 1000) ? "naik" : "tidak_naik";
}

/** 2T: the last two weighings each did not go up (three weights, oldest first, none higher than the one before) — a
 * reason to refer the child to the Puskesmas (domain §11.2). The SQL of the task list applies the same test. */
export function isTwoT(weights: readonly number[]): boolean {
  if (weights.length < 3) return false;
  const [a, b, c] = weights.slice(-3).map((w) => Math.round(w * 1000));
  return b <= a && c <= b;
}

/** Whether the latest measurement's categories call for a monthly home visit. */
export function needsHomeVisit(kategoriHaz: string | null, kategoriWhz: string | null): boolean {
  return (
    (HOME_VISIT_HAZ as readonly string[]).includes(kategoriHaz ?? "") ||
    (HOME_VISIT_WHZ as readonly string[]).includes(kategoriWhz ?? "")
  );
}

export type ResultFlags = {
  /** Stunted or wasted and no home visit recorded this month (the task list's rule). */
  kunjunganRumah: boolean;
  /** 2T: refer to the Puskesmas. */
  rujuk: boolean;
};

/** The flags of the result card, from this month's measurement and record and the weights up to now. */
export function resultFlags(p: {
  kategoriHaz: string | null;
  kategoriWhz: string | null;
  /** This month's record already says a home visit happened. */
  visited: boolean;
  /** Weights of every weighing up to and including this one, oldest first. */
  weights: readonly number[];
}): ResultFlags {
  return {
    kunjunganRumah: needsHomeVisit(p.kategoriHaz, p.kategoriWhz) && !p.visited,
    rujuk: isTwoT(p.weights),
  };
}
