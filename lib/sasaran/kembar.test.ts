import { describe, expect, it } from "vitest";
import { z } from "zod";
import { anakSchema } from "./schemas";
import { kembarOf, pickAnak, withKembar } from "./kembar";
import { newbornDefaults } from "./birth-defaults";

const TODAY = "2026-06-10";
const first = {
  kode: "19.05.01.2004",
  nama: "Bayi Satu",
  jenisKelamin: "L",
  tanggalLahir: "2026-06-01",
  posyanduId: "3",
  ibuId: "9",
  noKia: "KIA-B1",
};

const parse = (extra: Record<string, string>) => withKembar(anakSchema(TODAY)).safeParse({ ...first, ...extra });

describe("twins in one step", () => {
  it("registers the second and third babies with the first one's birth date, mother and posyandu", () => {
    const r = parse({ bayi2Nama: "Bayi Dua", bayi2JenisKelamin: "P", bayi2BeratLahirKg: "2,1", bayi2NoKia: "KIA-B2" });
    expect(r.success).toBe(true);
    const input = r.data as z.infer<ReturnType<typeof anakSchema>>;
    const twins = kembarOf(input);
    expect(twins).toHaveLength(1);
    expect(twins[0]).toMatchObject({
      n: 2,
      input: { nama: "Bayi Dua", jenisKelamin: "P", beratLahirKg: 2.1, noKia: "KIA-B2", tanggalLahir: "2026-06-01" },
    });
    expect(twins[0].input.ibuId).toBe(9);
    expect(Object.keys(twins[0].input).some((k) => k.startsWith("bayi"))).toBe(false);
    expect(Object.keys(pickAnak(input)).some((k) => k.startsWith("bayi"))).toBe(false);
  });

  it("needs a name and a sex for a started baby, and a KIA number and a name of its own", () => {
    const r = parse({ bayi2BeratLahirKg: "2,0", bayi3Nama: "bayi satu", bayi3JenisKelamin: "L", bayi3NoKia: "KIA-B1" });
    expect(r.success).toBe(false);
    const errors = z.flattenError(r.error!).fieldErrors as Record<string, string[]>;
    expect(Object.keys(errors).sort()).toEqual(["bayi2JenisKelamin", "bayi2Nama", "bayi3Nama", "bayi3NoKia"]);
  });

  it("an untouched twin box adds no baby", () => {
    const r = parse({ bayi2Nama: "", bayi2JenisKelamin: "", bayi3NoKia: "" });
    expect(r.success).toBe(true);
    expect(kembarOf(r.data as z.infer<ReturnType<typeof anakSchema>>)).toEqual([]);
  });
});

describe("newborn defaults from the mother", () => {
  it("brings her delivery date as the birth date, never her KIA number", () => {
    const d = newbornDefaults({ id: 9, rumahTanggaId: 4, posyanduId: 3, tanggalMelahirkan: "2026-06-01" });
    expect(d).toEqual({ ibuId: "9", rumahTanggaId: "4", posyanduId: "3", tanggalLahir: "2026-06-01" });
    expect(newbornDefaults({ id: 9, rumahTanggaId: null, posyanduId: 3, tanggalMelahirkan: null })).not.toHaveProperty(
      "tanggalLahir",
    );
  });
});
