import { describe, expect, it } from "vitest";
import { gapsWithoutMoney, paketCoverage, weakestIndicator, worstQuartile } from "./gaps";

const cov = (kode: string, key: string, y: number, applicable: number) => {
  const [kelompok, nomor] = key.split(":");
  return { kode, kelompok: kelompok as "ibu" | "anak" | "paud", nomor: Number(nomor), y, applicable };
};

describe("coverage per paket layanan", () => {
  it("pools Y and applicable over the paket's indicators; PAUD counts child indicator 10 and PAUD attendance", () => {
    const coverage = [
      cov("A", "anak:10", 3, 4),
      cov("B", "anak:10", 1, 2),
      cov("A", "paud:1", 5, 9),
      cov("A", "ibu:1", 7, 8),
    ];
    const byPaket = new Map(paketCoverage(coverage).map((p) => [p.paket, p]));
    expect(byPaket.get("paud")).toEqual({ paket: "paud", y: 9, applicable: 15 });
    expect([...byPaket.keys()]).toEqual(["kia", "gizi", "air_sanitasi", "perlindungan_sosial", "paud"]);
  });
});

describe("gaps without money", () => {
  it("flags low coverage with no tagged line and not a desa whose line names the indicator or its paket", () => {
    const coverage = [
      cov("A", "anak:6", 2, 10),
      cov("B", "anak:6", 2, 10),
      cov("C", "anak:6", 2, 10),
      cov("D", "anak:6", 9, 10),
    ];
    const funding = [
      { kodeWilayah: "B", indikator: ["anak:6"], paketLayanan: [] },
      { kodeWilayah: "C", indikator: [], paketLayanan: ["air_sanitasi"] },
      { kodeWilayah: "A", indikator: ["anak:2"], paketLayanan: ["kia"] },
    ];
    const gaps = gapsWithoutMoney(coverage, funding);
    expect(gaps.map((g) => g.kode)).toEqual(["A"]);
    expect(gaps[0]).toMatchObject({ key: "anak:6", affected: 8, paket: "air_sanitasi" });
  });
  it("a desa without an approved APBDes is a gap; sorted by children affected", () => {
    const gaps = gapsWithoutMoney([cov("X", "ibu:1", 1, 4), cov("Y", "anak:2", 0, 20)], []);
    expect(gaps.map((g) => [g.kode, g.affected])).toEqual([
      ["Y", 20],
      ["X", 3],
    ]);
  });
  it("respects the target and ignores indicators with nobody applicable", () => {
    expect(gapsWithoutMoney([cov("A", "anak:1", 8, 10)], [], 0.8)).toEqual([]);
    expect(gapsWithoutMoney([cov("A", "anak:1", 8, 10)], [], 0.9)).toHaveLength(1);
    expect(gapsWithoutMoney([cov("A", "anak:1", 0, 0)], [])).toEqual([]);
  });
});

describe("weakest indicator and worst quartile", () => {
  it("picks the lowest coverage per desa", () => {
    const w = weakestIndicator([cov("A", "anak:1", 9, 10), cov("A", "anak:2", 3, 10), cov("A", "ibu:1", 0, 0)]);
    expect(w.get("A")?.key).toBe("anak:2");
  });
  it("marks the worst quarter of values, never nulls", () => {
    expect(worstQuartile([0.1, 0.2, 0.3, 0.4, null], true)).toEqual([false, false, false, true, false]);
    expect(worstQuartile([0.1, 0.2, 0.3, 0.4, null], false)).toEqual([true, false, false, false, false]);
    expect(worstQuartile([0.1, 0.2], true)).toEqual([false, false]);
  });
});

describe("ranking only desa with enough targets (minimum)", () => {
  it("a desa below the minimum is never marked and does not move the cut", () => {
    // Five desa; E has the worst stunting but only 3 children measured.
    const values = [0.1, 0.2, 0.3, 0.4, 1];
    const measured = [20, 20, 20, 20, 3];
    expect(worstQuartile(values, true, measured, 10)).toEqual([false, false, false, true, false]);
    // Without the minimum, E is marked too.
    expect(worstQuartile(values, true, measured, 0)).toEqual([false, false, false, true, true]);
    // The minimum itself is enough: 10 children measured is ranked.
    expect(worstQuartile(values, true, [20, 20, 20, 20, 10], 10)[4]).toBe(true);
  });
  it("fewer than four ranked desa: nobody is marked", () => {
    expect(worstQuartile([0.1, 0.2, 0.3, 0.9], true, [20, 20, 20, 9], 10)).toEqual([false, false, false, false]);
  });
  it("weakest indicator only among indicators applying to at least the minimum", () => {
    const cov3 = [cov("A", "anak:1", 9, 12), cov("A", "anak:2", 0, 4), cov("B", "ibu:1", 1, 5)];
    const w = weakestIndicator(cov3, 10);
    expect(w.get("A")).toMatchObject({ key: "anak:1", y: 9, applicable: 12 });
    expect(w.has("B")).toBe(false);
    expect(weakestIndicator(cov3).get("A")?.key).toBe("anak:2");
  });
});
