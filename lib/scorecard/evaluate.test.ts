import { describe, expect, it } from "vitest";
import { quarterOfMonth } from "@/lib/periods";
import { anakAgeCategory, evaluateAnak, evaluateIbu, evaluatePaud, ibuStage } from "./evaluate";
import { ANAK_ALL, anakMonths, anakRec, h, IBU_ALL, ibuRec, paudRec, settings } from "./fixtures";
import { DEFAULT_SETTINGS } from "./types";
import type { AnakRecord, IbuRecord, Period } from "./types";

/* Hand-computed fixtures for domain §6 (quarterly evaluation) and the engine items of §13.
 * Indicator positions: hasil[0] is indicator 1. */

const S = DEFAULT_SETTINGS;
const Y = 2026;

const ibu = (records: IbuRecord[], triwulan: number, tahun = Y, s = S) => evaluateIbu(records, tahun, triwulan, s);
const anak = (records: AnakRecord[], triwulan: number, tahun = Y, s = S) => evaluateAnak(records, tahun, triwulan, s);
/** Indicator k (1-based) of an evaluation that must exist. */
const ind = (r: { hasil: string[] } | null, k: number) => {
  if (!r) throw new Error("expected a result, got null");
  return r.hasil[k - 1];
};

/** Three ibu records Jan/Feb/Mar (Q1 2026) with the given usia_kehamilan, plus common overrides. */
const ibuQ1 = (usia: (number | null)[], o: Partial<IbuRecord> = {}) =>
  usia.map((u, i) => ibuRec({ tahun: Y, bulan: i + 1, usiaKehamilan: u, ...o }));

/** A child's records in the three months of a quarter of 2026, umur given per month. */
const anakQ = (
  triwulan: number,
  umur: number[],
  o: Partial<AnakRecord> | ((bulan: number) => Partial<AnakRecord>) = {},
) =>
  umur.map((u, i) => {
    const bulan = (triwulan - 1) * 3 + 1 + i;
    return anakRec({ tahun: Y, bulan, umurBulan: u, ...(typeof o === "function" ? o(bulan) : o) });
  });

// ---------------------------------------------------------------------------------------------------------------------
// Ibu hamil (§6.1, Formulir 3A)
// ---------------------------------------------------------------------------------------------------------------------

describe("ibu hamil – stage from the LARGEST usia_kehamilan in the quarter (§6.1)", () => {
  it.each([
    { usia: [1], stage: "trimester_1" },
    { usia: [1, 2, 3], stage: "trimester_1" }, // ≤ 3 → T1
    { usia: [3, 4], stage: "trimester_2" }, // 3 then 4 → T2
    { usia: [4, 3], stage: "trimester_2" }, // largest, not last
    { usia: [4, 5, 6], stage: "trimester_2" }, // 4–6 → T2
    { usia: [6, 7], stage: "trimester_3" }, // 6 then 7 → T3
    { usia: [7, 8, 9], stage: "trimester_3" }, // 7–9 → T3
    { usia: [9, 6], stage: "trimester_3" },
    { usia: [8, 9, 10], stage: "bersalin" }, // > 9 → bersalin
    { usia: [10], stage: "bersalin" },
  ])("usia $usia → $stage", ({ usia, stage }) => {
    expect(ibu(ibuQ1(usia), 1)?.stage).toBe(stage);
    expect(ibuStage(ibuQ1(usia))).toBe(stage);
  });

  it("any record of the quarter with tanggal_melahirkan → bersalin, whatever the usia", () => {
    // Jan usia 8 (would be T3); Feb delivered; Mar record without the date.
    const recs = [
      ibuRec({ tahun: Y, bulan: 1, usiaKehamilan: 8 }),
      ibuRec({ tahun: Y, bulan: 2, usiaKehamilan: 9, tanggalMelahirkan: "2026-02-14" }),
      ibuRec({ tahun: Y, bulan: 3, usiaKehamilan: null }),
    ];
    expect(ibu(recs, 1)?.stage).toBe("bersalin");
    // Even a first-trimester usia with a delivery date in one record → bersalin.
    expect(ibu([ibuRec({ tahun: Y, bulan: 1, usiaKehamilan: 2, tanggalMelahirkan: "2026-01-05" })], 1)?.stage).toBe(
      "bersalin",
    );
  });

  it("the stage ignores records of other quarters (March usia 3 → Q1 T1; April usia 4 → Q2 T2)", () => {
    const recs = [ibuRec({ tahun: Y, bulan: 3, usiaKehamilan: 3 }), ibuRec({ tahun: Y, bulan: 4, usiaKehamilan: 4 })];
    expect(ibu(recs, 1)?.stage).toBe("trimester_1");
    expect(ibu(recs, 2)?.stage).toBe("trimester_2");
  });

  it("a delivery in April does not make Q1 bersalin", () => {
    const recs = [
      ibuRec({ tahun: Y, bulan: 3, usiaKehamilan: 9 }),
      ibuRec({ tahun: Y, bulan: 4, usiaKehamilan: 9, tanggalMelahirkan: "2026-04-02" }),
    ];
    expect(ibu(recs, 1)?.stage).toBe("trimester_3");
    expect(ibu(recs, 2)?.stage).toBe("bersalin");
  });
});

describe("ibu hamil – status_kehamilan from the LAST record of the quarter", () => {
  it("Jan risti, Feb normal, Mar KEK → kek, even when the input is unsorted", () => {
    const recs = [
      ibuRec({ tahun: Y, bulan: 3, statusKehamilan: "kek" }),
      ibuRec({ tahun: Y, bulan: 1, statusKehamilan: "risti" }),
      ibuRec({ tahun: Y, bulan: 2, statusKehamilan: "normal" }),
    ];
    expect(ibu(recs, 1)?.status).toBe("kek");
  });

  it("the last record of the quarter, not of all records (April KEK does not change Q1)", () => {
    const recs = [
      ibuRec({ tahun: Y, bulan: 3, statusKehamilan: "normal" }),
      ibuRec({ tahun: Y, bulan: 4, statusKehamilan: "kek" }),
    ];
    expect(ibu(recs, 1)?.status).toBe("normal");
    expect(ibu(recs, 2)?.status).toBe("kek");
  });

  it("Q4 2025 vs Q1 2026: December and January belong to different quarters and years", () => {
    const recs = [
      ibuRec({ tahun: 2025, bulan: 12, statusKehamilan: "risti", pemeriksaanKehamilan: true }),
      ibuRec({ tahun: 2026, bulan: 1, statusKehamilan: "normal" }),
    ];
    expect(ibu(recs, 4, 2025)?.status).toBe("risti");
    expect(ind(ibu(recs, 4, 2025), 1)).toBe("Y");
    expect(ibu(recs, 1, 2026)?.status).toBe("normal");
    expect(ind(ibu(recs, 1, 2026), 1)).toBe("T");
  });
});

