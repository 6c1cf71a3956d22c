import type { Capability } from "@/lib/auth/permissions";
import type { RegionLevel } from "@/lib/enums";
import { commonText } from "@/lib/i18n/common";

/** Tabs of a region page: each names the capability that shows it and the region levels it exists at.
 * The server still checks every page and action; this only decides what is offered. */
export type NavItem = { segment: string; label: string; capability: Capability; levels: ReadonlyArray<RegionLevel> };

const VILLAGE = ["desa", "kelurahan"] as const;
const t = commonText.regionTabs;

export const REGION_NAV: ReadonlyArray<NavItem> = [
  {
    segment: "",
    label: t.ringkasan,
    capability: "wilayah:read",
    levels: ["kabupaten", "kecamatan", "desa", "kelurahan"],
  },
  { segment: "sasaran", label: t.sasaran, capability: "sasaran:read", levels: VILLAGE },
  { segment: "pemantauan", label: t.pemantauan, capability: "pemantauan:read", levels: VILLAGE },
  {
    segment: "scorecard",
    label: t.scorecard,
    capability: "scorecard:read",
    levels: ["kabupaten", "kecamatan", "desa", "kelurahan"],
  },
  {
    segment: "apbdes",
    label: t.apbdes,
    capability: "apbdes:read",
    levels: ["kabupaten", "kecamatan", "desa", "kelurahan"],
  },
  { segment: "kpm", label: t.kpm, capability: "dashboard:read", levels: ["kabupaten", "kecamatan"] },
  { segment: "kegiatan", label: t.kegiatan, capability: "sasaran:read", levels: VILLAGE },
  { segment: "posyandu", label: t.posyandu, capability: "sasaran:read", levels: VILLAGE },
];
