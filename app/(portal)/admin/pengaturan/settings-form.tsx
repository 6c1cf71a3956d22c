"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveYearSettingsAction } from "./actions";
import { adminText } from "@/lib/i18n/admin";

const t = adminText.settings;

export function YearSettingsForm({
  tahun,
  pengajuanHariSebelumAkhir,
  minimumSasaranPeringkat,
}: {
  tahun: number;
  pengajuanHariSebelumAkhir: number;
  minimumSasaranPeringkat: number;
}) {
  const [state, action] = useActionState<FormState, FormData>(saveYearSettingsAction, initialFormState);
  const v = state.values ?? {};
  return (
    <form action={action} noValidate className="space-y-3" aria-label={t.formLabel(tahun)}>
      <input type="hidden" name="tahun" value={tahun} />
      <FormMessage state={state} />
      <Field
        name="pengajuanHariSebelumAkhir"
        label={t.pengajuan}
        hint={t.pengajuanHint}
        inputMode="numeric"
        required
        defaultValue={v.pengajuanHariSebelumAkhir ?? String(pengajuanHariSebelumAkhir)}
        error={state.errors?.pengajuanHariSebelumAkhir}
      />
      <Field
        name="minimumSasaranPeringkat"
        label={t.minimum}
        hint={t.minimumHint}
        inputMode="numeric"
        required
        defaultValue={v.minimumSasaranPeringkat ?? String(minimumSasaranPeringkat)}
        error={state.errors?.minimumSasaranPeringkat}
      />
      <SubmitButton>{t.save}</SubmitButton>
    </form>
  );
}
