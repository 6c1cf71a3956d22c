import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  computeGrowth,
  correctLength,
  isImplausible,
  lmsZ,
  lmsZRestricted,
  lmsValueAt,
  lookupByLength,
  round2,
  type GrowthInput,
  type MeasurePosition,
  type Sex,
} from "./zscore";
import { loadGrowthTables } from "./tables";
import type { Lms } from "./lms";

const tables = loadGrowthTables();
const REF_DIR = path.join(process.cwd(), "db/reference/who-growth");

function base(over: Partial<GrowthInput>): GrowthInput {
  return { sex: "L", ageDays: 400, weightKg: null, lengthCm: null, measured: null, oedema: false, ...over };
}

// ---------------------------------------------------------------------------
// WHO reference vectors: every row must match exactly at 2 decimals.
// ---------------------------------------------------------------------------

interface VectorRow {
  line: number;
  sex: Sex;
  ageDays: number | null;
  weightKg: number | null;
  lengthCm: number | null;
  measured: MeasurePosition | null;
  haz: number | null;
  waz: number | null;
  whz: number | null;
  source: string;
}

function numOrNull(s: string): number | null {
  return s.trim() === "" ? null : Number(s);
}

function readVectors(): VectorRow[] {
  const text = fs.readFileSync(path.join(REF_DIR, "vectors-sample.csv"), "utf8");
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  expect(lines[0]).toBe(
    "sex,age_days,weight_kg,length_height_cm,measured,expected_haz,expected_waz,expected_whz,source",
  );
  return lines.slice(1).map((line, i) => {
    const c = line.split(",");
    expect(c).toHaveLength(9);
    const m = c[4].trim();
    return {
      line: i + 2,
      sex: c[0] === "1" ? "L" : "P",
      ageDays: numOrNull(c[1]),
      weightKg: numOrNull(c[2]),
      lengthCm: numOrNull(c[3]),
      measured: m === "L" ? "terlentang" : m === "H" ? "berdiri" : null,
      haz: numOrNull(c[5]),
      waz: numOrNull(c[6]),
      whz: numOrNull(c[7]),
      source: c[8],
    };
  });
}

const vectors = readVectors();

describe("WHO reference vectors (vectors-sample.csv)", () => {
  it("has all 60 rows", () => {
    expect(vectors).toHaveLength(60);
  });

  it.each(vectors.map((v) => [`line ${v.line}: ${v.source}`, v] as const))("%s", (_name, v) => {
    const r = computeGrowth(
      {
        sex: v.sex,
        ageDays: v.ageDays,
        weightKg: v.weightKg,
        lengthCm: v.lengthCm,
        measured: v.measured,
        oedema: false,
      },
      tables,
    );
    expect(r.haz).toBe(v.haz);
    expect(r.waz).toBe(v.waz);
    expect(r.whz).toBe(v.whz);
  });
});

describe("24–60 months (balita): WHO vectors above 730 days and the rules of that range", () => {
  const older = vectors.filter((v) => (v.ageDays ?? 0) > 730);

  it("the reference file holds 20 rows above 24 months, and each is reproduced at 2 decimals", () => {
    expect(older).toHaveLength(20);
    for (const v of older) {
      const r = computeGrowth(
        {
          sex: v.sex,
          ageDays: v.ageDays,
          weightKg: v.weightKg,
          lengthCm: v.lengthCm,
          measured: v.measured,
          oedema: false,
        },
        tables,
      );
      expect([r.haz, r.waz, r.whz], `line ${v.line}`).toEqual([v.haz, v.waz, v.whz]);
    }
  });

  it("BMI-for-age at 40 months: BMI from the height as measured standing, restricted beyond +3 SD", () => {
    const ageDays = 1218;
    const lms = tables.bmiForAge.get(2, ageDays) as Lms;
    const weightKg = 24;
    const bmi = weightKg / (0.95 * 0.95);
    const sd3 = lms.M * Math.pow(1 + lms.L * lms.S * 3, 1 / lms.L);
    const sd2 = lms.M * Math.pow(1 + lms.L * lms.S * 2, 1 / lms.L);
    expect(lmsZ(bmi, lms)).toBeGreaterThan(3);
    const r = computeGrowth(base({ sex: "P", ageDays, weightKg, lengthCm: 95, measured: "berdiri" }), tables);
    expect(r.unrounded.baz).toBeCloseTo(3 + (bmi - sd3) / (sd3 - sd2), 12);
  });

  it("a child of 731 days or more measured lying loses 0.7 cm for HAZ, WHZ (weight-for-height) and BMI", () => {
    const lying = computeGrowth(base({ ageDays: 1000, weightKg: 12, lengthCm: 88.7, measured: "terlentang" }), tables);
    const standing = computeGrowth(base({ ageDays: 1000, weightKg: 12, lengthCm: 88, measured: "berdiri" }), tables);
    expect(lying.correctedLengthCm).toBe(88);
    expect([lying.haz, lying.whz, lying.baz]).toEqual([standing.haz, standing.whz, standing.baz]);
    expect(lying.whzTable).toBe("weight-for-height");
  });
});

