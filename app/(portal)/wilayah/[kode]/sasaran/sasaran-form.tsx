"use client";

import { useEchoForm } from "@/components/forms/use-echo-form";
import type { FormState } from "@/lib/form-state";
import { CheckboxField, Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Option = { value: string; label: string };
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Registration and edit form for an ibu hamil or an anak. On an error the server returns what was typed
 * and the form is re-created with it, so nothing is lost (also without JavaScript). */
export function SasaranForm({
  jenis,
  action,
  kode,
  defaults,
  posyandu,
  ibu,
  households,
  submitLabel,
}: {
  jenis: "ibu" | "anak";
  action: Action;
  kode: string;
  defaults: Record<string, string>;
  posyandu: Option[];
  ibu: Option[];
  households: Option[];
  submitLabel: string;
}) {
  const { state, formAction, v, e, formKey } = useEchoForm(action, defaults);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <form action={formAction} key={formKey} className="space-y-4" noValidate>
      <input type="hidden" name="kode" value={kode} />
      {v.id ? <input type="hidden" name="id" value={v.id} /> : null}
      {v.version ? <input type="hidden" name="version" value={v.version} /> : null}
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="nama" label={jenis === "ibu" ? "Nama ibu" : "Nama anak"} defaultValue={v.nama} error={e.nama} required autoComplete="off" />
        <Field name="nik" label="NIK (boleh kosong)" defaultValue={v.nik} error={e.nik} inputMode="numeric" maxLength={20} hint="16 digit, sesuai KK/KTP." />
        {jenis === "anak" ? (
          <SelectField name="jenisKelamin" label="Jenis kelamin" defaultValue={v.jenisKelamin ?? ""} error={e.jenisKelamin} placeholder="— Pilih —" options={[{ value: "L", label: "Laki-laki" }, { value: "P", label: "Perempuan" }]} />
        ) : null}
        <Field name="tanggalLahir" label="Tanggal lahir" type="date" max={today} defaultValue={v.tanggalLahir} error={e.tanggalLahir} required />
        {jenis === "ibu" ? (
          <Field name="hpl" label="Hari perkiraan lahir (HPL)" type="date" defaultValue={v.hpl} error={e.hpl} />
        ) : (
          <>
            <Field name="beratLahirKg" label="Berat lahir (kg)" inputMode="decimal" defaultValue={v.beratLahirKg} error={e.beratLahirKg} hint="Contoh: 3,1" />
            <Field name="panjangLahirCm" label="Panjang lahir (cm)" inputMode="decimal" defaultValue={v.panjangLahirCm} error={e.panjangLahirCm} hint="Contoh: 49,5" />
            <SelectField name="ibuId" label="Ibu (sasaran di desa ini)" defaultValue={v.ibuId ?? ""} error={e.ibuId} placeholder="— Tidak ada / belum terdaftar —" options={ibu} />
          </>
        )}
        <Field name="noKia" label="No. register KIA" defaultValue={v.noKia} error={e.noKia} autoComplete="off" />
        <SelectField name="posyanduId" label="Posyandu" defaultValue={v.posyanduId ?? ""} error={e.posyanduId} placeholder="— Pilih posyandu —" options={posyandu} />
        <SelectField name="rumahTanggaId" label="Rumah tangga" defaultValue={v.rumahTanggaId ?? ""} error={e.rumahTanggaId} placeholder="— Rumah tangga baru (isi di bawah) —" options={households} />
      </div>
      <fieldset className="space-y-3 rounded-lg border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">Rumah tangga baru (bila belum terdaftar)</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field name="kepalaKeluarga" label="Kepala keluarga" defaultValue={v.kepalaKeluarga} error={e.kepalaKeluarga} />
          <Field name="alamat" label="Alamat" defaultValue={v.alamat} error={e.alamat} />
          <Field name="dusun" label="Dusun" defaultValue={v.dusun} error={e.dusun} />
          <div className="grid grid-cols-2 gap-3">
            <Field name="rt" label="RT" defaultValue={v.rt} error={e.rt} inputMode="numeric" />
            <Field name="rw" label="RW" defaultValue={v.rw} error={e.rw} inputMode="numeric" />
          </div>
          <CheckboxField name="airMinumLayak" label="Akses air minum layak" defaultChecked={v.airMinumLayak === "on"} />
          <CheckboxField name="jambanLayak" label="Jamban layak" defaultChecked={v.jambanLayak === "on"} />
        </div>
      </fieldset>
      <SubmitButton className="w-full sm:w-auto">{submitLabel}</SubmitButton>
    </form>
  );
}
