import { describe, expect, it } from "vitest";
import { deliveryDateOf, monthInNifasWindow, nifasBasis, nifasQuarter, nifasVisits, nifasWindow } from "./nifas";

describe("nifas period (delivery .. delivery + 42 days)", () => {
  it("runs 42 days after the delivery, both ends included", () => {
    expect(nifasWindow("2026-01-10")).toEqual({ start: "2026-01-10", end: "2026-02-21" });
    expect(nifasWindow("2026-12-28")).toEqual({ start: "2026-12-28", end: "2027-02-08" });
  });

  it("a month belongs to it when they share a day", () => {
    const w = nifasWindow("2026-02-18"); // 18 Feb – 1 Apr
    expect(monthInNifasWindow({ tahun: 2026, bulan: 1 }, w)).toBe(false);
    expect(monthInNifasWindow({ tahun: 2026, bulan: 2 }, w)).toBe(true);
    expect(monthInNifasWindow({ tahun: 2026, bulan: 3 }, w)).toBe(true);
    expect(monthInNifasWindow({ tahun: 2026, bulan: 4 }, w)).toBe(true);
    expect(monthInNifasWindow({ tahun: 2026, bulan: 5 }, w)).toBe(false);
  });

  it("is judged in the quarter of its last day", () => {
    expect(nifasQuarter(nifasWindow("2026-02-17"))).toEqual({ tahun: 2026, triwulan: 1 });
    expect(nifasQuarter(nifasWindow("2026-02-18"))).toEqual({ tahun: 2026, triwulan: 2 });
    expect(nifasQuarter(nifasWindow("2026-12-28"))).toEqual({ tahun: 2027, triwulan: 1 });
  });

  it("sums the visits of the months it overlaps", () => {
    const w = nifasWindow("2026-01-25");
    const recs = [
      { tahun: 2025, bulan: 12, kunjunganNifas: 4 },
      { tahun: 2026, bulan: 1, kunjunganNifas: 1 },
      { tahun: 2026, bulan: 3, kunjunganNifas: 2 },
      { tahun: 2026, bulan: 4, kunjunganNifas: 3 },
    ];
    expect(nifasVisits(recs, w)).toBe(3);
  });

  it("takes the delivery date of her latest record that has one", () => {
    const recs = [
      { tahun: 2026, bulan: 3, tanggalMelahirkan: "2026-03-01" },
      { tahun: 2026, bulan: 5, tanggalMelahirkan: null },
      { tahun: 2026, bulan: 4, tanggalMelahirkan: "2026-03-02" },
    ];
    expect(deliveryDateOf(recs)).toBe("2026-03-02");
    expect(deliveryDateOf([])).toBeNull();
  });

  it("gives the basis of the judgement: visits and the period's last day", () => {
    const recs = [
      { tahun: 2026, bulan: 10, tanggalMelahirkan: null, kunjunganNifas: 0 },
      { tahun: 2026, bulan: 11, tanggalMelahirkan: "2026-11-05", kunjunganNifas: 2 },
      { tahun: 2026, bulan: 12, tanggalMelahirkan: "2026-11-05", kunjunganNifas: 1 },
    ];
    expect(nifasBasis(recs)).toEqual({ visits: 3, end: "2026-12-17" });
    expect(nifasBasis(recs.slice(0, 1))).toBeNull();
  });
});