describe("ibu hamil – full rows per stage (§6.1 table)", () => {
  // Stage fixtures: T1 usia 2, T2 usia 5, T3 usia 8, bersalin via tanggal_melahirkan.
  const T1 = { usiaKehamilan: 2 };
  const T2 = { usiaKehamilan: 5 };
  const T3 = { usiaKehamilan: 8 };
  const B = { usiaKehamilan: 9, tanggalMelahirkan: "2026-01-10" };

  it.each([
    // One month, every flag false, status normal.
    { name: "T1 nothing", recs: [ibuRec({ tahun: Y, bulan: 1, ...T1 })], want: "T T TS T TS T T T" },
    { name: "T2 nothing", recs: [ibuRec({ tahun: Y, bulan: 1, ...T2 })], want: "T T TS T TS T T T" },
    { name: "T3 nothing", recs: [ibuRec({ tahun: Y, bulan: 1, ...T3 })], want: "T T TS T TS T T T" },
    { name: "bersalin nothing", recs: [ibuRec({ tahun: Y, bulan: 1, ...B })], want: "TS TS T TS TS T T T" },
    // One month, every flag true, KEK.
    {
      name: "T1 KEK one month all",
      recs: [ibuRec({ tahun: Y, bulan: 2, ...T1, ...IBU_ALL, statusKehamilan: "kek" })],
      want: "Y Y TS Y Y Y Y Y",
    },
    {
      name: "T2 KEK one month all",
      recs: [ibuRec({ tahun: Y, bulan: 2, ...T2, ...IBU_ALL, statusKehamilan: "kek" })],
      want: "Y Y TS Y Y Y Y Y",
    },
    // T3 needs ANC ≥ 2 and counselling ≥ 2: one month is not enough for 1 and 4.
    {
      name: "T3 KEK one month all",
      recs: [ibuRec({ tahun: Y, bulan: 2, ...T3, ...IBU_ALL, statusKehamilan: "kek" })],
      want: "T Y TS T Y Y Y Y",
    },
    {
      name: "T3 KEK two months all",
      recs: [
        ibuRec({ tahun: Y, bulan: 2, ...T3, ...IBU_ALL, statusKehamilan: "kek" }),
        ibuRec({ tahun: Y, bulan: 3, ...T3, ...IBU_ALL, statusKehamilan: "kek" }),
      ],
      want: "Y Y TS Y Y Y Y Y",
    },
    // Bersalin: only 3 (nifas) and 6–8 apply; KEK + home visit still TS.
    {
      name: "bersalin KEK one month all",
      recs: [ibuRec({ tahun: Y, bulan: 1, ...B, ...IBU_ALL, statusKehamilan: "kek" })],
      want: "TS TS T TS TS Y Y Y",
    },
    // One KF visit a month: January and February overlap her nifas period (10 Jan – 21 Feb), March does not → 2 < 3.
    {
      name: "bersalin KEK three months all",
      recs: [1, 2, 3].map((bulan) => ibuRec({ tahun: Y, bulan, ...B, ...IBU_ALL, statusKehamilan: "kek" })),
      want: "TS TS T TS TS Y Y Y",
    },
    {
      name: "bersalin KEK three months all, KF1+KF2 in January",
      recs: [1, 2, 3].map((bulan) =>
        ibuRec({ tahun: Y, bulan, ...B, ...IBU_ALL, statusKehamilan: "kek", kunjunganNifas: bulan === 1 ? 2 : 1 }),
      ),
      want: "TS TS Y TS TS Y Y Y",
    },
  ])("$name → $want", ({ recs, want }) => {
    expect(ibu(recs, 1)?.hasil).toEqual(h(want));
  });

  it("a normal mother in T1 with 6 of 8 flags: 5 Y 1 T 2 TS (ibu A of the §7 worked example)", () => {
    const r = ibu([ibuRec({ tahun: Y, bulan: 1, ...T1, ...IBU_ALL, jaminanKesehatan: false })], 1);
    expect(r?.hasil).toEqual(h("Y Y TS Y TS Y Y T"));
  });
});

describe("ibu hamil – indicator 1 ANC (T1/T2 ≥ 1; T3 ≥ 2 with ancMinimum 4, ≥ 3 with ancMinimum 6; bersalin TS)", () => {
  const anc = (usia: number, months: number, ancMinimum: 4 | 6) =>
    ind(
      ibu(
        ibuQ1([usia, usia, usia], {}).map((r, i) => ({ ...r, pemeriksaanKehamilan: i < months })),
        1,
        Y,
        settings({ ancMinimum }),
      ),
      1,
    );

  it.each([
    // usia, ANC months, ancMinimum, expected
    [3, 0, 4, "T"],
    [3, 1, 4, "Y"],
    [3, 1, 6, "Y"],
    [6, 0, 6, "T"],
    [6, 1, 4, "Y"],
    [6, 1, 6, "Y"],
    [7, 1, 4, "T"],
    [7, 2, 4, "Y"],
    [9, 3, 4, "Y"],
    [7, 2, 6, "T"],
    [9, 2, 6, "T"],
    [7, 3, 6, "Y"],
    [10, 3, 4, "TS"],
    [10, 3, 6, "TS"],
  ] as const)("usia %i, ANC in %i months, ancMinimum %i → %s", (usia, months, ancMinimum, want) => {
    expect(anc(usia, months, ancMinimum)).toBe(want);
  });

  it("counts only months of the quarter (ANC in Dec 2025 and Apr 2026 do not help a T3 mother in Q1 2026)", () => {
    const recs = [
      ibuRec({ tahun: 2025, bulan: 12, usiaKehamilan: 6, pemeriksaanKehamilan: true }),
      ibuRec({ tahun: Y, bulan: 1, usiaKehamilan: 7, pemeriksaanKehamilan: true }),
      ibuRec({ tahun: Y, bulan: 2, usiaKehamilan: 8 }),
      ibuRec({ tahun: Y, bulan: 4, usiaKehamilan: 9, pemeriksaanKehamilan: true }),
    ];
    expect(ind(ibu(recs, 1), 1)).toBe("T"); // 1 month < 2
  });
});

describe("ibu hamil – indicators 2 (TTD), 3 (nifas), 4 (counselling)", () => {
  it.each([
    // usia, TTD months → indicator 2
    [2, 0, "T"],
    [2, 1, "Y"],
    [5, 1, "Y"],
    [8, 1, "Y"], // T3 needs only ≥ 1
    [10, 3, "TS"],
  ] as const)("TTD: usia %i, %i months → %s", (usia, months, want) => {
    const recs = ibuQ1([usia, usia, usia]).map((r, i) => ({ ...r, konsumsiPilFe: i < months }));
    expect(ind(ibu(recs, 1), 2)).toBe(want);
  });

  it.each([
    // usia, counselling months, ancMinimum → indicator 4 (T1/T2 ≥ 1, T3 ≥ 2, unaffected by ancMinimum)
    [1, 0, 4, "T"],
    [1, 1, 4, "Y"],
    [4, 1, 4, "Y"],
    [7, 1, 4, "T"],
    [7, 2, 4, "Y"],
    [7, 2, 6, "Y"],
    [11, 3, 4, "TS"],
  ] as const)("counselling: usia %i, %i months, ancMinimum %i → %s", (usia, months, ancMinimum, want) => {
    const recs = ibuQ1([usia, usia, usia]).map((r, i) => ({ ...r, konselingGizi: i < months }));
    expect(ind(ibu(recs, 1, Y, settings({ ancMinimum })), 4)).toBe(want);
  });
});

