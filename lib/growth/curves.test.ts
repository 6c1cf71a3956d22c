import { describe, expect, it } from "vitest";
import { loadGrowthTables } from "./tables";
import {
  chartMaxMonths,
  chartMonths,
  growthChartData,
  lengthCurves,
  weightCurves,
  weightForLengthCurves,
  type ChartMeasurement,
} from "./curves";

const tables = loadGrowthTables();
const day = (months: number) => Math.round(months * 30.4375);
const m = (months: number, beratKg: number | null, panjangKoreksiCm: number | null): ChartMeasurement => ({
  umurHari: day(months),
  beratKg,
  panjangKoreksiCm,
});

describe("growth charts to 60 months (lib/growth/curves.ts)", () => {
  it("x-axis: 24 months for a baby, the latest age rounded up after two, never past 60", () => {
    expect(chartMaxMonths([])).toBe(24);
    expect(chartMaxMonths([{ umurHari: 300 }, { umurHari: 700 }])).toBe(24);
    expect(chartMaxMonths([{ umurHari: 731 }])).toBe(25);
    expect(chartMaxMonths([{ umurHari: 100 }, { umurHari: 1000 }])).toBe(33); // 32.9 months
    expect(chartMaxMonths([{ umurHari: 1826 }])).toBe(60);
    expect(chartMaxMonths([{ umurHari: 1900 }])).toBe(60);
  });

  it("length/height-for-age steps from length (day 730) to height (day 731) at 24 months, as WHO's charts", () => {
    const baby = lengthCurves(tables, 1, 24);
    expect(baby.x).toHaveLength(25);
    expect(baby.x.at(-1)).toBe(24);
    expect(baby.lines[0].at(-1)).toBe(87.8); // boys' length median at 730 days: 87.8018
    const balita = lengthCurves(tables, 1, 36);
    expect(balita.x.filter((x) => x === 24)).toHaveLength(2);
    expect(balita.x).toHaveLength(38);
    const i = balita.x.indexOf(24);
    expect([balita.lines[0][i], balita.lines[0][i + 1]]).toEqual([87.8, 87.1]); // height median at 731: 87.1303
    expect(balita.x.at(-1)).toBe(36);
  });

  it("weight-for-age reaches 60 months (day 1826)", () => {
    const w = weightCurves(tables, 2, 60);
    expect(w.x).toHaveLength(61);
    expect(w.lines[0].at(-1)).toBe(18.2); // girls' median at 1826 days: 18.2179
    expect(weightCurves(tables, 1, 60).lines[0].at(-1)).toBe(18.3); // boys: 18.3352
    for (const z of [-3, -2, 0, 2, 3] as const) expect(w.lines[z]).toHaveLength(61);
  });

  it("weight-for-height at whole centimetres, clipped to the table (65–120 cm)", () => {
    const c = weightForLengthCurves(tables, 1, true, 60, 130);
    expect(c.x[0]).toBe(65);
    expect(c.x.at(-1)).toBe(120);
    expect(c.lines[0][c.x.indexOf(90)]).toBe(12.9); // boys' median at 90 cm: 12.8864
    const l = weightForLengthCurves(tables, 1, false, 40, 200);
    expect([l.x[0], l.x.at(-1)]).toEqual([45, 110]);
  });

  it("a child measured from 10 to 40 months: both age charts to 40, weight-for-length before two, -height after", () => {
    const data = growthChartData(tables, 1, [
      m(10, 8.9, 72.3),
      m(20, 10.9, 83.1),
      m(30, 12.5, 89.9),
      m(40, 14.1, 97.2),
      m(41, 14.3, null), // weighed only
    ]);
    expect(data.maxMonths).toBe(41);
    expect(data.length.x.at(-1)).toBe(41);
    expect(data.weight.x.at(-1)).toBe(41);
    expect(data.lengthPoints.map((p) => p.y)).toEqual([72.3, 83.1, 89.9, 97.2]);
    expect(data.weightPoints.map((p) => p.x)).toEqual([10, 20, 30, 40, 41].map((mo) => chartMonths(day(mo))));
    expect(data.forLength.map((c) => c.standing)).toEqual([false, true]);
    const [lying, standing] = data.forLength;
    expect(lying.points).toEqual([
      { x: 72.3, y: 8.9 },
      { x: 83.1, y: 10.9 },
    ]);
    expect(standing.points).toEqual([
      { x: 89.9, y: 12.5 },
      { x: 97.2, y: 14.1 },
    ]);
    // A few centimetres either side of the points.
    expect([standing.curves.x[0], standing.curves.x.at(-1)]).toEqual([84, 103]);
    expect([lying.curves.x[0], lying.curves.x.at(-1)]).toEqual([67, 89]);
  });

  it("a balita registered at 30 months: weight-for-height only; a baby: weight-for-length only, 24-month axis", () => {
    const balita = growthChartData(tables, 2, [m(30, 11.8, 88.4), m(31, 12, 89)]);
    expect(balita.maxMonths).toBe(31);
    expect(balita.forLength.map((c) => c.standing)).toEqual([true]);
    const baby = growthChartData(tables, 2, [m(3, 5.6, 59.5)]);
    expect(baby.maxMonths).toBe(24);
    expect(baby.forLength.map((c) => c.standing)).toEqual([false]);
    expect(baby.length.x.filter((x) => x === 24)).toHaveLength(1);
  });
});
