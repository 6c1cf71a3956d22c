import { kpmText } from "@/lib/i18n/kpm";

const t = kpmText.peserta;

export type PesertaOption = { id: number; label: string };

/** KPM accounts of the region as a checkbox list; one field error for the whole list. */
export function PesertaChecklist({
  options,
  selected,
  error,
}: {
  options: PesertaOption[];
  selected: number[];
  error?: string[];
}) {
  const message = error?.[0];
  return (
    <div>
      <fieldset
        className="rounded-md border border-slate-300 bg-white p-3"
        aria-describedby={message ? "f-pesertaIds-error" : undefined}
        aria-invalid={message ? true : undefined}
      >
        <legend className="px-1 text-sm font-medium text-slate-800">{t.legend}</legend>
        {options.length ? (
          <ul className="max-h-80 space-y-1 overflow-y-auto">
            {options.map((o) => (
              <li key={o.id}>
                <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-slate-50">
                  <input
                    type="checkbox"
                    name="pesertaIds"
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
        id="f-pesertaIds-error"
        data-testid="error-pesertaIds"
        aria-live="polite"
        className="mt-1 text-sm font-medium text-danger-700 empty:mt-0"
      >
        {message ?? ""}
      </p>
    </div>
  );
}
