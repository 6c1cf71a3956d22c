"use client";

import type { OutboxKind } from "@/lib/offline/protocol";
import { OfflineIdFields } from "@/components/offline/use-offline-submit";
import { useEchoForm } from "@/components/forms/use-echo-form";
import type { FormState } from "@/lib/form-state";
import { CheckboxField, Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { sasaranText } from "@/lib/i18n/sasaran";
import { KembarFields } from "./kembar-fields";
import type { JenisSasaran } from "@/lib/enums";

const t = sasaranText.form;
const h = sasaranText.household;

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
  nikEditable,
  offline,
  kembar,
}: {
  jenis: JenisSasaran;
  action: Action;
  kode: string;
  defaults: Record<string, string>;
  posyandu: Option[];
  ibu: Option[];
  households: Option[];
  submitLabel: string;
  /** Only roles that may see the desa's NIKs in full type one; for others it shows the masked NIK, unsent. */
  nikEditable: boolean;
  /** Set on the portal's own pages: the save keeps working without a connection (components/offline). */
  offline?: OutboxKind;
  /** A new child's registration: twins of the same delivery can be added in the same step. */
  kembar?: boolean;
}) {
  const { state, formAction, onSubmit, v, e, formKey } = useEchoForm(action, defaults, offline);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <form action={formAction} onSubmit={onSubmit} key={formKey} className="space-y-4" noValidate>
      <OfflineIdFields />
      <input type="hidden" name="kode" value={kode} />
      {v.id ? <input type="hidden" name="id" value={v.id} /> : null}
      {v.version ? <input type="hidden" name="version" value={v.version} /> : null}
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="nama"
          label={jenis === "ibu" ? t.namaIbu : t.namaAnak}
          defaultValue={v.nama}
          error={e.nama}
          required
          autoComplete="off"
        />
        {nikEditable ? (
          <Field
            name="nik"
            label={t.nik}
            defaultValue={v.nik}
            error={e.nik}
            inputMode="numeric"
            maxLength={20}
            hint={t.nikHint}
          />
        ) : (
          <Field name="nik" label={t.nik} defaultValue={defaults.nik} disabled hint={t.nikReadOnly} />
        )}
        {jenis === "anak" ? (
          <SelectField
            name="jenisKelamin"
            label={t.jenisKelamin}
            defaultValue={v.jenisKelamin ?? ""}
            error={e.jenisKelamin}
            placeholder={t.choose}
            options={[
              { value: "L", label: sasaranText.sex.L },
              { value: "P", label: sasaranText.sex.P },
            ]}
          />
        ) : null}
        <Field
          name="tanggalLahir"
          label={t.tanggalLahir}
          type="date"
          max={today}
          defaultValue={v.tanggalLahir}
          error={e.tanggalLahir}
          hint={kembar && defaults.tanggalLahir ? t.tanggalLahirDariIbu : undefined}
          required
        />
        {jenis === "ibu" ? (
          <Field name="hpl" label={t.hpl} type="date" defaultValue={v.hpl} error={e.hpl} />
        ) : (
          <>
            <Field
              name="beratLahirKg"
              label={t.beratLahir}
              inputMode="decimal"
              defaultValue={v.beratLahirKg}
              error={e.beratLahirKg}
              hint={t.beratLahirHint}
            />
            <Field
              name="panjangLahirCm"
              label={t.panjangLahir}
              inputMode="decimal"
              defaultValue={v.panjangLahirCm}
              error={e.panjangLahirCm}
              hint={t.panjangLahirHint}
            />
            <SelectField
              name="ibuId"
              label={t.ibu}
              defaultValue={v.ibuId ?? ""}
              error={e.ibuId}
              placeholder={t.ibuNone}
              options={ibu}
            />
          </>
        )}
        <Field
          name="noKia"
          label={t.noKia}
          defaultValue={v.noKia}
          error={e.noKia}
          hint={jenis === "anak" ? t.noKiaBayiHint : undefined}
          autoComplete="off"
        />
        <SelectField
          name="posyanduId"
          label={t.posyandu}
          defaultValue={v.posyanduId ?? ""}
          error={e.posyanduId}
          placeholder={t.posyanduChoose}
          options={posyandu}
        />
        <SelectField
          name="rumahTanggaId"
          label={t.rumahTangga}
          defaultValue={v.rumahTanggaId ?? ""}
          error={e.rumahTanggaId}
          placeholder={t.rumahTanggaNew}
          options={households}
        />
      </div>
      {kembar ? <KembarFields v={v} e={e} /> : null}
      <fieldset className="space-y-3 rounded-lg border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t.newHousehold}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            name="kepalaKeluarga"
            label={h.kepalaKeluarga}
            defaultValue={v.kepalaKeluarga}
            error={e.kepalaKeluarga}
          />
          <Field name="alamat" label={h.alamat} defaultValue={v.alamat} error={e.alamat} />
          <Field name="dusun" label={h.dusun} defaultValue={v.dusun} error={e.dusun} />
          <div className="grid grid-cols-2 gap-3">
            <Field name="rt" label={h.rt} defaultValue={v.rt} error={e.rt} inputMode="numeric" />
            <Field name="rw" label={h.rw} defaultValue={v.rw} error={e.rw} inputMode="numeric" />
          </div>
          <CheckboxField name="airMinumLayak" label={h.airMinumLayak} defaultChecked={v.airMinumLayak === "on"} />
          <CheckboxField name="jambanLayak" label={h.jambanLayak} defaultChecked={v.jambanLayak === "on"} />
        </div>
      </fieldset>
      <SubmitButton className="w-full sm:w-auto">{submitLabel}</SubmitButton>
    </form>
  );
}
