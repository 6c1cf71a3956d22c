import type { GrowthCategory } from "@/lib/growth/categories";

/** Copy of the growth module (lib/growth): ages as a cadre says them and the names of the nutritional-status
 * categories. */
export const growthText = {
  /** "1 tahun 3 bulan" / "7 bulan" / "12 hari" (lib/growth/age.ts formatAgeId). */
  age: {
    days: (n: number) => `${n} hari`,
    months: (n: number) => `${n} bulan`,
    years: (n: number) => `${n} tahun`,
    yearsMonths: (years: number, months: number) => `${years} tahun ${months} bulan`,
  },
} as const;

/** Display names of every category code (Permenkes 2/2020); a code added in lib/growth/categories.ts fails the type
 * check until it has one here. */
export const CATEGORY_LABELS = {
  sangat_pendek: "Sangat pendek",
  pendek: "Pendek",
  normal: "Normal",
  tinggi: "Tinggi",
  bb_sangat_kurang: "Berat badan sangat kurang",
  bb_kurang: "Berat badan kurang",
  risiko_bb_lebih: "Risiko berat badan lebih",
  gizi_buruk: "Gizi buruk",
  gizi_kurang: "Gizi kurang",
  gizi_baik: "Gizi baik",
  berisiko_gizi_lebih: "Berisiko gizi lebih",
  gizi_lebih: "Gizi lebih",
  obesitas: "Obesitas",
} as const satisfies Readonly<Record<GrowthCategory, string>>;
