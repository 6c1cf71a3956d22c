type Row = {
  nama: string;
  kecamatan: string;
  ibuDiterima: number;
  ibuSeharusnya: number;
  anakDiterima: number;
  anakSeharusnya: number;
  sasaran: number;
  status: string | null;
};

const ratio = (d: number, s: number) => (s > 0 ? d / s : -1);
export const DESA_SORTS = ["nama", "kecamatan", "konvergensi", "ibu", "anak", "sasaran", "status"] as const;
export type DesaSort = (typeof DESA_SORTS)[number];
const KEYS: Record<DesaSort, (r: Row) => number | string> = {
  nama: (r) => r.nama,
  kecamatan: (r) => r.kecamatan,
  konvergensi: (r) => ratio(r.ibuDiterima + r.anakDiterima, r.ibuSeharusnya + r.anakSeharusnya),
  ibu: (r) => ratio(r.ibuDiterima, r.ibuSeharusnya),
  anak: (r) => ratio(r.anakDiterima, r.anakSeharusnya),
  sasaran: (r) => r.sasaran,
  status: (r) => r.status ?? "draft",
};

/** Sorts the per-desa table by a URL key (lib/scorecard/params.ts); none keeps the code order. */
export function sortDesaRows<T extends Row>(rows: T[], sort?: DesaSort, dir?: string): T[] {
  const key = sort ? KEYS[sort] : undefined;
  if (!key) return rows;
  const sign = dir === "desc" ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return (typeof x === "string" ? x.localeCompare(String(y), "id") : x - (y as number)) * sign;
  });
}
