import type { FormState } from "@/lib/form-state";
import { CheckboxField, Field, SelectField } from "@/components/ui/field";
import { CARA_UKUR_LABELS, pemantauanText } from "@/lib/i18n/pemantauan";

/* The parts the monthly forms share (2A, 2B, the balita record), so the date, the posyandu and the measurement read
 * and behave the same on every form. Used inside the forms' client components. */

const f = pemantauanText.form;
const a = pemantauanText.anakForm;

type Values = Record<string, string | undefined>;
type Errors = NonNullable<FormState["errors"]>;

const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Examination date (within the month, not after today) and posyandu: two cells of the form's grid. */
export function VisitFields({
  v,
  e,
  posyandu,
  minDate,
  maxDate,
}: {
  v: Values;
  e: Errors;
  posyandu: Array<{ value: string; label: string }>;
  minDate: string;
  maxDate: string;
}) {
  return (
    <>
      <Field
        name="tanggalPeriksa"
        label={f.tanggalPeriksa}
        type="date"
        min={minDate}
        max={maxDate}
        defaultValue={v.tanggalPeriksa}
        error={e.tanggalPeriksa}
        required
      />
      <SelectField
        name="posyanduId"
        label={f.posyandu}
        defaultValue={v.posyanduId}
        error={e.posyanduId}
        options={posyandu}
      />
    </>
  );
}

/** Weight, length/height, how it was measured and oedema, under `legend`; `children` come first in the box. */
export function MeasurementFields({
  v,
  e,
  legend,
  panjangHint,
  children,
}: {
  v: Values;
  e: Errors;
  legend: string;
  panjangHint: string;
  children?: React.ReactNode;
}) {
  return (
    <fieldset className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-2">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {children}
      <Field
        name="beratKg"
        label={a.berat}
        inputMode="decimal"
        defaultValue={v.beratKg}
        error={e.beratKg}
        hint={a.beratHint}
      />
      <Field
        name="panjangCm"
        label={a.panjang}
        inputMode="decimal"
        defaultValue={v.panjangCm}
        error={e.panjangCm}
        hint={panjangHint}
      />
      <SelectField
        name="caraUkur"
        label={a.caraUkur}
        defaultValue={v.caraUkur ?? ""}
        error={e.caraUkur}
        placeholder={f.choose}
        options={opts(CARA_UKUR_LABELS)}
      />
      <CheckboxField name="oedema" label={a.oedema} defaultChecked={v.oedema === "on"} error={e.oedema} />
    </fieldset>
  );
}
