import { notFound } from "next/dist/client/components/not-found"; // not next/navigation: scripts (bench) load this under react-server without the client runtime
import { z } from "zod";
import { isValidKode } from "@/lib/auth/scope";
import { parseYearMonth, type YearMonth } from "@/lib/periods";
import { decodeSegment } from "@/lib/url";

/** Every page and route handler reads its URL through one zod schema built from the parts below.
 * A path segment that does not parse is a 404: nothing can exist there. A query value that does not parse is
 * dropped, so the page shows its default view, as it does for a stale link. Either way nothing from the URL
 * reaches the database unchecked: PostgreSQL answers an id beyond `integer`, or text holding a NUL byte, with an
 * error, which would be a 500. */

/** PostgreSQL `integer`, the type of every id column. */
export const INT4_MAX = 2_147_483_647;

/** The `[kode]` segment: a region code (19.05.01.2004), or null. */
export function regionKodeParam(raw: string): string | null {
  const kode = decodeSegment(raw);
  return kode !== null && isValidKode(kode) ? kode : null;
}

/** A database id written as plain digits (no sign, exponent, spaces or leading zeros), within `integer`. */
export const idText = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .refine((n) => n <= INT4_MAX);

/** C0 and C1 control characters: PostgreSQL refuses NUL, and none belongs in a search term. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Query-string fields. Each falls back to undefined instead of failing, so a schema built from them parses any
 * query string. */
export const queryParam = {
  id: () => idText.optional().catch(undefined),
  /** Free text (a search term): trimmed, at most `max` characters, no control characters; blank is absent. */
  text: (max = 100) =>
    z
      .string()
      .trim()
      .max(max)
      .refine((s) => !CONTROL.test(s))
      .transform((s) => s || undefined)
      .optional()
      .catch(undefined),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined),
  /** A key of a message table (a flash after a redirect): only its own keys, so `constructor` is none. */
  keyOf: <T extends Record<string, unknown>>(table: T) =>
    z
      .string()
      .refine((k): k is Extract<keyof T, string> => Object.hasOwn(table, k))
      .optional()
      .catch(undefined),
  /** A month written YYYY-MM. */
  month: () =>
    z
      .string()
      .transform((v): YearMonth | undefined => parseYearMonth(v) ?? undefined)
      .optional()
      .catch(undefined),
  /** A switch written `=1` (e.g. `draf=1`): true when on, undefined otherwise (off is the default view). */
  flag: () =>
    z
      .literal("1")
      .transform(() => true as const)
      .optional()
      .catch(undefined),
  /** A whole number in [min, max] written as plain digits. */
  int: (min: number, max: number) =>
    z
      .string()
      .regex(/^-?\d{1,10}$/)
      .transform(Number)
      .refine((n) => n >= min && n <= max)
      .optional()
      .catch(undefined),
};

export type RawQuery = URLSearchParams | Record<string, string | string[] | undefined>;

/** The query as one string per key (the first, when a key repeats), whichever way the route received it. */
export function queryRecord(raw: RawQuery): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if (raw instanceof URLSearchParams) {
    for (const [k, v] of raw) if (!Object.hasOwn(out, k)) out[k] = v;
    return out;
  }
  for (const [k, v] of Object.entries(raw)) out[k] = Array.isArray(v) ? v[0] : v;
  return out;
}

/** A route's query string through its schema; a schema that still fails (a field without a fallback) is a 404. */
export function parseQuery<S extends z.ZodType>(schema: S, raw: RawQuery): z.output<S> {
  const parsed = schema.safeParse(queryRecord(raw));
  if (!parsed.success) notFound();
  return parsed.data;
}

/** A route's path segments through their schema, or a 404. */
export function parsePath<S extends z.ZodType>(schema: S, segments: Record<string, string | string[]>): z.output<S> {
  const parsed = schema.safeParse(segments);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** An `[id]` segment, or a 404. */
export function pathId(raw: string): number {
  const parsed = idText.safeParse(raw);
  if (!parsed.success) notFound();
  return parsed.data;
}
