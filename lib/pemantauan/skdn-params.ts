import { z } from "zod";
import { currentYearMonth, monthIndex, type YearMonth } from "@/lib/periods";
import { parseQuery, queryParam, type RawQuery } from "@/lib/route-params";

/** URL state of the SKDN page and its export: `?bulan=YYYY-MM` (the current month when missing, malformed or in
 * the future) and `?posyandu=<id>` (absent: every posyandu of the desa). */
const schema = z.object({ bulan: queryParam.month(), posyandu: queryParam.id() });

export function parseSkdnParams(sp: RawQuery, now: Date = new Date()): { bulan: YearMonth; posyandu?: number } {
  const p = parseQuery(schema, sp);
  const current = currentYearMonth(now);
  const bulan = p.bulan && monthIndex(p.bulan) <= monthIndex(current) ? p.bulan : current;
  return { bulan, posyandu: p.posyandu };
}
