/** Money sums behind the totals, Tabel 5 and the recap. Integers in, integers out; percentages are left to
 * formatPercent at display time, and shares of a zero total have no value (never 0 % or 100 %). */
import { BIDANG, bidangOf, type Bidang } from "./codes";
import { BIDANG_NAMES } from "@/lib/i18n/apbdes";
import { roundRupiah } from "@/lib/format";

export type LineAmounts = {
  kodeKegiatan: string;
  sumberDana: string;
  pagu: number;
  realisasi: number;
  stuntingTag: string | null;
  paketLayanan: string | null;
};

export type Totals = { pagu: number; realisasi: number; stuntingPagu: number; stuntingRealisasi: number };

export const ZERO: Totals = { pagu: 0, realisasi: 0, stuntingPagu: 0, stuntingRealisasi: 0 };

/** SP, SN and TK all count as stunting-related; an untagged line does not. */
export function isStunting(line: Pick<LineAmounts, "stuntingTag">): boolean {
  return line.stuntingTag === "SP" || line.stuntingTag === "SN" || line.stuntingTag === "TK";
}

export function addTotals(a: Totals, b: Totals): Totals {
  return {
    pagu: a.pagu + b.pagu,
    realisasi: a.realisasi + b.realisasi,
    stuntingPagu: a.stuntingPagu + b.stuntingPagu,
    stuntingRealisasi: a.stuntingRealisasi + b.stuntingRealisasi,
  };
}

export function totalsOf(lines: ReadonlyArray<LineAmounts>): Totals {
  return lines.reduce<Totals>((t, l) => {
    const s = isStunting(l);
    return addTotals(t, {
      pagu: l.pagu,
      realisasi: l.realisasi,
      stuntingPagu: s ? l.pagu : 0,
      stuntingRealisasi: s ? l.realisasi : 0,
    });
  }, ZERO);
}

/** Pooled totals over groups (e.g. desa): sums, never an average of shares. */
export function poolTotals(groups: ReadonlyArray<Totals>): Totals {
  return groups.reduce(addTotals, ZERO);
}

/** Totals per group key, in first-seen order unless `order` is given (missing groups then appear as zero). */
export function totalsBy<K extends string | number>(
  lines: ReadonlyArray<LineAmounts>,
  keyOf: (l: LineAmounts) => K,
  order?: ReadonlyArray<K>,
): Array<{ key: K } & Totals> {
  const map = new Map<K, Totals>((order ?? []).map((k) => [k, ZERO]));
  for (const l of lines) map.set(keyOf(l), addTotals(map.get(keyOf(l)) ?? ZERO, totalsOf([l])));
  return [...map].map(([key, t]) => ({ key, ...t }));
}

export const byBidang = (lines: ReadonlyArray<LineAmounts>) =>
  totalsBy(lines, (l) => bidangOf(l.kodeKegiatan) as Bidang, BIDANG);
export const bySumberDana = (lines: ReadonlyArray<LineAmounts>) =>
  totalsBy(lines, (l) => l.sumberDana).sort((a, b) => b.pagu - a.pagu);

/** Stunting lines only, per paket layanan ("" = tagged but no paket). */
export function stuntingByPaket(lines: ReadonlyArray<LineAmounts>) {
  return totalsBy(lines.filter(isStunting), (l) => l.paketLayanan ?? "").sort((a, b) => b.pagu - a.pagu);
}

/** part ÷ whole, or null when the whole is zero. */
export function ratio(part: number, whole: number): number | null {
  return whole ? part / whole : null;
}

/** Rupiah per target, rounded by the one rupiah rule (roundRupiah), or null when there are no targets. */
export function perTarget(amount: number, targets: number): number | null {
  return targets > 0 ? roundRupiah(amount / targets) : null;
}

/** A desa's budget as the recap counts it: `hasBudget` when a version of the year counts (approved by default,
 * or any when drafts are included); `sasaran` = its 1.000-HPK targets on budgetTargetDate. */
export type BudgetTargets = { hasBudget: boolean; stuntingPagu: number; sasaran: number };

/** "Pagu stunting per sasaran" (docs/indicators.md §7) of one desa: null without a counted budget (no budget is
 * not Rp 0 per target) or without targets. The desa table, the recap and both Excel files call this. */
export function paguPerSasaran(d: BudgetTargets): number | null {
  return d.hasBudget ? perTarget(d.stuntingPagu, d.sasaran) : null;
}

/** The same figure pooled over several desa: Σ stunting pagu ÷ Σ targets of the desa THAT HAVE a counted budget,
 * so a desa without one adds neither money nor targets. */
export function pooledPaguPerSasaran(rows: ReadonlyArray<BudgetTargets>): {
  value: number | null;
  pagu: number;
  sasaran: number;
  desa: number;
} {
  const withBudget = rows.filter((r) => r.hasBudget);
  const pagu = withBudget.reduce((t, r) => t + r.stuntingPagu, 0);
  const sasaran = withBudget.reduce((t, r) => t + r.sasaran, 0);
  return { value: withBudget.length ? perTarget(pagu, sasaran) : null, pagu, sasaran, desa: withBudget.length };
}

/** The date whose targets a year's budget is divided by: 31 December of the year, or today when that is earlier
 * (the current year). */
export function budgetTargetDate(tahun: number, today: string): string {
  const end = `${tahun}-12-31`;
  return today < end ? today : end;
}

export type Tabel5Row = {
  bidang: Bidang;
  nama: string;
  totalPagu: number;
  stuntingPagu: number;
  totalRealisasi: number;
  stuntingRealisasi: number;
};

/** Rows for bidang 1–5 in order, filling bidang without lines with zeros. */
export function tabel5Rows(sums: ReadonlyArray<{ bidang: number } & Totals>): Tabel5Row[] {
  return BIDANG.map((b) => {
    const s = sums.filter((x) => x.bidang === b).reduce<Totals>((t, x) => addTotals(t, x), ZERO);
    return {
      bidang: b,
      nama: BIDANG_NAMES[b],
      totalPagu: s.pagu,
      stuntingPagu: s.stuntingPagu,
      totalRealisasi: s.realisasi,
      stuntingRealisasi: s.stuntingRealisasi,
    };
  });
}
