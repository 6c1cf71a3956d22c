"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { formKey } from "@/lib/kegiatan/form-key";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { createPosyanduAction } from "./actions";
import { posyanduText } from "@/lib/i18n/posyandu";

const t = posyanduText.form;

export function PosyanduCreateForm({ kode }: { kode: string }) {
  const [state, action] = useActionState<FormState, FormData>(createPosyanduAction, initialFormState);
  const v = state.values ?? {};
  return (
    <form action={action} noValidate className="space-y-3" aria-label={t.createLabel}>
      <input type="hidden" name="kode" value={kode} />
      <FormMessage state={state} />
      <div key={formKey(state)} className="grid gap-3 sm:grid-cols-2">
        <Field
          name="nama"
          label={t.nama}
          required
          maxLength={100}
          defaultValue={v.nama ?? ""}
          error={state.errors?.nama}
        />
        <Field
          name="alamat"
          label={t.alamat}
          maxLength={300}
          defaultValue={v.alamat ?? ""}
          error={state.errors?.alamat}
        />
      </div>
      <SubmitButton>{t.create}</SubmitButton>
    </form>
  );
}
