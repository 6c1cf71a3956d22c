import { describe, expect, it } from "vitest";
import {
  byBidang,
  bySumberDana,
  isStunting,
  budgetTargetDate,
  paguPerSasaran,
  perTarget,
  poolTotals,
  pooledPaguPerSasaran,
  ratio,
  stuntingByPaket,
  tabel5Rows,
  totalsOf,
  type LineAmounts,
} from "./totals";

const line = (
  kodeKegiatan: string,
  pagu: number,
  realisasi: number,
  stuntingTag: string | null,
  paketLayanan: string | null = null,
  sumberDana = "DDS",
): LineAmounts => ({
  kodeKegiatan,
  pagu,
  realisasi,
  stuntingTag,
  paketLayanan,
  sumberDana,
});

const LINES = [
  line("1.1.01", 300_000_000, 250_000_000, null, null, "ADD"),
  line("2.2.02", 40_000_000, 30_000_000, "SP", "gizi"),
  line("2.4.12", 60_000_000, 10_000_000, "SN", "air_sanitasi"),
  line("2.3.10", 100_000_000, 90_000_000, null),
  line("3.4.91", 12_000_000, 6_000_000, "TK", "tata_kelola", "ADD"),
];

describe("APBDes totals", () => {
  it("sums pagu and realisasi, with SP+SN+TK as the stunting part", () => {
    expect(isStunting({ stuntingTag: "TK" })).toBe(true);
    expect(isStunting({ stuntingTag: null })).toBe(false);
    expect(totalsOf(LINES)).toEqual({
      pagu: 512_000_000,
      realisasi: 386_000_000,
      stuntingPagu: 112_000_000,
      stuntingRealisasi: 46_000_000,
    });
  });

  it("groups by bidang in order 1–5, with empty bidang as zero", () => {
    const b = byBidang(LINES);
    expect(b.map((x) => x.key)).toEqual([1, 2, 3, 4, 5]);
    expect(b[1]).toEqual({
      key: 2,
      pagu: 200_000_000,
      realisasi: 130_000_000,
      stuntingPagu: 100_000_000,
      stuntingRealisasi: 40_000_000,
    });
    expect(b[3].pagu).toBe(0);
  });

  it("groups stunting money by paket and all money by sumber dana", () => {
    expect(stuntingByPaket(LINES).map((x) => [x.key, x.pagu])).toEqual([
      ["air_sanitasi", 60_000_000],
      ["gizi", 40_000_000],
      ["tata_kelola", 12_000_000],
    ]);
    expect(bySumberDana(LINES).map((x) => [x.key, x.pagu, x.stuntingPagu])).toEqual([
      ["ADD", 312_000_000, 12_000_000],
      ["DDS", 200_000_000, 100_000_000],
    ]);
  });

  it("computes shares as ratios with no value for an empty total", () => {
    expect(ratio(112, 512)).toBeCloseTo(0.21875);
    expect(ratio(5, 0)).toBeNull();
    expect(perTarget(10_000_000, 3)).toBe(3_333_333);
    expect(perTarget(10_000_000, 0)).toBeNull();
  });

  it("rounds per-target rupiah half up (it used to truncate)", () => {
    expect(perTarget(20_000_000, 3)).toBe(6_666_667); // 6 666 666,67
    expect(perTarget(5, 2)).toBe(3); // 2,5
    expect(perTarget(295_500_000, 45)).toBe(6_566_667);
  });

  it("pagu per sasaran: no budget is no value, not Rp 0; pooled over the desa that have a budget", () => {
    expect(paguPerSasaran({ hasBudget: false, stuntingPagu: 0, sasaran: 40 })).toBeNull();
    expect(paguPerSasaran({ hasBudget: true, stuntingPagu: 0, sasaran: 40 })).toBe(0);
    expect(paguPerSasaran({ hasBudget: true, stuntingPagu: 100, sasaran: 0 })).toBeNull();
    const rows = [
      { hasBudget: true, stuntingPagu: 300, sasaran: 10 },
      { hasBudget: true, stuntingPagu: 0, sasaran: 5 },
      { hasBudget: false, stuntingPagu: 0, sasaran: 85 },
    ];
    // 300 ÷ 15, not 300 ÷ 100 (the desa without a budget adds no targets)
    expect(pooledPaguPerSasaran(rows)).toEqual({ value: 20, pagu: 300, sasaran: 15, desa: 2 });
    expect(pooledPaguPerSasaran(rows.slice(2)).value).toBeNull();
  });

  it("divides a year's budget by the targets of 31 December, or of today when earlier", () => {
    expect(budgetTargetDate(2025, "2026-12-02")).toBe("2025-12-31");
    expect(budgetTargetDate(2026, "2026-12-02")).toBe("2026-12-02");
    expect(budgetTargetDate(2027, "2026-12-02")).toBe("2026-12-02");
  });

  it("pools desa by summing amounts, never averaging shares", () => {
    const a = totalsOf([line("2.2.02", 100, 50, "SP")]); // 100 % stunting
    const b = totalsOf([line("2.3.10", 900, 0, null)]); // 0 % stunting
    const pooled = poolTotals([a, b]);
    expect(pooled).toEqual({ pagu: 1000, realisasi: 50, stuntingPagu: 100, stuntingRealisasi: 50 });
    expect(ratio(pooled.stuntingPagu, pooled.pagu)).toBe(0.1); // not (100 % + 0 %) / 2
  });

  it("builds Tabel 5 rows for every bidang with names", () => {
    const rows = tabel5Rows([
      { bidang: 2, pagu: 10, realisasi: 5, stuntingPagu: 4, stuntingRealisasi: 2 },
      { bidang: 2, pagu: 1, realisasi: 1, stuntingPagu: 1, stuntingRealisasi: 1 },
    ]);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual({
      bidang: 2,
      nama: "Pelaksanaan Pembangunan Desa",
      totalPagu: 11,
      stuntingPagu: 5,
      totalRealisasi: 6,
      stuntingRealisasi: 3,
    });
    expect(rows[3]).toMatchObject({ bidang: 4, totalPagu: 0 });
  });
});
