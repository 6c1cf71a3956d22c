"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy-rules";
import { authText } from "@/lib/i18n/auth";

const t = authText.changePassword;

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Passwords are never echoed back: after an error the fields start empty and only the messages remain. */
export function PasswordForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-4" aria-label={t.form}>
      <FormMessage state={state} />
      <Field
        name="kataSandiLama"
        label={t.current}
        type="password"
        autoComplete="current-password"
        required
        error={e.kataSandiLama}
      />
      <Field
        name="kataSandiBaru"
        label={t.next}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={t.nextHint(MIN_PASSWORD_LENGTH)}
        error={e.kataSandiBaru}
      />
      <Field
        name="ulangiKataSandi"
        label={t.repeat}
        type="password"
        autoComplete="new-password"
        required
        error={e.ulangiKataSandi}
      />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
