import Link from "next/link";
import { tabsFor } from "@/lib/sections";
import type { Role } from "@/lib/auth/permissions";
import type { RegionLevel } from "@/lib/enums";
import { commonText } from "@/lib/i18n/common";

/** Section tabs for a region, filtered by role and region level. */
export function RegionTabs({
  kode,
  jenis,
  role,
  active,
}: {
  kode: string;
  jenis: RegionLevel;
  role: Role;
  active?: string;
}) {
  const items = tabsFor(role, jenis);
  if (items.length < 2) return null;
  return (
    <nav
      aria-label={commonText.regionTabs.ariaLabel}
      className="no-print -mx-4 overflow-x-auto border-b border-slate-200 px-4"
    >
      <ul className="flex gap-1">
        {items.map((i) => {
          const current = (active ?? "") === i.segment;
          return (
            <li key={i.segment}>
              <Link
                href={`/wilayah/${kode}${i.segment ? `/${i.segment}` : ""}`}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap ${current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {i.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
