import type { GrowthTables, LmsKeyKind } from "./lms";

/** The WHO LMS reference files (db/reference/who-growth/) behind each table, and how their key column is read.
 * Pure: shared by the server's loader (tables.ts), the tables' route for the phone (app/api/luring/who) and the
 * phone's loader (client-tables.ts). */
export const WHO_TABLE_FILES: Readonly<Record<keyof GrowthTables, { file: string; key: LmsKeyKind }>> = {
  lengthHeightForAge: { file: "length-height-for-age.csv", key: "days" },
  weightForAge: { file: "weight-for-age.csv", key: "days" },
  weightForLength: { file: "weight-for-length.csv", key: "tenths" },
  weightForHeight: { file: "weight-for-height.csv", key: "tenths" },
  bmiForAge: { file: "bmi-for-age.csv", key: "days" },
};

export const WHO_TABLE_NAMES = Object.keys(WHO_TABLE_FILES) as ReadonlyArray<keyof GrowthTables>;
