/**
 * WHO Child Growth Standards (2006) z-scores, reproducing WHO Anthro / R `anthro` 1.1.x
 * at 2 decimals. The procedure is specified in `db/reference/who-growth/README.md`.
 *
 * Pure: every function takes the LMS tables as an argument (see `GrowthTables`);
 * the only I/O lives in `tables.ts`. Safe for client components if the caller
 * supplies the tables.
 */
import { ageInMonths } from "./age";
import { classifyBaz, classifyHaz, classifyWaz, classifyWhz, type GrowthCategories } from "./categories";
import type { GrowthTables, Lms, LmsTable, WhoSexCode } from "./lms";
import type { CaraUkur, JenisKelamin } from "@/lib/enums";

/**
 * Sex as recorded in Indonesian forms: "L" = laki-laki (male, WHO code 1),
 * "P" = perempuan (female, WHO code 2).
 */
export type Sex = JenisKelamin;

/** Measurement position: "terlentang" = lying (length, WHO "l"), "berdiri" = standing (height, WHO "h"). */
export type MeasurePosition = CaraUkur;

export interface GrowthInput {
  sex: Sex;
  /** Age in whole days at measurement (see `ageInDays`); null when unknown. */
  ageDays: number | null;
  weightKg: number | null;
  /** Length/height as measured (before the 0.7 cm correction). */
  lengthCm: number | null;
  /** Position used; null when unknown (then assumed to match the age, no correction). */
  measured: MeasurePosition | null;
  /** Bilateral pitting oedema: when true, WAZ, WHZ and BAZ are not computed. */
  oedema: boolean;
}

/** Per-index z-scores. */
export interface ZScores {
  haz: number | null;
  waz: number | null;
  whz: number | null;
  baz: number | null;
}

/** WHO plausibility limits of each z-score, inclusive (WHO Anthro / `anthro` R package flags): outside them the
 * z-score is flagged implausible and left out of every prevalence. The one copy of these numbers: `flagsFor` below
 * and the growth roll-up's SQL (db/rollups/growth.ts) both read it. */
export const PLAUSIBLE_Z = {
  haz: { min: -6, max: 6 },
  waz: { min: -6, max: 5 },
  whz: { min: -5, max: 5 },
  baz: { min: -5, max: 5 },
} as const satisfies Record<keyof ZScores, { min: number; max: number }>;

/** Whether a (rounded) z-score lies outside WHO's plausibility limits for its index. */
export function isImplausible(index: keyof ZScores, z: number | null): boolean {
  return z !== null && (z < PLAUSIBLE_Z[index].min || z > PLAUSIBLE_Z[index].max);
}

/** WHO implausibility flags (true = implausible, excluded from prevalence). */
export interface GrowthFlags {
  /** HAZ < −6 or > +6 */
  haz: boolean;
  /** WAZ < −6 or > +5 */
  waz: boolean;
  /** WHZ < −5 or > +5 */
  whz: boolean;
  /** BAZ < −5 or > +5 */
  baz: boolean;
}

/** Which table the WHZ came from: BB/PB (weight-for-length) or BB/TB (weight-for-height). */
export type WhzTable = "weight-for-length" | "weight-for-height";

export interface GrowthResult extends ZScores {
  /** Age in months (days / 30.4375, unrounded); null when age unknown. */
  ageMonths: number | null;
  /** Length/height after the 0.7 cm correction (used for HAZ, WHZ, BMI). */
  correctedLengthCm: number | null;
  /** BMI in kg/m² from the corrected length, rounded to 2 decimals (display only). */
  bmi: number | null;
  /** Table used for WHZ, or null when no WHZ was computed. */
  whzTable: WhzTable | null;
  /** Unrounded z-scores (for storage/analysis; classify on the rounded ones). */
  unrounded: ZScores;
  flags: GrowthFlags;
  /**
   * anthro `c9mo_flag`: the child is younger than 9 months (age in months < 9)
   * but was measured standing. The position is then treated as unknown and
   * no 0.7 cm correction is made.
   */
  c9moFlag: boolean;
  /**
   * Permenkes 2/2020 categories from the rounded z-scores. A category is null
   * when its z-score is null or flagged as implausible. With oedema the
   * weight-based categories are the severe ones (`bb_sangat_kurang`,
   * `gizi_buruk`), following WHO's convention of counting oedema as < −3 SD,
   * even though the z-scores themselves are null.
   */
  categories: GrowthCategories;
}

/** Age (days) from which height (standing) is expected instead of length (lying). */
export const HEIGHT_FROM_AGE_DAYS = 731;
/** 0.7 cm: WHO's average difference between length and height. */
export const LENGTH_HEIGHT_CORRECTION_CM = 0.7;

export function toWhoSex(sex: Sex): WhoSexCode {
  return sex === "L" ? 1 : 2;
}

