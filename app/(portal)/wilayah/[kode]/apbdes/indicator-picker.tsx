import { INDICATORS, type IndicatorKelompok } from "@/lib/scorecard/indicators";
import { INDICATOR_KELOMPOK_LABELS } from "@/lib/i18n/scorecard";
import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.indicators;

const GROUPS: IndicatorKelompok[] = ["ibu", "anak", "paud"];

/** Multi-select of scorecard indicators as plain checkboxes (one `indikator` value each), so it works without
 * JavaScript; folded away because most lines name only a few. */
export function IndicatorPicker({ selected, error }: { selected: ReadonlyArray<string>; error?: string[] }) {
  const message = error?.[0];
  return (
    <details open={selected.length > 0 || !!message} className="rounded-md border border-slate-200 bg-white p-3">
      <summary className="min-h-11 cursor-pointer content-center text-sm font-medium">
        {t.summaryLead}
        {selected.length ? t.selected(selected.length) : t.optional}
      </summary>
      <div className="mt-2 space-y-3">
        {GROUPS.map((g) => (
          <fieldset key={g}>
            <legend className="text-sm font-semibold">{INDICATOR_KELOMPOK_LABELS[g]}</legend>
            <ul className="mt-1 space-y-1">
              {INDICATORS.filter((i) => i.kelompok === g).map((i) => (
                <li key={i.key}>
                  <label className="flex min-h-11 cursor-pointer items-start gap-3 py-1 text-sm">
                    <input
                      type="checkbox"
                      name="indikator"
                      value={i.key}
                      defaultChecked={selected.includes(i.key)}
                      className="mt-0.5 size-5 shrink-0 accent-brand-700"
                    />
                    <span>
                      <span className="font-medium">{i.nomor}.</span> {i.label}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
      <p
        data-testid="error-indikator"
        aria-live="polite"
        className="mt-1 text-sm font-medium text-danger-700 empty:mt-0"
      >
        {message ?? ""}
      </p>
    </details>
  );
}
