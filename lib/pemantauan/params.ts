import { z } from "zod";
import { currentYearMonth, monthIndex, type YearMonth } from "@/lib/periods";
import { parseQuery, queryParam, type RawQuery } from "@/lib/route-params";

/** URL state of the monthly list and a target's month form. */
const schema = z.object({
  bulan: queryParam.month(),
  posyandu: queryParam.id(),
  /** The target just saved, highlighted in the list. */
  tersimpan: queryParam.id(),
  /** Posyandu-day mode (docs/posyandu-day.md): the child to fill, and the child whose result card to show. */
  anak: queryParam.id(),
  hasil: queryParam.id(),
});

/** The month defaults to the current one and is never a future one; anything malformed is dropped. */
export function parsePemantauanParams(
  sp: RawQuery,
  now: YearMonth = currentYearMonth(),
): { ym: YearMonth; posyandu?: number; tersimpan?: number; anak?: number; hasil?: number } {
  const { bulan, ...rest } = parseQuery(schema, sp);
  return { ...rest, ym: bulan && monthIndex(bulan) <= monthIndex(now) ? bulan : now };
}
