"use client";

import type { OutboxKind } from "@/lib/offline/protocol";
import { OfflineIdFields } from "@/components/offline/use-offline-submit";
import type { FormState } from "@/lib/form-state";
import { useEchoForm } from "@/components/forms/use-echo-form";
import { PhoneResult, type PhoneResultChild } from "@/components/phone-result";
import { posyanduDayText } from "@/lib/i18n/posyandu-day";
import { CheckboxField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { MeasurementFields, VisitFields } from "./month-fields";
import { STATUS_PAUD_LABELS, pemantauanText } from "@/lib/i18n/pemantauan";
import { BALITA_FLAGS, balitaText } from "@/lib/i18n/balita";
import { DayNav } from "./anak-month-form";

const f = pemantauanText.form;
const t = balitaText.form;
const HIDDEN = ["kode", "sasaranId", "bulan", "version"] as const;

type Props = {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  offline?: OutboxKind;
  defaults: Record<string, string>;
  posyandu: Array<{ value: string; label: string }>;
  minDate: string;
  maxDate: string;
  /** "Penimbangan terakhir: …" beside the weight, when the child was weighed before this month. */
  lastWeighing?: string;
  day?: { posyanduId: string; child: PhoneResultChild; nextHref: string | null; listHref: string };
};

const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The monthly balita record (24–59 months): weighed or not, weight and height (standing), the month's services,
 * and PAUD attendance (kept in Formulir 2C's row). */
export function BalitaMonthForm({ action, offline, defaults, posyandu, minDate, maxDate, lastWeighing, day }: Props) {
  const { state, formAction, onSubmit, v, e, formKey } = useEchoForm(action, defaults, offline);
  if (day && state.status === "ok")
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <p className="text-sm text-slate-700">{posyanduDayText.savedOnPhone}</p>
        <PhoneResult child={day.child} values={v} />
        <DayNav nextHref={day.nextHref} listHref={day.listHref} />
      </div>
    );
  return (
    <form action={formAction} onSubmit={onSubmit} key={formKey} className="space-y-4" noValidate>
      <OfflineIdFields />
      {day ? <input type="hidden" name="hariPosyandu" value={day.posyanduId} /> : null}
      {HIDDEN.map((k) => (v[k] ? <input key={k} type="hidden" name={k} value={v[k]} /> : null))}
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <VisitFields v={v} e={e} posyandu={posyandu} minDate={minDate} maxDate={maxDate} />
      </div>
      <MeasurementFields v={v} e={e} legend={t.heading} panjangHint={t.tinggiHint}>
        <CheckboxField name="ditimbang" label={t.ditimbang} defaultChecked={v.ditimbang === "on"} error={e.ditimbang} />
        {lastWeighing ? <p className="text-sm text-slate-700 sm:col-span-2">{lastWeighing}</p> : null}
      </MeasurementFields>
      <fieldset className="grid gap-2 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-semibold">{t.services}</legend>
        {BALITA_FLAGS.map(([name, label]) => (
          <CheckboxField key={name} name={name} label={label} defaultChecked={v[name] === "on"} error={e[name]} />
        ))}
      </fieldset>
      <SelectField
        name="statusPaud"
        label={t.paud}
        defaultValue={v.statusPaud ?? ""}
        error={e.statusPaud}
        placeholder={t.paudNone}
        options={opts(STATUS_PAUD_LABELS)}
      />
      <SubmitButton className="w-full sm:w-auto">{f.submit}</SubmitButton>
    </form>
  );
}
