"use client";

import type { FormState } from "@/lib/form-state";
import { useEchoForm } from "@/components/forms/use-echo-form";
import { CheckboxField, Field, SelectField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { sasaranText } from "@/lib/i18n/sasaran";

const t = sasaranText.lifecycle;

type Action = (s: FormState, f: FormData) => Promise<FormState>;

/** Records the delivery: the mother becomes an ibu nifas. Behind a closed box with a secondary button (a new
 * pregnancy's page must not invite it), and a delivery that looks early asks "Yakin?" once more: the server answers
 * with the reason and a "Ya, tanggal persalinan ini benar" box for that date (works without JavaScript). */
export function MelahirkanForm({ action, kode, id, max }: { action: Action; kode: string; id: number; max: string }) {
  const { state, formAction, v, e, formKey } = useEchoForm(action, { tanggalMelahirkan: max });
  return (
    <form action={formAction} key={formKey} className="space-y-3" aria-label={t.markDelivered}>
      <input type="hidden" name="kode" value={kode} />
      <input type="hidden" name="id" value={id} />
      <details open={state.status === "error"} data-testid="melahirkan">
        <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-800 hover:bg-slate-50">
          {t.summary}
        </summary>
        <div className="mt-2 space-y-3 rounded-md border border-slate-200 p-3">
          <p className="text-sm text-slate-700">{t.intro}</p>
          <FormMessage state={state} />
          <Field
            name="tanggalMelahirkan"
            label={t.tanggalMelahirkan}
            type="date"
            max={max}
            defaultValue={v.tanggalMelahirkan}
            error={e.tanggalMelahirkan}
          />
          {v.konfirmasiTanggal ? (
            <>
              <input type="hidden" name="konfirmasiTanggal" value={v.konfirmasiTanggal} />
              <CheckboxField name="konfirmasi" label={t.confirmLabel} defaultChecked={v.konfirmasi === "on"} />
            </>
          ) : null}
          <SubmitButton variant="secondary">{t.submit}</SubmitButton>
        </div>
      </details>
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
