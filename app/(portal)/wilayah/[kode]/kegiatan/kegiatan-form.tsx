"use client";

import { useActionState, useState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { formKey } from "@/lib/kegiatan/form-key";
import { Field, SelectField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { createKegiatanAction, updateKegiatanAction } from "./actions";
import { SasaranChecklist, type SasaranOption } from "./sasaran-checklist";
import { JENIS_KEGIATAN_OPTIONS, kegiatanText } from "@/lib/i18n/kegiatan";

const t = kegiatanText.form;

export type KegiatanDefaults = {
  id: number;
  jenis: string;
  tanggal: string;
  tempat: string;
  jumlahPeserta: number;
  catatan: string | null;
  sasaranIds: number[];
};

/** Add (no `initial`) or edit an activity. Values typed before an error come back from the server in state.values. */
export function KegiatanForm({
  kode,
  today,
  sasaranOptions,
  initial,
}: {
  kode: string;
  today: string;
  sasaranOptions: SasaranOption[];
  initial?: KegiatanDefaults;
}) {
  const [state, action] = useActionState<FormState, FormData>(
    initial ? updateKegiatanAction : createKegiatanAction,
    initialFormState,
  );
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const [jenis, setJenis] = useState(v.jenis ?? initial?.jenis ?? "");
  const selected = state.values
    ? (v.sasaranIds ?? "").split(",").filter(Boolean).map(Number)
    : (initial?.sasaranIds ?? []);
  return (
    <form action={action} noValidate className="space-y-3" aria-label={initial ? t.editAria : t.createAria}>
      <input type="hidden" name="kode" value={kode} />
      {initial ? <input type="hidden" name="id" value={initial.id} /> : null}
      <FormMessage state={state} />
      <div key={formKey(state)} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            name="jenis"
            label={t.jenis}
            options={JENIS_KEGIATAN_OPTIONS}
            placeholder={t.jenisPlaceholder}
            required
            defaultValue={v.jenis ?? initial?.jenis ?? ""}
            onChange={(ev) => setJenis(ev.target.value)}
            error={e.jenis}
          />
          <Field
            name="tanggal"
            label={t.tanggal}
            type="date"
            required
            max={today}
            defaultValue={v.tanggal ?? initial?.tanggal ?? today}
            error={e.tanggal}
          />
          <Field
            name="tempat"
            label={t.tempat}
            required
            maxLength={200}
            defaultValue={v.tempat ?? initial?.tempat ?? ""}
            error={e.tempat}
          />
          <Field
            name="jumlahPeserta"
            label={t.jumlahPeserta}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            required
            defaultValue={v.jumlahPeserta ?? (initial ? String(initial.jumlahPeserta) : "")}
            error={e.jumlahPeserta}
          />
        </div>
        <TextareaField
          name="catatan"
          label={t.catatan}
          maxLength={2000}
          defaultValue={v.catatan ?? initial?.catatan ?? ""}
          error={e.catatan}
        />
        <SasaranChecklist
          options={sasaranOptions}
          selected={selected}
          open={jenis === "kunjungan_rumah" || selected.length > 0 || Boolean(e.sasaranIds)}
          error={e.sasaranIds}
        />
      </div>
      <SubmitButton>{initial ? t.saveEdit : t.saveNew}</SubmitButton>
    </form>
  );
}
