"use client";

import type { FormState } from "@/lib/form-state";
import { useEchoForm } from "@/components/forms/use-echo-form";
import { CheckboxField, Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { sasaranText } from "@/lib/i18n/sasaran";

const h = sasaranText.household;

export function RumahTanggaForm({
  action,
  kode,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  kode: string;
}) {
  const { state, formAction, v, e, formKey } = useEchoForm(action, {});
  // After a successful save the form starts empty for the next household.
  const shown = state.status === "ok" ? {} : v;
  return (
    <form
      action={formAction}
      key={state.status === "ok" ? `ok-${state.message}` : formKey}
      className="space-y-3"
      noValidate
    >
      <input type="hidden" name="kode" value={kode} />
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="kepalaKeluarga"
          label={h.kepalaKeluarga}
          defaultValue={shown.kepalaKeluarga}
          error={e.kepalaKeluarga}
          required
        />
        <Field name="alamat" label={h.alamat} defaultValue={shown.alamat} error={e.alamat} />
        <Field name="dusun" label={h.dusun} defaultValue={shown.dusun} error={e.dusun} />
        <div className="grid grid-cols-2 gap-3">
          <Field name="rt" label={h.rt} inputMode="numeric" defaultValue={shown.rt} error={e.rt} />
          <Field name="rw" label={h.rw} inputMode="numeric" defaultValue={shown.rw} error={e.rw} />
        </div>
        <CheckboxField name="airMinumLayak" label={h.airMinumLayak} defaultChecked={shown.airMinumLayak === "on"} />
        <CheckboxField name="jambanLayak" label={h.jambanLayak} defaultChecked={shown.jambanLayak === "on"} />
      </div>
      <SubmitButton>{sasaranText.rumahTangga.submit}</SubmitButton>
    </form>
  );
}
