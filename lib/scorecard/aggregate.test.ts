import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countIndicators, coverage, groupTotals, pooled } from "./aggregate";
import { evaluateAnak, evaluateIbu } from "./evaluate";
import { ANAK_ALL, anakMonths, h, IBU_ALL, ibuRec, pct, row } from "./fixtures";
import { decodeHasil, DEFAULT_SETTINGS, encodeHasil, targetTotals } from "./types";
import type { Nilai } from "./types";

/* Domain §7 (formulas) and §8 Tabel 3/4; §13 item 13 (never average percentages). */

const nilai = fc.constantFrom<Nilai>("Y", "T", "TS");

describe("encodeHasil / decodeHasil (stored one character per indicator)", () => {
  it("Y → 'Y', T → 'T', TS → '-'", () => {
    expect(encodeHasil(h("Y T TS Y"))).toBe("YT-Y");
    expect(decodeHasil("YT-Y")).toEqual(h("Y T TS Y"));
    expect(encodeHasil([])).toBe("");
    expect(decodeHasil("")).toEqual([]);
  });

  it("round-trips an 8-indicator and a 10-indicator row", () => {
    const ibu = h("Y Y TS Y TS Y Y T");
    const anak = h("TS TS T TS TS T T T T TS");
    expect(encodeHasil(ibu)).toBe("YY-Y-YYT");
    expect(encodeHasil(anak)).toBe("--T--TTTT-");
    expect(decodeHasil(encodeHasil(ibu))).toEqual(ibu);
    expect(decodeHasil(encodeHasil(anak))).toEqual(anak);
  });

  it("round-trips every row (property)", () => {
    fc.assert(
      fc.property(fc.array(nilai, { maxLength: 12 }), (hasil) => {
        const s = encodeHasil(hasil);
        expect(s).toHaveLength(hasil.length);
        expect(decodeHasil(s)).toEqual(hasil);
      }),
    );
  });
});

describe("targetTotals (§7 per target: diterima = count(Y), seharusnya = K − count(TS))", () => {
  it.each([
    ["YYYYYT--", 5, 6], // ibu A of the worked example
    ["YYYYYYTT", 6, 8], // ibu B
    ["YYYYYYTT--", 6, 8], // anak C
    ["--------", 0, 0], // everything TS: nothing applies
    ["TTTTTTTT", 0, 8],
  ])("%s → %i / %i", (s, diterima, seharusnya) => {
    expect(targetTotals(row(s))).toEqual({ diterima, seharusnya });
  });
});

describe("countIndicators / coverage (§7 per indicator: capaian_k = count(Y) ÷ (N − count(TS)))", () => {
  const results = [row("YT-"), row("Y--"), row("TTY")];

  it("counts Y, TS and N per indicator position", () => {
    expect(countIndicators(results, 3)).toEqual([
      { y: 2, ts: 0, n: 3 },
      { y: 0, ts: 1, n: 3 },
      { y: 1, ts: 2, n: 3 },
    ]);
  });

  it("coverage = 2/3, 0/2 = 0, 1/1 = 1", () => {
    const [a, b, c] = countIndicators(results, 3).map(coverage);
    expect(a).toBeCloseTo(2 / 3, 12);
    expect(b).toBe(0); // a real 0 %: two targets applied, none received
    expect(c).toBe(1);
  });

  it("a 0 denominator → null (shown as '–'), never 0 % or 100 %", () => {
    expect(coverage({ y: 0, ts: 3, n: 3 })).toBeNull(); // every target TS
    expect(coverage({ y: 0, ts: 0, n: 0 })).toBeNull(); // no targets at all
    expect(countIndicators([row("-"), row("-")], 1).map(coverage)).toEqual([null]);
  });

  it("no targets → k zero rows; group totals 0/0; pooled ratio null", () => {
    const counts = countIndicators([], 8);
    expect(counts).toHaveLength(8);
    expect(counts.every((c) => c.y === 0 && c.ts === 0 && c.n === 0)).toBe(true);
    expect(groupTotals(counts)).toEqual({ diterima: 0, seharusnya: 0 });
    expect(pooled(groupTotals(counts)).ratio).toBeNull();
    expect(pooled().ratio).toBeNull();
  });
});

