import { describe, expect, it } from "vitest";
import { visitRecord } from "./home-visit";

const ibu = { jenis: "ibu" as const, aktif: true, tanggalLahir: "1995-01-01", tanggalMelahirkan: null, posyanduId: 7 };
const anak = {
  jenis: "anak" as const,
  aktif: true,
  tanggalLahir: "2026-01-15",
  tanggalMelahirkan: null,
  posyanduId: 7,
};

describe("a home visit's record for a month with none", () => {
  it("records the visit and the last known status, nothing else", () => {
    expect(visitRecord(ibu, "2026-06-10", { statusKehamilan: "kek", statusGizi: null })).toEqual({
      jenis: "ibu",
      values: {
        tanggalPeriksa: "2026-06-10",
        posyanduId: 7,
        kunjunganRumah: true,
        statusKehamilan: "kek",
        tanggalMelahirkan: null,
      },
    });
    expect(visitRecord(anak, "2026-06-10", null)).toEqual({
      jenis: "anak",
      values: { tanggalPeriksa: "2026-06-10", posyanduId: 7, kunjunganRumah: true, statusGizi: null, umurBulan: 4 },
    });
  });

  it("carries the last record's household and document answers, so next month's form starts from them", () => {
    const last = { statusKehamilan: null, statusGizi: "N" as const, carried: { airBersih: true as const } };
    expect(visitRecord(anak, "2026-06-10", last)?.values).toMatchObject({ airBersih: true, kunjunganRumah: true });
    expect(visitRecord(anak, "2026-06-10", { ...last, carried: {} })?.values).not.toHaveProperty("airBersih");
  });

  it("copies a delivery made by the end of the month", () => {
    const delivered = { ...ibu, tanggalMelahirkan: "2026-06-25" };
    expect(visitRecord(delivered, "2026-06-10", null)?.values).toMatchObject({ tanggalMelahirkan: "2026-06-25" });
    expect(visitRecord(delivered, "2026-05-30", null)?.values).toMatchObject({ tanggalMelahirkan: null });
  });

  it("ticks nothing for an inactive target or a child outside its 2B window", () => {
    expect(visitRecord({ ...ibu, aktif: false }, "2026-06-10", null)).toBeNull();
    expect(visitRecord(anak, "2026-01-10", null)).toBeNull();
    expect(visitRecord({ ...anak, tanggalLahir: "2023-01-01" }, "2026-06-10", null)).toBeNull();
  });
});
