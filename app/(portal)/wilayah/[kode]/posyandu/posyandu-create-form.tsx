"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { formKey } from "@/lib/kegiatan/form-key";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { createPosyanduAction } from "./actions";

export function PosyanduCreateForm({ kode }: { kode: string }) {
  const [state, action] = useActionState<FormState, FormData>(createPosyanduAction, initialFormState);
  const v = state.values ?? {};
  return (
    <form action={action} noValidate className="space-y-3" aria-label="Tambah posyandu">
      <input type="hidden" name="kode" value={kode} />
      <FormMessage state={state} />
      <div key={formKey(state)} className="grid gap-3 sm:grid-cols-2">
        <Field name="nama" label="Nama posyandu" required maxLength={100} defaultValue={v.nama ?? ""} error={state.errors?.nama} />
        <Field name="alamat" label="Alamat (opsional)" maxLength={300} defaultValue={v.alamat ?? ""} error={state.errors?.alamat} />
      </div>
      <SubmitButton>Tambah posyandu</SubmitButton>
    </form>
  );
}
