"use client";

import Link from "next/link";
import { useEchoForm } from "@/components/forms/use-echo-form";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/form-state";
import { AccountFields, type ScopeOption } from "../account-fields";
import { OneTimePassword } from "../one-time-password";
import type { AccountState } from "../actions";
import { adminText } from "@/lib/i18n/admin";

const t = adminText.create;

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function CreateUserForm({ action, options }: { action: Action; options: ScopeOption[] }) {
  const { state, formAction, v, e, formKey } = useEchoForm(action, {});
  const created = state as AccountState;
  if (created.status === "ok" && created.temporaryPassword && created.username) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <OneTimePassword username={created.username} password={created.temporaryPassword} />
        <div className="flex flex-wrap gap-3 text-sm">
          <Link className="underline" href={`/admin/pengguna/${created.userId}`}>
            {t.openAccount(created.username)}
          </Link>
          <Link className="underline" href="/admin/pengguna">
            {t.backToList}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-4" aria-label={t.form}>
      <FormMessage state={state} />
      <Field
        name="username"
        label={t.username}
        required
        autoCapitalize="none"
        spellCheck={false}
        maxLength={50}
        defaultValue={v.username ?? ""}
        hint={t.usernameHint}
        error={e.username}
      />
      <AccountFields options={options} v={v} e={e} />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
