"use client";

import { useActionState } from "react";
import { useEchoForm } from "@/components/forms/use-echo-form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmDetails } from "@/components/ui/confirm-details";
import { initialFormState, type FormState } from "@/lib/form-state";
import { AccountFields, type ScopeOption } from "../account-fields";
import { OneTimePassword } from "../one-time-password";
import type { AccountState } from "../actions";
import { adminText } from "@/lib/i18n/admin";
import { commonText } from "@/lib/i18n/common";

const t = adminText.forms;
const processing = commonText.form.processing;

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function ProfileForm({
  action,
  options,
  defaults,
}: {
  action: Action;
  options: ScopeOption[];
  defaults: Record<string, string>;
}) {
  const { state, formAction, v, e, formKey } = useEchoForm(action, defaults);
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-4" aria-label={t.profile}>
      <input type="hidden" name="id" value={defaults.id} />
      <FormMessage state={state} />
      <AccountFields options={options} v={v} e={e} />
      <SubmitButton>{t.saveProfile}</SubmitButton>
    </form>
  );
}

export function StatusForm({ action, id, active }: { action: Action; id: number; active: boolean }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3" aria-label={t.status}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="aktif" value={active ? "0" : "1"} />
      <FormMessage state={state} />
      {active ? (
        <ConfirmDetails summary={t.deactivate} open={state.status === "error"}>
          <p>{t.deactivateNote}</p>
          <SubmitButton variant="danger" pendingText={processing}>
            {t.deactivateConfirm}
          </SubmitButton>
        </ConfirmDetails>
      ) : (
        <SubmitButton variant="primary" pendingText={processing}>
          {t.reactivate}
        </SubmitButton>
      )}
    </form>
  );
}

export function ResetPasswordForm({ action, id }: { action: Action; id: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const reset = state as AccountState;
  return (
    <form action={formAction} className="space-y-3" aria-label={t.reset}>
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} />
      {reset.status === "ok" && reset.temporaryPassword && reset.username ? (
        <OneTimePassword username={reset.username} password={reset.temporaryPassword} />
      ) : null}
      <SubmitButton variant="secondary" pendingText={processing}>
        {t.resetSubmit}
      </SubmitButton>
    </form>
  );
}
