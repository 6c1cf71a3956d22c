import { z } from "zod";
import { parseQuery, queryParam, type RawQuery } from "@/lib/route-params";
import { perTarget, ratio } from "./totals";
import { PAKET_LAYANAN } from "./codes";
import { STATUS_APBDES, type StatusApbdes, type VersiApbdes } from "@/lib/enums";
import { PAKET_LABELS, apbdesText } from "@/lib/i18n/apbdes";

export type RecapRow = {
  kode: string;
  nama: string;
  kecamatan: string;
  status: StatusApbdes | null;
  versi: VersiApbdes | null;
  pagu: number;
  realisasi: number;
  stuntingPagu: number;
  stuntingRealisasi: number;
  insentifKpm: boolean;
  /** Current 1.000-HPK targets (ibu hamil, ibu nifas, anak 0–23 bulan). */
  sasaran: number;
};

export const RECAP_SORTS = ["nama", "pagu", "stuntingPagu", "share", "realisasiPct", "perSasaran", "status"] as const;
export type RecapSort = (typeof RECAP_SORTS)[number];

/** URL state of the recap table; anything malformed falls back to the default. */
const paramsSchema = z.object({
  q: queryParam.text(60),
  status: z
    .enum([...STATUS_APBDES, "belum"])
    .optional()
    .catch(undefined),
  insentif: z.enum(["ya", "tidak"]).optional().catch(undefined),
  sort: z.enum(RECAP_SORTS).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: queryParam.int(1, 10_000),
});

/** Rows per page of the recap table (a district has hundreds of desa; the totals always cover every row). */
export const RECAP_PAGE_SIZE = 100;
export type RecapParams = z.infer<typeof paramsSchema>;

export function parseRecapParams(sp: RawQuery): RecapParams {
  return parseQuery(paramsSchema, sp);
}

const STATUS_ORDER: Record<string, number> = { disetujui: 0, diajukan: 1, draft: 2, belum: 3 };

// Rows without a value (no pagu, no targets) sort last in either direction.
function sortValue(r: RecapRow, sort: RecapSort): number | string | null {
  switch (sort) {
    case "nama":
      return r.nama;
    case "pagu":
      return r.pagu;
    case "stuntingPagu":
      return r.stuntingPagu;
    case "share":
      return ratio(r.stuntingPagu, r.pagu);
    case "realisasiPct":
      return ratio(r.realisasi, r.pagu);
    case "perSasaran":
      return perTarget(r.stuntingPagu, r.sasaran);
    case "status":
      return STATUS_ORDER[r.status ?? "belum"];
  }
}

export function filterAndSortRecap(rows: ReadonlyArray<RecapRow>, p: RecapParams): RecapRow[] {
  const q = p.q?.toLowerCase();
  const filtered = rows.filter(
    (r) =>
      (!q || r.nama.toLowerCase().includes(q) || r.kecamatan.toLowerCase().includes(q)) &&
      (!p.status || (r.status ?? "belum") === p.status) &&
      (!p.insentif || r.insentifKpm === (p.insentif === "ya")),
  );
  const sort = p.sort ?? "nama";
  const sign = p.dir === "desc" ? -1 : 1;
  return filtered.sort((a, b) => {
    const x = sortValue(a, sort);
    const y = sortValue(b, sort);
    if (x === null || y === null) return x === y ? a.nama.localeCompare(b.nama) : x === null ? 1 : -1;
    const c = typeof x === "string" ? x.localeCompare(y as string, "id") : x - (y as number);
    return c !== 0 ? c * sign : a.nama.localeCompare(b.nama, "id");
  });
}

/** Chart series: stunting pagu per paket (stacked) for each desa shown, as plain arrays. */
/** Stacked-bar series of stunting pagu per paket layanan, one bar per desa (the recap's chart "across desa");
 * empty paket are dropped. Linear in rows + sums (a kabupaten has hundreds of desa and thousands of sums). */
export function paketSeries(
  rows: ReadonlyArray<Pick<RecapRow, "kode" | "nama">>,
  sums: ReadonlyArray<{ kodeWilayah: string; paket: string; pagu: number }>,
) {
  const total = new Map<string, number>();
  for (const s of sums)
    total.set(`${s.kodeWilayah}|${s.paket}`, (total.get(`${s.kodeWilayah}|${s.paket}`) ?? 0) + s.pagu);
  const keys = [...PAKET_LAYANAN, ""] as const;
  const series = keys
    .map((paket) => ({
      key: paket,
      label: paket ? PAKET_LABELS[paket] : apbdesText.totals.tanpaPaket,
      data: rows.map((r) => total.get(`${r.kode}|${paket}`) ?? 0),
    }))
    .filter((s) => s.data.some((v) => v > 0));
  return { labels: rows.map((r) => r.nama), series };
}
