"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy-rules";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Passwords are never echoed back: after an error the fields start empty and only the messages remain. */
export function PasswordForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-4" aria-label="Ganti kata sandi">
      <FormMessage state={state} />
      <Field name="kataSandiLama" label="Kata sandi saat ini" type="password" autoComplete="current-password" required error={e.kataSandiLama} />
      <Field
        name="kataSandiBaru"
        label="Kata sandi baru"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`Minimal ${MIN_PASSWORD_LENGTH} karakter, bukan nama pengguna, bukan kata sandi umum. Kalimat pendek mudah diingat dan sulit ditebak.`}
        error={e.kataSandiBaru}
      />
      <Field name="ulangiKataSandi" label="Ulangi kata sandi baru" type="password" autoComplete="new-password" required error={e.ulangiKataSandi} />
      <SubmitButton>Simpan kata sandi baru</SubmitButton>
    </form>
  );
}
