import { describe, expect, it } from "vitest";
import { budgetByPaket, filterAndSortRecap, paketSeries, parseRecapParams, type RecapRow } from "./recap";

const row = (nama: string, over: Partial<RecapRow> = {}): RecapRow => ({
  kode: `19.05.01.${nama}`,
  nama,
  kecamatan: "Mentok",
  status: "disetujui",
  versi: "murni",
  hasBudget: over.status !== null,
  pending: null,
  pagu: 100,
  realisasi: 50,
  stuntingPagu: 10,
  stuntingRealisasi: 5,
  insentifKpm: true,
  sasaran: 10,
  ...over,
});

const ROWS = [
  row("Air Putih", { stuntingPagu: 30 }),
  row("Belo Laut", { status: "draft", insentifKpm: false, stuntingPagu: 50, pagu: 1000 }),
  row("Air Limau", { status: null, versi: null, pagu: 0, realisasi: 0, stuntingPagu: 0, sasaran: 0 }),
];

describe("recap table state", () => {
  it("falls back to defaults for malformed URL values", () => {
    expect(parseRecapParams({ sort: "drop table", dir: "up", status: "x", q: "air" })).toEqual({
      q: "air",
      sort: undefined,
      dir: undefined,
      status: undefined,
      insentif: undefined,
      draf: undefined,
    });
    expect(parseRecapParams({ draf: "1" }).draf).toBe(true);
    expect(parseRecapParams({ draf: "ya" }).draf).toBeUndefined();
  });

  it("filters by name, status (including none yet) and KPM incentive", () => {
    expect(filterAndSortRecap(ROWS, { q: "air" }).map((r) => r.nama)).toEqual(["Air Limau", "Air Putih"]);
    expect(filterAndSortRecap(ROWS, { status: "belum" }).map((r) => r.nama)).toEqual(["Air Limau"]);
    expect(filterAndSortRecap(ROWS, { insentif: "tidak" }).map((r) => r.nama)).toEqual(["Belo Laut"]);
  });

  it("sorts by share with empty budgets last in both directions", () => {
    expect(filterAndSortRecap(ROWS, { sort: "share", dir: "desc" }).map((r) => r.nama)).toEqual([
      "Air Putih",
      "Belo Laut",
      "Air Limau",
    ]);
    expect(filterAndSortRecap(ROWS, { sort: "share", dir: "asc" }).map((r) => r.nama)).toEqual([
      "Belo Laut",
      "Air Putih",
      "Air Limau",
    ]);
    expect(filterAndSortRecap(ROWS, { sort: "pagu", dir: "desc" })[0].nama).toBe("Belo Laut");
  });

  it("builds stacked chart series per paket, dropping empty paket", () => {
    const s = paketSeries(ROWS.slice(0, 2), [
      { kodeWilayah: ROWS[0].kode, paket: "gizi", pagu: 20 },
      { kodeWilayah: ROWS[0].kode, paket: "kia", pagu: 10 },
      { kodeWilayah: ROWS[1].kode, paket: "gizi", pagu: 50 },
    ]);
    expect(s.labels).toEqual(["Air Putih", "Belo Laut"]);
    expect(s.series.map((x) => [x.key, x.data])).toEqual([
      ["kia", [10, 0]],
      ["gizi", [20, 50]],
    ]);
  });

  it("a status filter also finds a newer version waiting for approval", () => {
    const rows = [
      row("Air Belo", { pending: "draft" }),
      row("Belo Laut", { status: null, hasBudget: false, pending: "diajukan" }),
    ];
    expect(filterAndSortRecap(rows, { status: "draft" }).map((r) => r.nama)).toEqual(["Air Belo"]);
    expect(filterAndSortRecap(rows, { status: "diajukan" }).map((r) => r.nama)).toEqual(["Belo Laut"]);
    expect(filterAndSortRecap(rows, { status: "belum" }).map((r) => r.nama)).toEqual(["Belo Laut"]);
  });

  it("pools the budget chart per paket in paket order", () => {
    expect(
      budgetByPaket([
        { paket: "", pagu: 5 },
        { paket: "gizi", pagu: 20 },
        { paket: "kia", pagu: 10 },
        { paket: "gizi", pagu: 50 },
      ]),
    ).toEqual([
      { paket: "kia", pagu: 10 },
      { paket: "gizi", pagu: 70 },
      { paket: "", pagu: 5 },
    ]);
  });
});
