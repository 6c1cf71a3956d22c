import { INDICATORS } from "@/lib/scorecard/indicators";
import type { KelompokKonvergensi } from "@/lib/enums";

export type Coverage = { kode: string; kelompok: KelompokKonvergensi; nomor: number; y: number; applicable: number };
export type Funding = { kodeWilayah: string; indikator: string[]; paketLayanan: string[] };
export type Gap = {
  kode: string;
  key: string;
  label: string;
  paket: string;
  y: number;
  applicable: number;
  affected: number;
  coverage: number;
};

const byKey = new Map(INDICATORS.map((i) => [i.key as string, i]));

/** "Gaps without money": desa × indicator whose coverage is below the target AND for which the desa has no
 * approved stunting budget line tagged to that indicator or to its paket layanan. Sorted by the number of
 * targets not yet served. A desa with no approved APBDes at all has no funding for anything. */
export function gapsWithoutMoney(coverage: Coverage[], funding: Funding[], target = 0.8): Gap[] {
  const funded = new Map(
    funding.map((f) => [f.kodeWilayah, { ind: new Set(f.indikator), paket: new Set(f.paketLayanan) }]),
  );
  const gaps: Gap[] = [];
  for (const c of coverage) {
    if (c.applicable === 0) continue;
    const ratio = c.y / c.applicable;
    if (ratio >= target) continue;
    const key = `${c.kelompok}:${c.nomor}`;
    const ind = byKey.get(key);
    if (!ind) continue;
    const f = funded.get(c.kode);
    if (f && (f.ind.has(key) || f.paket.has(ind.paket))) continue;
    gaps.push({
      kode: c.kode,
      key,
      label: ind.label,
      paket: ind.paket,
      y: c.y,
      applicable: c.applicable,
      affected: c.applicable - c.y,
      coverage: ratio,
    });
  }
  return gaps.sort((a, b) => b.affected - a.affected || a.coverage - b.coverage || a.kode.localeCompare(b.kode));
}

/** Coverage per paket layanan (docs/indicators.md §5): Σ Y ÷ Σ applicable over the paket's indicators
 * (lib/scorecard/indicators.ts) and the desa given. The PAUD paket counts child indicator 10 and PAUD attendance
 * (paud:1, months attended ÷ months due, as the scorecard's Tabel 3 shows it). */
export function paketCoverage(coverage: ReadonlyArray<Pick<Coverage, "kelompok" | "nomor" | "y" | "applicable">>) {
  return (["kia", "gizi", "air_sanitasi", "perlindungan_sosial", "paud"] as const).map((paket) => {
    const keys = new Set(INDICATORS.filter((i) => i.paket === paket).map((i) => i.key as string));
    const c = coverage.filter((x) => keys.has(`${x.kelompok}:${x.nomor}`));
    return { paket, y: c.reduce((a, x) => a + x.y, 0), applicable: c.reduce((a, x) => a + x.applicable, 0) };
  });
}

/** The smallest denominator with which a desa is ranked (`pengaturan_tahun.minimum_sasaran_peringkat`, default 10;
 * docs/indicators.md §8): with fewer targets one child more or less swings the percentage too far to mean anything. */
export const DEFAULT_MINIMUM_PERINGKAT = 10;

export type Weakest = { key: string; label: string; coverage: number; y: number; applicable: number };

/** The indicator with the lowest coverage in each desa (ties: the one affecting more targets), among the indicators
 * that apply to at least `minimum` targets; a desa with none has no weakest indicator. */
export function weakestIndicator(coverage: Coverage[], minimum = 0): Map<string, Weakest> {
  const out = new Map<string, Weakest & { affected: number }>();
  for (const c of coverage) {
    if (!c.applicable || c.applicable < minimum) continue;
    const key = `${c.kelompok}:${c.nomor}`;
    const ratio = c.y / c.applicable;
    const cur = out.get(c.kode);
    const affected = c.applicable - c.y;
    if (!cur || ratio < cur.coverage || (ratio === cur.coverage && affected > cur.affected)) {
      out.set(c.kode, {
        key,
        label: byKey.get(key)?.label ?? key,
        coverage: ratio,
        y: c.y,
        applicable: c.applicable,
        affected,
      });
    }
  }
  return out;
}

/** Values in the worst quartile (highest when `higherIsWorse`), among the values whose denominator reaches
 * `minimum` (`denominators[i]`). Nulls and values below the minimum are never flagged and do not move the cut. */
export function worstQuartile(
  values: Array<number | null>,
  higherIsWorse: boolean,
  denominators?: number[],
  minimum = 0,
): boolean[] {
  const ranked = values.map((v, i) => (v !== null && (denominators?.[i] ?? Infinity) >= minimum ? v : null));
  const present = ranked.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (present.length < 4) return values.map(() => false);
  const cut = higherIsWorse
    ? present[Math.floor(present.length * 0.75)]
    : present[Math.ceil(present.length * 0.25) - 1];
  return ranked.map((v) => v !== null && (higherIsWorse ? v >= cut : v <= cut));
}
