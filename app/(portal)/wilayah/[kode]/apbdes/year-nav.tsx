import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.yearNav;

/** Tahun anggaran picker: neighbours as links, any year through a small GET form (works without JavaScript). */
export function YearNav({ base, tahun, years }: { base: string; tahun: number; years: ReadonlyArray<number> }) {
  const href = (t: number) => `${base}?tahun=${t}`;
  return (
    <nav aria-label={t.ariaLabel} className="no-print flex flex-wrap items-end gap-2">
      <Link href={href(tahun - 1)} className={buttonClass("secondary")} rel="prev">
        ‹ {tahun - 1}
      </Link>
      <form method="get" action={base} className="flex items-end gap-2">
        <label className="text-sm font-medium">
          {t.label}
          <input
            name="tahun"
            type="number"
            min={2015}
            max={2100}
            defaultValue={tahun}
            className="mt-1 block min-h-11 w-28 rounded-md border border-slate-400 bg-white px-2"
          />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t.open}
        </button>
      </form>
      <Link href={href(tahun + 1)} className={buttonClass("secondary")} rel="next">
        {tahun + 1} ›
      </Link>
      {years.length ? (
        <p className="w-full text-sm text-slate-600">
          {t.hasData}{" "}
          {years.map((y, i) => (
            <span key={y}>
              {i ? ", " : ""}
              {y === tahun ? (
                <strong>{y}</strong>
              ) : (
                <Link href={href(y)} className="underline underline-offset-2">
                  {y}
                </Link>
              )}
            </span>
          ))}
        </p>
      ) : null}
    </nav>
  );
}
