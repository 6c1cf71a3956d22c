import { can, type Role } from "@/lib/auth/permissions";

/** Who works offline: a user who records monthly data in exactly one desa (the KPM). Everyone else's pages need a
 * connection, and nothing of theirs is kept on the device (docs/offline.md). */
export function capturesOffline(viewer: { role: Role; scopeKode: string }): boolean {
  return can(viewer.role, "pemantauan:write") && viewer.scopeKode.split(".").length === 4;
}
