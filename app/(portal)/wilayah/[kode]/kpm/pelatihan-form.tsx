"use client";

import { useEchoForm } from "@/components/forms/use-echo-form";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { createPelatihanAction } from "./actions";
import { PesertaChecklist, type PesertaOption } from "./peserta-checklist";
import { JENIS_PELATIHAN_OPTIONS, kpmText } from "@/lib/i18n/kpm";

const t = kpmText.form;

/** Records a training or coaching event with the KPM who attended. Works without JavaScript; after a save the
 * fields start empty for the next event, after an error they keep what was typed. */
export function PelatihanForm({ kode, today, options }: { kode: string; today: string; options: PesertaOption[] }) {
  const { state, formAction, v, e, formKey } = useEchoForm(createPelatihanAction, { tanggal: today });
  const shown = state.status === "ok" ? { tanggal: today } : v;
  const selected = (shown.pesertaIds ?? "").split(",").filter(Boolean).map(Number);
  return (
    <form action={formAction} noValidate className="space-y-3" aria-label={t.ariaLabel}>
      <input type="hidden" name="kode" value={kode} />
      <FormMessage state={state} />
      <div key={state.status === "ok" ? `ok-${state.message}` : formKey} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            name="jenis"
            label={t.jenis}
            options={JENIS_PELATIHAN_OPTIONS}
            placeholder={t.jenisPlaceholder}
            required
            defaultValue={shown.jenis ?? ""}
            error={e.jenis}
          />
          <Field
            name="tanggal"
            label={t.tanggal}
            type="date"
            required
            max={today}
            defaultValue={shown.tanggal}
            error={e.tanggal}
          />
          <Field
            name="topik"
            label={t.topik}
            required
            maxLength={300}
            defaultValue={shown.topik}
            error={e.topik}
            className="sm:col-span-2"
          />
          <Field name="tempat" label={t.tempat} required maxLength={200} defaultValue={shown.tempat} error={e.tempat} />
          <Field
            name="penyelenggara"
            label={t.penyelenggara}
            required
            maxLength={200}
            hint={t.penyelenggaraHint}
            defaultValue={shown.penyelenggara}
            error={e.penyelenggara}
          />
        </div>
        <PesertaChecklist options={options} selected={selected} error={e.pesertaIds} />
      </div>
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
