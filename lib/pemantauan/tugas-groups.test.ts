import { describe, expect, it } from "vitest";
import { RESOLVED_BY_A_SAVE, tugasGroups, type Tugas } from "./tugas-groups";

const empty: Tugas = {
  belumDicatat: [],
  belumDitimbang: [],
  duaT: [],
  kunjunganRumah: [],
  lewatHpl: [],
  segeraLulus: [],
};

describe("Tugas bulan ini: BBLR group", () => {
  it("lists BBLR babies with their birth weight, linking to the month's form", () => {
    const groups = tugasGroups(
      { ...empty, bblr: [{ id: 7, nama: "Bayi", detail: "2.30" }] },
      "19.05.01.2004",
      "2026-12",
    );
    const g = groups.find((x) => x.key === "bblr")!;
    expect(g.title).toBe("Bayi BBLR perlu dipantau (berat lahir < 2.500 g, belum ditimbang bulan ini)");
    expect(g.items).toHaveLength(1);
    expect(g.href(7)).toBe("/wilayah/19.05.01.2004/pemantauan/7?bulan=2026-12");
    expect(g.detail!(g.items[0])).toBe("BBLR, berat lahir 2,3 kg");
    expect(RESOLVED_BY_A_SAVE.has("bblr")).toBe(true);
  });

  it("a list downloaded before the group existed shows it empty", () => {
    expect(tugasGroups(empty, "19.05.01.2004", "2026-12").find((x) => x.key === "bblr")?.items).toEqual([]);
  });
});

describe("Tugas bulan ini: balita 24–59 months", () => {
  const kode = "19.05.01.2004";
  it("three groups with their titles, each linking to the month's form, with the weights and the categories", () => {
    const groups = tugasGroups(
      {
        ...empty,
        balitaBelumDitimbang: [{ id: 1, nama: "Ani" }],
        balitaDuaT: [{ id: 2, nama: "Budi", detail: "12.40|12.40|12.30" }],
        balitaKunjungan: [{ id: 3, nama: "Citra", detail: "anak: pendek gizi_kurang" }],
      },
      kode,
      "2026-12",
    );
    const by = (key: string) => groups.find((g) => g.key === key)!;
    expect(by("balita-belum-ditimbang").title).toBe("Balita belum ditimbang bulan ini");
    expect(by("balita-dua-t").title).toBe("Balita 2T — rujuk ke Puskesmas");
    expect(by("balita-kunjungan").title).toBe("Balita pendek/gizi kurang tanpa kunjungan rumah atau rujukan");
    for (const key of ["balita-belum-ditimbang", "balita-dua-t", "balita-kunjungan"]) {
      expect(by(key).items).toHaveLength(1);
      expect(by(key).href(9)).toBe(`/wilayah/${kode}/pemantauan/9?bulan=2026-12`);
    }
    expect(by("balita-dua-t").detail!(by("balita-dua-t").items[0])).toBe("12,4 → 12,4 → 12,3 kg");
    expect(by("balita-kunjungan").detail!(by("balita-kunjungan").items[0])).toBe("Anak: Pendek, Gizi kurang");
  });

  it("a list downloaded before the balita groups existed shows them empty", () => {
    const groups = tugasGroups(empty, kode, "2026-12");
    expect(groups.filter((g) => g.key.startsWith("balita-")).map((g) => g.items)).toEqual([[], [], []]);
  });
});
