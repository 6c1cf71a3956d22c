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
