import { describe, expect, it } from "vitest";
import { periodKey, periodsOfDate } from "./growth-periods";
import { parseDashboardPeriod } from "./period";

describe("growth roll-up periods", () => {
  it("a date falls in its month, quarter and year, with calendar bounds", () => {
    expect(periodsOfDate("2024-02-29")).toEqual([
      { key: "2024-02", from: "2024-02-01", to: "2024-02-29" },
      { key: "2024-T1", from: "2024-01-01", to: "2024-03-31" },
      { key: "2024", from: "2024-01-01", to: "2024-12-31" },
    ]);
    expect(periodsOfDate("2026-11-22").map((p) => p.key)).toEqual(["2026-11", "2026-T4", "2026"]);
  });

  it("every dashboard period has a key whose bounds are the period's own", () => {
    const now = { tahun: 2026, bulan: 11 };
    for (const sp of [
      {},
      { periode: "bulan", tahun: "2025", nilai: "2" },
      { periode: "triwulan", tahun: "2026", nilai: "3" },
      { periode: "tahun", tahun: "2025" },
    ]) {
      const p = parseDashboardPeriod(sp, now);
      const key = periodKey(p);
      const match = periodsOfDate(p.from).find((g) => g.key === key)!;
      expect(match, key).toBeDefined();
      expect([match.from, match.to]).toEqual([p.from, p.to]);
    }
  });
});
