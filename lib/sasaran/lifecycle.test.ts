import { describe, expect, it } from "vitest";
import { deliveryRefusal, transferChanges } from "./lifecycle";
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
