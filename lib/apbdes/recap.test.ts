import { describe, expect, it } from "vitest";
import { filterAndSortRecap, paketSeries, parseRecapParams, type RecapRow } from "./recap";

const row = (nama: string, over: Partial<RecapRow> = {}): RecapRow => ({
  kode: `19.05.01.${nama}`,
  nama,
  kecamatan: "Mentok",
  status: "disetujui",
  versi: "murni",
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
    });
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
});
