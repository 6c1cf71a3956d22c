"use client";

import type { OutboxKind } from "@/lib/offline/protocol";
import { OfflineIdFields } from "@/components/offline/use-offline-submit";
import type { FormState } from "@/lib/form-state";
import { useEchoForm } from "@/components/forms/use-echo-form";
import { CheckboxField, Field, SegmentedField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { VisitFields } from "./month-fields";
import { IBU_FLAGS, STATUS_KEHAMILAN_LABELS, pemantauanText } from "@/lib/i18n/pemantauan";

const f = pemantauanText.form;
const t = pemantauanText.ibuForm;
/** 0–4 KF visits in the month. */
const KF_OPTIONS = ["0", "1", "2", "3", "4"].map((value) => ({ value, label: value }));
/** Hidden inputs echoed back to the action (form field names). */
const HIDDEN = ["kode", "sasaranId", "bulan", "version"] as const;

type Props = {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  /** Set on the portal's own pages: the save keeps working without a connection (components/offline). */
  offline?: OutboxKind;
  defaults: Record<string, string>;
  posyandu: Array<{ value: string; label: string }>;
  minDate: string;
  maxDate: string;
};

/** Formulir 2A: ibu hamil / nifas, one month. */
export function IbuMonthForm({ action, offline, defaults, posyandu, minDate, maxDate }: Props) {
  const { state, formAction, onSubmit, v, e, formKey } = useEchoForm(action, defaults, offline);
  return (
    <form action={formAction} onSubmit={onSubmit} key={formKey} className="space-y-4" noValidate>
      <OfflineIdFields />
      {HIDDEN.map((k) => (v[k] ? <input key={k} type="hidden" name={k} value={v[k]} /> : null))}
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <VisitFields v={v} e={e} posyandu={posyandu} minDate={minDate} maxDate={maxDate} />
        <SelectField
          name="statusKehamilan"
          label={t.statusKehamilan}
          defaultValue={v.statusKehamilan ?? ""}
          error={e.statusKehamilan}
          placeholder={f.unknown}
          options={Object.entries(STATUS_KEHAMILAN_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <Field
          name="usiaKehamilan"
          label={t.usiaKehamilan}
          inputMode="numeric"
          defaultValue={v.usiaKehamilan}
          error={e.usiaKehamilan}
        />
        <Field
          name="tanggalMelahirkan"
          label={t.tanggalMelahirkan}
          type="date"
          max={maxDate}
          defaultValue={v.tanggalMelahirkan}
          error={e.tanggalMelahirkan}
        />
        <Field
          name="lilaCm"
          label={t.lila}
          inputMode="decimal"
          defaultValue={v.lilaCm}
          error={e.lilaCm}
          hint={t.lilaHint}
        />
        <Field
          name="butirPilFe"
          label={t.butirPilFe}
          inputMode="numeric"
          defaultValue={v.butirPilFe}
          error={e.butirPilFe}
        />
      </div>
      <SegmentedField
        name="kunjunganNifas"
        label={t.kunjunganNifas}
        hint={t.kunjunganNifasHint}
        options={KF_OPTIONS}
        defaultValue={v.kunjunganNifas ?? "0"}
        error={e.kunjunganNifas}
      />
      <fieldset className="grid gap-2 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-semibold">{f.services}</legend>
        {IBU_FLAGS.map(([name, label]) => (
          <CheckboxField key={name} name={name} label={label} defaultChecked={v[name] === "on"} error={e[name]} />
        ))}
      </fieldset>
      <SubmitButton className="w-full sm:w-auto">{f.submit}</SubmitButton>
    </form>
  );
}
