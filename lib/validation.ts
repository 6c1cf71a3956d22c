import { z } from "zod";
import { isValidIsoDate } from "@/lib/growth/age";
import { commonText } from "@/lib/i18n/common";

/** Field schemas shared by every form: forms post strings, these turn them into typed values with
 * Bahasa Indonesia messages (commonText.validation). */

const t = commonText.validation;
/** Decimals are shown the Indonesian way in messages: 0,5. */
const idDecimal = (n: number) => String(n).replace(".", ",");

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export function requiredText(label: string, max = 120) {
  return z
    .string({ error: t.required(label) })
    .trim()
    .min(1, t.required(label))
    .max(max, t.tooLong(label, max));
}

export function optionalText(label: string, max = 500) {
  return z.preprocess(blankToUndefined, z.string().trim().max(max, t.tooLong(label, max)).optional());
}

export function isoDate(label: string) {
  return z
    .string({ error: t.required(label) })
    .trim()
    .min(1, t.required(label))
    .refine(isValidIsoDate, t.invalidDate(label));
}

export function optionalIsoDate(label: string) {
  return z.preprocess(blankToUndefined, isoDate(label).optional());
}

/** Decimal typed with a dot or an Indonesian comma ("3,2"). */
export function decimal(label: string, min: number, max: number, unit: string) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim().replace(",", ".") : v),
    z
      .string({ error: t.required(label) })
      .min(1, t.required(label))
      .regex(/^\d+(\.\d+)?$/, t.decimalFormat(label))
      .transform(Number)
      .refine((n) => n >= min && n <= max, t.decimalRange(label, idDecimal(min), idDecimal(max), unit)),
  );
}

export function optionalDecimal(label: string, min: number, max: number, unit: string) {
  return z.preprocess(blankToUndefined, decimal(label, min, max, unit).optional());
}

export function integer(label: string, min: number, max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .string({ error: t.required(label) })
      .min(1, t.required(label))
      .regex(/^-?\d+$/, t.integerFormat(label))
      .transform(Number)
      .refine((n) => n >= min && n <= max, t.integerRange(label, min, max)),
  );
}

export function optionalInteger(label: string, min: number, max: number) {
  return z.preprocess(blankToUndefined, integer(label, min, max).optional());
}

export function id(label: string) {
  return integer(label, 1, 2_147_483_647);
}

export function optionalId(label: string) {
  return optionalInteger(label, 1, 2_147_483_647);
}

/** Checkbox: present ("on") is true, absent is false. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

export function optionalOneOf<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.preprocess(blankToUndefined, z.enum(values, { error: message }).optional());
}
