import { describe, expect, it } from "vitest";
import { checkPlausibility, formatZ, plausibilityByField } from "./plausibility";
import { computeGrowth, type GrowthInput } from "./zscore";
import { loadGrowthTables } from "./tables";

const tables = loadGrowthTables();
const run = (over: Partial<GrowthInput>) =>
  computeGrowth(
    { sex: "L", ageDays: 400, weightKg: null, lengthCm: null, measured: null, oedema: false, ...over },
    tables,
  );

describe("formatZ", () => {
  it("uses a minus sign and a decimal comma", () => {
    expect(formatZ(-6.43)).toBe("\u22126,4");
    expect(formatZ(5.27)).toBe("+5,3");
    expect(formatZ(0)).toBe("0,0");
    expect(formatZ(-0.04)).toBe("0,0");
    expect(formatZ(-6.09, 2)).toBe("\u22126,09");
  });
});

describe("checkPlausibility", () => {
  it("returns nothing for plausible values", () => {
    expect(checkPlausibility(run({ ageDays: 594, weightKg: 9.8, lengthCm: 77.7, measured: "terlentang" }))).toEqual([]);
  });

  it("points a flagged HAZ at the length field", () => {
    const r = run({ ageDays: 987, lengthCm: 72.86, measured: "terlentang" });
    const issues = checkPlausibility(r);
    expect(issues).toHaveLength(1);
    expect(issues[0].field).toBe("panjangCm");
    expect(issues[0].index).toBe("haz");
    expect(issues[0].message).toBe(
      "Panjang/tinggi badan tampak tidak wajar untuk umur anak (z-score \u22126,1). Periksa kembali angka dan cara ukur.",
    );
  });

  it("points a flagged WAZ at the weight field", () => {
    const r = run({ ageDays: 365, weightKg: 20 });
    const byField = plausibilityByField(r);
    expect(Object.keys(byField)).toEqual(["beratKg"]);
    expect(byField.beratKg).toMatch(/^Berat badan tampak tidak wajar untuk umur anak \(z-score \+\d,\d\)/);
  });

  it("reports weight-vs-length when only WHZ is implausible", () => {
    // 20-day-old boy: 6.4 kg (WAZ < +5) and 47 cm (HAZ > −6) are each plausible, together they are not
    const r = run({ ageDays: 20, weightKg: 6.4, lengthCm: 47, measured: "terlentang" });
    expect(r.flags.haz).toBe(false);
    expect(r.flags.waz).toBe(false);
    expect(r.flags.whz).toBe(true);
    const issues = checkPlausibility(r);
    expect(issues.map((i) => [i.field, i.index])).toEqual([["beratKg", "whz"]]);
    expect(issues[0].message).toContain("tidak sesuai dengan panjang/tinggi badan");
  });

  it("does not repeat a WHZ message when HAZ already explains it", () => {
    const r = run({ ageDays: 700, weightKg: 11, lengthCm: 60, measured: "terlentang" });
    expect(r.flags.haz).toBe(true);
    expect(r.flags.whz).toBe(true);
    expect(checkPlausibility(r).map((i) => i.field)).toEqual(["panjangCm"]);
  });

  it("warns about standing measurement before 9 months", () => {
    const r = run({ ageDays: 200, weightKg: 7, lengthCm: 66, measured: "berdiri" });
    const issues = checkPlausibility(r);
    expect(issues.map((i) => i.field)).toEqual(["caraUkur"]);
    expect(issues[0].message).toContain("terlentang");
  });
});
