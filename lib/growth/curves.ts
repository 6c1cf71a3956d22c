import type { GrowthTables, LmsTable, WhoSexCode } from "./lms";
import { lmsValueAt } from "./zscore";

export const CURVE_Z = [-3, -2, 0, 2, 3] as const;

export type GrowthCurves = {
  /** Age in months at each point. */
  months: number[];
  /** z → value at each month (cm or kg). */
  lines: Record<(typeof CURVE_Z)[number], number[]>;
};

/** WHO reference lines (−3, −2, median, +2, +3 SD) at whole months, for drawing behind a child's points. */
export function curvesForAge(table: LmsTable, sex: WhoSexCode, maxMonths: number): GrowthCurves {
  const months: number[] = [];
  const lines = { [-3]: [], [-2]: [], [0]: [], [2]: [], [3]: [] } as unknown as GrowthCurves["lines"];
  for (let m = 0; m <= maxMonths; m++) {
    const lms = table.get(sex, Math.round(m * 30.4375));
    if (!lms) break;
    months.push(m);
    for (const z of CURVE_Z) lines[z].push(Math.round(lmsValueAt(z, lms) * 10) / 10);
  }
  return { months, lines };
}

export function lengthCurves(tables: GrowthTables, sex: WhoSexCode, maxMonths: number) {
  return curvesForAge(tables.lengthHeightForAge, sex, maxMonths);
}

export function weightCurves(tables: GrowthTables, sex: WhoSexCode, maxMonths: number) {
  return curvesForAge(tables.weightForAge, sex, maxMonths);
}