describe("ibu – indicator 3 nifas: KF visits of the 42-day period, judged in the quarter it ends (§6.1)", () => {
  /** A mother's record of one month with `kf` KF visits; the delivery date rides on every record after it. */
  const nifasRec = (tahun: number, bulan: number, kf: number, melahirkan: string) =>
    ibuRec({ tahun, bulan, usiaKehamilan: null, tanggalMelahirkan: melahirkan, kunjunganNifas: kf });
  const ind3 = (recs: IbuRecord[], triwulan: number, tahun = Y, s = S) => ind(evaluateIbu(recs, tahun, triwulan, s), 3);

  it("visits of two months are summed: delivered 25 Jan (period ends 8 Mar), 1 in Jan + 2 in Feb → Y", () => {
    const d = "2026-01-25";
    const recs = [nifasRec(Y, 1, 1, d), nifasRec(Y, 2, 2, d), nifasRec(Y, 3, 0, d)];
    expect(ind3(recs, 1)).toBe("Y");
    expect(ind3(recs.slice(0, 1), 1)).toBe("T"); // 1 < 3
  });

  it("a period crossing a quarter boundary is judged in the quarter it ends: delivered 10 Mar → ends 21 Apr (Q2)", () => {
    const d = "2026-03-10";
    const recs = [nifasRec(Y, 3, 2, d), nifasRec(Y, 4, 1, d)];
    expect(ind3(recs, 1)).toBe("TS"); // Q1: the period has not ended, whatever was visited
    expect(ind3(recs, 2)).toBe("Y"); // Q2: 2 (March) + 1 (April) = 3
    // Q1 stays TS even when March alone reaches the minimum; the Q1 row therefore counts 3 applicable indicators.
    const early = [nifasRec(Y, 3, 3, d), nifasRec(Y, 4, 0, d)];
    expect(ind3(early, 1)).toBe("TS");
    expect(ind3(early, 2)).toBe("Y");
  });

  it("the period's last day (delivery + 42) decides: 17 Feb → 31 Mar is Q1; 18 Feb → 1 Apr is Q2", () => {
    const a = [nifasRec(Y, 2, 2, "2026-02-17"), nifasRec(Y, 3, 1, "2026-02-17")];
    expect(ind3(a, 1)).toBe("Y");
    const b = [nifasRec(Y, 2, 2, "2026-02-18"), nifasRec(Y, 3, 1, "2026-02-18"), nifasRec(Y, 4, 0, "2026-02-18")];
    expect(ind3(b, 1)).toBe("TS");
    expect(ind3(b, 2)).toBe("Y"); // April overlaps the period by one day; March's and February's visits count
  });

  it("a delivery late in the year: 28 Dec 2026 → ends 8 Feb 2027, judged in Q1 2027 with December's visits", () => {
    const d = "2026-12-28";
    const recs = [nifasRec(2026, 12, 1, d), nifasRec(2027, 1, 2, d), nifasRec(2027, 2, 0, d)];
    expect(ind3(recs, 4, 2026)).toBe("TS");
    expect(ind3(recs, 1, 2027)).toBe("Y");
  });

  it.each([
    // visits, minimum → indicator 3
    [2, 3, "T"],
    [3, 3, "Y"],
    [3, 4, "T"],
    [4, 4, "Y"],
    [4, 3, "Y"],
    [0, 3, "T"],
  ] as const)("%i visits with kunjunganNifasMinimum %i → %s", (visits, kunjunganNifasMinimum, want) => {
    const d = "2026-01-05"; // ends 16 Feb
    const recs = [nifasRec(Y, 1, Math.min(visits, 2), d), nifasRec(Y, 2, Math.max(visits - 2, 0), d)];
    expect(ind3(recs, 1, Y, settings({ kunjunganNifasMinimum }))).toBe(want);
  });

  it("months outside the period do not count (visits typed in December before, and in March after it)", () => {
    const d = "2026-01-10"; // 10 Jan – 21 Feb
    const recs = [
      ibuRec({ tahun: 2025, bulan: 12, usiaKehamilan: 9, kunjunganNifas: 2 }),
      nifasRec(Y, 1, 1, d),
      nifasRec(Y, 2, 1, d),
      nifasRec(Y, 3, 2, d),
    ];
    expect(ind3(recs, 1)).toBe("T"); // 1 + 1, not 6
  });

  it("the delivery date of any of her records places the period; a record without the date still counts", () => {
    const recs = [
      ibuRec({ tahun: Y, bulan: 5, usiaKehamilan: null, kunjunganNifas: 2 }),
      ibuRec({ tahun: Y, bulan: 6, usiaKehamilan: null, kunjunganNifas: 1 }),
    ];
    expect(ind3(recs, 2)).toBe("TS"); // no delivery known
    recs[1].tanggalMelahirkan = "2026-05-15"; // ends 26 Jun (Q2): 2 + 1
    expect(ind3(recs, 2)).toBe("Y");
  });

  it("… the latest record's date when two disagree (a correction typed later)", () => {
    const recs = [nifasRec(Y, 5, 2, "2026-05-02"), nifasRec(Y, 6, 1, "2026-05-02")];
    expect(ind3(recs, 2)).toBe("Y"); // 2 May → ends 13 Jun (Q2)
    recs[1].tanggalMelahirkan = "2026-05-25"; // → ends 6 Jul (Q3)
    expect(ind3(recs, 2)).toBe("TS");
  });

  it("no record in the quarter the period ends → no result at all (the visits of the earlier quarter stay unjudged)", () => {
    const recs = [nifasRec(Y, 3, 3, "2026-03-10")];
    expect(evaluateIbu(recs, Y, 2, S)).toBeNull();
    expect(ind3(recs, 1)).toBe("TS");
  });

  it("a quarter not yet over: Y as soon as the visits reach the minimum, T until then (no clock is read)", () => {
    const d = "2026-11-01"; // ends 13 Dec 2026
    expect(ind3([nifasRec(Y, 11, 2, d)], 4)).toBe("T");
    expect(ind3([nifasRec(Y, 11, 2, d), nifasRec(Y, 12, 1, d)], 4)).toBe("Y");
  });

  it("a pregnant woman (no delivery date) → TS", () => {
    expect(ind3(ibuQ1([5, 6, 7]), 1)).toBe("TS");
  });
});

describe("ibu hamil – indicator 5 home visit for KEK/Risti (§6.1 our rule: normal → TS, configurable T)", () => {
  const visit = (
    status: IbuRecord["statusKehamilan"],
    visits: number,
    usia = 5,
    kunjunganNormal: "TS" | "T" = "TS",
  ) => {
    const recs = ibuQ1([usia, usia, usia], { statusKehamilan: status }).map((r, i) => ({
      ...r,
      kunjunganRumah: i < visits,
    }));
    return ind(ibu(recs, 1, Y, settings({ kunjunganNormal })), 5);
  };

  it.each([
    ["kek", 1, 2, "Y"],
    ["kek", 0, 2, "T"],
    ["risti", 1, 2, "Y"],
    ["risti", 0, 2, "T"],
    ["kek", 1, 5, "Y"],
    ["risti", 1, 8, "Y"], // T3: "same" → ≥ 1
    ["risti", 0, 8, "T"],
  ] as const)("%s, %i visit(s), usia %i → %s", (status, visits, usia, want) => {
    expect(visit(status, visits, usia)).toBe(want);
  });

  it("normal mother → TS by default, even with a visit", () => {
    expect(visit("normal", 3)).toBe("TS");
    expect(visit("normal", 0)).toBe("TS");
  });

  it('normal mother → T when kunjunganNormal = "T" (reference behaviour)', () => {
    expect(visit("normal", 0, 5, "T")).toBe("T");
    expect(visit("normal", 3, 5, "T")).toBe("T");
    // At-risk mothers are unaffected by the setting.
    expect(visit("kek", 1, 5, "T")).toBe("Y");
  });

  it("a mother with no recorded status is not at risk → follows the setting", () => {
    expect(visit(null, 1)).toBe("TS");
    expect(visit(null, 1, 5, "T")).toBe("T");
  });

  it("bersalin → TS even for a KEK mother with visits and kunjunganNormal T", () => {
    expect(visit("kek", 3, 10, "T")).toBe("TS");
  });

  it("uses the status of the LAST record; visits count over the whole quarter", () => {
    // KEK in Jan (visited), normal in March → normal → TS.
    const a = [
      ibuRec({ tahun: Y, bulan: 1, usiaKehamilan: 4, statusKehamilan: "kek", kunjunganRumah: true }),
      ibuRec({ tahun: Y, bulan: 3, usiaKehamilan: 6, statusKehamilan: "normal" }),
    ];
    expect(ind(ibu(a, 1), 5)).toBe("TS");
    // Normal in Jan (visited), risti in March → risti, 1 visit in the quarter → Y.
    const b = [
      ibuRec({ tahun: Y, bulan: 1, usiaKehamilan: 4, statusKehamilan: "normal", kunjunganRumah: true }),
      ibuRec({ tahun: Y, bulan: 3, usiaKehamilan: 6, statusKehamilan: "risti" }),
    ];
    expect(ind(ibu(b, 1), 5)).toBe("Y");
  });
});

