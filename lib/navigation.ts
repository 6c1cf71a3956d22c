import type { Capability } from "@/lib/auth/permissions";
import type { RegionLevel } from "@/db/schema";

/** Tabs of a region page: each names the capability that shows it and the region levels it exists at.
 * The server still checks every page and action; this only decides what is offered. */
export type NavItem = { segment: string; label: string; capability: Capability; levels: ReadonlyArray<RegionLevel> };

const VILLAGE = ["desa", "kelurahan"] as const;

export const REGION_NAV: ReadonlyArray<NavItem> = [
  { segment: "", label: "Ringkasan", capability: "wilayah:read", levels: ["kabupaten", "kecamatan", "desa", "kelurahan"] },
  { segment: "sasaran", label: "Sasaran", capability: "sasaran:read", levels: VILLAGE },
  { segment: "pemantauan", label: "Pemantauan", capability: "pemantauan:read", levels: VILLAGE },
  { segment: "scorecard", label: "Scorecard", capability: "scorecard:read", levels: ["kabupaten", "kecamatan", "desa", "kelurahan"] },
  { segment: "apbdes", label: "APBDes", capability: "apbdes:read", levels: ["kabupaten", "kecamatan", "desa", "kelurahan"] },
  { segment: "kpm", label: "Kinerja KPM", capability: "dashboard:read", levels: ["kabupaten", "kecamatan"] },
  { segment: "kegiatan", label: "Kegiatan KPM", capability: "sasaran:read", levels: VILLAGE },
  { segment: "posyandu", label: "Posyandu", capability: "sasaran:read", levels: VILLAGE },
];
