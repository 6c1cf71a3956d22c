import { z } from "zod";
import { parseQuery, queryParam, type RawQuery } from "@/lib/route-params";
import type { Kategori } from "./kategori";

/** The list's group filter: the groups by date (kategoriOf), plus the balita 24–59 months of this month's monitoring
 * (monitoringGroupIn), which overlap the PAUD group. */
export const KELOMPOK = [
  "ibu_hamil",
  "ibu_nifas",
  "ibu_selesai",
  "anak_0_23",
  "balita_24_59",
  "anak_2_6_paud",
  "anak_lulus",
] as const satisfies readonly (Kategori | "balita_24_59")[];
export type ListKelompok = (typeof KELOMPOK)[number];

/** URL state of the target list; anything malformed falls back to the default instead of failing. */
const schema = z.object({
  q: queryParam.text(100),
  kelompok: z.enum(KELOMPOK).optional().catch(undefined),
  posyandu: queryParam.id(),
  status: z.enum(["aktif", "nonaktif", "semua"]).optional().catch(undefined),
  sort: z.enum(["nama", "tanggalLahir", "kelompok", "posyandu", "terbaru"]).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: queryParam.int(1, 10_000),
  /** `semua=1`: every matching row on one page, to print the whole list. */
  semua: z.literal("1").optional().catch(undefined),
});

export type SasaranListParams = z.infer<typeof schema>;

export function parseSasaranListParams(sp: RawQuery): SasaranListParams {
  return parseQuery(schema, sp);
}

/** The target's page after a save (`?tersimpan=1`, `?melahirkan=1`, `?dipindahkan=1`), to confirm it. */
export const sasaranDetailQuery = z.object({
  tersimpan: queryParam.oneOf(["1"]),
  melahirkan: queryParam.oneOf(["1"]),
  dipindahkan: queryParam.oneOf(["1"]),
  nonaktif: queryParam.oneOf(["1"]),
});

/** The registration form: which kind, and for a newborn the mother's id. */
export const sasaranNewQuery = z.object({ jenis: queryParam.oneOf(["ibu", "anak"]), ibu: queryParam.id() });
