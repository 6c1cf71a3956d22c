import Link from "next/link";
import { can, type Role } from "@/lib/auth/permissions";
import { adminText } from "@/lib/i18n/admin";

const TABS = [
  { href: "/admin/pengguna", label: adminText.tabs.pengguna, capability: "users:manage" },
  { href: "/admin/pengaturan", label: adminText.tabs.pengaturan, capability: "settings:manage" },
  { href: "/admin/audit", label: adminText.tabs.audit, capability: "audit:read" },
] as const;

/** Heading and section tabs of the admin area, filtered by role. */
export function AdminHeader({
  role,
  active,
  title,
  actions,
}: {
  role: Role;
  active: string;
  title: string;
  actions?: React.ReactNode;
}) {
  const tabs = TABS.filter((t) => can(role, t.capability));
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h1 className="text-2xl font-bold">{title}</h1>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {tabs.length > 1 ? (
        <nav aria-label={adminText.tabs.ariaLabel} className="-mx-4 overflow-x-auto border-b border-slate-200 px-4">
          <ul className="flex gap-1">
            {tabs.map((t) => (
              <li key={t.href}>
                <Link
                  href={t.href}
                  aria-current={active === t.href ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap ${active === t.href ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
                >
                  {t.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
