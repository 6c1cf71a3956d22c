import { z } from "zod";
import { KPM_WINDOWS, type KpmWindowMonths } from "./window";

export const KPM_SORTS = ["desa", "kpm", "lapor", "tepat", "sasaran", "kegiatan", "pelatihan", "insentif"] as const;
export type KpmSort = (typeof KPM_SORTS)[number];

export const KPM_FILTERS = ["tanpa-pelatihan", "tanpa-kpm"] as const;
export type KpmFilter = (typeof KPM_FILTERS)[number];

/** URL state of the KPM page; anything malformed falls back to the default instead of failing. */
const schema = z.object({
  bulan: z.coerce
    .number()
    .refine((n): n is KpmWindowMonths => (KPM_WINDOWS as readonly number[]).includes(n))
    .catch(3),
  filter: z.enum(KPM_FILTERS).optional().catch(undefined),
  sort: z.enum(KPM_SORTS).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export type KpmListParams = {
  bulan: KpmWindowMonths;
  filter?: KpmFilter;
  sort?: KpmSort;
  dir?: "asc" | "desc";
  page?: number;
};

export function parseKpmParams(sp: Record<string, string | undefined>): KpmListParams {
  const p = schema.parse(sp);
  return { ...p, bulan: p.bulan as KpmWindowMonths };
}

/** The params as they go back into links (defaults dropped). */
export function kpmUrlState(p: KpmListParams): Record<string, string | undefined> {
  return { bulan: p.bulan === 3 ? undefined : String(p.bulan), filter: p.filter, sort: p.sort, dir: p.dir };
}
