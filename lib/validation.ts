import { z } from "zod";
import { isValidIsoDate } from "@/lib/growth/age";

/** Field schemas shared by every form: forms post strings, these turn them into typed values with
 * Bahasa Indonesia messages. */

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export function requiredText(label: string, max = 120) {
  return z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, `${label} wajib diisi.`)
    .max(max, `${label} paling panjang ${max} karakter.`);
}

export function optionalText(label: string, max = 500) {
  return z.preprocess(
    blankToUndefined,
    z.string().trim().max(max, `${label} paling panjang ${max} karakter.`).optional(),
  );
}

export function isoDate(label: string) {
  return z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, `${label} wajib diisi.`)
    .refine(isValidIsoDate, `${label} bukan tanggal yang valid.`);
}

export function optionalIsoDate(label: string) {
  return z.preprocess(blankToUndefined, isoDate(label).optional());
}

/** Decimal typed with a dot or an Indonesian comma ("3,2"). */
export function decimal(label: string, min: number, max: number, unit: string) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim().replace(",", ".") : v),
    z
      .string({ error: `${label} wajib diisi.` })
      .min(1, `${label} wajib diisi.`)
      .regex(/^\d+(\.\d+)?$/, `${label} harus berupa angka, misalnya 3,2.`)
      .transform(Number)
      .refine(
        (n) => n >= min && n <= max,
        `${label} harus antara ${String(min).replace(".", ",")} dan ${String(max).replace(".", ",")} ${unit}.`,
      ),
  );
}

export function optionalDecimal(label: string, min: number, max: number, unit: string) {
  return z.preprocess(blankToUndefined, decimal(label, min, max, unit).optional());
}

export function integer(label: string, min: number, max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .string({ error: `${label} wajib diisi.` })
      .min(1, `${label} wajib diisi.`)
      .regex(/^-?\d+$/, `${label} harus bilangan bulat.`)
      .transform(Number)
      .refine((n) => n >= min && n <= max, `${label} harus antara ${min} dan ${max}.`),
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
