import { describe, expect, it } from "vitest";
import { KBM_FROM_12, KBM_GRAMS, kbmGrams, kmsTrend, kmsTwoT } from "./kms";

// Born 15 January 2025: on 20 February 2025 the child is 1 month old, on 20 January 2026 12 months.
const LAHIR = "2025-01-15";
const w = (tanggalUkur: string, beratKg: number | null) => ({ tanggalUkur, beratKg });

describe("KBM table (Buku KIA 2023, Permenkes 155/2010)", () => {
  it("has the grams of the growth card per completed month", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(kbmGrams)).toEqual([
      800, 900, 800, 600, 500, 400, 300, 300, 300, 300, 300,
    ]);
    expect(kbmGrams(12)).toBe(200);
    expect(kbmGrams(35)).toBe(200);
    expect(kbmGrams(59)).toBe(200);
    expect(KBM_FROM_12).toBe(200);
    expect(Object.keys(KBM_GRAMS)).toHaveLength(11);
  });
  it("age 0 months: any gain counts", () => {
    expect(kbmGrams(0)).toBe(1);
  });
});

describe("kmsTrend (N/T)", () => {
  it("N when the gain reaches the KBM of the age at this weighing, T below it", () => {
    // 1 month (20 Feb 2025): KBM 800 g.
    expect(kmsTrend(w("2025-01-20", 3.2), w("2025-02-20", 4.0), LAHIR)).toBe("naik");
    expect(kmsTrend(w("2025-01-20", 3.2), w("2025-02-20", 3.9), LAHIR)).toBe("tidak_naik");
    // 2 months (15 Mar 2025, the day the month completes): KBM 900 g.
    expect(kmsTrend(w("2025-02-20", 4.0), w("2025-03-15", 4.9), LAHIR)).toBe("naik");
    expect(kmsTrend(w("2025-02-20", 4.0), w("2025-03-15", 4.8), LAHIR)).toBe("tidak_naik");
    // 1 month and 30 days (14 Mar 2025): still 1 month, KBM 800 g.
    expect(kmsTrend(w("2025-02-20", 4.0), w("2025-03-14", 4.8), LAHIR)).toBe("naik");
    // 8 months: 300 g.
    expect(kmsTrend(w("2025-08-20", 7.0), w("2025-09-20", 7.3), LAHIR)).toBe("naik");
    expect(kmsTrend(w("2025-08-20", 7.0), w("2025-09-20", 7.2), LAHIR)).toBe("tidak_naik");
    // 30 months: 200 g.
    expect(kmsTrend(w("2027-06-20", 12.0), w("2027-07-20", 12.2), LAHIR)).toBe("naik");
    expect(kmsTrend(w("2027-06-20", 12.0), w("2027-07-20", 12.1), LAHIR)).toBe("tidak_naik");
  });
  it("a gain below the KBM, the same weight and a loss are all T (no longer 'any gain is N')", () => {
    expect(kmsTrend(w("2026-01-20", 9.0), w("2026-02-20", 9.1), LAHIR)).toBe("tidak_naik");
    expect(kmsTrend(w("2026-01-20", 9.0), w("2026-02-20", 9.0), LAHIR)).toBe("tidak_naik");
    expect(kmsTrend(w("2026-01-20", 9.0), w("2026-02-20", 8.8), LAHIR)).toBe("tidak_naik");
  });
  it("age 0: any gain is N", () => {
    expect(kmsTrend(w("2024-12-31", 3.0), w("2025-01-31", 3.1), "2025-01-02")).toBe("naik");
    expect(kmsTrend(w("2024-12-31", 3.0), w("2025-01-31", 3.0), "2025-01-02")).toBe("tidak_naik");
  });
  it("compares in grams (no floating-point surprise)", () => {
    expect(kmsTrend(w("2026-01-20", 0.1 + 0.2), w("2026-02-20", 0.5), LAHIR)).toBe("naik");
    expect(kmsTrend(w("2026-01-20", 7.3), w("2026-02-20", 7.5), LAHIR)).toBe("naik");
  });
  it("neither N nor T without last month's weighing, a weight, or a previous weighing", () => {
    expect(kmsTrend(w("2025-12-20", 9.0), w("2026-02-20", 9.5), LAHIR)).toBeNull();
    expect(kmsTrend(w("2026-02-01", 9.0), w("2026-02-20", 9.5), LAHIR)).toBeNull();
    expect(kmsTrend(null, w("2026-02-20", 9), LAHIR)).toBeNull();
    expect(kmsTrend(w("2026-01-20", null), w("2026-02-20", 9), LAHIR)).toBeNull();
    expect(kmsTrend(w("2026-01-20", 9), w("2026-02-20", null), LAHIR)).toBeNull();
    // December → January across the year is "last month".
    // 11 months on 1 January 2026: KBM 300 g.
    expect(kmsTrend(w("2025-12-31", 9.0), w("2026-01-01", 9.3), LAHIR)).toBe("naik");
    expect(kmsTrend(w("2025-12-31", 9.0), w("2026-01-01", 9.2), LAHIR)).toBe("tidak_naik");
  });
});

describe("kmsTwoT", () => {
  it("T this month and T last month", () => {
    const ws = [w("2026-01-20", 9.0), w("2026-02-20", 9.1), w("2026-03-20", 9.1)];
    expect(kmsTwoT(ws, LAHIR)).toBe(true);
    // The last gain reaches the KBM: N this month.
    expect(kmsTwoT([...ws.slice(0, 2), w("2026-03-20", 9.3)], LAHIR)).toBe(false);
    // Last month was N.
    expect(kmsTwoT([w("2026-01-20", 8.8), ...ws.slice(1)], LAHIR)).toBe(false);
  });
  it("needs three weighings in consecutive months", () => {
    expect(kmsTwoT([w("2026-02-20", 9), w("2026-03-20", 9)], LAHIR)).toBe(false);
    expect(kmsTwoT([w("2025-12-20", 9), w("2026-02-20", 9), w("2026-03-20", 9)], LAHIR)).toBe(false);
    expect(kmsTwoT([w("2025-12-20", 9.5), w("2026-01-20", 9), w("2026-02-20", 9), w("2026-03-20", 9)], LAHIR)).toBe(
      true,
    );
  });
});
