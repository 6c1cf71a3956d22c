import { can, type Capability, type Role } from "@/lib/auth/permissions";
import type { RegionLevel } from "@/lib/enums";
import { commonText } from "@/lib/i18n/common";

/** A section of a region: the pages under /wilayah/[kode]/<segment>. */
export type Section = {
  /** Path segment under /wilayah/[kode] ("" for the region overview). */
  segment: string;
  /** Its tab. */
  label: string;
  /** Levels where its tab, pages and downloads exist; elsewhere they answer 404. */
  levels: readonly RegionLevel[];
  /** Capability that shows its tab and opens its pages and downloads (else 403). */
  read: Capability;
  /** Capability its form pages need (else 403); absent where the section has no single one. */
  write?: Capability;
  /** Levels where it is written: form pages, the import template and guardedAction's `section` refuse others. */
  writeLevels: readonly RegionLevel[];
  /** Levels where its downloads answer, when fewer than `levels`. */
  exportLevels?: readonly RegionLevel[];
  /** False for pages reached from another page's links, not from a tab of their own. */
  tab?: boolean;
};

const ALL = ["kabupaten", "kecamatan", "desa", "kelurahan"] as const;
const VILLAGE = ["desa", "kelurahan"] as const;
const t = commonText.regionTabs;

/** The one description of a region's sections, in tab order. The tabs, the page guard (requireRegionPage), the
 * route guard (guardRoute), guardedAction's `section` and the access-matrix tests all read it. A province is no
 * level of any section: no account's scope is a province. */
export const SECTIONS = {
  ringkasan: { segment: "", label: t.ringkasan, levels: ALL, read: "wilayah:read", writeLevels: [] },
  sasaran: {
    segment: "sasaran",
    label: t.sasaran,
    levels: VILLAGE,
    read: "sasaran:read",
    write: "sasaran:write",
    writeLevels: VILLAGE,
  },
  pemantauan: {
    segment: "pemantauan",
    label: t.pemantauan,
    levels: VILLAGE,
    read: "pemantauan:read",
    write: "pemantauan:write",
    writeLevels: VILLAGE,
  },
  // The quarter workflow names its own capability per step (submit, approve, return, unlock): no single `write`.
  scorecard: { segment: "scorecard", label: t.scorecard, levels: ALL, read: "scorecard:read", writeLevels: VILLAGE },
  // A kelurahan has no APBDes: its tab says so, and there is nothing to write or download there.
  apbdes: {
    segment: "apbdes",
    label: t.apbdes,
    levels: ALL,
    read: "apbdes:read",
    write: "apbdes:write",
    writeLevels: ["desa"],
    exportLevels: ["kabupaten", "kecamatan", "desa"],
  },
  // Training is organised by a kabupaten or a kecamatan.
  kpm: {
    segment: "kpm",
    label: t.kpm,
    levels: ["kabupaten", "kecamatan"],
    read: "dashboard:read",
    write: "pelatihan:write",
    writeLevels: ["kabupaten", "kecamatan"],
  },
  kegiatan: {
    segment: "kegiatan",
    label: t.kegiatan,
    levels: VILLAGE,
    read: "sasaran:read",
    write: "kegiatan:write",
    writeLevels: VILLAGE,
  },
  posyandu: {
    segment: "posyandu",
    label: t.posyandu,
    levels: VILLAGE,
    read: "sasaran:read",
    write: "posyandu:write",
    writeLevels: VILLAGE,
  },
  // The drill-down lists behind each dashboard figure (lib/indicators/figures.ts): names of targets, so the
  // target list's capability; reached from "Cara menghitung", not from a tab.
  rincian: {
    segment: "rincian",
    label: t.rincian,
    levels: ALL,
    read: "sasaran:read",
    writeLevels: [],
    tab: false,
  },
} as const satisfies Record<string, Section>;

export type SectionKey = keyof typeof SECTIONS;
export const SECTION_KEYS = Object.keys(SECTIONS) as SectionKey[];

export function section(key: SectionKey): Section {
  return SECTIONS[key];
}

/** Which of a section's level lists applies: its pages (read), its form pages and writes, its downloads. */
export type SectionUse = "read" | "write" | "export";

export function sectionLevels(key: SectionKey, use: SectionUse): readonly RegionLevel[] {
  const s = section(key);
  return use === "write" ? s.writeLevels : use === "export" ? (s.exportLevels ?? s.levels) : s.levels;
}

export function sectionAt(key: SectionKey, level: RegionLevel, use: SectionUse = "read"): boolean {
  return sectionLevels(key, use).includes(level);
}

/** The tabs a role sees on a region of this level. */
export function tabsFor(role: Role, level: RegionLevel): Array<Section & { key: SectionKey }> {
  return SECTION_KEYS.filter(
    (key) => section(key).tab !== false && sectionAt(key, level) && can(role, SECTIONS[key].read),
  ).map((key) => ({
    key,
    ...section(key),
  }));
}
