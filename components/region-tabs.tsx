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
    <nav aria-label={commonText.regionTabs.ariaLabel} className="no-print border-b border-slate-200">
      {/* Wraps onto a second row on a phone: every section stays in sight, no sideways scroll to discover. */}
      <ul className="flex flex-wrap gap-x-1">
        {items.map((i) => {
          const current = (active ?? "") === i.segment;
          return (
            <li key={i.segment}>
              <Link
                href={`/wilayah/${kode}${i.segment ? `/${i.segment}` : ""}`}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-2 px-2 text-sm font-medium whitespace-nowrap sm:px-3 ${current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
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
