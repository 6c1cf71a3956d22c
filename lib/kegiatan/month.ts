import { z } from "zod";
import { addMonths, currentYearMonth, formatYearMonth, type YearMonth } from "@/lib/periods";
import { parseQuery, queryParam, type RawQuery } from "@/lib/route-params";
import { kegiatanText } from "@/lib/i18n/kegiatan";

/** URL state of the kegiatan pages and export: `?bulan=YYYY-MM` and, after an edit or delete, `?pesan=`. */
const schema = z.object({ bulan: queryParam.month(), pesan: queryParam.keyOf(kegiatanText.page.flash) });

/** The month shown (the current one when missing or malformed) and the confirmation to show, if any. */
export function parseKegiatanParams(
  sp: RawQuery,
  now: Date = new Date(),
): { bulan: YearMonth; pesan?: keyof typeof kegiatanText.page.flash } {
  const p = parseQuery(schema, sp);
  return { bulan: p.bulan ?? currentYearMonth(now), pesan: p.pesan };
}

/** Previous and next month as `YYYY-MM`, for the month selector links. */
export function neighbourMonths(bulan: YearMonth): { prev: string; next: string } {
  return { prev: formatYearMonth(addMonths(bulan, -1)), next: formatYearMonth(addMonths(bulan, 1)) };
}
