import type { GrowthCategory } from "@/lib/growth/categories";
import { kmsTrend, kmsTwoT, type KmsWeighing } from "./kms";

/* The rules behind the result card (components/result-card.tsx) and "Tugas bulan ini" (db/queries/tugas.ts): one
 * definition of "naik", of who needs a home visit and of who needs referring. Pure; safe for client components.
 * docs/indicators.md §"Kartu hasil penimbangan". */

/** Length-for-age categories that call for a monthly home visit (stunted; child indicator 5). */
export const HOME_VISIT_HAZ = ["pendek", "sangat_pendek"] as const satisfies readonly GrowthCategory[];
/** Weight-for-length categories that call for a monthly home visit (wasted; child indicator 5). */
export const HOME_VISIT_WHZ = ["gizi_kurang", "gizi_buruk"] as const satisfies readonly GrowthCategory[];

export type Weighing = KmsWeighing;

/** N / T of the growth card: the KMS rule (lib/pemantauan/kms.ts, domain §11.2) — "naik" when weighed this month
 * and last month and the gain reaches the KBM of the child's age, "tidak naik" otherwise; null (neither) for a first
 * weighing, a missing weight, or a previous weighing not in the month before (the SKDN counts that child in O). */
export function weightTrend(
  previous: Weighing | null,
  current: Weighing,
  tanggalLahir: string,
): "naik" | "tidak_naik" | null {
  return kmsTrend(previous, current, tanggalLahir);
}

/** 2T: T this month and T last month (kmsTwoT) — a reason to refer the child to the Puskesmas (domain §11.2).
 * `weighings`: every weighing with a weight up to and including this month's, oldest first. The SQL of the task
 * list and the SKDN apply the same rule. */
export function isTwoT(weighings: readonly Weighing[], tanggalLahir: string): boolean {
  return kmsTwoT(weighings, tanggalLahir);
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
  /** Weighings with a weight up to and including this one, oldest first; empty when this one has no weight (no
   * weighing this month: no 2T this month). */
  weighings: readonly Weighing[];
  tanggalLahir: string;
}): ResultFlags {
  return {
    kunjunganRumah: needsHomeVisit(p.kategoriHaz, p.kategoriWhz) && !p.visited,
    rujuk: isTwoT(p.weighings, p.tanggalLahir),
  };
}
