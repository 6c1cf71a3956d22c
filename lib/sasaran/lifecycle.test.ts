import { describe, expect, it } from "vitest";
import { deactivationRefusal, deliveryRefusal, transferChanges } from "./lifecycle";
import { kategoriOf } from "./kategori";

describe("delivery", () => {
  const mother = { tanggalLahir: "1995-03-12" };

  it("cannot come before the mother's own birth", () => {
    expect(deliveryRefusal(mother, "1995-03-11")).toBe("before_birth");
    expect(deliveryRefusal(mother, "1995-03-12")).toBeNull();
    expect(deliveryRefusal(mother, "2025-06-01")).toBeNull();
  });

  it("makes a pregnant woman an ibu nifas from her delivery date", () => {
    const before = { jenis: "ibu" as const, tanggalLahir: "1995-03-12", tanggalMelahirkan: null };
    expect(kategoriOf(before, "2025-06-04")).toBe("ibu_hamil");
    expect(kategoriOf({ ...before, tanggalMelahirkan: "2025-06-01" }, "2025-06-04")).toBe("ibu_nifas");
  });
});

describe("move to another desa", () => {
  it("joins the new desa's posyandu; the KIA number and the household stay behind", () => {
    expect(transferChanges("19.05.01.2006", 12)).toEqual({
      kodeWilayah: "19.05.01.2006",
      posyanduId: 12,
      rumahTanggaId: null,
      noKia: null,
    });
  });
});

describe("a deactivation's date", () => {
  const child = {
    jenis: "anak" as const,
    tanggalLahir: "2026-03-10",
    terdaftar: "2026-04-01",
    lastRecord: "2026-09-12",
  };
  const today = "2026-12-02";

  it("not in the future; today is fine", () => {
    expect(deactivationRefusal(child, "2026-12-03", today)).toEqual({ reason: "future" });
    expect(deactivationRefusal(child, today, today)).toBeNull();
  });

  it("not before the registration (or the child's birth, when later)", () => {
    expect(deactivationRefusal(child, "2026-03-31", today)).toEqual({ reason: "before_start", start: "2026-04-01" });
    expect(deactivationRefusal({ ...child, terdaftar: "2026-01-01" }, "2026-03-09", today)).toEqual({
      reason: "before_start",
      start: "2026-03-10",
    });
  });

  it("not before a monthly record already kept; the record's own day is fine", () => {
    expect(deactivationRefusal(child, "2026-09-11", today)).toEqual({ reason: "records_after", last: "2026-09-12" });
    expect(deactivationRefusal(child, "2026-09-12", today)).toBeNull();
  });
});
