/**
 * Age helpers following WHO Anthro conventions. Pure; safe for client components.
 *
 * Dates are ISO calendar dates "YYYY-MM-DD". They are converted to UTC day
 * numbers, so the result never depends on the server's time zone or DST.
 */
import { growthText } from "@/lib/i18n/growth";

/** Average days per month used by WHO (365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375;

/** Largest age in days for which z-scores are computed (age in months < 60). */
export const MAX_AGE_DAYS = 1826;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Parses "YYYY-MM-DD" into a UTC day number (days since 1970-01-01).
 * Returns null when the string is not a valid calendar date (e.g. 2023-02-30).
 */
export function isoDateToDayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso.trim());
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear avoids that, but such years are
  // not meaningful here, so the round-trip check below simply rejects them.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** True when `iso` is a valid "YYYY-MM-DD" calendar date. */
export function isValidIsoDate(iso: string): boolean {
  return isoDateToDayNumber(iso) !== null;
}

/**
 * Age in whole days: calendar difference `measureDate − birthDate`.
 * Returns null when either date is invalid. May be negative if the
 * measurement date precedes the birth date (the caller should reject that).
 */
export function ageInDays(birthDate: string, measureDate: string): number | null {
  const b = isoDateToDayNumber(birthDate);
  const m = isoDateToDayNumber(measureDate);
  if (b === null || m === null) return null;
  return m - b;
}

/** Age in months as WHO uses it: days / 30.4375, not rounded. */
export function ageInMonths(ageDays: number): number {
  return ageDays / DAYS_PER_MONTH;
}

/** Completed months for display: floor(days / 30.4375). */
export function completedMonths(ageDays: number): number {
  return Math.floor(ageDays / DAYS_PER_MONTH);
}

/** Days from an age in months (when only months are known): months × 30.4375, rounded half up. */
export function monthsToDays(months: number): number {
  return Math.floor(months * DAYS_PER_MONTH + 0.5);
}

/** True when z-scores can be computed at this age (0 ≤ days and months < 60, i.e. 0–1826 days). */
export function isAgeInStandardRange(ageDays: number): boolean {
  return ageDays >= 0 && ageInMonths(ageDays) < 60;
}

/** "1 tahun 3 bulan" / "7 bulan" / "12 hari" — short Indonesian display of an age in days. */
export function formatAgeId(ageDays: number): string {
  if (ageDays < 0) return "-";
  const months = completedMonths(ageDays);
  const t = growthText.age;
  if (months === 0) return t.days(ageDays);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return t.months(rest);
  return rest === 0 ? t.years(years) : t.yearsMonths(years, rest);
}
