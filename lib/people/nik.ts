/**
 * Indonesian NIK (Nomor Induk Kependudukan) — format checks. Pure; safe for client components.
 *
 * Layout (16 digits):  PP KK CC DDMMYY SSSS
 *   PP   province code (Kemendagri)           digits 1–2
 *   KK   regency/city code                    digits 3–4
 *   CC   district (kecamatan) code            digits 5–6
 *   DD   day of birth, +40 for women          digits 7–8
 *   MM   month of birth                       digits 9–10
 *   YY   last two digits of the birth year    digits 11–12
 *   SSSS serial number, never 0000            digits 13–16
 *
 * `validateNik` checks the exact string it is given; call `normalizeNik` first
 * on user input (and store the normalized value).
 */

import { sasaranText } from "@/lib/i18n/sasaran";
import type { JenisKelamin } from "@/lib/enums";

/** Kemendagri province codes, including the Papua provinces created in 2022 (93–97). */
export const PROVINCE_CODES: readonly string[] = [
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "21",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "51",
  "52",
  "53",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "72",
  "73",
  "74",
  "75",
  "76",
  "81",
  "82",
  "91",
  "92",
  "93",
  "94",
  "95",
  "96",
  "97",
];

const PROVINCE_SET: ReadonlySet<string> = new Set(PROVINCE_CODES);

export type NikSex = JenisKelamin;

export type NikValidation = { ok: true } | { ok: false; message: string };

export interface NikValidationOptions {
  /** Recorded date of birth, "YYYY-MM-DD". Ignored when not a valid date. */
  birthDate?: string;
  /** Recorded sex: "L" laki-laki, "P" perempuan. */
  sex?: NikSex;
}

export interface ParsedNik {
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  /** Day of birth with the +40 removed (1–31). */
  birthDay: number;
  birthMonth: number;
  /** Last two digits of the birth year (0–99). */
  birthYearTwoDigits: number;
  sex: NikSex;
  serial: string;
}

/** The messages live with the rest of the target copy in lib/i18n/sasaran.ts. */
export const NIK_MESSAGES = sasaranText.nik;

/** Removes spaces (incl. non-breaking), dots and hyphens: "1905 0123.4567-0003" → "1905012345670003". */
export function normalizeNik(nik: string): string {
  return nik.replace(/[\s.\-\u00a0]/g, "");
}

/**
 * The masked NIK shown to whoever may not see it in full (the rule of who that is: `nikFor` in
 * nik-visibility.ts): only the region digits 1–6, "1905011506210003" → "190501••••••••••". Digits 7–12 repeat
 * the birth date and sex shown beside it, so showing them would add nothing; the serial (13–16) is the only part
 * a page cannot tell, so it is never shown — with it, the whole NIK could be rebuilt. Anything that is not a
 * 16-digit NIK is hidden entirely. Normalizes first.
 */
export function maskNik(nik: string): string {
  const n = normalizeNik(nik);
  if (/^\d{6}•{10}$/.test(n)) return n;
  if (!/^\d{16}$/.test(n)) return "•".repeat(n.length);
  return `${n.slice(0, 6)}${"•".repeat(10)}`;
}

/** A run of 16 or more digits, also when typed with the separators normalizeNik removes ("1905 0115 …"). */
const NIK_RUN = /(?<!\d)\d(?:[\s.\-\u00a0]*\d){15,}(?!\d)/g;

/** Masks every NIK-like run inside free text (search terms, notes) with maskNik. */
export function maskNikRuns(text: string): string {
  return text.replace(NIK_RUN, (run) => maskNik(run));
}

function daysInMonth(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Splits a NIK into its parts. Returns null if it is not 16 digits or the
 * day field is neither 01–31 (male) nor 41–71 (female). Does not check the
 * province, the calendar validity of the date or the serial.
 */
export function parseNik(nik: string): ParsedNik | null {
  if (!/^\d{16}$/.test(nik)) return null;
  const dd = Number(nik.slice(6, 8));
  let sex: NikSex;
  let birthDay: number;
  if (dd >= 1 && dd <= 31) {
    sex = "L";
    birthDay = dd;
  } else if (dd >= 41 && dd <= 71) {
    sex = "P";
    birthDay = dd - 40;
  } else {
    return null;
  }
  return {
    provinceCode: nik.slice(0, 2),
    regencyCode: nik.slice(2, 4),
    districtCode: nik.slice(4, 6),
    birthDay,
    birthMonth: Number(nik.slice(8, 10)),
    birthYearTwoDigits: Number(nik.slice(10, 12)),
    sex,
    serial: nik.slice(12, 16),
  };
}

/** Recorded birth date "YYYY-MM-DD" → parts, or null if not a valid calendar date. */
function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year)) return null;
  return { year, month, day };
}

/**
 * Validates a NIK. Checks, in order: 16 digits; province code; DDMMYY is a
 * valid date (DD+40 for women; 29 Feb only when YY can be a leap year);
 * serial ≠ 0000; then, when given, the recorded sex and birth date.
 */
export function validateNik(nik: string, opts: NikValidationOptions = {}): NikValidation {
  if (!/^\d{16}$/.test(nik)) return { ok: false, message: NIK_MESSAGES.format };
  if (!PROVINCE_SET.has(nik.slice(0, 2))) return { ok: false, message: NIK_MESSAGES.province };

  const parsed = parseNik(nik);
  if (parsed === null) return { ok: false, message: NIK_MESSAGES.invalidDate };
  const { birthDay, birthMonth, birthYearTwoDigits } = parsed;
  // Century unknown: 29 Feb is possible iff YY is divisible by 4 (e.g. 2000, 2004, 1996).
  const yearForCheck = birthYearTwoDigits % 4 === 0 ? 2000 : 2001;
  if (birthMonth < 1 || birthMonth > 12 || birthDay > daysInMonth(birthMonth, yearForCheck)) {
    return { ok: false, message: NIK_MESSAGES.invalidDate };
  }
  if (parsed.serial === "0000") return { ok: false, message: NIK_MESSAGES.serial };

  if (opts.sex !== undefined && opts.sex !== parsed.sex) {
    return { ok: false, message: NIK_MESSAGES.sexMismatch };
  }
  if (opts.birthDate !== undefined) {
    const bd = parseIsoDate(opts.birthDate);
    if (bd !== null && (bd.day !== birthDay || bd.month !== birthMonth || bd.year % 100 !== birthYearTwoDigits)) {
      return { ok: false, message: NIK_MESSAGES.dateMismatch };
    }
  }
  return { ok: true };
}
