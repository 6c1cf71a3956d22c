import { z } from "zod";
import type { Kategori } from "./kategori";

const KELOMPOK = [
  "ibu_hamil",
  "ibu_nifas",
  "ibu_selesai",
  "anak_0_23",
  "anak_2_6_paud",
  "anak_lulus",
] as const satisfies readonly Kategori[];

/** URL state of the target list; anything malformed falls back to the default instead of failing. */
const schema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kelompok: z.enum(KELOMPOK).optional().catch(undefined),
  posyandu: z.coerce.number().int().positive().optional().catch(undefined),
  status: z.enum(["aktif", "nonaktif", "semua"]).optional().catch(undefined),
  sort: z.enum(["nama", "tanggalLahir", "kelompok", "posyandu", "terbaru"]).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
  /** `semua=1`: every matching row on one page, to print the whole list. */
  semua: z.literal("1").optional().catch(undefined),
});

export type SasaranListParams = z.infer<typeof schema>;

export function parseSasaranListParams(sp: Record<string, string | undefined>): SasaranListParams {
  return schema.parse(sp);
}
