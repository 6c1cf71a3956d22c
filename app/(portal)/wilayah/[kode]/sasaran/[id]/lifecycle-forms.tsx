"use client";

import type { FormState } from "@/lib/form-state";
import { useEchoForm } from "@/components/forms/use-echo-form";
import { Field, SelectField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { sasaranText } from "@/lib/i18n/sasaran";

const t = sasaranText.lifecycle;

type Action = (s: FormState, f: FormData) => Promise<FormState>;

/** Records the delivery: the mother becomes an ibu nifas. */
export function MelahirkanForm({ action, kode, id, max }: { action: Action; kode: string; id: number; max: string }) {
  const { state, formAction, v, e, formKey } = useEchoForm(action, { tanggalMelahirkan: max });
  return (
    <form action={formAction} key={formKey} className="space-y-3">
      <input type="hidden" name="kode" value={kode} />
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} />
      <Field
        name="tanggalMelahirkan"
        label={t.tanggalMelahirkan}
        type="date"
        max={max}
        defaultValue={v.tanggalMelahirkan}
        error={e.tanggalMelahirkan}
      />
      <SubmitButton>{t.markDelivered}</SubmitButton>
    </form>
  );
}

/** Moves a target to another desa when the family moves (kecamatan/kabupaten). */
export function PindahForm({
  action,
  kode,
  id,
  desa,
}: {
  action: Action;
  kode: string;
  id: number;
  desa: Array<{ value: string; label: string }>;
}) {
  const { state, formAction, v, e, formKey } = useEchoForm(action, {});
  return (
    <form action={formAction} key={formKey} className="space-y-3">
      <input type="hidden" name="kode" value={kode} />
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} />
      <SelectField
        name="keKode"
        label={t.tujuan}
        defaultValue={v.keKode ?? ""}
        error={e.keKode}
        placeholder={t.choose}
        options={desa}
      />
      <TextareaField name="alasan" label={t.alasan} defaultValue={v.alasan} error={e.alasan} />
      <SubmitButton variant="secondary">{t.move}</SubmitButton>
    </form>
  );
}
