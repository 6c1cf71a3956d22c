import type { KpmFilter, KpmSort } from "./params";
import type { InsentifKpm, KpmKinerjaRow } from "./types";

const INSENTIF_ORDER: Record<InsentifKpm, number> = { ya: 0, draf: 1, tidak: 2, belum_ada: 3, kelurahan: 4 };

/** Badge tone of each incentive state in the table. */
export const INSENTIF_TONE = {
  ya: "good",
  draf: "warn",
  tidak: "bad",
  belum_ada: "neutral",
  kelurahan: "neutral",
} as const satisfies Record<InsentifKpm, "good" | "warn" | "bad" | "neutral">;

const KEY: Record<KpmSort, (r: KpmKinerjaRow) => number | string | null> = {
  desa: (r) => `${r.kecamatanKode} ${r.desaKode}`,
  kpm: (r) => r.kpmNama,
  lapor: (r) => (r.wajibLapor ? r.tercatat / r.wajibLapor : null),
  tepat: (r) => (r.tercatat ? r.tepatWaktu / r.tercatat : null),
  sasaran: (r) => r.sasaran,
  kegiatan: (r) => (r.kpmId === null ? null : r.kegiatanTotal),
  pelatihan: (r) => (r.kpmId === null ? null : (r.pelatihanTerakhir ?? "")),
  insentif: (r) => INSENTIF_ORDER[r.insentifKpm],
};

export function matchesFilter(r: KpmKinerjaRow, filter: KpmFilter | undefined): boolean {
  if (filter === "tanpa-pelatihan") return r.kpmId !== null && !r.pelatihan12Bulan;
  if (filter === "tanpa-kpm") return r.kpmId === null;
  return true;
}

/** Filters, sorts and pages the rows from URL state. Ties keep region order; missing values sort last. */
export function kpmTable(
  rows: KpmKinerjaRow[],
  state: { filter?: KpmFilter; sort?: KpmSort; dir?: "asc" | "desc"; page?: number; pageSize?: number },
) {
  const f = KEY[state.sort ?? "desa"];
  const sign = state.dir === "desc" ? -1 : 1;
  const out = rows
    .filter((r) => matchesFilter(r, state.filter))
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = f(a.r);
      const y = f(b.r);
      if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
      const c = typeof x === "string" ? x.localeCompare(String(y), "id") : x - (y as number);
      return c ? c * sign : a.i - b.i;
    })
    .map(({ r }) => r);
  const pageSize = state.pageSize ?? 50;
  const total = out.length;
  const page = Math.min(Math.max(1, state.page ?? 1), Math.max(1, Math.ceil(total / pageSize)));
  return { rows: out.slice((page - 1) * pageSize, page * pageSize), total, page, pageSize };
}

/** Headline counts for the page. */
export function kpmSummary(rows: KpmKinerjaRow[]) {
  const kpm = rows.filter((r) => r.kpmId !== null);
  return {
    kpm: kpm.length,
    desaTanpaKpm: rows.filter((r) => r.kpmId === null).length,
    tanpaPelatihan: kpm.filter((r) => !r.pelatihan12Bulan).length,
    desaInsentif: new Set(rows.filter((r) => r.insentifKpm === "ya").map((r) => r.desaKode)).size,
    desaBerAPBDes: new Set(rows.filter((r) => r.desaJenis === "desa").map((r) => r.desaKode)).size,
  };
}