describe("ibu hamil – indicators 6–8 (≥ 1 month of the quarter) in every stage", () => {
  const stages = [
    { stage: "trimester_1", o: { usiaKehamilan: 3 } },
    { stage: "trimester_2", o: { usiaKehamilan: 6 } },
    { stage: "trimester_3", o: { usiaKehamilan: 9 } },
    { stage: "bersalin", o: { usiaKehamilan: 9, tanggalMelahirkan: "2026-01-20" } },
  ] as const;
  const flags = [
    [6, "aksesAirBersih"],
    [7, "kepemilikanJamban"],
    [8, "jaminanKesehatan"],
  ] as const;
  const cases = stages.flatMap((s) => flags.map(([k, flag]) => ({ ...s, k, flag })));

  it.each(cases)(
    "$stage: indicator $k ($flag) true in February only → Y; never → T; only in April → T",
    ({ stage, o, k, flag }) => {
      const feb = [1, 2, 3].map((bulan) => ibuRec({ tahun: Y, bulan, ...o, [flag]: bulan === 2 }));
      expect(ibu(feb, 1)?.stage).toBe(stage);
      expect(ind(ibu(feb, 1), k)).toBe("Y");
      const never = [1, 2, 3].map((bulan) => ibuRec({ tahun: Y, bulan, ...o }));
      expect(ind(ibu(never, 1), k)).toBe("T");
      const april = [...never, ibuRec({ tahun: Y, bulan: 4, ...o, [flag]: true })];
      expect(ind(ibu(april, 1), k)).toBe("T");
    },
  );
});

