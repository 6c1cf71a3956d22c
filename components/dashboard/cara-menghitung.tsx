import { FIGURES, type FigureKey, type FigurePart } from "@/lib/indicators/figures";
import { formatInteger, formatRupiah } from "@/lib/format";
import { indicatorsText } from "@/lib/i18n/indicators";

const t = indicatorsText.disclosure;

export type FigureNumbers = {
  figure: FigureKey;
  numerator: number;
  /** Absent for a plain count (sasaran aktif, pagu). */
  denominator?: number;
  /** The drill-down list of each part, given only to a viewer allowed to see the names behind it. */
  links?: Partial<Record<FigurePart, string>>;
};

const TAP = "inline-flex min-h-11 items-center";

function numberText(figure: FigureKey, part: FigurePart, n: number): string {
  const money = FIGURES[figure].unit === "rupiah" && !(figure === "pagu-per-sasaran" && part === "penyebut");
  return money ? formatRupiah(Math.round(n)) : formatInteger(n);
}

/** "15 dari 275 anak", or "760 sasaran" for a count. */
function numbersLine({ figure, numerator, denominator }: FigureNumbers): string {
  const satuan = indicatorsText.figures[figure].satuan;
  const num = numberText(figure, "pembilang", numerator);
  if (denominator === undefined) return FIGURES[figure].unit === "rupiah" ? num : t.count(num, satuan);
  const den = numberText(figure, "penyebut", denominator);
  return t.ratio(num, den, FIGURES[figure].unit === "rupiah" || figure === "realisasi" ? null : satuan);
}

function ListLinks({ figure, numerator, denominator, links }: FigureNumbers) {
  const parts = (["pembilang", "penyebut"] as const).filter((p) => links?.[p]);
  if (!parts.length) return null;
  return (
    <ul className="no-print flex flex-wrap gap-x-4">
      {parts.map((p) => (
        <li key={p}>
          <a className={`${TAP} font-medium text-brand-800 underline`} href={links![p]}>
            {t.listLink[p](numberText(figure, p, p === "pembilang" ? numerator : (denominator ?? 0)))}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** "Cara menghitung" beside a headline figure: the definition in plain words (docs/indicators.md), the numerator
 * and denominator as numbers, and the lists behind them. A plain <details>: no JavaScript, keyboard and screen
 * reader operable, printed open (app/globals.css). */
export function CaraMenghitung({ named = false, ...props }: FigureNumbers & { named?: boolean }) {
  const text = indicatorsText.figures[props.figure];
  const terms = [
    [t.terms.pembilang, text.pembilang],
    [t.terms.penyebut, text.penyebut],
    [t.terms.populasi, text.populasi],
    [t.terms.periode, text.periode],
    [t.terms.dikecualikan, text.dikecualikan],
  ].filter((x): x is [string, string] => x[1] !== null);
  return (
    <details className="cara-menghitung relative mt-1 text-xs" data-testid={`cara-${props.figure}`}>
      <summary className={`${TAP} cursor-pointer font-medium text-brand-800 underline`}>
        {named ? (
          t.summaryNamed(text.label)
        ) : (
          <>
            {t.summary}
            <span className="sr-only">{t.summaryOf(text.label)}</span>
          </>
        )}
      </summary>
      <div className="mt-1 space-y-1 rounded-md bg-slate-50 p-2 text-slate-700">
        <p className="font-semibold tabular-nums" data-testid="cara-angka">
          {numbersLine(props)}
        </p>
        <dl className="space-y-1">
          {terms.map(([term, def]) => (
            <div key={term}>
              <dt className="font-medium">{term}</dt>
              <dd>{def}</dd>
            </div>
          ))}
        </dl>
        <ListLinks {...props} />
      </div>
    </details>
  );
}

/** The same in a desa table cell: the cell's value is the summary; it opens on the numbers and the lists (the
 * definition itself is beside the headline figure above the table). */
export function CaraMenghitungCell({
  value,
  desa,
  className,
  ...props
}: FigureNumbers & { value: React.ReactNode; desa: string; className?: string }) {
  // `relative`: the screen-reader text (absolutely positioned) stays inside the table's scroll box; without it the
  // page itself became 1,200 px wide on a phone.
  return (
    <details className="cara-menghitung relative text-sm">
      <summary className={`${TAP} cursor-pointer tabular-nums underline decoration-dotted ${className ?? ""}`}>
        {value}
        <span className="sr-only">{t.cellSummary(indicatorsText.figures[props.figure].label, desa)}</span>
      </summary>
      <div className="space-y-1 text-xs text-slate-700">
        <p className="tabular-nums">{numbersLine(props)}</p>
        <ListLinks {...props} />
      </div>
    </details>
  );
}
