import Link from "next/link";
import { isInScope } from "@/lib/auth/scope";
import { regionTitle } from "@/lib/regions";
import type { RegionLevel } from "@/lib/enums";
import { commonText } from "@/lib/i18n/common";

type Crumb = { kode: string; nama: string; jenis: RegionLevel };

/** Region trail; ancestors outside the viewer's scope are shown as plain text, not links. */
export function Breadcrumb({
  trail,
  scopeKode,
  current,
}: {
  trail: Crumb[];
  scopeKode: string;
  current?: { label: string };
}) {
  if (!trail.length && !current) return null;
  return (
    <nav aria-label={commonText.region.breadcrumb} className="no-print text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        {trail.map((c) => (
          <li key={c.kode} className="flex items-center gap-1">
            {isInScope(scopeKode, c.kode) ? (
              <Link
                href={`/wilayah/${c.kode}`}
                className="underline decoration-slate-400 underline-offset-2 hover:text-brand-700"
              >
                {regionTitle(c)}
              </Link>
            ) : (
              <span>{regionTitle(c)}</span>
            )}
            <span aria-hidden="true">›</span>
          </li>
        ))}
        {current ? <li aria-current="page">{current.label}</li> : null}
      </ol>
    </nav>
  );
}
