import { worstQuartile } from "./gaps";
import { paguPerSasaran } from "@/lib/apbdes/totals";

type In = {
  kode: string;
  nama: string;
  kecamatan: string;
  sasaran: number;
  anak: number;
  /** "Anak 0–23 bulan diukur" (docs/indicators.md §2): the measured children of the population / the population. */
  anakDiukur: number;
  anakPopulasi: number;
  measured: number;
  stunted: number;
  /** The 0–59 growth figures (docs/indicators.md §3a): each z-score's denominator and numerators. */
  measured59: number;
  stunted59: number;
  whzN59: number;
  wasted59: number;
  overweight59: number;
  wazN59: number;
  underweight59: number;
  diterima: number;
  seharusnya: number;
  /** Null without a counted APBDes for the year. */
  stuntingPagu: number | null;
  /** The 1.000-HPK targets the year's budget is divided by (the APBDes recap's). */
  sasaranAnggaran: number;
  weakest: string | null;
  /** The weakest indicator's Y and the targets it applies to. */
  weakestY: number;
  weakestN: number;
  /** Results (target × quarter) of mothers and children 0–23 behind `diterima`/`seharusnya`: the convergence
   * figure's size for ranking. */
  dinilai: number;
  wajib: number;
  tercatat: number;
  tepatWaktu: number;
  approvedQuarters: number;
  draftQuarters: number;
};

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export const DESA_TABLE_SORTS = [
  "nama",
  "kecamatan",
  "sasaran",
  "diukur",
  "stunting",
  "stunting059",
  "wasting059",
  "underweight059",
  "overweight059",
  "konvergensi",
  "laporan",
  "tepat",
  "pagu",
] as const;
export type DesaTableSort = (typeof DESA_TABLE_SORTS)[number];
/** The table's URL state (lib/dashboard/period.ts parses it). */
export type DesaTableState = { q?: string; sort?: DesaTableSort; dir?: "asc" | "desc"; page?: number };

/** Builds the desa table rows (quartile cues, pagu per target), then filters, sorts and pages them from URL state.
 * `minimum`: a desa is ranked in a quartile only when the figure's denominator (children measured for stunting,
 * results for convergence) reaches it (docs/indicators.md §8). */
export function desaTable(
  rows: In[],
  quarters: number,
  state: DesaTableState & { pageSize?: number; minimum?: number },
) {
  const minimum = state.minimum ?? 0;
  const stunting = rows.map((r) => ratio(r.stunted, r.measured));
  const konv = rows.map((r) => ratio(r.diterima, r.seharusnya));
  const worstS = worstQuartile(
    stunting,
    true,
    rows.map((r) => r.measured),
    minimum,
  );
  const worstK = worstQuartile(
    konv,
    false,
    rows.map((r) => r.dinilai),
    minimum,
  );
  let out = rows.map((r, i) => ({
    ...r,
    quarters,
    worstStunting: worstS[i],
    worstKonvergensi: worstK[i],
    /** Too few children measured / results to be ranked at all (shown beside the figure). */
    unrankedStunting: r.measured > 0 && r.measured < minimum,
    unrankedKonvergensi: r.dinilai > 0 && r.dinilai < minimum,
    // The APBDes recap's figure for the same desa and year (docs/indicators.md §7), whole rupiah.
    paguPerSasaran: paguPerSasaran({
      hasBudget: r.stuntingPagu !== null,
      stuntingPagu: r.stuntingPagu ?? 0,
      sasaran: r.sasaranAnggaran,
    }),
  }));
  const q = state.q?.trim().toLowerCase();
  if (q) out = out.filter((r) => r.nama.toLowerCase().includes(q) || r.kecamatan.toLowerCase().includes(q));
  const key: Record<DesaTableSort, (r: (typeof out)[number]) => number | string | null> = {
    nama: (r) => r.nama,
    kecamatan: (r) => r.kecamatan,
    sasaran: (r) => r.sasaran,
    diukur: (r) => ratio(r.anakDiukur, r.anakPopulasi),
    stunting: (r) => ratio(r.stunted, r.measured),
    stunting059: (r) => ratio(r.stunted59, r.measured59),
    wasting059: (r) => ratio(r.wasted59, r.whzN59),
    underweight059: (r) => ratio(r.underweight59, r.wazN59),
    overweight059: (r) => ratio(r.overweight59, r.whzN59),
    konvergensi: (r) => ratio(r.diterima, r.seharusnya),
    laporan: (r) => ratio(r.tercatat, r.wajib),
    tepat: (r) => ratio(r.tepatWaktu, r.tercatat),
    pagu: (r) => r.paguPerSasaran,
  };
  const f = state.sort ? key[state.sort] : undefined;
  if (f) {
    const sign = state.dir === "desc" ? -1 : 1;
    // Missing values sort last in either direction.
    out = [...out].sort((a, b) => {
      const x = f(a);
      const y = f(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return (typeof x === "string" ? x.localeCompare(String(y), "id") : x - (y as number)) * sign;
    });
  }
  const pageSize = state.pageSize ?? 25;
  const total = out.length;
  const page = Math.min(Math.max(1, state.page ?? 1), Math.max(1, Math.ceil(total / pageSize)));
  return { rows: out.slice((page - 1) * pageSize, page * pageSize), total, page, pageSize };
}
