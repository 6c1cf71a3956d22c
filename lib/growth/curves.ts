import type { GrowthTables, LmsTable, WhoSexCode } from "./lms";
import { lmsValueAt } from "./zscore";

/* The data behind the child's growth charts (app/(portal)/wilayah/[kode]/sasaran/[id]/growth-section.tsx, also drawn
 * by the offline shell): the WHO reference lines and the child's points, to 60 months. Pure; the tables are handed
 * in (the server reads them from disk, the phone downloads them). */

export const CURVE_Z = [-3, -2, 0, 2, 3] as const;

/** Days in a month as WHO's charts count them (365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375;
/** The last day measured lying in the WHO standards (length 0–730 days, height from 731). */
const LAST_LYING_DAY = 730;
/** The charts end at 60 months (day 1826, the last day of the z-scores and of the length/height table). */
export const MAX_CHART_MONTHS = 60;

export type GrowthCurves = {
  /** x of each point: age in months, or length/height in cm. */
  x: number[];
  /** z → value at each x (cm or kg). */
  lines: Record<(typeof CURVE_Z)[number], number[]>;
};

const emptyLines = () => ({ [-3]: [], [-2]: [], [0]: [], [2]: [], [3]: [] }) as unknown as GrowthCurves["lines"];

/** The five lines at the given (x, table key) points; a key outside the table ends the lines. */
function curvesAt(table: LmsTable, sex: WhoSexCode, at: ReadonlyArray<readonly [number, number]>): GrowthCurves {
  const x: number[] = [];
  const lines = emptyLines();
  for (const [xv, key] of at) {
    const lms = table.get(sex, key);
    if (!lms) break;
    x.push(xv);
    for (const z of CURVE_Z) lines[z].push(Math.round(lmsValueAt(z, lms) * 10) / 10);
  }
  return { x, lines };
}

/** Whole months 0…maxMonths with the day each is read at. */
const monthPoints = (maxMonths: number) =>
  Array.from({ length: maxMonths + 1 }, (_, m) => [m, Math.round(m * DAYS_PER_MONTH)] as const);

/** WHO reference lines (−3, −2, median, +2, +3 SD) of an age table at whole months, for drawing behind a child's
 * points. */
export function curvesForAge(table: LmsTable, sex: WhoSexCode, maxMonths: number): GrowthCurves {
  return curvesAt(table, sex, monthPoints(maxMonths));
}

/** Length/height-for-age: length (lying) to 24 months, height (standing) from 24, as WHO's charts draw it — at 24
 * months the lines step down from the length standard (day 730) to the height standard (day 731), about 0.7 cm. */
export function lengthCurves(tables: GrowthTables, sex: WhoSexCode, maxMonths: number) {
  const points = monthPoints(maxMonths).flatMap(([m, day]): Array<readonly [number, number]> =>
    m === 24 ? [[24, LAST_LYING_DAY], ...(maxMonths > 24 ? [[24, LAST_LYING_DAY + 1] as const] : [])] : [[m, day]],
  );
  return curvesAt(tables.lengthHeightForAge, sex, points);
}

export function weightCurves(tables: GrowthTables, sex: WhoSexCode, maxMonths: number) {
  return curvesForAge(tables.weightForAge, sex, maxMonths);
}

/** Weight-for-length (under 24 months: the lying standard, 45–110 cm) or weight-for-height (24 months and over:
 * 65–120 cm) at whole centimetres from `fromCm` to `toCm`, clipped to the table. */
export function weightForLengthCurves(
  tables: GrowthTables,
  sex: WhoSexCode,
  standing: boolean,
  fromCm: number,
  toCm: number,
): GrowthCurves {
  const table = standing ? tables.weightForHeight : tables.weightForLength;
  const lo = Math.max(Math.ceil(table.minKey / 10), Math.floor(fromCm));
  const hi = Math.min(Math.floor(table.maxKey / 10), Math.ceil(toCm));
  const at = Array.from({ length: Math.max(0, hi - lo + 1) }, (_, i) => [lo + i, (lo + i) * 10] as const);
  return curvesAt(table, sex, at);
}

export type ChartMeasurement = {
  umurHari: number;
  beratKg: number | null;
  /** Length/height corrected to the standard of the age (±0.7 cm, lib/growth/measure.ts): what the lines are of. */
  panjangKoreksiCm: number | null;
};

export type ChartPoint = { x: number; y: number };

/** Age in months (one decimal) as the charts' x-axis counts it. */
export const chartMonths = (days: number) => Math.round((days / DAYS_PER_MONTH) * 10) / 10;

/** The x-axis of the age charts: 24 months while every measurement is under two (the 0–2 charts), else the latest
 * measurement's age (as the axis shows it, one decimal) rounded up, at least 25 (the height lines start at 24), at
 * most 60. */
export function chartMaxMonths(measurements: ReadonlyArray<{ umurHari: number }>): number {
  const oldest = Math.max(0, ...measurements.map((m) => m.umurHari));
  if (oldest <= LAST_LYING_DAY) return 24;
  return Math.min(MAX_CHART_MONTHS, Math.max(25, Math.ceil(chartMonths(oldest))));
}

/** Both curve sets of weight-for-length/height with the child's points on each; a set without points is left out
 * (a baby's page shows weight-for-length only, a balita's measured only after two weight-for-height only). */
export type WeightForLengthChart = { standing: boolean; curves: GrowthCurves; points: ChartPoint[] };

/** Everything the growth section draws for one child: the age charts to `maxMonths` and the weight-for-length
 * (under 731 days) and weight-for-height (from 731 days) charts, each over the range its points need. */
export function growthChartData(tables: GrowthTables, sex: WhoSexCode, measurements: ReadonlyArray<ChartMeasurement>) {
  const maxMonths = chartMaxMonths(measurements);
  const inRange = measurements.filter((m) => chartMonths(m.umurHari) <= maxMonths);
  const length = lengthCurves(tables, sex, maxMonths);
  const weight = weightCurves(tables, sex, maxMonths);
  const lengthPoints = inRange
    .filter((m) => m.panjangKoreksiCm !== null)
    .map((m) => ({ x: chartMonths(m.umurHari), y: m.panjangKoreksiCm! }));
  const weightPoints = inRange
    .filter((m) => m.beratKg !== null)
    .map((m) => ({ x: chartMonths(m.umurHari), y: m.beratKg! }));
  const forLength: WeightForLengthChart[] = [false, true].flatMap((standing) => {
    const points = inRange
      .filter((m) => m.beratKg !== null && m.panjangKoreksiCm !== null && m.umurHari > LAST_LYING_DAY === standing)
      .map((m) => ({ x: Math.round(m.panjangKoreksiCm! * 10) / 10, y: m.beratKg! }));
    if (!points.length) return [];
    const xs = points.map((p) => p.x);
    // A few centimetres either side of the child's lengths, so the lines frame the points.
    const curves = weightForLengthCurves(tables, sex, standing, Math.min(...xs) - 5, Math.max(...xs) + 5);
    if (!curves.x.length) return [];
    return [{ standing, curves, points: points.filter((p) => p.x >= curves.x[0] && p.x <= curves.x.at(-1)!) }];
  });
  return { maxMonths, length, weight, lengthPoints, weightPoints, forLength };
}
