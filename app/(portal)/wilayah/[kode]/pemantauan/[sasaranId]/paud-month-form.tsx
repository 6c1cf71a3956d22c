"use client";

import type { FormState } from "@/lib/form-state";
import { useEchoForm } from "@/components/forms/use-echo-form";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { STATUS_PAUD_LABELS, pemantauanText } from "@/lib/i18n/pemantauan";

const f = pemantauanText.form;
/** Hidden inputs echoed back to the action (form field names). */
const HIDDEN = ["kode", "sasaranId", "bulan"] as const;

/** Formulir 2C: PAUD attendance for one child and month. */
export function PaudMonthForm({
  action,
  defaults,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  defaults: Record<string, string>;
}) {
  const { state, formAction, v, e, formKey } = useEchoForm(action, defaults);
  return (
    <form action={formAction} key={formKey} className="space-y-4" noValidate>
      {HIDDEN.map((k) => (v[k] ? <input key={k} type="hidden" name={k} value={v[k]} /> : null))}
      <FormMessage state={state} />
      <SelectField
        name="status"
        label={pemantauanText.paudForm.status}
        defaultValue={v.status ?? ""}
        error={e.status}
        placeholder={f.choose}
        options={Object.entries(STATUS_PAUD_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <SubmitButton className="w-full sm:w-auto">{f.submit}</SubmitButton>
    </form>
  );
}