// ---------------------------------------------------------------------------
// Position correction
// ---------------------------------------------------------------------------

describe("0.7 cm length/height correction", () => {
  it("adds 0.7 cm when a child under 731 days is measured standing", () => {
    const standing = computeGrowth(base({ ageDays: 500, lengthCm: 75, weightKg: 9, measured: "berdiri" }), tables);
    const lying = computeGrowth(base({ ageDays: 500, lengthCm: 75.7, weightKg: 9, measured: "terlentang" }), tables);
    expect(standing.correctedLengthCm).toBe(75.7);
    expect(standing.haz).toBe(lying.haz);
    expect(standing.whz).toBe(lying.whz);
    expect(standing.baz).toBe(lying.baz);
    expect(standing.c9moFlag).toBe(false);
  });

  it("subtracts 0.7 cm when a child of 731 days or more is measured lying", () => {
    const lying = computeGrowth(base({ ageDays: 900, lengthCm: 85, weightKg: 11, measured: "terlentang" }), tables);
    const standing = computeGrowth(base({ ageDays: 900, lengthCm: 84.3, weightKg: 11, measured: "berdiri" }), tables);
    expect(lying.correctedLengthCm).toBe(84.3);
    expect(lying.haz).toBe(standing.haz);
    expect(lying.whz).toBe(standing.whz);
    // anthro unit test: 72.86 cm lying at 987 days → HAZ −6.09 (uses 72.16 cm)
    const anthro = computeGrowth(base({ ageDays: 987, lengthCm: 72.86, measured: "terlentang" }), tables);
    expect(anthro.correctedLengthCm).toBeCloseTo(72.16, 10);
    expect(anthro.haz).toBe(-6.09);
  });

  it("makes no correction for the right position or an unknown position", () => {
    expect(correctLength(70, 300, "terlentang").correctedLengthCm).toBe(70);
    expect(correctLength(90, 800, "berdiri").correctedLengthCm).toBe(90);
    expect(correctLength(70, 300, null).correctedLengthCm).toBe(70);
    expect(correctLength(90, 800, null).correctedLengthCm).toBe(90);
    // unknown age: no correction whatever the position
    expect(correctLength(90, null, "terlentang").correctedLengthCm).toBe(90);
  });

  it("switches at 731 days (24 months)", () => {
    expect(correctLength(80, 730, "berdiri").correctedLengthCm).toBe(80.7);
    expect(correctLength(80, 731, "berdiri").correctedLengthCm).toBe(80);
    expect(correctLength(80, 730, "terlentang").correctedLengthCm).toBe(80);
    expect(correctLength(80, 731, "terlentang").correctedLengthCm).toBe(79.3);
  });
});

