import { Field, SelectField } from "@/components/ui/field";
import { kpmText } from "@/lib/i18n/kpm";

const t = kpmText.tamu;

export type DesaOption = { value: string; label: string };

/** Attendees without an account: `rows` pairs of name and desa (indexed names, so nothing typed is split). Blank
 * rows are ignored; without JavaScript, more rows come after a save (the edit form shows two spare rows). */
export function TamuFieldset({
  rows,
  desaOptions,
  values,
  errors,
}: {
  rows: number;
  desaOptions: DesaOption[];
  values: Record<string, string | undefined>;
  errors: Record<string, string[] | undefined>;
}) {
  const message = errors.tamu?.[0];
  return (
    <div>
      <fieldset
        className="rounded-md border border-slate-300 bg-white p-3"
        aria-describedby={message ? "f-tamu-error" : "f-tamu-hint"}
        aria-invalid={message ? true : undefined}
        data-testid="tamu-fieldset"
      >
        <legend className="px-1 text-sm font-medium text-slate-800">{t.legend}</legend>
        <p id="f-tamu-hint" className="mb-2 text-sm text-slate-600">
          {t.hint}
        </p>
        <ol className="space-y-3">
          {Array.from({ length: rows }, (_, i) => (
            <li key={i} className="grid gap-2 sm:grid-cols-2">
              <Field
                name={`tamuNama${i}`}
                label={t.nama(i + 1)}
                maxLength={120}
                autoComplete="off"
                defaultValue={values[`tamuNama${i}`] ?? ""}
                error={errors[`tamuNama${i}`]}
              />
              <SelectField
                name={`tamuDesa${i}`}
                label={t.desa(i + 1)}
                options={desaOptions}
                placeholder={t.desaPlaceholder}
                defaultValue={values[`tamuDesa${i}`] ?? ""}
                error={errors[`tamuDesa${i}`]}
              />
            </li>
          ))}
        </ol>
      </fieldset>
      <p
        id="f-tamu-error"
        data-testid="error-tamu"
        aria-live="polite"
        className="mt-1 text-sm font-medium text-danger-700 empty:mt-0"
      >
        {message ?? ""}
      </p>
    </div>
  );
}
