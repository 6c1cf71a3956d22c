"use client";

import type { FormState } from "@/lib/form-state";
import { useEchoForm } from "@/components/forms/use-echo-form";
import { CheckboxField, Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ANAK_FLAGS, CARA_UKUR_LABELS, STATUS_GIZI_LABELS, STATUS_TIKAR_LABELS } from "@/lib/pemantauan/labels";

type Props = {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  defaults: Record<string, string>;
  posyandu: Array<{ value: string; label: string }>;
  minDate: string;
  maxDate: string;
};

const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Formulir 2B with the month's measurement: weight, length/height, how it was measured, oedema. */
export function AnakMonthForm({ action, defaults, posyandu, minDate, maxDate }: Props) {
  const { state, formAction, v, e, formKey } = useEchoForm(action, defaults);
  return (
    <form action={formAction} key={formKey} className="space-y-4" noValidate>
      {["kode", "sasaranId", "bulan", "version"].map((k) => (v[k] ? <input key={k} type="hidden" name={k} value={v[k]} /> : null))}
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="tanggalPeriksa" label="Tanggal periksa" type="date" min={minDate} max={maxDate} defaultValue={v.tanggalPeriksa} error={e.tanggalPeriksa} required />
        <SelectField name="posyanduId" label="Posyandu" defaultValue={v.posyanduId} error={e.posyanduId} options={posyandu} />
      </div>
      <fieldset className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">Penimbangan dan pengukuran</legend>
        <Field name="beratKg" label="Berat badan (kg)" inputMode="decimal" defaultValue={v.beratKg} error={e.beratKg} hint="Contoh: 8,4" />
        <Field name="panjangCm" label="Panjang/tinggi badan (cm)" inputMode="decimal" defaultValue={v.panjangCm} error={e.panjangCm} hint="Contoh: 72,5" />
        <SelectField name="caraUkur" label="Cara ukur" defaultValue={v.caraUkur ?? ""} error={e.caraUkur} placeholder="— Pilih —" options={opts(CARA_UKUR_LABELS)} />
        <CheckboxField name="oedema" label="Oedema (bengkak) kedua kaki" defaultChecked={v.oedema === "on"} error={e.oedema} />
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField name="statusTikar" label="Tikar pertumbuhan" defaultValue={v.statusTikar ?? "TD"} error={e.statusTikar} options={opts(STATUS_TIKAR_LABELS)} />
        <SelectField name="statusGizi" label="Status gizi (dari bidan)" defaultValue={v.statusGizi ?? ""} error={e.statusGizi} placeholder="— Belum diketahui —" options={opts(STATUS_GIZI_LABELS)} />
        <SelectField name="imunisasiCampak" label="Imunisasi campak" defaultValue={v.imunisasiCampak ?? "belum"} error={e.imunisasiCampak} options={[{ value: "belum", label: "Belum" }, { value: "sudah", label: "Sudah" }]} />
      </div>
      <fieldset className="grid gap-2 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-semibold">Layanan yang diterima bulan ini</legend>
        {ANAK_FLAGS.map(([name, label]) => (
          <CheckboxField key={name} name={name} label={label} defaultChecked={v[name] === "on"} error={e[name]} />
        ))}
      </fieldset>
      <SubmitButton className="w-full sm:w-auto">Simpan</SubmitButton>
    </form>
  );
}
