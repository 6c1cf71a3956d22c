import { describe, expect, it } from "vitest";
import { addDaysIso } from "@/lib/periods";
import { loadGrowthTables } from "@/lib/growth/tables";

const tables = loadGrowthTables();
import {
  anakAgeRefusal,
  anakRecordLastDay,
  balitaAgeRefusal,
  checkAnakMonth,
  deliveryBeforeBirth,
  deliveryToRecord,
  growthDatesOfSave,
  hasMeasurement,
  ibuRecomputeFrom,
  isVersionConflict,
  measuredThisMonth,
  nifasVisitsRefusal,
} from "./save-rules";

const LAHIR = "2025-01-15";
const child = { jenisKelamin: "P" as const, tanggalLahir: LAHIR };
const periksa = addDaysIso(LAHIR, 300);

describe("age window of a child's monthly record (2B)", () => {
  it("is the 0–23 window stretched to the end of the month of the second birthday", () => {
    expect(anakRecordLastDay(LAHIR)).toBe("2027-01-31");
    expect(anakRecordLastDay("2024-02-29")).toBe("2026-02-28");
    expect(anakRecordLastDay("2024-12-31")).toBe("2026-12-31");
  });

  it("refuses an examination before birth, accepts the day of birth", () => {
    expect(anakAgeRefusal(LAHIR, addDaysIso(LAHIR, -1))).toBe("before_birth");
    expect(anakAgeRefusal(LAHIR, LAHIR)).toBeNull();
  });

  it("accepts up to the last day of the window, refuses the day after", () => {
    expect(anakAgeRefusal(LAHIR, "2027-01-31")).toBeNull();
    expect(anakAgeRefusal(LAHIR, "2027-02-01")).toBe("too_old");
  });

  it("a date that gives no age counts as before birth", () => {
    expect(anakAgeRefusal(LAHIR, "2025-02-30")).toBe("before_birth");
  });
});

describe("a typed weight or length", () => {
  it("makes a measurement; neither makes none", () => {
    expect(hasMeasurement({ beratKg: 7.9 })).toBe(true);
    expect(hasMeasurement({ panjangCm: 68.4 })).toBe(true);
    expect(hasMeasurement({})).toBe(false);
  });

  it("means the child was weighed or measured this month, whatever the boxes say", () => {
    const none = { pengukuranBeratBadan: false, pengukuranTinggiBadan: false };
    expect(measuredThisMonth(none, { beratKg: 7.9 })).toEqual({
      pengukuranBeratBadan: true,
      pengukuranTinggiBadan: false,
    });
    expect(measuredThisMonth(none, { panjangCm: 68.4 })).toEqual({
      pengukuranBeratBadan: false,
      pengukuranTinggiBadan: true,
    });
    expect(measuredThisMonth(none, {})).toEqual(none);
    // A ticked box stays ticked without a typed value.
    const both = { pengukuranBeratBadan: true, pengukuranTinggiBadan: true };
    expect(measuredThisMonth(both, {})).toEqual(both);
  });
});

describe("the child's side of a 2B save", () => {
  const input = {
    tanggalPeriksa: periksa,
    beratKg: 7.9,
    panjangCm: 68.4,
    caraUkur: "terlentang" as const,
    oedema: false,
  };

  it("accepts a plausible measurement and computes the age in months", () => {
    const r = checkAnakMonth(child, input, tables);
    expect(r).toMatchObject({ ok: true, measured: true, measurement: { ageDays: 300, umurBulan: 9 } });
  });

  it("without weight or length there is no measurement, but the age in months is still computed", () => {
    const r = checkAnakMonth(child, { tanggalPeriksa: periksa, oedema: false }, tables);
    expect(r).toMatchObject({ ok: true, measured: false, measurement: { umurBulan: 9 } });
  });

  it("refuses an impossible weight or length beside its field", () => {
    const heavy = checkAnakMonth(child, { ...input, beratKg: 25 }, tables);
    expect(heavy.ok).toBe(false);
    expect(heavy).toMatchObject({ reason: "implausible", problems: { beratKg: expect.any(String) } });
    const short = checkAnakMonth(child, { ...input, beratKg: undefined, panjangCm: 45 }, tables);
    expect(short).toMatchObject({ reason: "implausible", problems: { panjangCm: expect.any(String) } });
  });

  it("the age window is checked before the measurement", () => {
    expect(checkAnakMonth(child, { ...input, tanggalPeriksa: addDaysIso(LAHIR, -1), beratKg: 25 }, tables)).toEqual({
      ok: false,
      reason: "before_birth",
    });
    expect(checkAnakMonth(child, { ...input, tanggalPeriksa: addDaysIso(LAHIR, 800) }, tables)).toEqual({
      ok: false,
      reason: "too_old",
    });
  });
});

