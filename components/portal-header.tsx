import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import { ROLE_LABELS } from "@/lib/i18n/auth";
import type { MenuItem } from "@/lib/auth/portal-menu";
import { SignOutForm } from "@/components/offline/sign-out-form";
import { commonText } from "@/lib/i18n/common";

/** Top bar on every portal page: who is signed in, as what, for which region, the account and admin links,
 * and the sign-out control. */
export function PortalHeader({
  viewer,
  regionName,
  menu,
}: {
  viewer: Viewer;
  regionName: string;
  menu: ReadonlyArray<MenuItem>;
}) {
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <Link href="/" className="text-lg font-bold text-brand-700">
            {commonText.app.name}
          </Link>
          {menu.length ? (
            <nav aria-label={commonText.header.accountMenu}>
              <ul className="flex flex-wrap gap-1 text-sm">
                {menu.map((item) => (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      className="inline-flex min-h-11 items-center rounded-md px-2 font-medium text-slate-700 hover:bg-slate-50 hover:text-brand-800"
                    >
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </div>
        <div className="flex items-center gap-3 text-sm">
          <p data-testid="header-user" className="text-right leading-tight">
            <span className="block font-semibold">{viewer.displayName}</span>
            <span className="block text-slate-600">
              <span data-testid="header-role">{ROLE_LABELS[viewer.role]}</span> ·{" "}
              <span data-testid="header-region">{regionName}</span>
            </span>
          </p>
          {/* A plain POST (not a client-side action) so the whole page is reloaded and no cached view survives. */}
          <SignOutForm label={commonText.header.signOut} />
        </div>
      </div>
    </header>
  );
}
