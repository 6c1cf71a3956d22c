import type { RegionLevel } from "@/lib/enums";
import { LEVEL_LABELS, commonText } from "@/lib/i18n/common";

/** "Kecamatan Mentok", "Desa Air Putih"; kabupaten names already carry their prefix in the source data. */
export function regionTitle(region: { nama: string; jenis: RegionLevel }): string {
  const label = LEVEL_LABELS[region.jenis];
  return region.nama.toLowerCase().startsWith(label.toLowerCase()) ? region.nama : `${label} ${region.nama}`;
}

/** Heading of a region's list of children; desa and kelurahan have none. */
export function childLevelLabel(jenis: RegionLevel): string {
  const levels: Partial<Record<RegionLevel, string>> = commonText.region.childLevels;
  return levels[jenis] ?? "";
}
