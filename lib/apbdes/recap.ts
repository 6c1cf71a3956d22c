import { z } from "zod";
import { parseQuery, queryParam, type RawQuery } from "@/lib/route-params";
import { paguPerSasaran, ratio } from "./totals";
import { PAKET_LAYANAN, isPaket } from "./codes";
import { STATUS_APBDES, type StatusApbdes, type VersiApbdes } from "@/lib/enums";
import { PAKET_LABELS, apbdesText } from "@/lib/i18n/apbdes";

export type RecapRow = {
  kode: string;
  nama: string;
  kecamatan: string;
  /** The version whose figures the row shows (the counted one): approved by default, the latest whatever its
   * status when drafts are included; null when none counts. */
  status: StatusApbdes | null;
  versi: VersiApbdes | null;
  /** Whether a version counts (status is not null): the desa "has the budget" (docs/indicators.md §7). */
  hasBudget: boolean;
  /** A newer version that does not count in this view (a draft or submitted budget, approved-only view). */
  pending: StatusApbdes | null;
  pagu: number;
  realisasi: number;
  stuntingPagu: number;
  stuntingRealisasi: number;
  insentifKpm: boolean;
  /** 1.000-HPK targets (ibu hamil, ibu nifas, anak 0–23 bulan) active on budgetTargetDate (lib/apbdes/totals.ts). */
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
  /** Include budgets not yet approved (`draf=1`); the default counts approved versions only. */
  draf: queryParam.flag(),
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
      return paguPerSasaran(r);
    case "status":
      return STATUS_ORDER[r.status ?? "belum"];
  }
}

export function filterAndSortRecap(rows: ReadonlyArray<RecapRow>, p: RecapParams): RecapRow[] {
  const q = p.q?.toLowerCase();
  const filtered = rows.filter(
    (r) =>
      (!q || r.nama.toLowerCase().includes(q) || r.kecamatan.toLowerCase().includes(q)) &&
      // A status matches the counted version or a newer one waiting for approval.
      (!p.status || (r.status ?? "belum") === p.status || r.pending === p.status) &&
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

/** Stunting pagu per paket layanan ('' = tagged without a paket) pooled over the desa of the recap's sums, in
 * paket order: the dashboard's budget chart. */
export function budgetByPaket(
  sums: ReadonlyArray<{ paket: string; pagu: number }>,
): Array<{ paket: string; pagu: number }> {
  const total = new Map<string, number>();
  for (const s of sums) total.set(s.paket, (total.get(s.paket) ?? 0) + s.pagu);
  const order = (p: string) => (isPaket(p) ? PAKET_LAYANAN.indexOf(p) : PAKET_LAYANAN.length);
  return [...total]
    .map(([paket, pagu]) => ({ paket, pagu }))
    .sort((a, b) => order(a.paket) - order(b.paket) || a.paket.localeCompare(b.paket));
}
