"use client";

import type { FormState } from "@/lib/form-state";
import { useEchoForm } from "@/components/forms/use-echo-form";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmDetails } from "@/components/ui/confirm-details";
import { ALASAN_NONAKTIF } from "@/lib/enums";
import { ALASAN_NONAKTIF_LABELS, sasaranText } from "@/lib/i18n/sasaran";

const t = sasaranText.nonaktif;

type Action = (s: FormState, f: FormData) => Promise<FormState>;

/** "Nonaktifkan sasaran": a date and a reason, then a second, explicit submit (works without JavaScript). The box
 * stays open after a refusal so the typed values and the message beside the date are seen. */
export function NonaktifForm({
  action,
  kode,
  id,
  version,
  nama,
  max,
}: {
  action: Action;
  kode: string;
  id: number;
  version: number;
  nama: string;
  max: string;
}) {
  const { state, formAction, v, e, formKey } = useEchoForm(action, { tanggalNonaktif: max, alasanNonaktif: "" });
  return (
    <form action={formAction} key={formKey} className="space-y-3" aria-label={t.card}>
      <input type="hidden" name="kode" value={kode} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-slate-700">{t.intro}</p>
      <FormMessage state={state} />
      <ConfirmDetails summary={t.summary} open={state.status === "error"}>
        <Field
          name="tanggalNonaktif"
          label={t.tanggal}
          hint={t.tanggalHint}
          type="date"
          max={max}
          defaultValue={v.tanggalNonaktif}
          error={e.tanggalNonaktif}
        />
        <SelectField
          name="alasanNonaktif"
          label={t.alasan}
          defaultValue={v.alasanNonaktif ?? ""}
          error={e.alasanNonaktif}
          placeholder={t.choose}
          options={ALASAN_NONAKTIF.map((a) => ({ value: a, label: ALASAN_NONAKTIF_LABELS[a] }))}
        />
        <p>{t.confirm(nama)}</p>
        <SubmitButton variant="danger" pendingText={t.pending}>
          {t.submit}
        </SubmitButton>
      </ConfirmDetails>
    </form>
  );
}
