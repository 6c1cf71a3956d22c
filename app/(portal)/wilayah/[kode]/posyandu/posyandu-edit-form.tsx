"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { formKey } from "@/lib/kegiatan/form-key";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { updatePosyanduAction } from "./actions";
import { posyanduText } from "@/lib/i18n/posyandu";

const t = posyanduText.form;

type Item = { id: number; nama: string; alamat: string | null };

/** Inline rename/edit inside a <details>, opened again after a submit so the outcome is visible without JS. */
export function PosyanduEditForm({ kode, item }: { kode: string; item: Item }) {
  const [state, action] = useActionState<FormState, FormData>(updatePosyanduAction, initialFormState);
  const v = state.values ?? {};
  const prefix = `p${item.id}`;
  return (
    <details key={formKey(state)} open={state.status !== "idle"} className="open:w-full">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold hover:bg-slate-50">
        {t.edit}
      </summary>
      <form action={action} noValidate className="mt-3 space-y-3" aria-label={t.editLabel(item.nama)}>
        <input type="hidden" name="kode" value={kode} />
        <input type="hidden" name="id" value={item.id} />
        <FormMessage state={state} />
        <Field
          id={`${prefix}-nama`}
          name="nama"
          label={t.nama}
          required
          maxLength={100}
          defaultValue={v.nama ?? item.nama}
          error={state.errors?.nama}
        />
        <Field
          id={`${prefix}-alamat`}
          name="alamat"
          label={t.alamat}
          maxLength={300}
          defaultValue={v.alamat ?? item.alamat ?? ""}
          error={state.errors?.alamat}
        />
        <SubmitButton>{t.save}</SubmitButton>
      </form>
    </details>
  );
}
