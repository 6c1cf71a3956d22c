import type { MonitoringGroup } from "@/lib/sasaran/kategori";
import { kmsTrend, type KmsWeighing } from "./kms";

/* The posyandu's monthly SKDN (docs/skdn.md, docs/indicators.md "SKDN"): which lines a child counts in for month M,
 * and the sums per age group. The query (db/queries/skdn.ts) picks the children (S) and their weighings; this
 * module applies the KMS rule (lib/pemantauan/kms.ts) to them. Pure. */

/** BGM: below the red line of the growth card, weight-for-age under −3 SD. */
export const BGM_WAZ_BELOW = -3;
/** BB kurang (underweight, BGM included): weight-for-age under −2 SD. */
export const BB_KURANG_WAZ_BELOW = -2;

/** The lines of the register, in the order cadres write them. D = N + T + O + B. */
export const SKDN_LINES = ["S", "K", "D", "N", "T", "duaT", "O", "B", "BGM", "bbKurang"] as const;
export type SkdnLine = (typeof SKDN_LINES)[number];
export type SkdnCounts = Record<SkdnLine, number>;

/** The columns: the two monitoring groups of the month (monitoringGroupIn) and both together. */
export const SKDN_GROUPS = ["anak_0_23", "balita_24_59", "semua"] as const;
export type SkdnGroup = (typeof SKDN_GROUPS)[number];

export type SkdnWeighing = KmsWeighing & { beratKg: number };

/** One child of S with what the SKDN needs. */
export type SkdnChild = {
  id: number;
  nama: string;
  posyanduId: number;
  kelompok: MonitoringGroup;
  tanggalLahir: string;
  punyaKia: boolean;
  /** The last weighing in M, M−1, M−2 (with a weight), or null. */
  bulanIni: (SkdnWeighing & { waz: number | null }) | null;
  bulanLalu: SkdnWeighing | null;
  duaBulanLalu: SkdnWeighing | null;
  /** Any weighing before M's first day (anywhere: a child moved in keeps its history). */
  pernahSebelumnya: boolean;
};

export type SkdnStatus = {
  D: boolean;
  /** N, T, O or B for a child weighed in M (exactly one), null otherwise. */
  hasil: "N" | "T" | "O" | "B" | null;
  duaT: boolean;
  BGM: boolean;
  bbKurang: boolean;
};

/** The lines one child counts in, month M. */
export function skdnStatus(c: SkdnChild): SkdnStatus {
  const w = c.bulanIni;
  if (!w) return { D: false, hasil: null, duaT: false, BGM: false, bbKurang: false };
  const trend = kmsTrend(c.bulanLalu, w, c.tanggalLahir);
  const hasil = trend === "naik" ? "N" : trend === "tidak_naik" ? "T" : c.pernahSebelumnya ? "O" : "B";
  const duaT =
    hasil === "T" && c.bulanLalu !== null && kmsTrend(c.duaBulanLalu, c.bulanLalu, c.tanggalLahir) === "tidak_naik";
  return {
    D: true,
    hasil,
    duaT,
    BGM: w.waz !== null && w.waz < BGM_WAZ_BELOW,
    bbKurang: w.waz !== null && w.waz < BB_KURANG_WAZ_BELOW,
  };
}

export const emptyCounts = (): SkdnCounts => Object.fromEntries(SKDN_LINES.map((l) => [l, 0])) as SkdnCounts;

/** Adds one child to a count. */
function add(counts: SkdnCounts, c: SkdnChild, st: SkdnStatus) {
  counts.S += 1;
  if (c.punyaKia) counts.K += 1;
  if (st.D) counts.D += 1;
  if (st.hasil) counts[st.hasil] += 1;
  if (st.duaT) counts.duaT += 1;
  if (st.BGM) counts.BGM += 1;
  if (st.bbKurang) counts.bbKurang += 1;
}

export type SkdnTable = Record<SkdnGroup, SkdnCounts>;

/** The counts of a set of children per group, 0–59 being both groups. */
export function countSkdn(children: readonly SkdnChild[]): SkdnTable {
  const table = { anak_0_23: emptyCounts(), balita_24_59: emptyCounts(), semua: emptyCounts() };
  for (const c of children) {
    const st = skdnStatus(c);
    add(table[c.kelompok], c, st);
    add(table.semua, c, st);
  }
  return table;
}

/** The three ratios of the report as [numerator, denominator] (formatPercent / fraction show "–" for 0). */
export const SKDN_RATIOS = ["DS", "ND", "KS"] as const;
export type SkdnRatio = (typeof SKDN_RATIOS)[number];
export function skdnRatio(c: SkdnCounts, r: SkdnRatio): [number, number] {
  return r === "DS" ? [c.D, c.S] : r === "ND" ? [c.N, c.D] : [c.K, c.S];
}

/** The names behind a line for the cadre (N, T, 2T, BGM), in name order. */
export const SKDN_NAME_LINES = ["N", "T", "duaT", "BGM"] as const;
export type SkdnNameLine = (typeof SKDN_NAME_LINES)[number];
export function namesOf(children: readonly SkdnChild[], line: SkdnNameLine): SkdnChild[] {
  return children
    .filter((c) => {
      const st = skdnStatus(c);
      return line === "duaT" ? st.duaT : line === "BGM" ? st.BGM : st.hasil === line;
    })
    .sort((a, b) => a.nama.localeCompare(b.nama, "id"));
}
