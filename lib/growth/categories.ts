/**
 * Nutritional-status categories per Permenkes RI No. 2 Tahun 2020
 * (Standar Antropometri Anak), applied to the 2-decimal z-score exactly as
 * WHO Anthro does: strict inequalities on the rounded value. So HAZ −2.00 is
 * "normal" (stunting is HAZ < −2), HAZ −2.01 is "pendek", and −3.00 is
 * "pendek" (not "sangat pendek").
 *
 * Pure; safe for client components. Display names are CATEGORY_LABELS in lib/i18n/growth.ts.
 */
import { CATEGORY_LABELS } from "@/lib/i18n/growth";

/** Panjang/tinggi badan menurut umur (PB/U atau TB/U). */
export type HazCategory = "sangat_pendek" | "pendek" | "normal" | "tinggi";

/** Berat badan menurut umur (BB/U). */
export type WazCategory = "bb_sangat_kurang" | "bb_kurang" | "normal" | "risiko_bb_lebih";

/** Berat badan menurut panjang/tinggi badan (BB/PB atau BB/TB); also used for IMT/U. */
export type WhzCategory =
  "gizi_buruk" | "gizi_kurang" | "gizi_baik" | "berisiko_gizi_lebih" | "gizi_lebih" | "obesitas";

/** IMT menurut umur (0–60 bulan): same bands as BB/PB–BB/TB. */
export type BazCategory = WhzCategory;

export type GrowthCategory = HazCategory | WazCategory | WhzCategory;

export interface GrowthCategories {
  haz: HazCategory | null;
  waz: WazCategory | null;
  whz: WhzCategory | null;
  baz: BazCategory | null;
}

export const HAZ_CATEGORIES: readonly HazCategory[] = ["sangat_pendek", "pendek", "normal", "tinggi"];
export const WAZ_CATEGORIES: readonly WazCategory[] = ["bb_sangat_kurang", "bb_kurang", "normal", "risiko_bb_lebih"];
export const WHZ_CATEGORIES: readonly WhzCategory[] = [
  "gizi_buruk",
  "gizi_kurang",
  "gizi_baik",
  "berisiko_gizi_lebih",
  "gizi_lebih",
  "obesitas",
];

export function categoryLabel(category: GrowthCategory): string {
  return CATEGORY_LABELS[category];
}

/** Rounds to 2 decimals the way anthro's output is compared (idempotent on already-rounded values). */
function r2(z: number): number {
  return Number(z.toFixed(2));
}

/** PB/U–TB/U: < −3 sangat pendek; −3 to < −2 pendek; −2 to +3 normal; > +3 tinggi. */
export function classifyHaz(z: number): HazCategory {
  const v = r2(z);
  if (v < -3) return "sangat_pendek";
  if (v < -2) return "pendek";
  if (v > 3) return "tinggi";
  return "normal";
}

/** BB/U: < −3 sangat kurang; −3 to < −2 kurang; −2 to +1 normal; > +1 risiko BB lebih. */
export function classifyWaz(z: number): WazCategory {
  const v = r2(z);
  if (v < -3) return "bb_sangat_kurang";
  if (v < -2) return "bb_kurang";
  if (v > 1) return "risiko_bb_lebih";
  return "normal";
}

/**
 * BB/PB–BB/TB: < −3 gizi buruk; −3 to < −2 gizi kurang; −2 to +1 gizi baik;
 * > +1 to +2 berisiko gizi lebih; > +2 to +3 gizi lebih; > +3 obesitas.
 */
export function classifyWhz(z: number): WhzCategory {
  const v = r2(z);
  if (v < -3) return "gizi_buruk";
  if (v < -2) return "gizi_kurang";
  if (v > 3) return "obesitas";
  if (v > 2) return "gizi_lebih";
  if (v > 1) return "berisiko_gizi_lebih";
  return "gizi_baik";
}

/** IMT/U (0–60 bulan): same bands as BB/PB–BB/TB. */
export function classifyBaz(z: number): BazCategory {
  return classifyWhz(z);
}
