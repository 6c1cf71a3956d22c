import { describe, expect, it } from "vitest";
import { addYearsIso } from "@/lib/periods";
import {
  balitaRecordLastDay,
  kategoriOf,
  kelompokOnDate,
  monitoringGroupIn,
  secondBirthday,
  sixthBirthday,
  targetFrom,
} from "./kategori";

const anak = (tanggalLahir: string) => ({ jenis: "anak" as const, tanggalLahir, tanggalMelahirkan: null });

describe("ages by calendar (docs/indicators.md §0)", () => {
  it("0–23 months up to the day before the second birthday; PAUD from the second birthday", () => {
    const c = anak("2024-06-15");
    expect(kategoriOf(c, "2024-06-15")).toBe("anak_0_23");
    expect(kategoriOf(c, "2026-06-14")).toBe("anak_0_23");
    expect(kategoriOf(c, "2026-06-15")).toBe("anak_2_6_paud");
  });

  it("the 730-day rule was a day off: on the exact second birthday a child is no longer 0–23", () => {
    // 2023-03-01 → 2025-03-01 is 731 days (2024 is a leap year); 2024-03-01 → 2026-03-01 is 730.
    expect(kategoriOf(anak("2024-03-01"), "2026-03-01")).toBe("anak_2_6_paud");
    expect(kategoriOf(anak("2023-03-01"), "2025-02-28")).toBe("anak_0_23");
    expect(kategoriOf(anak("2023-03-01"), "2025-03-01")).toBe("anak_2_6_paud");
  });

  it("PAUD up to the day before the sixth birthday", () => {
    const c = anak("2020-09-30");
    expect(kategoriOf(c, "2026-09-29")).toBe("anak_2_6_paud");
    expect(kategoriOf(c, "2026-09-30")).toBe("anak_lulus");
  });

  it("born 29 February: the birthday of a common year is 28 February (as PostgreSQL's + interval)", () => {
    expect(addYearsIso("2024-02-29", 2)).toBe("2026-02-28");
    expect(addYearsIso("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYearsIso("2023-12-31", 2)).toBe("2025-12-31");
    expect(secondBirthday("2024-02-29")).toBe("2026-02-28");
    expect(sixthBirthday("2024-02-29")).toBe("2030-02-28");
    const c = anak("2024-02-29");
    expect(kategoriOf(c, "2026-02-27")).toBe("anak_0_23");
    expect(kategoriOf(c, "2026-02-28")).toBe("anak_2_6_paud");
  });
});

describe("mothers by date", () => {
  const ibu = { jenis: "ibu" as const, tanggalLahir: "1995-01-01", tanggalMelahirkan: "2026-05-10", hpl: "2026-05-20" };

  it("pregnant before the delivery date, nifas for 42 days after it, then done", () => {
    expect(kategoriOf(ibu, "2026-05-09")).toBe("ibu_hamil");
    expect(kategoriOf(ibu, "2026-05-10")).toBe("ibu_nifas");
    expect(kategoriOf(ibu, "2026-06-21")).toBe("ibu_nifas");
    expect(kategoriOf(ibu, "2026-06-22")).toBe("ibu_selesai");
  });

  it("in no group before the pregnancy began (HPL or delivery − 280 days, or registration if earlier)", () => {
    expect(targetFrom(ibu)).toBe("2025-08-03");
    expect(kelompokOnDate(ibu, "2025-08-02")).toBeNull();
    expect(kelompokOnDate(ibu, "2025-08-03")).toBe("ibu_hamil");
    expect(targetFrom({ ...ibu, terdaftar: "2025-07-01" })).toBe("2025-07-01");
    expect(kelompokOnDate(anak("2026-01-05"), "2026-01-04")).toBeNull();
    expect(kelompokOnDate(anak("2026-01-05"), "2026-01-05")).toBe("anak_0_23");
  });
});

describe("monitoringGroupIn", () => {
  it("keeps the month of the second birthday on 2B, then the balita record until the fifth birthday", () => {
    const lahir = "2023-06-10";
    expect(monitoringGroupIn(lahir, { tahun: 2023, bulan: 5 })).toBeNull();
    expect(monitoringGroupIn(lahir, { tahun: 2023, bulan: 6 })).toBe("anak_0_23");
    expect(monitoringGroupIn(lahir, { tahun: 2025, bulan: 6 })).toBe("anak_0_23");
    expect(monitoringGroupIn(lahir, { tahun: 2025, bulan: 7 })).toBe("balita_24_59");
    expect(monitoringGroupIn(lahir, { tahun: 2028, bulan: 6 })).toBe("balita_24_59");
    expect(monitoringGroupIn(lahir, { tahun: 2028, bulan: 7 })).toBeNull();
    expect(balitaRecordLastDay(lahir)).toBe("2028-06-09");
    // Born on the 1st: the fifth birthday is the month's first day, so that month is out.
    expect(monitoringGroupIn("2021-03-01", { tahun: 2026, bulan: 2 })).toBe("balita_24_59");
    expect(monitoringGroupIn("2021-03-01", { tahun: 2026, bulan: 3 })).toBeNull();
    // Two on the month's first day: the balita record from that month (the 2B list's rule, age on the 1st).
    expect(monitoringGroupIn("2021-03-01", { tahun: 2023, bulan: 3 })).toBe("balita_24_59");
    expect(monitoringGroupIn("2021-03-01", { tahun: 2023, bulan: 2 })).toBe("anak_0_23");
  });
});
