import { describe, expect, it } from "vitest";
import { formatPercent, formatRupiah, roundRupiah } from "./format";

const nbsp = (s: string) => s.replace(/\u00a0/g, " ");

describe("roundRupiah: half away from zero, to the whole rupiah", () => {
  it.each([
    [0, 0],
    [0.4, 0],
    [0.5, 1],
    [1.5, 2],
    [2.5, 3],
    [12.4999, 12],
    [9_234_374.5, 9_234_375],
    [6_566_666.6667, 6_566_667],
    [-0.4, 0],
    [-0.5, -1],
    [-2.5, -3],
    [-12.6, -13],
    [1_000_000, 1_000_000],
  ])("%d → %d", (x, want) => expect(roundRupiah(x)).toBe(want));

  it("a quotient of integers ending in ,5 rounds up (exact in floating point)", () => {
    expect(roundRupiah(295_500_001 / 2)).toBe(147_750_001);
    expect(roundRupiah(7 / 2)).toBe(4);
    expect(roundRupiah(-7 / 2)).toBe(-4);
    expect(roundRupiah(200 / 3)).toBe(67);
    expect(roundRupiah(100 / 3)).toBe(33);
  });

  it("never answers −0", () => expect(Object.is(roundRupiah(-0.2), -0)).toBe(false));
});

describe("formatRupiah rounds the same way", () => {
  it.each([
    [2.5, "Rp 3"],
    [1_234_567.5, "Rp 1.234.568"],
    [1_234_567.49, "Rp 1.234.567"],
    [-2.5, "-Rp 3"],
  ])("%d → %s", (x, want) => expect(nbsp(formatRupiah(x))).toBe(want));

  it("agrees with roundRupiah over many halves and near-halves", () => {
    for (let i = -2000; i <= 2000; i++) {
      const x = i / 4;
      expect(nbsp(formatRupiah(x))).toBe(nbsp(formatRupiah(roundRupiah(x))));
    }
  });

  it("whole amounts and bigints unchanged", () => {
    expect(nbsp(formatRupiah(823_400_000))).toBe("Rp 823.400.000");
    expect(nbsp(formatRupiah(12n))).toBe("Rp 12");
  });
});

describe("formatPercent rounds the exact ratio half away from zero (as Excel's 0.0% does)", () => {
  it("ties round up, not down through floating point", () => {
    expect(formatPercent(41, 80)).toBe("51,3 %");
    expect(formatPercent(29, 400)).toBe("7,3 %");
    expect(formatPercent(1, 3)).toBe("33,3 %");
    expect(formatPercent(-41, 80)).toBe("-51,3 %");
    expect(formatPercent(0, 5)).toBe("0,0 %");
  });
});