describe("growth dates whose share is read around a 2B save", () => {
  it("the new measurement's date and the replaced one's, each only when there is one", () => {
    expect(growthDatesOfSave(true, "2025-11-05", "2025-11-02")).toEqual(["2025-11-05", "2025-11-02"]);
    expect(growthDatesOfSave(true, "2025-11-05")).toEqual(["2025-11-05"]);
    expect(growthDatesOfSave(false, "2025-11-05", "2025-11-02")).toEqual(["2025-11-02"]);
    expect(growthDatesOfSave(false, "2025-11-05")).toEqual([]);
  });
});

describe("a delivery on the mother's monthly form (2A)", () => {
  it("may not precede her own birth date", () => {
    expect(deliveryBeforeBirth("1996-02-02", "1996-02-01")).toBe(true);
    expect(deliveryBeforeBirth("1996-02-02", "1996-02-02")).toBe(false);
    expect(deliveryBeforeBirth("1996-02-02", "2025-10-01")).toBe(false);
    expect(deliveryBeforeBirth("1996-02-02", undefined)).toBe(false);
  });

  it("moves her to nifas when it differs from the date on her record", () => {
    expect(deliveryToRecord(null, "2025-10-01")).toBe("2025-10-01");
    expect(deliveryToRecord("2025-09-30", "2025-10-01")).toBe("2025-10-01");
    expect(deliveryToRecord("2025-10-01", "2025-10-01")).toBeNull();
    // An empty field never clears a delivery already recorded.
    expect(deliveryToRecord("2025-10-01", undefined)).toBeNull();
    expect(deliveryToRecord(null, undefined)).toBeNull();
  });
});

describe("the version of the row the form was filled from", () => {
  it("a different stored version is a conflict", () => {
    expect(isVersionConflict({ version: 3 }, 2)).toBe(true);
    expect(isVersionConflict({ version: 3 }, 3)).toBe(false);
  });

  it("a first save, or a form without a version, overwrites", () => {
    expect(isVersionConflict(undefined, 2)).toBe(false);
    expect(isVersionConflict(null, 2)).toBe(false);
    expect(isVersionConflict({ version: 3 }, undefined)).toBe(false);
  });

  it("version 0 (filled where no row was known, offline) conflicts with a row made meanwhile", () => {
    expect(isVersionConflict({ version: 1 }, 0)).toBe(true);
    expect(isVersionConflict(null, 0)).toBe(false);
  });
});

describe("KF visits of a month (2A): only in a month that shares a day with the nifas period", () => {
  const jan = { tahun: 2026, bulan: 1 };
  it("zero visits are always accepted, even before any delivery", () => {
    expect(nifasVisitsRefusal(jan, 0, null)).toBeNull();
  });

  it("visits without a delivery date are refused", () => {
    expect(nifasVisitsRefusal(jan, 1, null)).toEqual({ reason: "nifas_no_delivery" });
  });

  it("accepts the delivery month and every month up to delivery + 42 days", () => {
    const d = "2026-01-25"; // 25 Jan – 8 Mar
    expect(nifasVisitsRefusal(jan, 2, d)).toBeNull();
    expect(nifasVisitsRefusal({ tahun: 2026, bulan: 2 }, 4, d)).toBeNull();
    expect(nifasVisitsRefusal({ tahun: 2026, bulan: 3 }, 1, d)).toBeNull();
  });

  it("refuses a month before the delivery or after the period, naming the period", () => {
    const d = "2026-01-25";
    const outside = { reason: "nifas_outside_window", window: { start: "2026-01-25", end: "2026-03-08" } };
    expect(nifasVisitsRefusal({ tahun: 2025, bulan: 12 }, 1, d)).toEqual(outside);
    expect(nifasVisitsRefusal({ tahun: 2026, bulan: 4 }, 1, d)).toEqual(outside);
  });
});

describe("first month a 2A save recomputes", () => {
  const apr = { tahun: 2026, bulan: 4 };
  it("its own month when no delivery date is involved", () => {
    expect(ibuRecomputeFrom(apr, [undefined, null, null])).toEqual(apr);
  });
  it("the earliest delivery date typed, replaced or stored (a period ending in an earlier quarter)", () => {
    expect(ibuRecomputeFrom(apr, ["2026-01-10", null, "2026-02-01"])).toEqual({ tahun: 2026, bulan: 1 });
    expect(ibuRecomputeFrom(apr, ["2026-04-02"])).toEqual(apr);
  });
});

describe("balitaAgeRefusal", () => {
  it("opens the month the child is 24 months on the first day and closes on the fifth birthday", () => {
    const lahir = "2023-06-10";
    expect(balitaAgeRefusal(lahir, "2023-06-01")).toBe("before_birth");
    expect(balitaAgeRefusal(lahir, "2025-06-20")).toBe("not_balita_yet");
    expect(balitaAgeRefusal(lahir, "2025-07-01")).toBeNull();
    expect(balitaAgeRefusal(lahir, "2028-06-09")).toBeNull();
    expect(balitaAgeRefusal(lahir, "2028-06-10")).toBe("past_five");
  });
});
