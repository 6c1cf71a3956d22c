import { can, type Capability, type Role } from "./permissions";

/** Links in the top bar beside the region pages: each names the capability that shows it. The pages check
 * again; this only decides what is offered. */
export type MenuItem = { href: string; label: string; capability: Capability };

export const PORTAL_MENU: ReadonlyArray<MenuItem> = [
  { href: "/admin/pengguna", label: "Pengguna", capability: "users:manage" },
  { href: "/admin/audit", label: "Audit", capability: "audit:read" },
  { href: "/akun/kata-sandi", label: "Kata sandi", capability: "account:password" },
];

export function menuFor(role: Role): MenuItem[] {
  return PORTAL_MENU.filter((item) => can(role, item.capability));
}
