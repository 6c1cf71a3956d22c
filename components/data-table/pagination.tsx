import Link from "next/link";
import { hrefWith } from "@/lib/url";
import { formatInteger } from "@/lib/format";
import { commonText } from "@/lib/i18n/common";

const t = commonText.pagination;

export function Pagination({
  baseHref,
  params,
  page,
  pageSize,
  total,
}: {
  baseHref: string;
  params: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total ? (page - 1) * pageSize + 1 : 0;
  const to = Math.min(total, page * pageSize);
  const link =
    "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-50";
  return (
    <nav aria-label={t.ariaLabel} className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <p>{t.range(formatInteger(from), formatInteger(to), formatInteger(total))}</p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={link} href={hrefWith(baseHref, params, { page: page - 1 })} rel="prev">
            {t.previous}
          </Link>
        ) : null}
        <span className="inline-flex min-h-11 items-center px-2">{t.page(page, pages)}</span>
        {page < pages ? (
          <Link className={link} href={hrefWith(baseHref, params, { page: page + 1 })} rel="next">
            {t.next}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
