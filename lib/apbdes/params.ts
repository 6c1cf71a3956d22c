import { z } from "zod";
import { VERSI_APBDES, type VersiApbdes } from "@/lib/enums";
import { apbdesText } from "@/lib/i18n/apbdes";
import { parseQuery, queryParam, type RawQuery } from "@/lib/route-params";
import { parseRecapParams, type RecapParams } from "./recap";
import { TAHUN_MAX, TAHUN_MIN } from "./schemas";

/** URL state of the APBDes page, import page and export: the year, the version, a confirmation after a redirect
 * (`?pesan=`, only the keys of apbdesText.page.flash; `baris=` the line just saved, highlighted) and the recap table's filters. */
const schema = z.object({
  tahun: queryParam.int(TAHUN_MIN, TAHUN_MAX),
  versi: queryParam.oneOf(VERSI_APBDES),
  pesan: queryParam.keyOf(apbdesText.page.flash),
  baris: queryParam.int(1, 2_147_483_647),
});

export function parseApbdesParams(
  sp: RawQuery,
  thisYear: number,
): {
  tahun: number;
  versi?: VersiApbdes;
  pesan?: keyof typeof apbdesText.page.flash;
  baris?: number;
  recap: RecapParams;
} {
  const p = parseQuery(schema, sp);
  return { tahun: p.tahun ?? thisYear, versi: p.versi, pesan: p.pesan, baris: p.baris, recap: parseRecapParams(sp) };
}
