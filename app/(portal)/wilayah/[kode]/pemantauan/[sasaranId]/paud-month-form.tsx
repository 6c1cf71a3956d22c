"use client";

import type { OutboxKind } from "@/lib/offline/protocol";
import { OfflineIdFields } from "@/components/offline/use-offline-submit";
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
  offline,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  /** Set on the portal's own pages: the save keeps working without a connection (components/offline). */
  offline?: OutboxKind;
  defaults: Record<string, string>;
}) {
  const { state, formAction, onSubmit, v, e, formKey } = useEchoForm(action, defaults, offline);
  return (
    <form action={formAction} onSubmit={onSubmit} key={formKey} className="space-y-4" noValidate>
      <OfflineIdFields />
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