describe("groupTotals (§7 per group: Σ Y ÷ (K × N − Σ TS))", () => {
  it("ibu A + ibu B → 11 / 14 (= 8 × 2 − 2 TS)", () => {
    expect(groupTotals(countIndicators([row("YYYYYT--"), row("YYYYYYTT")], 8))).toEqual({
      diterima: 11,
      seharusnya: 14,
    });
  });

  it("equals Σ per-target totals (Σ_k = Σ_i) for any rows (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(nilai, { minLength: 10, maxLength: 10 }), { maxLength: 20 }), (rows) => {
        const byIndicator = groupTotals(countIndicators(rows, 10));
        const byTarget = rows
          .map(targetTotals)
          .reduce((s, t) => ({ diterima: s.diterima + t.diterima, seharusnya: s.seharusnya + t.seharusnya }), {
            diterima: 0,
            seharusnya: 0,
          });
        expect(byIndicator).toEqual(byTarget);
        const ts = rows.flat().filter((v) => v === "TS").length;
        expect(byIndicator.seharusnya).toBe(10 * rows.length - ts);
      }),
    );
  });
});

describe("§7 worked example, reproduced exactly", () => {
  const ibuA = row("YYYYYT--"); // 5 Y 1 T 2 TS
  const ibuB = row("YYYYYYTT"); // 6 Y 2 T 0 TS
  const anakC = row("YYYYYYTT--"); // 6 Y 2 T 2 TS
  const ibu = groupTotals(countIndicators([ibuA, ibuB], 8));
  const anak = groupTotals(countIndicators([anakC], 10));
  const desa1 = pooled(ibu, anak);

  it("ibu hamil group 11/14 = 78.6 %", () => {
    expect(ibu).toEqual({ diterima: 11, seharusnya: 14 });
    expect(pct(pooled(ibu).ratio)).toBe("78.6");
  });

  it("anak group 6/8 = 75.0 %", () => {
    expect(anak).toEqual({ diterima: 6, seharusnya: 8 });
    expect(pct(pooled(anak).ratio)).toBe("75.0");
  });

  it("TKD = 17/22 = 77.3 % (NOT the 76.8 % mean of 78.6 and 75.0)", () => {
    expect(desa1).toEqual({ diterima: 17, seharusnya: 22, ratio: 17 / 22 });
    expect(pct(desa1.ratio)).toBe("77.3");
    const averaged = ((11 / 14) * 100 + 75) / 2;
    expect(averaged.toFixed(1)).toBe("76.8");
    expect(pct(desa1.ratio)).not.toBe(averaged.toFixed(1));
  });

  it("kecamatan with another desa at 3/10 → 20/32 = 62.5 % (NOT the 53.6 % mean)", () => {
    // Desa 2: one ibu 3/8 and one anak 0/2 → 3/10 = 30.0 %.
    const desa2 = pooled(
      groupTotals(countIndicators([row("YYYTTTTT")], 8)),
      groupTotals(countIndicators([row("TT--------")], 10)),
    );
    expect(desa2).toMatchObject({ diterima: 3, seharusnya: 10 });
    const kec = pooled(desa1, desa2);
    expect(kec).toEqual({ diterima: 20, seharusnya: 32, ratio: 0.625 });
    expect(pct(kec.ratio)).toBe("62.5");
    expect((((17 / 22) * 100 + 30) / 2).toFixed(1)).toBe("53.6");
    // Summing over every target of every desa directly gives the same pooled figure.
    const flat = pooled(
      groupTotals(countIndicators([ibuA, ibuB, row("YYYTTTTT")], 8)),
      groupTotals(countIndicators([anakC, row("TT--------")], 10)),
    );
    expect(flat).toEqual(kec);
  });

  it("per-indicator roll-up sums Y and non-TS counts over both desa", () => {
    const kecIbu = countIndicators([ibuA, ibuB, row("YYYTTTTT")], 8);
    // Indicator 1: A Y, B Y, D Y → 3/3; indicator 6: A T, B Y, D T → 1/3; indicator 7: A TS, B T, D T → 0/2.
    expect(kecIbu[0]).toEqual({ y: 3, ts: 0, n: 3 });
    expect(coverage(kecIbu[0])).toBe(1);
    expect(kecIbu[5]).toEqual({ y: 1, ts: 0, n: 3 });
    expect(coverage(kecIbu[5])).toBeCloseTo(1 / 3, 12);
    expect(kecIbu[6]).toEqual({ y: 0, ts: 1, n: 3 });
    expect(coverage(kecIbu[6])).toBe(0);
  });
});

