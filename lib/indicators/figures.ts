/** The figures the dashboard, the desa table and the recaps show, one entry each (docs/indicators.md). The words a
 * person reads (label, "Cara menghitung", what the numerator and denominator count) are in lib/i18n/indicators.ts;
 * the membership SQL of each figure is in db/queries/indicators/. Pure: no I/O. */

export const FIGURE_KEYS = [
  "sasaran-aktif",
  "anak-diukur",
  "stunting",
  "stunting-berat",
  "wasting",
  "underweight",
  "overweight",
  "stunting-0-59",
  "wasting-0-59",
  "underweight-0-59",
  "overweight-0-59",
  "kelengkapan-laporan",
  "ketepatan-waktu",
  "konvergensi",
  "cakupan-paket",
  "pagu-stunting",
  "realisasi",
  "pagu-per-sasaran",
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** The two parts of a ratio, as the drill-down URL names them (`bagian`). */
export const FIGURE_PARTS = ["pembilang", "penyebut"] as const;
export type FigurePart = (typeof FIGURE_PARTS)[number];

export type Figure = {
  key: FigureKey;
  /** A percentage (numerator ÷ denominator), a plain count, or an amount of rupiah. */
  unit: "percent" | "count" | "rupiah";
  /** What the drill-down lists: the targets behind it, the desa behind it (money, services), or nothing. */
  list: "sasaran" | "desa" | null;
  /** The parts a list exists for: a count has only a numerator. */
  parts: readonly FigurePart[];
};

const BOTH = FIGURE_PARTS;
const ONLY_NUMERATOR = ["pembilang"] as const;

export const FIGURES = {
  "sasaran-aktif": { key: "sasaran-aktif", unit: "count", list: "sasaran", parts: ONLY_NUMERATOR },
  "anak-diukur": { key: "anak-diukur", unit: "percent", list: "sasaran", parts: BOTH },
  stunting: { key: "stunting", unit: "percent", list: "sasaran", parts: BOTH },
  "stunting-berat": { key: "stunting-berat", unit: "percent", list: "sasaran", parts: BOTH },
  wasting: { key: "wasting", unit: "percent", list: "sasaran", parts: BOTH },
  underweight: { key: "underweight", unit: "percent", list: "sasaran", parts: BOTH },
  overweight: { key: "overweight", unit: "percent", list: "sasaran", parts: BOTH },
  // The same prevalences over children 0–59 months (docs/indicators.md §3a).
  "stunting-0-59": { key: "stunting-0-59", unit: "percent", list: "sasaran", parts: BOTH },
  "wasting-0-59": { key: "wasting-0-59", unit: "percent", list: "sasaran", parts: BOTH },
  "underweight-0-59": { key: "underweight-0-59", unit: "percent", list: "sasaran", parts: BOTH },
  "overweight-0-59": { key: "overweight-0-59", unit: "percent", list: "sasaran", parts: BOTH },
  "kelengkapan-laporan": { key: "kelengkapan-laporan", unit: "percent", list: "sasaran", parts: BOTH },
  "ketepatan-waktu": { key: "ketepatan-waktu", unit: "percent", list: "sasaran", parts: BOTH },
  konvergensi: { key: "konvergensi", unit: "percent", list: "desa", parts: BOTH },
  // Coverage of one paket layanan: its indicators' Y ÷ applicable; the scorecard's indicator pages list the targets.
  "cakupan-paket": { key: "cakupan-paket", unit: "percent", list: null, parts: BOTH },
  "pagu-stunting": { key: "pagu-stunting", unit: "rupiah", list: "desa", parts: ONLY_NUMERATOR },
  realisasi: { key: "realisasi", unit: "percent", list: "desa", parts: BOTH },
  "pagu-per-sasaran": { key: "pagu-per-sasaran", unit: "rupiah", list: "desa", parts: BOTH },
} as const satisfies Record<FigureKey, Figure>;

export function isFigureKey(value: string): value is FigureKey {
  return (FIGURE_KEYS as readonly string[]).includes(value);
}

/** Whether `part` of `key` has a drill-down list. */
export function hasList(key: FigureKey, part: FigurePart): boolean {
  const f: Figure = FIGURES[key];
  return f.list !== null && f.parts.includes(part);
}

/** The growth figures: the z-score each is judged on, the rule that puts a child in the numerator (`rule`: the
 * 0–23 figure whose cut-off it shares) and the ages it covers — completed months on the date of the measurement that
 * counts (docs/indicators.md §3, §3a). */
const UNDER_TWO = { from: 0, to: 23 } as const;
const UNDER_FIVE = { from: 0, to: 59 } as const;
export const GROWTH_FIGURES = {
  stunting: { z: "haz", below: -2, rule: "stunting", months: UNDER_TWO },
  "stunting-berat": { z: "haz", below: -3, rule: "stunting-berat", months: UNDER_TWO },
  wasting: { z: "whz", below: -2, rule: "wasting", months: UNDER_TWO },
  underweight: { z: "waz", below: -2, rule: "underweight", months: UNDER_TWO },
  overweight: { z: "whz", above: 2, rule: "overweight", months: UNDER_TWO },
  "stunting-0-59": { z: "haz", below: -2, rule: "stunting", months: UNDER_FIVE },
  "wasting-0-59": { z: "whz", below: -2, rule: "wasting", months: UNDER_FIVE },
  "underweight-0-59": { z: "waz", below: -2, rule: "underweight", months: UNDER_FIVE },
  "overweight-0-59": { z: "whz", above: 2, rule: "overweight", months: UNDER_FIVE },
} as const satisfies Record<
  string,
  { z: ZIndex; below?: number; above?: number; rule: GrowthRule; months: { from: number; to: number } }
>;
/** The figures with their own numerator rule (db/rollups/growth.ts IN_NUMERATOR). */
export type GrowthRule = "stunting" | "stunting-berat" | "wasting" | "underweight" | "overweight";
export type GrowthFigureKey = keyof typeof GROWTH_FIGURES;
export type ZIndex = "haz" | "waz" | "whz";

export function isGrowthFigure(key: FigureKey): key is GrowthFigureKey {
  return Object.hasOwn(GROWTH_FIGURES, key);
}

/** The drill-down list of one part of a figure for a region and a dashboard period (the period's URL state). */
export function rincianHref(
  kode: string,
  key: FigureKey,
  part: FigurePart,
  period: { jenis: string; tahun: number; nilai: number },
): string {
  const q = new URLSearchParams({
    periode: period.jenis,
    tahun: String(period.tahun),
    nilai: String(period.nilai),
    bagian: part,
  });
  return `/wilayah/${kode}/rincian/${key}?${q.toString()}`;
}
