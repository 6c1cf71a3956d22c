"use client";

import { useActionState } from "react";
import { loginAction, type LoginState } from "./actions";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { authText } from "@/lib/i18n/auth";

const t = authText.login;

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction] = useActionState<LoginState, FormData>(loginAction, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <p data-testid="login-error" aria-live="assertive" className="text-sm font-semibold text-danger-700 empty:hidden">
        {state.error ?? ""}
      </p>
      <Field
        name="username"
        label={t.username}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={state.username ?? ""}
        key={`u-${state.username ?? ""}`}
        error={state.errors?.username}
      />
      <Field
        name="password"
        label={t.password}
        type="password"
        autoComplete="current-password"
        required
        error={state.errors?.password}
      />
      <SubmitButton className="w-full" pendingText={t.pending}>
        {t.submit}
      </SubmitButton>
    </form>
  );
}
