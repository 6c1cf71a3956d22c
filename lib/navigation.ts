import type { Capability } from "@/lib/auth/permissions";

/** Menu for a region page: each item names the capability that shows it and the region levels it exists at.
 * The server still checks every page; this only decides what is offered. */
export type NavItem = { segment: string; label: string; capability: Capability; levels: ReadonlyArray<"kabupaten" | "kecamatan" | "desa" | "kelurahan"> };

export const REGION_NAV: ReadonlyArray<NavItem> = [
  { segment: "", label: "Ringkasan", capability: "wilayah:read", levels: ["kabupaten", "kecamatan", "desa", "kelurahan"] },
];
