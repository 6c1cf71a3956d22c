import { describe, expect, it } from "vitest";
import { CATEGORY_LABELS } from "@/lib/i18n/growth";
import {
  HAZ_CATEGORIES,
  WAZ_CATEGORIES,
  WHZ_CATEGORIES,
  categoryLabel,
  classifyBaz,
  classifyHaz,
  classifyWaz,
  classifyWhz,
} from "./categories";

describe("HAZ (PB/U–TB/U) categories", () => {
  it.each([
    [-3.01, "sangat_pendek"],
    [-3.0, "pendek"],
    [-2.01, "pendek"],
    [-2.0, "normal"],
    [0, "normal"],
    [3.0, "normal"],
    [3.01, "tinggi"],
    [-6.5, "sangat_pendek"],
  ] as const)("%d → %s", (z, cat) => {
    expect(classifyHaz(z)).toBe(cat);
  });

  it("classifies on the 2-decimal value: −2.004 is not stunted, −2.006 is", () => {
    expect(classifyHaz(-2.004)).toBe("normal");
    expect(classifyHaz(-2.006)).toBe("pendek");
    expect(classifyHaz(-3.004)).toBe("pendek");
    expect(classifyHaz(3.004)).toBe("normal");
  });
});

describe("WAZ (BB/U) categories", () => {
  it.each([
    [-3.01, "bb_sangat_kurang"],
    [-3.0, "bb_kurang"],
    [-2.01, "bb_kurang"],
    [-2.0, "normal"],
    [1.0, "normal"],
    [1.01, "risiko_bb_lebih"],
    [4, "risiko_bb_lebih"],
  ] as const)("%d → %s", (z, cat) => {
    expect(classifyWaz(z)).toBe(cat);
  });
});

describe("WHZ (BB/PB–BB/TB) and BAZ (IMT/U) categories", () => {
  it.each([
    [-3.01, "gizi_buruk"],
    [-3.0, "gizi_kurang"],
    [-2.01, "gizi_kurang"],
    [-2.0, "gizi_baik"],
    [1.0, "gizi_baik"],
    [1.01, "berisiko_gizi_lebih"],
    [2.0, "berisiko_gizi_lebih"],
    [2.01, "gizi_lebih"],
    [3.0, "gizi_lebih"],
    [3.01, "obesitas"],
  ] as const)("%d → %s", (z, cat) => {
    expect(classifyWhz(z)).toBe(cat);
    expect(classifyBaz(z)).toBe(cat);
  });

  it("uses the rounded value at band edges", () => {
    expect(classifyWhz(1.004)).toBe("gizi_baik");
    expect(classifyWhz(1.005000001)).toBe("berisiko_gizi_lebih");
    expect(classifyWhz(-1.9999)).toBe("gizi_baik");
  });
});

describe("labels", () => {
  it("has a Bahasa Indonesia label for every category", () => {
    for (const c of [...HAZ_CATEGORIES, ...WAZ_CATEGORIES, ...WHZ_CATEGORIES]) {
      expect(categoryLabel(c).length).toBeGreaterThan(0);
    }
    expect(Object.keys(CATEGORY_LABELS)).toHaveLength(13);
    expect(CATEGORY_LABELS.sangat_pendek).toBe("Sangat pendek");
    expect(CATEGORY_LABELS.bb_sangat_kurang).toBe("Berat badan sangat kurang");
    expect(CATEGORY_LABELS.risiko_bb_lebih).toBe("Risiko berat badan lebih");
    expect(CATEGORY_LABELS.berisiko_gizi_lebih).toBe("Berisiko gizi lebih");
    expect(CATEGORY_LABELS.obesitas).toBe("Obesitas");
  });
});