describe("24-month (731-day) table switch", () => {
  it("uses weight-for-length before 731 days and weight-for-height from 731 days", () => {
    const a = computeGrowth(base({ ageDays: 730, lengthCm: 85, weightKg: 11.5, measured: null }), tables);
    const b = computeGrowth(base({ ageDays: 731, lengthCm: 85, weightKg: 11.5, measured: null }), tables);
    expect(a.whzTable).toBe("weight-for-length");
    expect(b.whzTable).toBe("weight-for-height");
    const wfl = lookupByLength(tables.weightForLength, 1, 85);
    const wfh = lookupByLength(tables.weightForHeight, 1, 85);
    expect(wfl).toBeDefined();
    expect(wfh).toBeDefined();
    expect(a.whz).toBe(round2(lmsZRestricted(11.5, wfl as Lms)));
    expect(b.whz).toBe(round2(lmsZRestricted(11.5, wfh as Lms)));
    expect(a.whz).not.toBe(b.whz);
  });

  it("uses the valid ranges of each table (45–110 cm length, 65–120 cm height)", () => {
    const g = (ageDays: number, lengthCm: number) =>
      computeGrowth(base({ ageDays, lengthCm, weightKg: 10, measured: null }), tables).whz;
    expect(g(300, 45)).not.toBeNull();
    expect(g(300, 44.9)).toBeNull();
    expect(g(300, 110)).not.toBeNull();
    expect(g(300, 110.1)).toBeNull();
    expect(g(1000, 65)).not.toBeNull();
    expect(g(1000, 64.9)).toBeNull();
    expect(g(1000, 120)).not.toBeNull();
    expect(g(1000, 120.01)).toBeNull();
    // the corrected value is what counts: 44.5 cm standing at 300 days → 45.2 cm (in range)
    expect(
      computeGrowth(base({ ageDays: 300, lengthCm: 44.5, weightKg: 2.5, measured: "berdiri" }), tables).whz,
    ).not.toBeNull();
    // 65.5 lying at 800 days → 64.8 cm: below the height table
    expect(
      computeGrowth(base({ ageDays: 800, lengthCm: 65.5, weightKg: 7, measured: "terlentang" }), tables).whz,
    ).toBeNull();
  });

  it("without age, picks the table from the position, then from length < 87 cm", () => {
    const g = (lengthCm: number, measured: MeasurePosition | null) =>
      computeGrowth(base({ ageDays: null, lengthCm, weightKg: 12, measured }), tables);
    expect(g(86.9, null).whzTable).toBe("weight-for-length");
    expect(g(87, null).whzTable).toBe("weight-for-height");
    expect(g(90, "terlentang").whzTable).toBe("weight-for-length");
    expect(g(80, "berdiri").whzTable).toBe("weight-for-height");
    const r = g(90, "terlentang");
    expect(r.correctedLengthCm).toBe(90); // no correction without age
    expect(r.haz).toBeNull();
    expect(r.waz).toBeNull();
    expect(r.baz).toBeNull();
    expect(r.whz).not.toBeNull();
  });
});

