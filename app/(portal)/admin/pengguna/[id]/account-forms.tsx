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

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function ProfileForm({ action, options, defaults }: { action: Action; options: ScopeOption[]; defaults: Record<string, string> }) {
  const { state, formAction, v, e, formKey } = useEchoForm(action, defaults);
  return (
    <form key={formKey} action={formAction} noValidate className="space-y-4" aria-label="Ubah akun">
      <input type="hidden" name="id" value={defaults.id} />
      <FormMessage state={state} />
      <AccountFields options={options} v={v} e={e} />
      <SubmitButton>Simpan perubahan</SubmitButton>
    </form>
  );
}

export function StatusForm({ action, id, active }: { action: Action; id: number; active: boolean }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3" aria-label="Status akun">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="aktif" value={active ? "0" : "1"} />
      <FormMessage state={state} />
      {active ? (
        <ConfirmDetails summary="Nonaktifkan akun" open={state.status === "error"}>
          <p>Akun ini tidak dapat masuk lagi dan sesinya yang sedang berjalan berakhir. Data yang sudah dicatatnya tetap tersimpan.</p>
          <SubmitButton variant="danger" pendingText="Memproses…">
            Ya, nonaktifkan akun
          </SubmitButton>
        </ConfirmDetails>
      ) : (
        <SubmitButton variant="primary" pendingText="Memproses…">
          Aktifkan kembali
        </SubmitButton>
      )}
    </form>
  );
}

export function ResetPasswordForm({ action, id }: { action: Action; id: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const reset = state as AccountState;
  return (
    <form action={formAction} className="space-y-3" aria-label="Reset kata sandi">
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} />
      {reset.status === "ok" && reset.temporaryPassword && reset.username ? <OneTimePassword username={reset.username} password={reset.temporaryPassword} /> : null}
      <SubmitButton variant="secondary" pendingText="Memproses…">
        Reset kata sandi
      </SubmitButton>
    </form>
  );
}
