"use client";

import { useEchoForm } from "@/components/forms/use-echo-form";
import { CheckboxField, Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { PAKET_LAYANAN } from "@/lib/apbdes/codes";
import { STUNTING_TAGS } from "@/lib/enums";
import { createLineAction, updateLineAction } from "./actions";
import { IndicatorPicker } from "./indicator-picker";
import { PAKET_LABELS, TAG_LABELS, apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.lineForm;

type Option = { value: string; label: string };

const TAG_OPTIONS: Option[] = [
  { value: "auto", label: t.followKegiatan },
  { value: "", label: t.notStunting },
  ...STUNTING_TAGS.map((tag) => ({ value: tag, label: TAG_LABELS[tag] })),
];
const PAKET_OPTIONS: Option[] = [
  { value: "auto", label: t.followKegiatan },
  { value: "", label: t.noPaket },
  ...PAKET_LAYANAN.map((p) => ({ value: p, label: PAKET_LABELS[p] })),
];

/** Add (`apbdesId`) or edit (`id` + `version` in defaults) a budget line. The kegiatan and rekening inputs use the
 * code lists rendered on the page (`daftar-kegiatan`, `daftar-rekening`); what was typed comes back on an error. */
export function LineForm({
  kode,
  apbdesId,
  defaults,
  sumberDana,
  submitLabel,
}: {
  kode: string;
  apbdesId?: number;
  defaults: Record<string, string>;
  sumberDana: Option[];
  submitLabel: string;
}) {
  const { state, formAction, v, e, formKey } = useEchoForm(apbdesId ? createLineAction : updateLineAction, defaults);
  const selected = (v.indikator ?? "").split(",").filter(Boolean);
  return (
    <form
      action={formAction}
      key={formKey}
      className="space-y-3"
      noValidate
      data-testid="form-baris"
      aria-label={submitLabel}
    >
      <input type="hidden" name="kode" value={kode} />
      {apbdesId ? <input type="hidden" name="apbdesId" value={apbdesId} /> : null}
      {v.id ? <input type="hidden" name="id" value={v.id} /> : null}
      {v.version ? <input type="hidden" name="version" value={v.version} /> : null}
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="kodeKegiatan"
          label={t.kodeKegiatan}
          list="daftar-kegiatan"
          autoComplete="off"
          defaultValue={v.kodeKegiatan}
          error={e.kodeKegiatan}
          hint={t.kodeKegiatanHint}
        />
        <Field
          name="uraian"
          label={t.uraian}
          defaultValue={v.uraian}
          error={e.uraian}
          maxLength={300}
          autoComplete="off"
        />
        <Field
          name="kodeRekening"
          label={t.kodeRekening}
          list="daftar-rekening"
          autoComplete="off"
          defaultValue={v.kodeRekening}
          error={e.kodeRekening}
          hint={t.kodeRekeningHint}
        />
        <SelectField
          name="sumberDana"
          label={t.sumberDana}
          placeholder={t.sumberDanaPlaceholder}
          options={sumberDana}
          defaultValue={v.sumberDana ?? ""}
          error={e.sumberDana}
        />
        <div className="grid grid-cols-2 gap-3">
          <Field name="volume" label={t.volume} inputMode="decimal" defaultValue={v.volume} error={e.volume} />
          <Field
            name="satuan"
            label={t.satuan}
            defaultValue={v.satuan}
            error={e.satuan}
            maxLength={40}
            hint={t.satuanHint}
          />
        </div>
        <div className="grid grid-cols-2 gap-3">
          <Field
            name="pagu"
            label={t.pagu}
            inputMode="numeric"
            defaultValue={v.pagu}
            error={e.pagu}
            hint={t.paguHint}
          />
          <Field
            name="realisasi"
            label={t.realisasi}
            inputMode="numeric"
            defaultValue={v.realisasi}
            error={e.realisasi}
            hint={t.realisasiHint}
          />
        </div>
        <SelectField
          name="stuntingTag"
          label={t.stuntingTag}
          options={TAG_OPTIONS}
          defaultValue={v.stuntingTag ?? "auto"}
          error={e.stuntingTag}
        />
        <SelectField
          name="paketLayanan"
          label={t.paketLayanan}
          options={PAKET_OPTIONS}
          defaultValue={v.paketLayanan ?? "auto"}
          error={e.paketLayanan}
        />
      </div>
      <IndicatorPicker selected={selected} error={e.indikator} />
      <CheckboxField
        name="insentifKpm"
        label={t.insentifKpm}
        defaultChecked={v.insentifKpm === "on"}
        error={e.insentifKpm}
      />
      <SubmitButton className="w-full sm:w-auto">{submitLabel}</SubmitButton>
    </form>
  );
}
