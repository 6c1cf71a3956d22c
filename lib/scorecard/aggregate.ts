import type { Nilai } from "./types";

export type IndicatorCount = { y: number; ts: number; n: number };
export type GroupTotals = { diterima: number; seharusnya: number };

/** Per-indicator counts for one group from per-target results. */
export function countIndicators(results: Nilai[][], k: number): IndicatorCount[] {
  const out = Array.from({ length: k }, () => ({ y: 0, ts: 0, n: 0 }));
  for (const hasil of results) {
    hasil.forEach((v, i) => {
      out[i].n++;
      if (v === "Y") out[i].y++;
      if (v === "TS") out[i].ts++;
    });
  }
  return out;
}

/** capaian_k = count(Y) ÷ (N − count(TS)); null when nothing applies ("–", never 0 % or 100 %). */
export function coverage(c: IndicatorCount): number | null {
  const denom = c.n - c.ts;
  return denom > 0 ? c.y / denom : null;
}

/** Group convergence pooled over indicators: Σ Y ÷ (K × N − Σ TS). */
export function groupTotals(counts: IndicatorCount[]): GroupTotals {
  return counts.reduce((t, c) => ({ diterima: t.diterima + c.y, seharusnya: t.seharusnya + c.n - c.ts }), {
    diterima: 0,
    seharusnya: 0,
  });
}

/** Tingkat Konvergensi Desa and every roll-up: sum numerators and denominators, then divide. Never the mean of
 * percentages (§7, §13 item 13). */
export function pooled(...parts: GroupTotals[]): GroupTotals & { ratio: number | null } {
  const diterima = parts.reduce((s, p) => s + p.diterima, 0);
  const seharusnya = parts.reduce((s, p) => s + p.seharusnya, 0);
  return { diterima, seharusnya, ratio: seharusnya > 0 ? diterima / seharusnya : null };
}