describe("§13 regressions (aggregation)", () => {
  it("defect 13: pooled, not averaged — desa X 1/1 (100 %) and desa Y 1/9 (11.1 %) → 2/10 = 20.0 %, not 55.6 %", () => {
    const x = { diterima: 1, seharusnya: 1 };
    const y = { diterima: 1, seharusnya: 9 };
    const kab = pooled(x, y);
    expect(kab).toEqual({ diterima: 2, seharusnya: 10, ratio: 0.2 });
    expect(pct(kab.ratio)).toBe("20.0");
    expect(((100 + (1 / 9) * 100) / 2).toFixed(1)).toBe("55.6");
  });

  it("defect 13: per-indicator coverage pools targets too (desa X 1 Y of 1; desa Y 0 Y of 3 → 1/4 = 25 %, not 50 %)", () => {
    const counts = countIndicators([row("Y"), row("T"), row("T"), row("T")], 1);
    expect(coverage(counts[0])).toBe(0.25);
  });

  it("defect 13: a desa with 0/0 adds nothing (no 0 % or 100 % dragging the pooled figure)", () => {
    expect(pooled({ diterima: 3, seharusnya: 4 }, { diterima: 0, seharusnya: 0 })).toEqual({
      diterima: 3,
      seharusnya: 4,
      ratio: 0.75,
    });
  });
});

describe("engine → aggregation end to end (Q1 2026)", () => {
  it("two mothers and one child give TKD 14/19", () => {
    const s = DEFAULT_SETTINGS;
    // Ibu A: T1, normal, everything but insurance → Y Y TS Y TS Y Y T (5/6).
    const a = evaluateIbu(
      [ibuRec({ tahun: 2026, bulan: 1, usiaKehamilan: 2, ...IBU_ALL, jaminanKesehatan: false })],
      2026,
      1,
      s,
    );
    // Ibu B: bersalin 4 Jan (nifas period ends 15 Feb, in Q1), KEK, one KF visit in Jan and one in Feb (2 < 3),
    // water only → TS TS T TS TS Y T T (1/4).
    const b = evaluateIbu(
      [1, 2].map((bulan) =>
        ibuRec({
          tahun: 2026,
          bulan,
          usiaKehamilan: 9,
          tanggalMelahirkan: "2026-01-04",
          statusKehamilan: "kek",
          kunjunganNifas: 1,
          aksesAirBersih: bulan === 1,
        }),
      ),
      2026,
      1,
      s,
    );
    // Anak C: born Jul 2025, umur 8 in March 2026, normal, everything every month except parenting class
    // → 1 Y (basic, umur ≤ 9), 2 Y (9 weighings), 3 Y (Feb), 4 Y, 5 TS (N), 6–9 Y, 10 T (≤ 3 months in Q1) → 8/9.
    const c = evaluateAnak(
      anakMonths({ tahun: 2025, bulan: 7 }, 9, 0, () => ({ ...ANAK_ALL, pengasuhanPaud: false })),
      2026,
      1,
      s,
    );
    expect(a?.hasil).toEqual(h("Y Y TS Y TS Y Y T"));
    expect(b?.hasil).toEqual(h("TS TS T TS TS Y T T"));
    expect(c?.hasil).toEqual(h("Y Y Y Y TS Y Y Y Y T"));
    const ibu = groupTotals(countIndicators([a!.hasil, b!.hasil], 8));
    const anak = groupTotals(countIndicators([c!.hasil], 10));
    expect(ibu).toEqual({ diterima: 6, seharusnya: 10 });
    expect(anak).toEqual({ diterima: 8, seharusnya: 9 });
    const tkd = pooled(ibu, anak);
    expect(tkd).toMatchObject({ diterima: 14, seharusnya: 19 });
    expect(pct(tkd.ratio)).toBe("73.7"); // mean of 60.0 and 88.9 would be 74.4
    // Stored form survives the round trip and gives the same totals.
    expect(targetTotals(decodeHasil(encodeHasil(a!.hasil)))).toEqual({ diterima: 5, seharusnya: 6 });
  });
});
