"use client";

import { useEchoForm } from "@/components/forms/use-echo-form";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { tamuRowCount } from "@/lib/kpm/tamu";
import { createPelatihanAction, updatePelatihanAction } from "./actions";
import { PesertaChecklist, type PesertaOption } from "./peserta-checklist";
import { TamuFieldset, type DesaOption } from "./tamu-fieldset";
import { JENIS_PELATIHAN_OPTIONS, kpmText } from "@/lib/i18n/kpm";

const t = kpmText.form;

/** The stored event, for the edit form. */
export type PelatihanDefaults = {
  id: number;
  jenis: string;
  tanggal: string;
  tempat: string;
  topik: string;
  penyelenggara: string;
  pesertaIds: number[];
  tamu: Array<{ nama: string; desaKode: string }>;
};

/** As form values: the strings the inputs show. */
function valuesOf(initial: PelatihanDefaults | undefined, today: string): Record<string, string> {
  if (!initial) return { tanggal: today };
  const { id, jenis, tanggal, tempat, topik, penyelenggara } = initial;
  return {
    id: String(id),
    jenis,
    tanggal,
    tempat,
    topik,
    penyelenggara,
    pesertaIds: initial.pesertaIds.join(","),
    ...Object.fromEntries(
      initial.tamu.flatMap((x, i) => [
        [`tamuNama${i}`, x.nama],
        [`tamuDesa${i}`, x.desaKode],
      ]),
    ),
  };
}

/** Records (no `initial`) or edits a training or coaching event, past or planned, with the KPM who attended: accounts
 * from the checklist, and KPM without an account by name and desa. Works without JavaScript; after a save the
 * create form starts empty for the next event, after an error both keep what was typed. */
export function PelatihanForm({
  kode,
  today,
  options,
  desaOptions,
  initial,
}: {
  kode: string;
  today: string;
  options: PesertaOption[];
  desaOptions: DesaOption[];
  initial?: PelatihanDefaults;
}) {
  const { state, formAction, v, e, formKey } = useEchoForm(
    initial ? updatePelatihanAction : createPelatihanAction,
    valuesOf(initial, today),
  );
  const shown = state.status === "ok" ? { tanggal: today } : v;
  const selected = (shown.pesertaIds ?? "").split(",").filter(Boolean).map(Number);
  return (
    <form action={formAction} noValidate className="space-y-3" aria-label={initial ? t.editAriaLabel : t.ariaLabel}>
      <input type="hidden" name="kode" value={kode} />
      {initial ? <input type="hidden" name="id" value={initial.id} /> : null}
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
            hint={t.tanggalHint}
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
        <TamuFieldset rows={tamuRowCount(shown)} desaOptions={desaOptions} values={shown} errors={e} />
      </div>
      <SubmitButton>{initial ? t.submitEdit : t.submit}</SubmitButton>
    </form>
  );
}
