import { describe, expect, it } from "vitest";
import { isTwoT, needsHomeVisit, resultFlags, weightTrend } from "./result-rules";

const w = (beratKg: number | null, tanggalUkur = "2026-10-10") => ({ beratKg, tanggalUkur });

describe("weightTrend (N/T)", () => {
  it("is naik only when the weight went up", () => {
    expect(weightTrend(w(8.1), w(8.2))).toBe("naik");
    expect(weightTrend(w(8.1), w(8.1))).toBe("tidak_naik");
    expect(weightTrend(w(8.1), w(8.0))).toBe("tidak_naik");
  });
  it("compares in grams (no floating-point surprise)", () => {
    expect(weightTrend(w(0.1 + 0.2), w(0.3))).toBe("tidak_naik");
    expect(weightTrend(w(7.3), w(7.4))).toBe("naik");
  });
  it("says nothing for a first weighing or a missing weight", () => {
    expect(weightTrend(null, w(8))).toBeNull();
    expect(weightTrend(w(null), w(8))).toBeNull();
    expect(weightTrend(w(8), w(null))).toBeNull();
  });
});

describe("isTwoT", () => {
  it("needs three weights, the last two not going up", () => {
    expect(isTwoT([8, 8, 8])).toBe(true);
    expect(isTwoT([8.2, 8.1, 8])).toBe(true);
    expect(isTwoT([8, 8.1, 8])).toBe(false);
    expect(isTwoT([8, 8, 8.1])).toBe(false);
    expect(isTwoT([8, 8])).toBe(false);
  });
  it("looks at the last three weights only", () => {
    expect(isTwoT([7, 8, 8, 8])).toBe(true);
    expect(isTwoT([9, 9, 9, 9.5])).toBe(false);
  });
});

describe("home visit and referral flags", () => {
  it("flags stunted or wasted children without a visit this month", () => {
    expect(needsHomeVisit("pendek", "gizi_baik")).toBe(true);
    expect(needsHomeVisit("sangat_pendek", null)).toBe(true);
    expect(needsHomeVisit("normal", "gizi_kurang")).toBe(true);
    expect(needsHomeVisit("normal", "gizi_buruk")).toBe(true);
    expect(needsHomeVisit("normal", "gizi_baik")).toBe(false);
    expect(needsHomeVisit(null, null)).toBe(false);
    expect(resultFlags({ kategoriHaz: "pendek", kategoriWhz: null, visited: true, weights: [8] }).kunjunganRumah).toBe(
      false,
    );
    expect(resultFlags({ kategoriHaz: "pendek", kategoriWhz: null, visited: false, weights: [8] })).toEqual({
      kunjunganRumah: true,
      rujuk: false,
    });
  });
  it("asks for a referral on 2T", () => {
    expect(
      resultFlags({ kategoriHaz: "normal", kategoriWhz: "gizi_baik", visited: false, weights: [8, 8, 7.9] }),
    ).toEqual({
      kunjunganRumah: false,
      rujuk: true,
    });
  });
});
