import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { StatusApbdes } from "@/lib/enums";

type Who = Pick<Viewer, "role" | "scopeKode">;

/** Only the desa's own perangkat desa and kepala desa write its APBDes: a wider scope (kecamatan, kabupaten,
 * admin) reads and reviews but never types the village's budget. */
export function canWriteApbdes(viewer: Who, kodeDesa: string): boolean {
  return (
    (viewer.role === "perangkat_desa" || viewer.role === "kepala_desa") &&
    can(viewer.role, "apbdes:write") &&
    viewer.scopeKode === kodeDesa
  );
}

/** Approval (and returning with a note) is the kepala desa's act for their own desa. */
export function canApproveApbdes(viewer: Who, kodeDesa: string): boolean {
  return viewer.role === "kepala_desa" && can(viewer.role, "apbdes:approve") && viewer.scopeKode === kodeDesa;
}

/** KPM read their desa's budget only once it is approved. */
export function seesApprovedOnly(viewer: Pick<Viewer, "role">): boolean {
  return viewer.role === "kpm";
}

export type Transition = "ajukan" | "setujui" | "kembalikan";

/** The one status machine: draft → diajukan → disetujui, or diajukan → draft with a note. */
export const TRANSITIONS: Record<Transition, { from: StatusApbdes; to: StatusApbdes; by: "write" | "approve" }> = {
  ajukan: { from: "draft", to: "diajukan", by: "write" },
  setujui: { from: "diajukan", to: "disetujui", by: "approve" },
  kembalikan: { from: "diajukan", to: "draft", by: "approve" },
};

export function mayTransition(viewer: Who, kodeDesa: string, t: Transition): boolean {
  return TRANSITIONS[t].by === "write" ? canWriteApbdes(viewer, kodeDesa) : canApproveApbdes(viewer, kodeDesa);
}
