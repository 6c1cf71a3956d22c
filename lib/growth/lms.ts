/**
 * LMS reference tables — pure types, CSV parsing and lookup structures.
 *
 * No I/O here: `tables.ts` reads the CSV files and hands their text to
 * `parseLmsCsv`. Everything in this file also works in the browser.
 */

/** WHO sex coding used inside the tables: 1 = male (laki-laki), 2 = female (perempuan). */
export type WhoSexCode = 1 | 2;

/** One row of an LMS table: Box-Cox power L, median M, coefficient of variation S. */
export interface Lms {
  readonly L: number;
  readonly M: number;
  readonly S: number;
}

/**
 * An LMS table keyed by sex and an integer key:
 * - age tables: age in whole days (0–1826);
 * - length/height tables: length in integer tenths of a cm (e.g. 45.0 cm → 450).
 */
export interface LmsTable {
  /** Smallest key present (same for both sexes). */
  readonly minKey: number;
  /** Largest key present (same for both sexes). */
  readonly maxKey: number;
  /** Row for (sex, key), or `undefined` when the key is outside the table. */
  get(sex: WhoSexCode, key: number): Lms | undefined;
}

/** The five WHO Child Growth Standards tables used by `computeGrowth`. */
export interface GrowthTables {
  /** length/height-for-age, keyed by age in days. */
  readonly lengthHeightForAge: LmsTable;
  /** weight-for-age, keyed by age in days. */
  readonly weightForAge: LmsTable;
  /** weight-for-length (children < 731 days), keyed by length in tenths of a cm (450–1100). */
  readonly weightForLength: LmsTable;
  /** weight-for-height (children ≥ 731 days), keyed by height in tenths of a cm (650–1200). */
  readonly weightForHeight: LmsTable;
  /** BMI-for-age, keyed by age in days. */
  readonly bmiForAge: LmsTable;
}

/** How the key column of a CSV is turned into an integer key. */
export type LmsKeyKind = "days" | "tenths";

/** Key in integer tenths of a cm, robust to floating-point noise (77.7 → 777). */
export function cmToTenths(cm: number): number {
  return Math.round(cm * 10);
}

/**
 * Builds a lookup from rows. Storage: one Float64Array per sex and column,
 * indexed by `key - minKey`; missing keys hold NaN.
 */
export function createLmsTable(
  rows: ReadonlyArray<{ sex: WhoSexCode; key: number; L: number; M: number; S: number }>,
): LmsTable {
  if (rows.length === 0) throw new Error("LMS table is empty");
  let minKey = Number.POSITIVE_INFINITY;
  let maxKey = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    if (!Number.isInteger(r.key)) throw new Error(`LMS key is not an integer: ${r.key}`);
    if (r.key < minKey) minKey = r.key;
    if (r.key > maxKey) maxKey = r.key;
  }
  const size = maxKey - minKey + 1;
  const make = (): { L: Float64Array; M: Float64Array; S: Float64Array } => ({
    L: new Float64Array(size).fill(Number.NaN),
    M: new Float64Array(size).fill(Number.NaN),
    S: new Float64Array(size).fill(Number.NaN),
  });
  const bySex = { 1: make(), 2: make() } as const;
  for (const r of rows) {
    const cols = bySex[r.sex];
    const i = r.key - minKey;
    cols.L[i] = r.L;
    cols.M[i] = r.M;
    cols.S[i] = r.S;
  }
  return {
    minKey,
    maxKey,
    get(sex: WhoSexCode, key: number): Lms | undefined {
      if (!Number.isInteger(key) || key < minKey || key > maxKey) return undefined;
      const cols = bySex[sex];
      if (cols === undefined) return undefined;
      const i = key - minKey;
      const M = cols.M[i];
      if (Number.isNaN(M)) return undefined;
      return { L: cols.L[i], M, S: cols.S[i] };
    },
  };
}

/**
 * Parses a reference CSV (`sex,<key>,L,M,S`, one header line) into an `LmsTable`.
 * `keyKind` "days" expects integer days; "tenths" converts cm to integer tenths.
 */
export function parseLmsCsv(text: string, keyKind: LmsKeyKind): LmsTable {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? "").trim().split(",");
  if (header.length !== 5 || header[0] !== "sex" || header[2] !== "L" || header[3] !== "M" || header[4] !== "S") {
    throw new Error(`Unexpected LMS CSV header: ${lines[0] ?? ""}`);
  }
  const rows: Array<{ sex: WhoSexCode; key: number; L: number; M: number; S: number }> = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n].trim();
    if (line === "") continue;
    const parts = line.split(",");
    if (parts.length !== 5) throw new Error(`Bad LMS CSV line ${n + 1}: ${line}`);
    const sexNum = Number(parts[0]);
    if (sexNum !== 1 && sexNum !== 2) throw new Error(`Bad sex on LMS CSV line ${n + 1}: ${line}`);
    const rawKey = Number(parts[1]);
    const key = keyKind === "tenths" ? cmToTenths(rawKey) : rawKey;
    const L = Number(parts[2]);
    const M = Number(parts[3]);
    const S = Number(parts[4]);
    if (![rawKey, L, M, S].every(Number.isFinite)) throw new Error(`Bad number on LMS CSV line ${n + 1}: ${line}`);
    rows.push({ sex: sexNum, key, L, M, S });
  }
  return createLmsTable(rows);
}
