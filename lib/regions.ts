import type { RegionLevel } from "@/db/schema";

export const LEVEL_LABELS: Record<RegionLevel, string> = {
  provinsi: "Provinsi",
  kabupaten: "Kabupaten",
  kecamatan: "Kecamatan",
  desa: "Desa",
  kelurahan: "Kelurahan",
};

/** "Kecamatan Mentok", "Desa Air Putih"; kabupaten names already carry their prefix in the source data. */
export function regionTitle(region: { nama: string; jenis: RegionLevel }): string {
  const label = LEVEL_LABELS[region.jenis];
  return region.nama.toLowerCase().startsWith(label.toLowerCase()) ? region.nama : `${label} ${region.nama}`;
}

export function childLevelLabel(jenis: RegionLevel): string {
  switch (jenis) {
    case "provinsi":
      return "Kabupaten/Kota";
    case "kabupaten":
      return "Kecamatan";
    case "kecamatan":
      return "Desa/Kelurahan";
    default:
      return "";
  }
}