describe("ibu hamil – quarters", () => {
  it("a quarter with no record → null", () => {
    expect(ibu([], 1)).toBeNull();
    const recs = [ibuRec({ tahun: Y, bulan: 4 }), ibuRec({ tahun: 2025, bulan: 2 }), ibuRec({ tahun: 2027, bulan: 1 })];
    expect(ibu(recs, 1)).toBeNull(); // Q1 2026: only April, Feb 2025 and Jan 2027 exist
    expect(ibu(recs, 2)).not.toBeNull();
  });

  it("a delivery inside the quarter: Jan T3 with ANC, Feb delivered, one KF visit in Feb and one in Mar (2 < 3)", () => {
    const recs = [
      ibuRec({
        tahun: Y,
        bulan: 1,
        usiaKehamilan: 8,
        pemeriksaanKehamilan: true,
        konsumsiPilFe: true,
        statusKehamilan: "kek",
        kunjunganRumah: true,
      }),
      ibuRec({
        tahun: Y,
        bulan: 2,
        usiaKehamilan: 9,
        tanggalMelahirkan: "2026-02-10",
        kunjunganNifas: 1,
        aksesAirBersih: true,
      }),
      ibuRec({
        tahun: Y,
        bulan: 3,
        usiaKehamilan: null,
        tanggalMelahirkan: "2026-02-10",
        kunjunganNifas: 1,
        statusKehamilan: "kek",
      }),
    ];
    const r = ibu(recs, 1);
    expect(r?.stage).toBe("bersalin");
    expect(r?.hasil).toEqual(h("TS TS T TS TS Y T T"));
  });

  it("a record in March counts in Q1 only; a record in April in Q2 only", () => {
    const recs = [
      ibuRec({ tahun: Y, bulan: 3, usiaKehamilan: 5, pemeriksaanKehamilan: true, kepemilikanJamban: true }),
      ibuRec({ tahun: Y, bulan: 4, usiaKehamilan: 6, konsumsiPilFe: true }),
    ];
    expect(ibu(recs, 1)?.hasil).toEqual(h("Y T TS T TS T Y T"));
    expect(ibu(recs, 2)?.hasil).toEqual(h("T Y TS T TS T T T"));
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Anak 0–23 bulan (§6.2, Formulir 3B)
// ---------------------------------------------------------------------------------------------------------------------

describe("anak – age category from the LARGEST umur_bulan in the quarter (§6.2)", () => {
  it.each([
    [0, 1],
    [5, 1],
    [6, 2],
    [12, 2],
    [13, 3],
    [17, 3],
    [18, 4],
    [23, 4],
  ] as const)("anakAgeCategory(%i) = %i", (umur, cat) => {
    expect(anakAgeCategory(umur)).toBe(cat);
  });

  it.each([
    { umur: [3, 4, 5], cat: 1, max: 5 },
    { umur: [4, 5, 6], cat: 2, max: 6 }, // turns 6 inside the quarter
    { umur: [6, 5, 4], cat: 2, max: 6 }, // largest, not last
    { umur: [10, 11, 12], cat: 2, max: 12 },
    { umur: [11, 12, 13], cat: 3, max: 13 }, // turns 13
    { umur: [15, 16, 17], cat: 3, max: 17 },
    { umur: [16, 17, 18], cat: 4, max: 18 }, // turns 18
    { umur: [21, 22, 23], cat: 4, max: 23 },
    { umur: [22, 23, 24], cat: 4, max: 24 }, // turns 24: still the last category (spec defines cat 4 as 18–23)
  ])("umur $umur → category $cat (umur $max)", ({ umur, cat, max }) => {
    const r = anak(anakQ(1, umur), 1);
    expect(r?.kategoriUmur).toBe(cat);
    expect(r?.umur).toBe(max);
  });

  it("status_gizi and status_tikar from the last record of the quarter (unsorted input)", () => {
    const recs = [
      anakRec({ tahun: Y, bulan: 3, umurBulan: 8, statusGizi: "GK", statusTikar: "M" }),
      anakRec({ tahun: Y, bulan: 1, umurBulan: 6, statusGizi: "S", statusTikar: "K" }),
      anakRec({ tahun: Y, bulan: 4, umurBulan: 9, statusGizi: "N", statusTikar: "H" }),
    ];
    expect(anak(recs, 1)).toMatchObject({ status: "GK", tikar: "M", umur: 8, kategoriUmur: 2 });
  });
});

describe("anak – full rows per category", () => {
  it("cat 1, normal, nothing received, Q1 umur 5: TS TS T TS TS T T T T TS", () => {
    expect(anak(anakQ(1, [3, 4, 5]), 1)?.hasil).toEqual(h("TS TS T TS TS T T T T TS"));
  });

  it("cat 1, stunted, everything every month, Q1 umur 5: TS TS Y TS Y Y Y Y Y TS", () => {
    expect(anak(anakQ(1, [3, 4, 5], { ...ANAK_ALL, statusGizi: "S" }), 1)?.hasil).toEqual(h("TS TS Y TS Y Y Y Y Y TS"));
  });

  it("cat 4, GB, everything every month since birth (Jan 2025 … Dec 2026), Q4 2026 umur 23: all Y", () => {
    const recs = anakMonths({ tahun: 2025, bulan: 1 }, 24, 0, () => ({ ...ANAK_ALL, statusGizi: "GB" }));
    const r = anak(recs, 4);
    expect(r?.kategoriUmur).toBe(4);
    expect(r?.hasil).toEqual(h("Y Y Y Y Y Y Y Y Y Y"));
  });

  it("cat 2, normal, nothing ever received, Q3 umur 9: T T T T TS T T T T T", () => {
    expect(anak(anakQ(3, [7, 8, 9]), 3)?.hasil).toEqual(h("T T T T TS T T T T T"));
  });
});

describe("anak – indicator 1 immunisation (cat 2: ≤ 9 basic; > 9 basic + measles 'sudah'; cat 3/4 basic + measles)", () => {
  const imm = (umur: number[], o: Partial<AnakRecord> | ((bulan: number) => Partial<AnakRecord>)) =>
    ind(anak(anakQ(1, umur, o), 1), 1);

  it.each([
    // umur in Q1, basic, measles → indicator 1
    { umur: [3, 4, 5], basic: true, campak: "sudah", want: "TS" },
    { umur: [7, 8, 9], basic: true, campak: "belum", want: "Y" },
    { umur: [7, 8, 9], basic: false, campak: "sudah", want: "T" },
    { umur: [6, 7, 8], basic: false, campak: "belum", want: "T" },
    { umur: [8, 9, 10], basic: true, campak: "belum", want: "T" }, // turns 10: measles now required
    { umur: [8, 9, 10], basic: true, campak: "sudah", want: "Y" },
    { umur: [10, 11, 12], basic: false, campak: "sudah", want: "T" },
    { umur: [13, 14, 15], basic: true, campak: "belum", want: "T" },
    { umur: [13, 14, 15], basic: true, campak: "sudah", want: "Y" },
    { umur: [18, 19, 20], basic: true, campak: "belum", want: "T" },
    { umur: [18, 19, 20], basic: true, campak: "sudah", want: "Y" },
    { umur: [18, 19, 20], basic: false, campak: "sudah", want: "T" },
  ] as const)("umur $umur, basic $basic, measles $campak → $want", ({ umur, basic, campak, want }) => {
    expect(imm([...umur], { imunisasiDasar: basic, imunisasiCampak: campak })).toBe(want);
  });

  it("basic in January and measles 'sudah' in March of the same quarter → Y (umur 11)", () => {
    expect(
      imm([9, 10, 11], (bulan) => ({ imunisasiDasar: bulan === 1, imunisasiCampak: bulan === 3 ? "sudah" : "belum" })),
    ).toBe("Y");
  });

  it("basic given only outside the quarter (Dec 2025, Apr 2026) → T in Q1 2026", () => {
    const recs = [
      anakRec({ tahun: 2025, bulan: 12, umurBulan: 5, imunisasiDasar: true }),
      ...anakQ(1, [6, 7, 8]),
      anakRec({ tahun: Y, bulan: 4, umurBulan: 9, imunisasiDasar: true }),
    ];
    expect(ind(anak(recs, 1), 1)).toBe("T");
  });
});

describe("anak – indicator 2 weighing, CUMULATIVE from the first record to the END of the quarter (5/8/15)", () => {
  // Child born mid-2025: Jul 2025 umur 0 … Mar 2026 umur 8 (Q1 2026 → cat 2, threshold 5).
  const from = { tahun: 2025, bulan: 7 };
  const weighedIn = (set: Period[]) => (_: number, p: Period) => ({
    pengukuranBeratBadan: set.some((s) => s.tahun === p.tahun && s.bulan === p.bulan),
  });
  const P = (tahun: number, bulan: number): Period => ({ tahun, bulan });

  it("cat 2: 4 weighings (Aug, Sep, Oct 2025, Jan 2026) → T; a 5th in March 2026 → Y", () => {
    const four = anakMonths(from, 9, 0, weighedIn([P(2025, 8), P(2025, 9), P(2025, 10), P(2026, 1)]));
    expect(anak(four, 1)?.kategoriUmur).toBe(2);
    expect(ind(anak(four, 1), 2)).toBe("T");
    const five = anakMonths(from, 9, 0, weighedIn([P(2025, 8), P(2025, 9), P(2025, 10), P(2026, 1), P(2026, 3)]));
    expect(ind(anak(five, 1), 2)).toBe("Y");
  });

  it("a weighing in April (after Q1) does not count for Q1 but does for Q2", () => {
    const recs = anakMonths(from, 10, 0, weighedIn([P(2025, 8), P(2025, 9), P(2025, 10), P(2026, 1), P(2026, 4)]));
    expect(ind(anak(recs, 1), 2)).toBe("T"); // 4 up to March
    expect(ind(anak(recs, 2), 2)).toBe("Y"); // 5 up to June
  });

  it("weighings in a later year (Feb 2027) do not count for Q1 2026", () => {
    const recs = [
      ...anakMonths(from, 9, 0, weighedIn([P(2025, 8), P(2025, 9), P(2025, 10), P(2026, 1)])),
      anakRec({ tahun: 2027, bulan: 2, umurBulan: 19, pengukuranBeratBadan: true }),
      anakRec({ tahun: 2027, bulan: 3, umurBulan: 20, pengukuranBeratBadan: true }),
    ];
    expect(ind(anak(recs, 1, 2026), 2)).toBe("T");
  });

  it("cat 3 (Q2 2026, umur 15–17, born Jan 2025): 7 weighings → T, 8 → Y", () => {
    const birth = { tahun: 2025, bulan: 1 };
    const seven = anakMonths(birth, 18, 0, (i) => ({ pengukuranBeratBadan: i < 7 }));
    expect(anak(seven, 2)?.kategoriUmur).toBe(3);
    expect(ind(anak(seven, 2), 2)).toBe("T");
    const eight = anakMonths(birth, 18, 0, (i) => ({ pengukuranBeratBadan: i < 8 }));
    expect(ind(anak(eight, 2), 2)).toBe("Y");
  });

  it("cat 4 (Q4 2026, umur 21–23, born Jan 2025): 14 weighings → T, 15 → Y", () => {
    const birth = { tahun: 2025, bulan: 1 };
    const fourteen = anakMonths(birth, 24, 0, (i) => ({ pengukuranBeratBadan: i < 14 }));
    expect(anak(fourteen, 4)?.kategoriUmur).toBe(4);
    expect(ind(anak(fourteen, 4), 2)).toBe("T");
    const fifteen = anakMonths(birth, 24, 0, (i) => ({ pengukuranBeratBadan: i < 15 }));
    expect(ind(anak(fifteen, 4), 2)).toBe("Y");
  });

  it("cat 4: the 15th weighing in Jan 2027 does not count for Q4 2026", () => {
    const recs = [
      ...anakMonths({ tahun: 2025, bulan: 1 }, 24, 0, (i) => ({ pengukuranBeratBadan: i < 14 })),
      anakRec({ tahun: 2027, bulan: 1, umurBulan: 24, pengukuranBeratBadan: true }),
    ];
    expect(ind(anak(recs, 4, 2026), 2)).toBe("T");
  });

  it("cat 1 → TS even when weighed every month", () => {
    expect(ind(anak(anakQ(1, [3, 4, 5], { pengukuranBeratBadan: true }), 1), 2)).toBe("TS");
  });
});

describe("anak – indicator 4 counselling, cumulative like 2, mother OR father (§6.2, §13 item 7)", () => {
  const from = { tahun: 2025, bulan: 7 }; // Q1 2026 → umur 6–8, cat 2, threshold 5

  it("5 months with only the father attending → Y", () => {
    const recs = anakMonths(from, 9, 0, (i) => ({ konselingGiziAyah: i >= 1 && i <= 5 }));
    expect(ind(anak(recs, 1), 4)).toBe("Y");
  });

  it("mother in 2 months + father in 3 other months = 5 months → Y", () => {
    const recs = anakMonths(from, 9, 0, (i) => ({ konselingGiziIbu: i < 2, konselingGiziAyah: i >= 2 && i < 5 }));
    expect(ind(anak(recs, 1), 4)).toBe("Y");
  });

  it("both parents in the same 4 months = 4 months (not 8 attendances) → T", () => {
    const recs = anakMonths(from, 9, 0, (i) => ({ konselingGiziIbu: i < 4, konselingGiziAyah: i < 4 }));
    expect(ind(anak(recs, 1), 4)).toBe("T");
  });

  it("months after the quarter do not count (4 up to March + April + Feb 2027 → Q1 T; Q2 Y)", () => {
    const recs = [
      ...anakMonths(from, 10, 0, (i) => ({ konselingGiziIbu: i < 4 || i === 9 })), // Jul–Oct 2025 + Apr 2026
      anakRec({ tahun: 2027, bulan: 2, umurBulan: 19, konselingGiziAyah: true }),
    ];
    expect(ind(anak(recs, 1), 4)).toBe("T");
    expect(ind(anak(recs, 2), 4)).toBe("Y");
  });

  it("cat 3 threshold 8 and cat 4 threshold 15", () => {
    const birth = { tahun: 2025, bulan: 1 };
    expect(
      ind(
        anak(
          anakMonths(birth, 18, 0, (i) => ({ konselingGiziAyah: i < 7 })),
          2,
        ),
        4,
      ),
    ).toBe("T");
    expect(
      ind(
        anak(
          anakMonths(birth, 18, 0, (i) => ({ konselingGiziAyah: i < 8 })),
          2,
        ),
        4,
      ),
    ).toBe("Y");
    expect(
      ind(
        anak(
          anakMonths(birth, 24, 0, (i) => ({ konselingGiziIbu: i < 14 })),
          4,
        ),
        4,
      ),
    ).toBe("T");
    expect(
      ind(
        anak(
          anakMonths(birth, 24, 0, (i) => ({ konselingGiziIbu: i < 10, konselingGiziAyah: i >= 10 && i < 15 })),
          4,
        ),
        4,
      ),
    ).toBe("Y");
  });

  it("cat 1 → TS", () => {
    expect(ind(anak(anakQ(1, [3, 4, 5], { konselingGiziIbu: true, konselingGiziAyah: true }), 1), 4)).toBe("TS");
  });
});

describe("anak – indicator 3 length, rule bulan_penimbangan (§6.3 table)", () => {
  /** Quarter records of 2026 with the given umur (Jan/Apr/Jul/Oct first), plus extra records (Feb/Aug etc.). */
  const len = (triwulan: number, umur: number[], measured: Period[], extra: AnakRecord[] = [], s = S) => {
    const isMeasured = (p: Period) => measured.some((m) => m.tahun === p.tahun && m.bulan === p.bulan);
    const q = anakQ(triwulan, umur).map((r) => ({ ...r, pengukuranTinggiBadan: isMeasured(r) }));
    const others = extra.map((r) => ({ ...r, pengukuranTinggiBadan: isMeasured(r) }));
    return ind(anak([...others, ...q], triwulan, Y, s), 3);
  };
  const P = (bulan: number, tahun = Y): Period => ({ tahun, bulan });
  const rec = (bulan: number, umurBulan: number, tahun = Y) => anakRec({ tahun, bulan, umurBulan });

  describe("Q1 / Q2: TS when umur ≤ 3; Y when measured in February", () => {
    it("Q1 umur 3 (1, 2, 3), measured in February → TS", () => expect(len(1, [1, 2, 3], [P(2)])).toBe("TS"));
    it("Q1 umur 4 (2, 3, 4), measured in February → Y", () => expect(len(1, [2, 3, 4], [P(2)])).toBe("Y"));
    it("Q1 umur 4, measured in January and March only → T", () => expect(len(1, [2, 3, 4], [P(1), P(3)])).toBe("T"));
    it("Q2 umur 3 (1, 2, 3), measured every month → TS", () =>
      expect(len(2, [1, 2, 3], [P(4), P(5), P(6)])).toBe("TS"));
    it("Q2 umur 4 (2, 3, 4), measured in February of the same year → Y", () =>
      expect(len(2, [2, 3, 4], [P(2)], [rec(2, 0)])).toBe("Y"));
    it("Q2 umur 4, measured in April–June but not February → T", () =>
      expect(len(2, [2, 3, 4], [P(4), P(5), P(6)], [rec(2, 0)])).toBe("T"));
    it("Q2 umur 20, measured in February 2025 (another year) but not February 2026 → T", () =>
      expect(len(2, [18, 19, 20], [P(2, 2025)], [rec(2, 6, 2025), rec(2, 16)])).toBe("T"));
    it("Q2 umur 20, measured in February 2027 (a later year) → T for 2026", () =>
      expect(len(2, [18, 19, 20], [P(2, 2027)], [rec(2, 16), rec(2, 28, 2027)])).toBe("T"));
  });

  describe("Q3: TS when umur ≤ 3; umur 4–8 August; umur ≥ 9 February AND August", () => {
    it("umur 3 (1, 2, 3), measured in August → TS", () => expect(len(3, [1, 2, 3], [P(8)])).toBe("TS"));
    it("umur 4 (2, 3, 4), measured in August → Y", () => expect(len(3, [2, 3, 4], [P(8)])).toBe("Y"));
    it("umur 4, measured in July and September only → T", () => expect(len(3, [2, 3, 4], [P(7), P(9)])).toBe("T"));
    it("umur 8 (6, 7, 8), measured in August only → Y", () => expect(len(3, [6, 7, 8], [P(8)], [rec(2, 2)])).toBe("Y"));
    it("umur 8, measured in February only → T", () => expect(len(3, [6, 7, 8], [P(2)], [rec(2, 2)])).toBe("T"));
    it("umur 9 (7, 8, 9), measured in August only → T", () => expect(len(3, [7, 8, 9], [P(8)], [rec(2, 3)])).toBe("T"));
    it("umur 9, measured in February and August → Y", () =>
      expect(len(3, [7, 8, 9], [P(2), P(8)], [rec(2, 3)])).toBe("Y"));
    it("umur 20, February 2025 + August 2026 (February of another year) → T", () =>
      expect(len(3, [18, 19, 20], [P(2, 2025), P(8)], [rec(2, 7, 2025), rec(2, 14)])).toBe("T"));
  });

  describe("Q4: TS when umur ≤ 6; umur 7–11 August; umur ≥ 12 February AND August", () => {
    it("umur 6 (4, 5, 6), measured in August → TS", () => expect(len(4, [4, 5, 6], [P(8)], [rec(8, 2)])).toBe("TS"));
    it("umur 7 (5, 6, 7), measured in August → Y", () => expect(len(4, [5, 6, 7], [P(8)], [rec(8, 3)])).toBe("Y"));
    it("umur 7, measured in Oct–Dec only → T", () =>
      expect(len(4, [5, 6, 7], [P(10), P(11), P(12)], [rec(8, 3)])).toBe("T"));
    it("umur 11 (9, 10, 11), measured in August only → Y", () =>
      expect(len(4, [9, 10, 11], [P(8)], [rec(8, 7)])).toBe("Y"));
    it("umur 12 (10, 11, 12), measured in August only → T", () =>
      expect(len(4, [10, 11, 12], [P(8)], [rec(2, 2), rec(8, 8)])).toBe("T"));
    it("umur 12, measured in February only → T", () =>
      expect(len(4, [10, 11, 12], [P(2)], [rec(2, 2), rec(8, 8)])).toBe("T"));
    it("umur 12, measured in February and August → Y", () =>
      expect(len(4, [10, 11, 12], [P(2), P(8)], [rec(2, 2), rec(8, 8)])).toBe("Y"));
    it("umur 20, February 2025 + August 2026 → T", () =>
      expect(len(4, [18, 19, 20], [P(2, 2025), P(8)], [rec(2, 4, 2025), rec(8, 16)])).toBe("T"));
  });

  describe("any_month_in_quarter setting: measured at least once in the quarter → Y, else T", () => {
    const ANY = settings({ lengthRule: "any_month_in_quarter" });
    it("Q3 umur 5, measured in September only → Y (default rule: T)", () => {
      expect(len(3, [3, 4, 5], [P(9)], [], ANY)).toBe("Y");
      expect(len(3, [3, 4, 5], [P(9)])).toBe("T");
    });
    it("Q4 umur 12, measured in February and August but not in Q4 → T (default rule: Y)", () => {
      expect(len(4, [10, 11, 12], [P(2), P(8)], [rec(2, 2), rec(8, 8)], ANY)).toBe("T");
      expect(len(4, [10, 11, 12], [P(2), P(8)], [rec(2, 2), rec(8, 8)])).toBe("Y");
    });
    it("Q2 umur 10, measured in May → Y; February only → T", () => {
      expect(len(2, [8, 9, 10], [P(5)], [], ANY)).toBe("Y");
      expect(len(2, [8, 9, 10], [P(2)], [rec(2, 6)], ANY)).toBe("T");
    });
    it("Q1 umur 2, measured in January → Y (the reference rule it mirrors has no TS; default rule: TS)", () => {
      expect(len(1, [0, 1, 2], [P(1)], [], ANY)).toBe("Y");
      expect(len(1, [0, 1, 2], [P(1)])).toBe("TS");
    });
  });
});

describe("anak – indicator 5 home visit for GK/GB/S (≥ 2 visits in the quarter; N → TS by default)", () => {
  const hv = (status: AnakRecord["statusGizi"], visits: number, umur = [6, 7, 8], kunjunganNormal: "TS" | "T" = "TS") =>
    ind(
      anak(
        anakQ(1, umur, (bulan) => ({ statusGizi: status, kunjunganRumah: bulan <= visits })),
        1,
        Y,
        settings({ kunjunganNormal }),
      ),
      5,
    );

  it.each([
    ["GK", 2, "Y"],
    ["GK", 1, "T"],
    ["GB", 2, "Y"],
    ["GB", 0, "T"],
    ["S", 3, "Y"],
    ["S", 1, "T"],
  ] as const)("%s with %i visit(s) → %s", (status, visits, want) => {
    expect(hv(status, visits)).toBe(want);
  });

  it("applies in cat 1 too (stunted baby umur 5, 2 visits → Y)", () => {
    expect(hv("S", 2, [3, 4, 5])).toBe("Y");
  });

  it("normal child → TS by default even with visits; T with kunjunganNormal = T", () => {
    expect(hv("N", 3)).toBe("TS");
    expect(hv("N", 3, [6, 7, 8], "T")).toBe("T");
    expect(hv("GK", 2, [6, 7, 8], "T")).toBe("Y");
  });

  it("no recorded status → not at risk → follows the setting", () => {
    expect(hv(null, 3)).toBe("TS");
    expect(hv(null, 3, [6, 7, 8], "T")).toBe("T");
  });

  it("visits outside the quarter do not count (Dec 2025 + Jan 2026 + Apr 2026 → Q1 has 1 → T)", () => {
    const recs = [
      anakRec({ tahun: 2025, bulan: 12, umurBulan: 5, statusGizi: "S", kunjunganRumah: true }),
      ...anakQ(1, [6, 7, 8], (bulan) => ({ statusGizi: "S", kunjunganRumah: bulan === 1 })),
      anakRec({ tahun: Y, bulan: 4, umurBulan: 9, statusGizi: "S", kunjunganRumah: true }),
    ];
    expect(ind(anak(recs, 1), 5)).toBe("T");
  });

  it("status from the last record: S in Jan, N in March → TS; N in Jan, GB in March with 2 visits → Y", () => {
    expect(
      ind(
        anak(
          anakQ(1, [6, 7, 8], (b) => ({ statusGizi: b === 3 ? "N" : "S", kunjunganRumah: true })),
          1,
        ),
        5,
      ),
    ).toBe("TS");
    expect(
      ind(
        anak(
          anakQ(1, [6, 7, 8], (b) => ({ statusGizi: b === 3 ? "GB" : "N", kunjunganRumah: b <= 2 })),
          1,
        ),
        5,
      ),
    ).toBe("Y");
  });
});

describe("anak – indicators 6–9 (≥ 1 month of the quarter) in every category", () => {
  const cats = [
    { cat: 1, umur: [3, 4, 5] },
    { cat: 2, umur: [6, 7, 8] },
    { cat: 3, umur: [13, 14, 15] },
    { cat: 4, umur: [20, 21, 22] },
  ];
  const flags = [
    [6, "airBersih"],
    [7, "kepemilikanJamban"],
    [8, "aktaLahir"],
    [9, "jaminanKesehatan"],
  ] as const;
  const cases = cats.flatMap((c) => flags.map(([k, flag]) => ({ ...c, k, flag })));

  it.each(cases)(
    "cat $cat: indicator $k ($flag) in February → Y; never → T; only Dec 2025 / Apr 2026 → T",
    ({ cat, umur, k, flag }) => {
      const feb = anakQ(1, umur, (bulan) => ({ [flag]: bulan === 2 }));
      expect(anak(feb, 1)?.kategoriUmur).toBe(cat);
      expect(ind(anak(feb, 1), k)).toBe("Y");
      const never = anakQ(1, umur);
      expect(ind(anak(never, 1), k)).toBe("T");
      const outside = [
        anakRec({ tahun: 2025, bulan: 12, umurBulan: umur[0] - 1, [flag]: true }),
        ...never,
        anakRec({ tahun: Y, bulan: 4, umurBulan: umur[2] + 1, [flag]: true }),
      ];
      expect(ind(anak(outside, 1), k)).toBe("T");
    },
  );
});

describe("anak – indicator 10 parenting class (≥ 5 months in the calendar year up to the quarter end; cat 1 TS)", () => {
  // Child umur 6 in Jan 2026 (cat 2 or older all year, so the indicator applies).
  const year = (flagged: (p: Period) => boolean, count = 12, from: Period = { tahun: Y, bulan: 1 }, umur = 6) =>
    anakMonths(from, count, umur, (_, p) => ({ pengasuhanPaud: flagged(p) }));

  it("cat 1 → TS even when attending every month", () => {
    expect(ind(anak(anakQ(1, [3, 4, 5], { pengasuhanPaud: true }), 1), 10)).toBe("TS");
  });

  it("Q1: at most 3 months can be counted → T even when attending Jan–Mar", () => {
    expect(
      ind(
        anak(
          year(() => true, 3),
          1,
        ),
        10,
      ),
    ).toBe("T");
  });

  it("Q2: Jan–May (5 months) → Y; Jan–Apr (4) → T", () => {
    expect(
      ind(
        anak(
          year((p) => p.bulan <= 5, 6),
          2,
        ),
        10,
      ),
    ).toBe("Y");
    expect(
      ind(
        anak(
          year((p) => p.bulan <= 4, 6),
          2,
        ),
        10,
      ),
    ).toBe("T");
  });

  it("months of the previous year do not count (Oct–Dec 2025 + Apr–May 2026 → 2 months → Q2 T)", () => {
    const recs = year(
      (p) => (p.tahun === 2025 && p.bulan >= 10) || (p.tahun === Y && (p.bulan === 4 || p.bulan === 5)),
      9,
      { tahun: 2025, bulan: 10 },
      3,
    );
    expect(anak(recs, 2)?.kategoriUmur).toBe(2);
    expect(ind(anak(recs, 2), 10)).toBe("T");
  });

  it("months after the quarter do not count (Jan–Apr + Jul → Q2 T, Q3 Y)", () => {
    const recs = year((p) => p.bulan <= 4 || p.bulan === 7, 9);
    expect(ind(anak(recs, 2), 10)).toBe("T");
    expect(ind(anak(recs, 3), 10)).toBe("Y");
  });

  it("months of a later year do not count (Jan–Apr 2026 + Jan 2027 → Q4 2026 T)", () => {
    const recs = [
      ...year((p) => p.bulan <= 4),
      anakRec({ tahun: 2027, bulan: 1, umurBulan: 18, pengasuhanPaud: true }),
    ];
    expect(ind(anak(recs, 4, 2026), 10)).toBe("T");
  });
});

describe("anak – quarters", () => {
  it("a quarter with no record → null", () => {
    expect(anak([], 1)).toBeNull();
    const recs = [anakRec({ tahun: Y, bulan: 4, umurBulan: 6 }), anakRec({ tahun: 2025, bulan: 1, umurBulan: 0 })];
    expect(anak(recs, 1)).toBeNull();
    expect(anak(recs, 1, 2025)).not.toBeNull();
  });

  it("a record in March counts in Q1 only, a record in April in Q2 only", () => {
    const recs = [
      anakRec({ tahun: Y, bulan: 3, umurBulan: 8, airBersih: true }),
      anakRec({ tahun: Y, bulan: 4, umurBulan: 9, aktaLahir: true }),
    ];
    expect(anak(recs, 1)?.hasil.slice(5, 9)).toEqual(h("Y T T T"));
    expect(anak(recs, 2)?.hasil.slice(5, 9)).toEqual(h("T T Y T"));
    expect(anak(recs, 1)?.umur).toBe(8);
    expect(anak(recs, 2)?.umur).toBe(9);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// PAUD (§6.4)
// ---------------------------------------------------------------------------------------------------------------------

describe("PAUD – ikut / wajib in child-months (§6.4)", () => {
  it("Jan mengikuti, Feb tidak_mengikuti, Mar belum → ikut 1, wajib 2 (belum leaves the denominator)", () => {
    const recs = [paudRec(Y, 1, "mengikuti"), paudRec(Y, 2, "tidak_mengikuti"), paudRec(Y, 3, "belum")];
    expect(evaluatePaud(recs, Y, 1)).toEqual({ ikut: 1, wajib: 2 });
  });

  it("three months mengikuti → 3/3; three months belum → 0/0", () => {
    expect(
      evaluatePaud(
        [4, 5, 6].map((b) => paudRec(Y, b, "mengikuti")),
        Y,
        2,
      ),
    ).toEqual({ ikut: 3, wajib: 3 });
    expect(
      evaluatePaud(
        [4, 5, 6].map((b) => paudRec(Y, b, "belum")),
        Y,
        2,
      ),
    ).toEqual({ ikut: 0, wajib: 0 });
  });

  it("records of other quarters and other years are ignored", () => {
    const recs = [
      paudRec(2025, 12, "mengikuti"),
      paudRec(Y, 1, "mengikuti"),
      paudRec(Y, 2, "tidak_mengikuti"),
      paudRec(Y, 4, "mengikuti"),
      paudRec(2027, 1, "mengikuti"),
      paudRec(2025, 2, "tidak_mengikuti"),
    ];
    expect(evaluatePaud(recs, Y, 1)).toEqual({ ikut: 1, wajib: 2 });
    expect(evaluatePaud(recs, Y, 2)).toEqual({ ikut: 1, wajib: 1 });
  });

  it("a quarter with no record → null", () => {
    expect(evaluatePaud([], Y, 1)).toBeNull();
    expect(evaluatePaud([paudRec(Y, 4, "mengikuti")], Y, 1)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// §13 regressions (engine)
// ---------------------------------------------------------------------------------------------------------------------

describe("§13 regressions", () => {
  it("defect 1: home visit compares the typed status enum (KEK/Risti with a visit → Y, not always T)", () => {
    for (const status of ["kek", "risti"] as const) {
      const r = ibu(
        [ibuRec({ tahun: Y, bulan: 2, usiaKehamilan: 5, statusKehamilan: status, kunjunganRumah: true })],
        1,
      );
      expect(ind(r, 5)).toBe("Y");
    }
    // And the same for children: GK/GB/S use the typed enum.
    for (const statusGizi of ["GK", "GB", "S"] as const) {
      expect(ind(anak(anakQ(1, [6, 7, 8], { statusGizi, kunjunganRumah: true }), 1), 5)).toBe("Y");
    }
  });

  it("defect 2: PAUD compares typed month values (mengikuti counts as ikut; tidak_mengikuti does not; belum leaves wajib)", () => {
    const recs = [paudRec(Y, 7, "tidak_mengikuti"), paudRec(Y, 8, "mengikuti"), paudRec(Y, 9, "belum")];
    expect(evaluatePaud(recs, Y, 3)).toEqual({ ikut: 1, wajib: 2 });
  });

  it("defect 3: July and September records are in Q3 (one month→quarter function), for PAUD and for anak", () => {
    expect([7, 8, 9].map(quarterOfMonth)).toEqual([3, 3, 3]);
    expect([6, 10].map(quarterOfMonth)).toEqual([2, 4]);
    // PAUD: Jul + Sep mengikuti, Aug tidak → Q3 2/3; nothing leaks into Q2 or Q4.
    const paud = [paudRec(Y, 7, "mengikuti"), paudRec(Y, 8, "tidak_mengikuti"), paudRec(Y, 9, "mengikuti")];
    expect(evaluatePaud(paud, Y, 3)).toEqual({ ikut: 2, wajib: 3 });
    expect(evaluatePaud(paud, Y, 2)).toBeNull();
    expect(evaluatePaud(paud, Y, 4)).toBeNull();
    expect(evaluatePaud([paudRec(Y, 7, "mengikuti")], Y, 3)).toEqual({ ikut: 1, wajib: 1 });
    expect(evaluatePaud([paudRec(Y, 9, "mengikuti")], Y, 3)).toEqual({ ikut: 1, wajib: 1 });
    // Anak: a July-only and a September-only child are both evaluated in Q3.
    const july = [anakRec({ tahun: Y, bulan: 7, umurBulan: 10, airBersih: true })];
    const sept = [anakRec({ tahun: Y, bulan: 9, umurBulan: 10, aktaLahir: true })];
    expect(ind(anak(july, 3), 6)).toBe("Y");
    expect(ind(anak(sept, 3), 8)).toBe("Y");
    expect(anak(july, 2)).toBeNull();
    expect(anak(sept, 4)).toBeNull();
    // Ibu too.
    expect(ind(ibu([ibuRec({ tahun: Y, bulan: 9, jaminanKesehatan: true })], 3), 8)).toBe("Y");
  });

  it("defect 4: measles counts only when 'sudah' (not inverted): belum → T, sudah → Y (umur 15, basic given)", () => {
    expect(ind(anak(anakQ(1, [13, 14, 15], { imunisasiDasar: true, imunisasiCampak: "belum" }), 1), 1)).toBe("T");
    expect(ind(anak(anakQ(1, [13, 14, 15], { imunisasiDasar: true, imunisasiCampak: "sudah" }), 1), 1)).toBe("Y");
  });

  it("defect 6: weighing/counselling windows end at the quarter (records after it never count)", () => {
    // Cat 2 in Q1 2026 with 4 weighings/counselling months up to March and 6 more afterwards (Apr–Dec 2026, 2027).
    const recs = [
      ...anakMonths({ tahun: 2025, bulan: 7 }, 9, 0, (i) => ({ pengukuranBeratBadan: i < 4, konselingGiziIbu: i < 4 })),
      ...anakMonths({ tahun: Y, bulan: 4 }, 6, 9, () => ({ pengukuranBeratBadan: true, konselingGiziIbu: true })),
      anakRec({ tahun: 2027, bulan: 1, umurBulan: 18, pengukuranBeratBadan: true, konselingGiziIbu: true }),
    ];
    const r = anak(recs, 1, 2026);
    expect(ind(r, 2)).toBe("T");
    expect(ind(r, 4)).toBe("T");
  });

  it("defect 7: father's counselling counts (5 months father only → Y)", () => {
    const recs = anakMonths({ tahun: 2025, bulan: 10 }, 6, 3, () => ({ konselingGiziAyah: true })); // Oct 2025–Mar 2026, umur 3–8
    expect(anak(recs, 1)?.kategoriUmur).toBe(2);
    expect(ind(anak(recs, 1), 4)).toBe("Y"); // 6 months ≥ 5
    const four = anakMonths({ tahun: 2025, bulan: 10 }, 6, 3, (i) => ({ konselingGiziAyah: i < 4 }));
    expect(ind(anak(four, 1), 4)).toBe("T");
  });

  it("defect 9: the Feb/Aug length rule (TS included) is not overwritten by 'measured once in the quarter' under the default setting", () => {
    // Q1 umur 2 measured every month → TS (not Y).
    expect(ind(anak(anakQ(1, [0, 1, 2], { pengukuranTinggiBadan: true }), 1), 3)).toBe("TS");
    // Q3 umur 9 measured in August only (once in the quarter) → T (not Y): needs February too.
    const q3 = [
      anakRec({ tahun: Y, bulan: 2, umurBulan: 3 }),
      ...anakQ(3, [7, 8, 9], (b) => ({ pengukuranTinggiBadan: b === 8 })),
    ];
    expect(ind(anak(q3, 3), 3)).toBe("T");
    // Q4 umur 12 not measured in Q4 but in Feb and Aug → Y (not T).
    const q4 = [
      anakRec({ tahun: Y, bulan: 2, umurBulan: 2, pengukuranTinggiBadan: true }),
      anakRec({ tahun: Y, bulan: 8, umurBulan: 8, pengukuranTinggiBadan: true }),
      ...anakQ(4, [10, 11, 12]),
    ];
    expect(ind(anak(q4, 4), 3)).toBe("Y");
    // The other behaviour exists only as an explicit setting.
    expect(ind(anak(q4, 4, Y, settings({ lengthRule: "any_month_in_quarter" })), 3)).toBe("T");
  });
});