describe("under-9-months standing rule (anthro c9mo_flag)", () => {
  it("ignores a standing measurement before 9 months: no correction, flagged", () => {
    const r = computeGrowth(base({ ageDays: 244, lengthCm: 60, measured: "berdiri" }), tables);
    expect(r.c9moFlag).toBe(true);
    expect(r.correctedLengthCm).toBe(60);
    expect(r.haz).toBe(-4.81);
  });

  it("applies +0.7 cm from 9 months on", () => {
    const r = computeGrowth(base({ ageDays: 274, lengthCm: 60, measured: "berdiri" }), tables);
    expect(r.c9moFlag).toBe(false);
    expect(r.correctedLengthCm).toBe(60.7);
    expect(r.haz).toBe(-5.02);
  });

  it("boundary: 273 days is < 9 months, 274 days is not", () => {
    expect(computeGrowth(base({ ageDays: 273, lengthCm: 66, measured: "berdiri" }), tables).c9moFlag).toBe(true);
    expect(computeGrowth(base({ ageDays: 274, lengthCm: 66, measured: "berdiri" }), tables).c9moFlag).toBe(false);
    expect(computeGrowth(base({ ageDays: 100, lengthCm: 60, measured: "terlentang" }), tables).c9moFlag).toBe(false);
    expect(computeGrowth(base({ ageDays: 100, lengthCm: 60, measured: null }), tables).c9moFlag).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// LMS maths
// ---------------------------------------------------------------------------

describe("restricted adjustment beyond ±3 SD", () => {
  it("changes WAZ above +3 SD versus the plain LMS z-score", () => {
    const lms = tables.weightForAge.get(1, 365) as Lms;
    const x = 16;
    const plain = lmsZ(x, lms);
    expect(plain).toBeGreaterThan(3);
    const sd3 = lms.M * Math.pow(1 + lms.L * lms.S * 3, 1 / lms.L);
    const sd2 = lms.M * Math.pow(1 + lms.L * lms.S * 2, 1 / lms.L);
    const expected = 3 + (x - sd3) / (sd3 - sd2);
    const r = computeGrowth(base({ ageDays: 365, weightKg: x }), tables);
    expect(r.unrounded.waz).toBeCloseTo(expected, 12);
    expect(r.waz).toBe(round2(expected));
    expect(r.waz).not.toBe(round2(plain));
  });

  it("changes WHZ below −3 SD versus the plain LMS z-score", () => {
    const lms = tables.weightForLength.get(2, 700) as Lms; // 70.0 cm, girl
    const x = 5.5;
    const plain = lmsZ(x, lms);
    expect(plain).toBeLessThan(-3);
    const sd3neg = lms.M * Math.pow(1 + lms.L * lms.S * -3, 1 / lms.L);
    const sd2neg = lms.M * Math.pow(1 + lms.L * lms.S * -2, 1 / lms.L);
    const expected = -3 + (x - sd3neg) / (sd2neg - sd3neg);
    const r = computeGrowth(
      base({ sex: "P", ageDays: 300, weightKg: x, lengthCm: 70, measured: "terlentang" }),
      tables,
    );
    expect(r.whz).toBe(round2(expected));
    expect(r.whz).not.toBe(round2(plain));
  });

  it("leaves z-scores within ±3 unchanged and is continuous at ±3", () => {
    const lms = tables.weightForAge.get(2, 500) as Lms;
    for (const k of [-2.9, -1, 0, 1.5, 2.99]) {
      const x = lmsValueAt(k, lms);
      expect(lmsZRestricted(x, lms)).toBeCloseTo(lmsZ(x, lms), 12);
      expect(lmsZ(x, lms)).toBeCloseTo(k, 10);
    }
    expect(lmsZRestricted(lmsValueAt(3, lms) + 1e-9, lms)).toBeCloseTo(3, 6);
    expect(lmsZRestricted(lmsValueAt(-3, lms) - 1e-9, lms)).toBeCloseTo(-3, 6);
    expect(lmsZRestricted(lmsValueAt(4, lms), lms)).not.toBeCloseTo(4, 3);
  });

  it("is never applied to HAZ", () => {
    const lms = tables.lengthHeightForAge.get(1, 600) as Lms;
    const x = 60;
    const r = computeGrowth(base({ ageDays: 600, lengthCm: x, measured: "terlentang" }), tables);
    expect(r.unrounded.haz).toBeCloseTo((x / lms.M - 1) / lms.S, 12);
    expect(r.haz).toBeLessThan(-3);
  });

  it("handles L = 0 with the log formula", () => {
    const lms: Lms = { L: 0, M: 10, S: 0.1 };
    expect(lmsZ(10 * Math.exp(0.2), lms)).toBeCloseTo(2, 12);
    expect(lmsValueAt(-1, lms)).toBeCloseTo(10 * Math.exp(-0.1), 12);
  });
});

describe("interpolation on the 0.1 cm grid", () => {
  it("interpolates L, M, S linearly for a non-grid length", () => {
    const lo = tables.weightForLength.get(1, 777) as Lms;
    const hi = tables.weightForLength.get(1, 778) as Lms;
    const f = 0.5;
    const lms = lookupByLength(tables.weightForLength, 1, 77.75) as Lms;
    expect(lms.M).toBeCloseTo(lo.M + f * (hi.M - lo.M), 12);
    expect(lms.S).toBeCloseTo(lo.S + f * (hi.S - lo.S), 12);
    expect(lms.L).toBeCloseTo(lo.L + f * (hi.L - lo.L), 12);

    const r = computeGrowth(base({ ageDays: 600, weightKg: 9.8, lengthCm: 77.75, measured: "terlentang" }), tables);
    const zLo = lmsZRestricted(9.8, lo);
    const zHi = lmsZRestricted(9.8, hi);
    expect(r.unrounded.whz).toBeCloseTo(lmsZRestricted(9.8, lms), 12);
    expect(r.unrounded.whz).toBeLessThan(Math.max(zLo, zHi));
    expect(r.unrounded.whz).toBeGreaterThan(Math.min(zLo, zHi));
  });

  it("uses f = (X − low) / 0.1 for an uneven fraction (72.86 cm: f = 0.6 between 72.8 and 72.9)", () => {
    const lo = tables.weightForLength.get(2, 728) as Lms;
    const hi = tables.weightForLength.get(2, 729) as Lms;
    const lms = lookupByLength(tables.weightForLength, 2, 72.86) as Lms;
    expect(lms.M).toBeCloseTo(lo.M + 0.6 * (hi.M - lo.M), 10);
  });

  it("hits grid rows exactly via integer tenths, even after floating-point correction", () => {
    // 77.7 + 0.7 in floating point is 78.39999999999999; must map to row 784 exactly.
    const row = tables.weightForLength.get(1, 784) as Lms;
    expect(lookupByLength(tables.weightForLength, 1, 77.7 + 0.7)).toEqual(row);
    expect(lookupByLength(tables.weightForLength, 1, 78.4)).toEqual(row);
    const r = computeGrowth(base({ ageDays: 500, weightKg: 10, lengthCm: 77.7, measured: "berdiri" }), tables);
    expect(r.correctedLengthCm).toBe(78.4);
    expect(r.unrounded.whz).toBeCloseTo(lmsZRestricted(10, row), 12);
  });

  it("returns nothing beyond the table edges", () => {
    expect(lookupByLength(tables.weightForLength, 1, 110.05)).toBeUndefined();
    expect(lookupByLength(tables.weightForLength, 1, 44.95)).toBeUndefined();
    expect(lookupByLength(tables.weightForLength, 1, 109.95)).toBeDefined();
  });
});

// ---------------------------------------------------------------------------
// Age limits, missing / invalid input, oedema
// ---------------------------------------------------------------------------

describe("age limits", () => {
  const input = (ageDays: number | null) =>
    base({ sex: "P", ageDays, weightKg: 17, lengthCm: 105, measured: "berdiri" });

  it("computes all indices at 1826 days (59.99 months)", () => {
    const r = computeGrowth(input(1826), tables);
    expect(r.haz).not.toBeNull();
    expect(r.waz).not.toBeNull();
    expect(r.whz).not.toBeNull();
    expect(r.baz).not.toBeNull();
  });

  it("computes nothing at 1827 days (60 months) or older", () => {
    for (const d of [1827, 1856, 2000]) {
      const r = computeGrowth(input(d), tables);
      expect([r.haz, r.waz, r.whz, r.baz]).toEqual([null, null, null, null]);
      expect(r.categories).toEqual({ haz: null, waz: null, whz: null, baz: null });
    }
  });

  it("computes age-based indices from day 0 and nothing for a negative age", () => {
    const r0 = computeGrowth(base({ ageDays: 0, weightKg: 3.3, lengthCm: 49.8842, measured: "terlentang" }), tables);
    expect(r0.haz).toBe(0);
    expect(r0.waz).not.toBeNull();
    const rn = computeGrowth(base({ ageDays: -1, weightKg: 3.3, lengthCm: 49.9, measured: "terlentang" }), tables);
    expect([rn.haz, rn.waz, rn.whz, rn.baz]).toEqual([null, null, null, null]);
  });

  it("needs the age for HAZ, WAZ and BAZ but not WHZ", () => {
    const r = computeGrowth(input(null), tables);
    expect(r.haz).toBeNull();
    expect(r.waz).toBeNull();
    expect(r.baz).toBeNull();
    expect(r.whz).not.toBeNull();
    expect(r.ageMonths).toBeNull();
  });
});

describe("missing and invalid measurements", () => {
  it("gives no z-score for a missing, zero or negative measurement", () => {
    for (const bad of [null, 0, -5, Number.NaN]) {
      const r = computeGrowth(base({ ageDays: 400, weightKg: bad, lengthCm: 75, measured: "terlentang" }), tables);
      expect(r.waz).toBeNull();
      expect(r.whz).toBeNull();
      expect(r.baz).toBeNull();
      expect(r.haz).not.toBeNull();
      const s = computeGrowth(base({ ageDays: 400, weightKg: 9, lengthCm: bad, measured: "terlentang" }), tables);
      expect(s.haz).toBeNull();
      expect(s.whz).toBeNull();
      expect(s.baz).toBeNull();
      expect(s.waz).not.toBeNull();
      expect(s.correctedLengthCm).toBeNull();
    }
  });

  it("computes BMI from the corrected length", () => {
    const r = computeGrowth(base({ ageDays: 900, weightKg: 12, lengthCm: 88.7, measured: "terlentang" }), tables);
    expect(r.correctedLengthCm).toBe(88);
    expect(r.bmi).toBe(round2(12 / 0.88 ** 2));
    const lms = tables.bmiForAge.get(1, 900) as Lms;
    expect(r.baz).toBe(round2(lmsZRestricted(12 / 0.88 ** 2, lms)));
  });
});

describe("oedema", () => {
  it("suppresses WAZ, WHZ and BAZ but keeps HAZ", () => {
    const input = base({ sex: "P", ageDays: 594, weightKg: 9.8, lengthCm: 77.7, measured: "terlentang" });
    const without = computeGrowth(input, tables);
    const withO = computeGrowth({ ...input, oedema: true }, tables);
    expect(without.waz).not.toBeNull();
    expect(withO.waz).toBeNull();
    expect(withO.whz).toBeNull();
    expect(withO.baz).toBeNull();
    expect(withO.haz).toBe(without.haz);
    expect(withO.flags).toEqual({ haz: false, waz: false, whz: false, baz: false });
  });

  it("classifies weight-based indices as severe (WHO: count oedema as < −3 SD)", () => {
    const r = computeGrowth(
      base({ ageDays: 400, weightKg: 9, lengthCm: 75, measured: "terlentang", oedema: true }),
      tables,
    );
    expect(r.categories.waz).toBe("bb_sangat_kurang");
    expect(r.categories.whz).toBe("gizi_buruk");
    expect(r.categories.baz).toBe("gizi_buruk");
    expect(r.categories.haz).not.toBeNull();
  });
});

// ---------------------------------------------------------------------------
// Flags and categories in the result
// ---------------------------------------------------------------------------

describe("implausibility flags", () => {
  it("flags HAZ beyond ±6 (on the rounded value)", () => {
    const r = computeGrowth(base({ ageDays: 987, lengthCm: 72.86, measured: "terlentang" }), tables);
    expect(r.haz).toBe(-6.09);
    expect(r.flags.haz).toBe(true);
    expect(r.categories.haz).toBeNull();
    const ok = computeGrowth(base({ ageDays: 244, lengthCm: 60, measured: "berdiri" }), tables);
    expect(ok.flags.haz).toBe(false);
    expect(ok.categories.haz).toBe("sangat_pendek");
  });

  it("flags WAZ below −6 or above +5", () => {
    const heavy = computeGrowth(base({ ageDays: 365, weightKg: 20 }), tables);
    expect(heavy.waz).toBeGreaterThan(5);
    expect(heavy.flags.waz).toBe(true);
    const light = computeGrowth(base({ ageDays: 365, weightKg: 3 }), tables);
    expect(light.waz).toBeLessThan(-6);
    expect(light.flags.waz).toBe(true);
    const high = computeGrowth(base({ ageDays: 365, weightKg: 15 }), tables);
    expect(high.waz).toBeGreaterThan(3);
    expect(high.waz).toBeLessThanOrEqual(5);
    expect(high.flags.waz).toBe(false);
  });

  it("flags WHZ and BAZ beyond ±5", () => {
    const r = computeGrowth(base({ ageDays: 400, weightKg: 20, lengthCm: 75, measured: "terlentang" }), tables);
    expect(r.whz).toBeGreaterThan(5);
    expect(r.flags.whz).toBe(true);
    expect(r.flags.baz).toBe(true);
    expect(r.categories.whz).toBeNull();
    const thin = computeGrowth(base({ ageDays: 400, weightKg: 5, lengthCm: 80, measured: "terlentang" }), tables);
    expect(thin.whz).toBeLessThan(-5);
    expect(thin.flags.whz).toBe(true);
  });

  it("keeps the limits themselves plausible: HAZ −6…+6, WAZ −6…+5, WHZ and BAZ −5…+5", () => {
    const edges: Array<["haz" | "waz" | "whz" | "baz", number, number]> = [
      ["haz", -6, 6],
      ["waz", -6, 5],
      ["whz", -5, 5],
      ["baz", -5, 5],
    ];
    for (const [index, min, max] of edges) {
      expect([min, max].map((z) => isImplausible(index, z))).toEqual([false, false]);
      expect([min - 0.01, max + 0.01].map((z) => isImplausible(index, z))).toEqual([true, true]);
      expect(isImplausible(index, null)).toBe(false);
    }
  });
});

describe("categories in the result", () => {
  it("uses the rounded z-scores", () => {
    const r = computeGrowth(base({ ageDays: 594, weightKg: 9.8, lengthCm: 77.7, measured: "terlentang" }), tables);
    expect(r.haz).toBe(-2.17);
    expect(r.categories).toEqual({ haz: "pendek", waz: "normal", whz: "gizi_baik", baz: "gizi_baik" });
  });
});

// ---------------------------------------------------------------------------
// Properties (fast-check is not installed; a seeded PRNG gives reproducible cases)
// ---------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("properties (seeded random cases)", () => {
  const rand = mulberry32(20260130);
  const cases = Array.from({ length: 400 }, () => ({
    sex: (rand() < 0.5 ? "L" : "P") as Sex,
    ageDays: Math.floor(rand() * 1827),
    weightKg: 2 + rand() * 25,
    lengthCm: 45 + rand() * 75,
    measured: ([null, "terlentang", "berdiri"] as const)[Math.floor(rand() * 3)],
  }));

  it("z-scores increase with the measurement and round-trip through lmsValueAt", () => {
    for (const c of cases) {
      const r1 = computeGrowth({ ...c, oedema: false }, tables);
      const r2 = computeGrowth({ ...c, weightKg: c.weightKg + 0.5, lengthCm: c.lengthCm + 0.5, oedema: false }, tables);
      expect(r1.unrounded.haz).not.toBeNull();
      expect(r1.unrounded.waz).not.toBeNull();
      expect((r2.unrounded.haz as number) > (r1.unrounded.haz as number)).toBe(true);
      expect((r2.unrounded.waz as number) > (r1.unrounded.waz as number)).toBe(true);
      for (const z of [r1.haz, r1.waz, r1.whz, r1.baz]) {
        if (z !== null) expect(Number(z.toFixed(2))).toBe(z);
      }
      const lms = tables.weightForAge.get(c.sex === "L" ? 1 : 2, c.ageDays) as Lms;
      const k = -2.5 + rand() * 5;
      expect(lmsZRestricted(lmsValueAt(k, lms), lms)).toBeCloseTo(k, 9);
    }
  });

  it("WHZ interpolation is continuous: approaching a grid point gives the grid value", () => {
    for (const c of cases) {
      const key = 450 + Math.floor(rand() * 650); // 45.0–109.9 cm
      const sexCode = c.sex === "L" ? 1 : 2;
      const grid = tables.weightForLength.get(sexCode, key) as Lms;
      const near = lookupByLength(tables.weightForLength, sexCode, key / 10 + 1e-5) as Lms;
      expect(near.M).toBeCloseTo(grid.M, 3);
      expect(lmsZRestricted(10, near)).toBeCloseTo(lmsZRestricted(10, grid), 3);
    }
  });
});
