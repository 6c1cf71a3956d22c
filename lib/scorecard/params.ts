import { z } from "zod";
import { currentYearMonth, quarterOfMonth } from "@/lib/periods";
import { parseQuery, queryParam, type RawQuery } from "@/lib/route-params";
import { DESA_SORTS, type DesaSort } from "./sort-desa";

/** URL state of the scorecard page, its indicator pages and its export. */
const schema = z.object({
  tahun: queryParam.int(2018, 9999),
  triwulan: queryParam.int(1, 4),
  posyandu: queryParam.id(),
  page: queryParam.int(1, 10_000),
  sort: queryParam.oneOf(DESA_SORTS),
  dir: queryParam.oneOf(["asc", "desc"]),
  sumber: queryParam.oneOf(["DDS", "semua"]),
  /** Above a desa: include desa whose quarter is not approved yet. */
  draf: queryParam.flag(),
  /** A desa quarter: the approval's confirmation step (works without JavaScript). */
  konfirmasi: queryParam.oneOf(["setujui"]),
});

export type ScorecardParams = {
  tahun: number;
  triwulan: number;
  posyandu?: number;
  page?: number;
  sort?: DesaSort;
  dir?: "asc" | "desc";
  sumber?: "DDS" | "semua";
  draf?: boolean;
  konfirmasi?: "setujui";
};

/** The quarter defaults to the current one and is never a future one; anything malformed is dropped. */
export function parseScorecardParams(sp: RawQuery): ScorecardParams {
  const p = parseQuery(schema, sp);
  const now = currentYearMonth();
  const current = { tahun: now.tahun, triwulan: quarterOfMonth(now.bulan) };
  const { tahun, triwulan } = p;
  const quarter =
    tahun === undefined || triwulan === undefined || tahun * 4 + triwulan > current.tahun * 4 + current.triwulan
      ? current
      : { tahun, triwulan };
  return { ...p, ...quarter };
}
