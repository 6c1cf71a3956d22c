import { describe, expect, it } from "vitest";
import { desaTable } from "./desa-table";

const row = (
  kode: string,
  stunted: number,
  measured: number,
  diterima: number,
  seharusnya: number,
  dinilai: number,
) => ({
  kode,
  nama: kode,
  kecamatan: "K",
  sasaran: measured,
  anak: measured,
  anakDiukur: measured,
  anakPopulasi: measured,
  measured,
  stunted,
  measured59: measured * 2,
  stunted59: stunted,
  whzN59: 0,
  wasted59: 0,
  overweight59: 0,
  wazN59: 0,
  underweight59: 0,
  diterima,
  seharusnya,
  dinilai,
  stuntingPagu: null,
  sasaranAnggaran: 0,
  weakest: null,
  weakestY: 0,
  weakestN: 0,
  wajib: 0,
  tercatat: 0,
  tepatWaktu: 0,
  approvedQuarters: 0,
  draftQuarters: 0,
});

describe("desa table ranking", () => {
  const rows = [
    row("A", 1, 20, 18, 20, 12),
    row("B", 2, 20, 16, 20, 12),
    row("C", 3, 20, 14, 20, 12),
    row("D", 4, 20, 12, 20, 12),
    // The worst on both figures, but only 5 children measured and 4 results: not ranked, shown as such.
    row("E", 5, 5, 0, 20, 4),
  ];
  it("marks the worst quartile among desa reaching the minimum and flags the others as not ranked", () => {
    const t = desaTable(rows, 1, { minimum: 10, pageSize: 10 }).rows;
    const by = new Map(t.map((r) => [r.kode, r]));
    expect(by.get("E")).toMatchObject({
      worstStunting: false,
      worstKonvergensi: false,
      unrankedStunting: true,
      unrankedKonvergensi: true,
    });
    expect(by.get("D")).toMatchObject({ worstStunting: true, worstKonvergensi: true, unrankedStunting: false });
    // Without a minimum E is ranked (and marked).
    const all = new Map(desaTable(rows, 1, { pageSize: 10 }).rows.map((r) => [r.kode, r]));
    expect(all.get("E")).toMatchObject({ worstStunting: true, worstKonvergensi: true, unrankedStunting: false });
  });

  it("sorts by the 0–59 stunting prevalence (stunted59 ÷ measured59), a desa without measurements last", () => {
    const zero = { ...row("Z", 0, 0, 0, 0, 0), measured59: 0 };
    // stunted59/measured59: A 1/40, B 2/40, C 3/40, D 4/40, E 5/10.
    const desc = desaTable([...rows, zero], 1, { sort: "stunting059", dir: "desc", pageSize: 10 }).rows;
    expect(desc.map((r) => r.kode)).toEqual(["E", "D", "C", "B", "A", "Z"]);
    const asc = desaTable([...rows, zero], 1, { sort: "stunting059", dir: "asc", pageSize: 10 }).rows;
    expect(asc.map((r) => r.kode)).toEqual(["A", "B", "C", "D", "E", "Z"]);
  });
});
