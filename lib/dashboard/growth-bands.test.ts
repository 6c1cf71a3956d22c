import { describe, expect, it } from "vitest";
import { poolGrowthBands, sumCounts, ZERO_COUNTS, type BandCounts } from "./growth-bands";

const row = (band: number, measured: number, stunted: number, whzN = 0, wasted = 0): BandCounts => ({
  ...ZERO_COUNTS,
  band,
  measured,
  stunted,
  whzN,
  wasted,
});

describe("poolGrowthBands (docs/indicators.md §3a)", () => {
  // Two desa: rows of the same band add up.
  const rows = [
    row(0, 10, 1, 9, 1),
    row(6, 20, 3),
    row(12, 30, 9),
    row(24, 40, 4, 40, 2),
    row(24, 10, 6),
    row(36, 5, 0),
    row(48, 1, 1),
  ];
  const out = poolGrowthBands(rows);

  it("gives the six bands in order with their months, a band without rows as zeros", () => {
    expect(out.bands.map((b) => [b.from, b.to])).toEqual([
      [0, 5],
      [6, 11],
      [12, 23],
      [24, 35],
      [36, 47],
      [48, 59],
    ]);
    expect(out.bands[3]).toMatchObject({ measured: 50, stunted: 10, whzN: 40, wasted: 2 });
    expect(poolGrowthBands([row(24, 3, 1)]).bands[0]).toMatchObject(ZERO_COUNTS);
  });

  it("pools each group as sums of numerators and denominators, not an average of percentages", () => {
    expect(out.groups["0-23"]).toMatchObject({ measured: 60, stunted: 13, whzN: 9, wasted: 1 });
    expect(out.groups["24-59"]).toMatchObject({ measured: 56, stunted: 11, whzN: 40, wasted: 2 });
    expect(out.groups["0-59"]).toMatchObject({ measured: 116, stunted: 24, whzN: 49, wasted: 3 });
    // The mean of the band percentages would be (10+15+30+20+0+100)/6 ≈ 29 %; the pooled figure is 24/116.
    expect(out.groups["0-59"].stunted / out.groups["0-59"].measured).toBeCloseTo(24 / 116);
    expect(sumCounts([out.groups["0-23"], out.groups["24-59"]])).toEqual(out.groups["0-59"]);
  });

  it("a row outside the bands counts nowhere", () => {
    expect(poolGrowthBands([row(60, 5, 5)]).groups["0-59"]).toEqual(ZERO_COUNTS);
  });
});