/** Rounds to 2 decimals (as R `round(x, 2)` does for these values); never returns −0. */
export function round2(x: number): number {
  const v = Number(x.toFixed(2));
  return v === 0 ? 0 : v;
}

/** Removes binary floating-point noise from a cm value (e.g. 60 + 0.7). */
function cleanCm(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function isPositive(x: number | null): x is number {
  return x !== null && Number.isFinite(x) && x > 0;
}

/** Basic LMS z-score: ((X/M)^L − 1) / (L·S), or ln(X/M)/S when L = 0. */
export function lmsZ(x: number, { L, M, S }: Lms): number {
  if (L === 0) return Math.log(x / M) / S;
  return (Math.pow(x / M, L) - 1) / (L * S);
}

/** Measurement at exactly k SD: M·(1 + L·S·k)^(1/L), or M·exp(S·k) when L = 0. */
export function lmsValueAt(k: number, { L, M, S }: Lms): number {
  if (L === 0) return M * Math.exp(S * k);
  return M * Math.pow(1 + L * S * k, 1 / L);
}

/** LMS z-score with WHO's restricted adjustment beyond ±3 SD (used for WAZ, WHZ, BAZ; never HAZ). */
export function lmsZRestricted(x: number, lms: Lms): number {
  const z = lmsZ(x, lms);
  if (z > 3) {
    const sd3pos = lmsValueAt(3, lms);
    const sd23pos = sd3pos - lmsValueAt(2, lms);
    return 3 + (x - sd3pos) / sd23pos;
  }
  if (z < -3) {
    const sd3neg = lmsValueAt(-3, lms);
    const sd23neg = lmsValueAt(-2, lms) - sd3neg;
    return -3 + (x - sd3neg) / sd23neg;
  }
  return z;
}

/**
 * LMS for a length/height table at `cm`, interpolating linearly between the
 * two neighbouring 0.1 cm rows when `cm` is not on the grid. Rows are looked
 * up by integer tenths. Returns undefined outside the table's range.
 */
export function lookupByLength(table: LmsTable, sex: WhoSexCode, cm: number): Lms | undefined {
  const tenths = cm * 10;
  const nearest = Math.round(tenths);
  if (Math.abs(tenths - nearest) < 1e-6) return table.get(sex, nearest);
  const low = Math.floor(tenths);
  const lo = table.get(sex, low);
  const hi = table.get(sex, low + 1);
  if (lo === undefined || hi === undefined) return undefined;
  const f = tenths - low;
  return {
    L: lo.L + f * (hi.L - lo.L),
    M: lo.M + f * (hi.M - lo.M),
    S: lo.S + f * (hi.S - lo.S),
  };
}

/**
 * Applies the WHO position rules. Returns the corrected length and the c9mo flag.
 * - age < 731 days, measured standing → +0.7 cm
 * - age ≥ 731 days, measured lying → −0.7 cm
 * - standing before 9 months (age in months < 9) → position treated as unknown, no correction, c9mo flag
 * - unknown position or unknown age → no correction
 */
export function correctLength(
  lengthCm: number,
  ageDays: number | null,
  measured: MeasurePosition | null,
): { correctedLengthCm: number; c9moFlag: boolean; position: MeasurePosition | null } {
  if (ageDays === null || measured === null) {
    return { correctedLengthCm: lengthCm, c9moFlag: false, position: measured };
  }
  if (measured === "berdiri" && ageInMonths(ageDays) < 9) {
    return { correctedLengthCm: lengthCm, c9moFlag: true, position: null };
  }
  if (ageDays < HEIGHT_FROM_AGE_DAYS && measured === "berdiri") {
    return { correctedLengthCm: cleanCm(lengthCm + LENGTH_HEIGHT_CORRECTION_CM), c9moFlag: false, position: measured };
  }
  if (ageDays >= HEIGHT_FROM_AGE_DAYS && measured === "terlentang") {
    return { correctedLengthCm: cleanCm(lengthCm - LENGTH_HEIGHT_CORRECTION_CM), c9moFlag: false, position: measured };
  }
  return { correctedLengthCm: lengthCm, c9moFlag: false, position: measured };
}

/** Valid corrected-length ranges (cm) of the two weight-for-length/height tables. */
export const WHZ_RANGES: Readonly<Record<WhzTable, { min: number; max: number }>> = {
  "weight-for-length": { min: 45, max: 110 },
  "weight-for-height": { min: 65, max: 120 },
};

/**
 * Which weight-for-length/height table applies:
 * by age (< 731 days → length) when the age is known; otherwise by the
 * recorded position; otherwise length < 87 cm → length table.
 */
export function chooseWhzTable(
  ageDays: number | null,
  position: MeasurePosition | null,
  correctedLengthCm: number,
): WhzTable {
  if (ageDays !== null) return ageDays < HEIGHT_FROM_AGE_DAYS ? "weight-for-length" : "weight-for-height";
  if (position === "terlentang") return "weight-for-length";
  if (position === "berdiri") return "weight-for-height";
  return correctedLengthCm < 87 ? "weight-for-length" : "weight-for-height";
}

function flagsFor(z: ZScores): GrowthFlags {
  return {
    haz: isImplausible("haz", z.haz),
    waz: isImplausible("waz", z.waz),
    whz: isImplausible("whz", z.whz),
    baz: isImplausible("baz", z.baz),
  };
}

/** Computes HAZ, WAZ, WHZ and BAZ (rounded to 2 decimals), flags and categories. */
export function computeGrowth(input: GrowthInput, tables: GrowthTables): GrowthResult {
  const sex = toWhoSex(input.sex);
  const rawAge = input.ageDays;
  const ageKnown = rawAge !== null && Number.isFinite(rawAge);
  // Whole days; a fractional input is rounded half up.
  const ageDays = ageKnown ? Math.floor(rawAge + 0.5) : null;
  const ageMonths = ageDays === null ? null : ageInMonths(ageDays);
  // Age-based z-scores need 0 ≤ age and age in months < 60 (0–1826 days).
  const ageOk = ageDays !== null && ageMonths !== null && ageDays >= 0 && ageMonths < 60;
  // WHZ needs no age, but is not computed at 60 months or older (nor for a negative age).
  const whzAgeOk = ageDays === null || ageOk;

  const weight = isPositive(input.weightKg) ? input.weightKg : null;
  const length = isPositive(input.lengthCm) ? input.lengthCm : null;

  let correctedLengthCm: number | null = null;
  let c9moFlag = false;
  let position: MeasurePosition | null = input.measured;
  if (length !== null) {
    const c = correctLength(length, ageDays, input.measured);
    correctedLengthCm = c.correctedLengthCm;
    c9moFlag = c.c9moFlag;
    position = c.position;
  } else if (ageDays !== null && input.measured === "berdiri" && ageInMonths(ageDays) < 9) {
    c9moFlag = true;
  }

  const raw: ZScores = { haz: null, waz: null, whz: null, baz: null };
  let whzTable: WhzTable | null = null;
  let bmiRaw: number | null = null;

  if (ageOk && ageDays !== null && correctedLengthCm !== null) {
    const lms = tables.lengthHeightForAge.get(sex, ageDays);
    if (lms !== undefined) raw.haz = lmsZ(correctedLengthCm, lms);
  }

  if (!input.oedema && weight !== null) {
    if (ageOk && ageDays !== null) {
      const lms = tables.weightForAge.get(sex, ageDays);
      if (lms !== undefined) raw.waz = lmsZRestricted(weight, lms);
    }
    if (correctedLengthCm !== null) {
      bmiRaw = weight / Math.pow(correctedLengthCm / 100, 2);
      if (ageOk && ageDays !== null) {
        const lms = tables.bmiForAge.get(sex, ageDays);
        if (lms !== undefined) raw.baz = lmsZRestricted(bmiRaw, lms);
      }
      if (whzAgeOk) {
        const table = chooseWhzTable(ageDays, position, correctedLengthCm);
        const range = WHZ_RANGES[table];
        if (correctedLengthCm >= range.min && correctedLengthCm <= range.max) {
          const lms = lookupByLength(
            table === "weight-for-length" ? tables.weightForLength : tables.weightForHeight,
            sex,
            correctedLengthCm,
          );
          if (lms !== undefined) {
            raw.whz = lmsZRestricted(weight, lms);
            whzTable = table;
          }
        }
      }
    }
  } else if (weight !== null && correctedLengthCm !== null) {
    bmiRaw = weight / Math.pow(correctedLengthCm / 100, 2);
  }

  const z: ZScores = {
    haz: raw.haz === null ? null : round2(raw.haz),
    waz: raw.waz === null ? null : round2(raw.waz),
    whz: raw.whz === null ? null : round2(raw.whz),
    baz: raw.baz === null ? null : round2(raw.baz),
  };
  const flags = flagsFor(z);

  const categories: GrowthCategories = {
    haz: z.haz === null || flags.haz ? null : classifyHaz(z.haz),
    waz: z.waz === null || flags.waz ? null : classifyWaz(z.waz),
    whz: z.whz === null || flags.whz ? null : classifyWhz(z.whz),
    baz: z.baz === null || flags.baz ? null : classifyBaz(z.baz),
  };
  if (input.oedema) {
    if (ageOk) {
      categories.waz = "bb_sangat_kurang";
      categories.baz = "gizi_buruk";
    }
    if (whzAgeOk) categories.whz = "gizi_buruk";
  }

  return {
    ...z,
    ageMonths,
    correctedLengthCm,
    bmi: bmiRaw === null ? null : round2(bmiRaw),
    whzTable,
    unrounded: raw,
    flags,
    c9moFlag,
    categories,
  };
}
