import { can, type Capability, type Role } from "./permissions";
import { commonText } from "@/lib/i18n/common";

/** Links in the top bar beside the region pages: each names the capability that shows it. The pages check
 * again; this only decides what is offered. */
export type MenuItem = { href: string; label: string; capability: Capability };

export const PORTAL_MENU: ReadonlyArray<MenuItem> = [
  { href: "/admin/pengguna", label: commonText.portalMenu.pengguna, capability: "users:manage" },
  { href: "/admin/audit", label: commonText.portalMenu.audit, capability: "audit:read" },
  { href: "/akun/kata-sandi", label: commonText.portalMenu.kataSandi, capability: "account:password" },
];

export function menuFor(role: Role): MenuItem[] {
  return PORTAL_MENU.filter((item) => can(role, item.capability));
}
