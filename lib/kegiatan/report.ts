import { JENIS_KEGIATAN, type JenisKegiatan } from "@/lib/enums";

export type JenisTotal = { jenis: JenisKegiatan; kegiatan: number; peserta: number };

/** Count and participants per kind, always in the fixed order with zero rows kept so every report has the same shape. */
export function totalsByJenis(rows: ReadonlyArray<{ jenis: JenisKegiatan; jumlahPeserta: number }>): JenisTotal[] {
  const totals = new Map<JenisKegiatan, JenisTotal>(
    JENIS_KEGIATAN.map((jenis) => [jenis, { jenis, kegiatan: 0, peserta: 0 }]),
  );
  for (const row of rows) {
    const t = totals.get(row.jenis)!;
    t.kegiatan += 1;
    t.peserta += row.jumlahPeserta;
  }
  return [...totals.values()];
}

/** File name of the monthly export, e.g. `kegiatan-kpm-19.05.01.2004-2026-11.xlsx`. */
export function exportFileName(kode: string, bulan: string): string {
  return `kegiatan-kpm-${kode}-${bulan}.xlsx`;
}

type NamedRegion = { kode: string; nama: string; jenis: string };

/** Names (and codes) for a report header from the region and its ancestor trail (getRegionTrail). */
export function reportHeader(region: NamedRegion, trail: ReadonlyArray<NamedRegion>, bulan: string, kpm: string[]) {
  const of = (jenis: string) => trail.find((r) => r.jenis === jenis);
  return {
    desa: region.nama,
    kode: region.kode,
    kelurahan: region.jenis === "kelurahan",
    kecamatan: of("kecamatan")?.nama ?? "–",
    kecamatanKode: of("kecamatan")?.kode ?? "",
    kabupaten: of("kabupaten")?.nama ?? "–",
    kabupatenKode: of("kabupaten")?.kode ?? "",
    bulan,
    kpm,
  };
}
