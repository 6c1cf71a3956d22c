import { kegiatanText } from "@/lib/i18n/kegiatan";

const t = kegiatanText.sasaran;

export type SasaranOption = { id: number; label: string };

/** Targets visited on a home visit. Always rendered (so it works without JS) but folded away unless relevant. */
export function SasaranChecklist({
  options,
  selected,
  open,
  error,
}: {
  options: SasaranOption[];
  selected: number[];
  open: boolean;
  error?: string[];
}) {
  const message = error?.[0];
  return (
    <details open={open} className="rounded-md border border-slate-300 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-medium">
        {t.summary}
        {selected.length ? t.selected(selected.length) : ""}
      </summary>
      <fieldset
        className="border-t border-slate-200 p-3"
        aria-describedby={message ? "f-sasaranIds-error" : undefined}
        aria-invalid={message ? true : undefined}
      >
        <legend className="sr-only">{t.legend}</legend>
        {options.length ? (
          <ul className="max-h-80 space-y-1 overflow-y-auto">
            {options.map((o) => (
              <li key={o.id}>
                <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-slate-50">
                  <input
                    type="checkbox"
                    name="sasaranIds"
                    value={o.id}
                    defaultChecked={selected.includes(o.id)}
                    className="size-5 shrink-0 accent-brand-700"
                  />
                  <span className="text-sm">{o.label}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t.none}</p>
        )}
      </fieldset>
      <p
        id="f-sasaranIds-error"
        data-testid="error-sasaranIds"
        aria-live="polite"
        className="px-3 pb-2 text-sm font-medium text-danger-700 empty:hidden"
      >
        {message ?? ""}
      </p>
    </details>
  );
}
