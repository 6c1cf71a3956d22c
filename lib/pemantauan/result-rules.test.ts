import { describe, expect, it } from "vitest";
import { isTwoT, needsHomeVisit, resultFlags, weightTrend } from "./result-rules";

const LAHIR = "2025-01-15";
const w = (beratKg: number | null, tanggalUkur = "2026-10-10") => ({ beratKg, tanggalUkur });
const sep = (beratKg: number | null) => w(beratKg, "2026-09-10");

describe("weightTrend (N/T) is the KMS rule", () => {
  it("is naik only when the gain reaches the KBM (200 g from 12 months)", () => {
    expect(weightTrend(sep(8.1), w(8.3), LAHIR)).toBe("naik");
    // Changed with issue 20: a gain below the KBM was "naik" under "any gain", it is T now.
    expect(weightTrend(sep(8.1), w(8.2), LAHIR)).toBe("tidak_naik");
    expect(weightTrend(sep(8.1), w(8.1), LAHIR)).toBe("tidak_naik");
    expect(weightTrend(sep(8.1), w(8.0), LAHIR)).toBe("tidak_naik");
  });
  it("says nothing for a first weighing, a missing weight or a weighing not last month", () => {
    expect(weightTrend(null, w(8), LAHIR)).toBeNull();
    expect(weightTrend(sep(null), w(8), LAHIR)).toBeNull();
    expect(weightTrend(sep(8), w(null), LAHIR)).toBeNull();
    expect(weightTrend(w(8, "2026-08-10"), w(9), LAHIR)).toBeNull();
  });
});

describe("isTwoT", () => {
  it("needs T this month and last month", () => {
    const aug = (b: number) => w(b, "2026-08-10");
    expect(isTwoT([aug(8), sep(8), w(8)], LAHIR)).toBe(true);
    expect(isTwoT([aug(8.2), sep(8.1), w(8)], LAHIR)).toBe(true);
    // Changed with issue 20: two gains of 100 g were not 2T under "any gain"; below the KBM they are.
    expect(isTwoT([aug(8), sep(8.1), w(8.2)], LAHIR)).toBe(true);
    expect(isTwoT([aug(8), sep(8.3), w(8)], LAHIR)).toBe(false);
    expect(isTwoT([aug(8), sep(8), w(8.2)], LAHIR)).toBe(false);
    expect(isTwoT([sep(8), w(8)], LAHIR)).toBe(false);
    expect(isTwoT([w(8, "2026-07-10"), sep(8), w(8)], LAHIR)).toBe(false);
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
    expect(
      resultFlags({ kategoriHaz: "pendek", kategoriWhz: null, visited: true, weighings: [w(8)], tanggalLahir: LAHIR })
        .kunjunganRumah,
    ).toBe(false);
    expect(
      resultFlags({ kategoriHaz: "pendek", kategoriWhz: null, visited: false, weighings: [w(8)], tanggalLahir: LAHIR }),
    ).toEqual({
      kunjunganRumah: true,
      rujuk: false,
    });
  });
  it("asks for a referral on 2T", () => {
    expect(
      resultFlags({
        kategoriHaz: "normal",
        kategoriWhz: "gizi_baik",
        visited: false,
        weighings: [w(8, "2026-08-10"), sep(8), w(7.9)],
        tanggalLahir: LAHIR,
      }),
    ).toEqual({
      kunjunganRumah: false,
      rujuk: true,
    });
  });
});
