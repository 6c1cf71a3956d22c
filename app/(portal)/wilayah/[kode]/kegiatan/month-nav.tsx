import { LinkButton, buttonClass } from "@/components/ui/button";
import { formatMonth } from "@/lib/format";
import { neighbourMonths } from "@/lib/kegiatan/month";
import { formatYearMonth, type YearMonth } from "@/lib/periods";
import { kegiatanText } from "@/lib/i18n/kegiatan";

const t = kegiatanText.monthNav;

/** Month selector kept in the URL (?bulan=YYYY-MM): previous/next links plus a jump form that needs no JS. */
export function MonthNav({ basePath, bulan }: { basePath: string; bulan: YearMonth }) {
  const current = formatYearMonth(bulan);
  const { prev, next } = neighbourMonths(bulan);
  return (
    <nav aria-label={t.ariaLabel} className="no-print space-y-2">
      {/* On a 360 px phone the arrows alone fit beside the month; the aria-label names the month either way. */}
      <div className="grid grid-cols-[auto_1fr_auto] items-center gap-2">
        <LinkButton
          variant="secondary"
          className="min-w-11 px-3"
          href={`${basePath}?bulan=${prev}`}
          aria-label={t.prev(formatMonth(prev))}
        >
          <span aria-hidden="true">‹</span>
          <span className="hidden sm:inline">{formatMonth(prev)}</span>
        </LinkButton>
        <p className="text-center text-lg font-semibold" data-testid="bulan-aktif" aria-live="polite">
          {formatMonth(current)}
        </p>
        <LinkButton
          variant="secondary"
          className="min-w-11 px-3"
          href={`${basePath}?bulan=${next}`}
          aria-label={t.next(formatMonth(next))}
        >
          <span className="hidden sm:inline">{formatMonth(next)}</span>
          <span aria-hidden="true">›</span>
        </LinkButton>
      </div>
      <form method="get" action={basePath} className="flex flex-wrap items-end justify-center gap-2">
        <label className="text-sm">
          <span className="block font-medium text-slate-800">{t.jump}</span>
          <input
            type="month"
            name="bulan"
            defaultValue={current}
            className="mt-1 min-h-11 rounded-md border border-slate-400 bg-white px-3"
          />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t.show}
        </button>
      </form>
    </nav>
  );
}
