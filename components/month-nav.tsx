import Link from "next/link";
import { addMonths, formatYearMonth, monthIndex, type YearMonth } from "@/lib/periods";
import { formatMonth } from "@/lib/format";
import { hrefWith } from "@/lib/url";
import { commonText } from "@/lib/i18n/common";

const t = commonText.monthNav;

/** Previous / next month links (URL state); no link into the future. */
export function MonthNav({
  baseHref,
  params,
  ym,
  max,
}: {
  baseHref: string;
  params: Record<string, string | undefined>;
  ym: YearMonth;
  max: YearMonth;
}) {
  const prev = addMonths(ym, -1);
  const next = addMonths(ym, 1);
  const link =
    "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-50";
  return (
    <nav aria-label={t.ariaLabel} className="flex items-center gap-2">
      <Link className={link} href={hrefWith(baseHref, params, { bulan: formatYearMonth(prev) })}>
        ‹ <span className="sr-only">{t.previous}</span>
      </Link>
      <span className="min-w-40 text-center font-semibold" aria-live="polite">
        {formatMonth(formatYearMonth(ym))}
      </span>
      {monthIndex(next) <= monthIndex(max) ? (
        <Link className={link} href={hrefWith(baseHref, params, { bulan: formatYearMonth(next) })}>
          <span className="sr-only">{t.next}</span> ›
        </Link>
      ) : null}
    </nav>
  );
}
