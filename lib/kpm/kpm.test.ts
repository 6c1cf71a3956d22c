import { describe, expect, it } from "vitest";
import { kpmWindow, trainingCutoff, windowMonths } from "./window";
import { parseKpmParams } from "./params";
import { kpmTable } from "./table";
import type { KpmKinerjaRow } from "./types";

describe("window", () => {
  it("covers the complete months before the current one", () => {
    const w = kpmWindow(3, "2026-02-10");
    expect(windowMonths(w)).toEqual(["2025-11", "2025-12", "2026-01"]);
    expect([w.from, w.to]).toEqual(["2025-11-01", "2026-01-31"]);
    expect(windowMonths(kpmWindow(12, "2026-01-01"))).toHaveLength(12);
  });

  it("training cutoff is the same day a year earlier", () => {
    expect(trainingCutoff("2026-05-10")).toBe("2025-05-10");
    expect(trainingCutoff("2028-02-29")).toBe("2027-02-28");
  });
});

describe("params", () => {
  it("falls back to 3 months and ignores unknown values", () => {
    expect(parseKpmParams({ bulan: "7", sort: "x", filter: "tanpa-pelatihan" })).toEqual({
      bulan: 3,
      filter: "tanpa-pelatihan",
    });
    expect(parseKpmParams({ bulan: "12", sort: "lapor", dir: "desc" })).toMatchObject({
      bulan: 12,
      sort: "lapor",
      dir: "desc",
    });
  });
});

describe("table", () => {
  const row = (o: Partial<KpmKinerjaRow>): KpmKinerjaRow => ({
    key: o.desaKode ?? "",
    kpmId: 1,
    kpmNama: "A",
    desaKode: "19.05.01.2004",
    desaNama: "Air Putih",
    desaJenis: "desa",
    kecamatanKode: "19.05.01",
    kecamatanNama: "Mentok",
    bulan: 3,
    wajibLapor: 30,
    tercatat: 30,
    tepatWaktu: 30,
    bulanLengkap: 3,
    bulanWajib: 3,
    sasaran: 10,
    kegiatan: { kie: 0, kunjungan_rumah: 0, koordinasi: 0, rembuk_stunting: 0, lainnya: 0 },
    kegiatanTotal: 0,
    pelatihanTerakhir: null,
    pelatihanTopik: null,
    pelatihan12Bulan: false,
    insentifKpm: "ya",
    ...o,
  });
  const rows = [
    row({ desaKode: "a", tercatat: 10 }),
    row({ desaKode: "b", tercatat: 30, pelatihan12Bulan: true }),
    row({ desaKode: "c", kpmId: null, kpmNama: null, tercatat: 20 }),
  ];

  it("sorts by completeness either way and filters", () => {
    expect(kpmTable(rows, { sort: "lapor" }).rows.map((r) => r.desaKode)).toEqual(["a", "c", "b"]);
    expect(kpmTable(rows, { sort: "lapor", dir: "desc" }).rows.map((r) => r.desaKode)).toEqual(["b", "c", "a"]);
    expect(kpmTable(rows, { filter: "tanpa-pelatihan" }).rows.map((r) => r.desaKode)).toEqual(["a"]);
    expect(kpmTable(rows, { filter: "tanpa-kpm" }).rows.map((r) => r.desaKode)).toEqual(["c"]);
  });

  it("puts desa without KPM last when sorting by activities", () => {
    expect(kpmTable(rows, { sort: "kegiatan", dir: "desc" }).rows.at(-1)!.desaKode).toBe("c");
  });
});
