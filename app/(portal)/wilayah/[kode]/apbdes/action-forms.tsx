"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ButtonVariant } from "@/components/ui/button";
import { ConfirmDetails } from "@/components/ui/confirm-details";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** One-button form posting hidden fields to a server action (submit, approve, create a version, delete a line);
 * a refusal is shown above the button. */
export function ActionButtonForm({ action, fields, label, variant = "primary", testId }: { action: Action; fields: Record<string, string | number>; label: string; variant?: ButtonVariant; testId?: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="no-print space-y-2" data-testid={testId}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === "error" ? <FormMessage state={state} /> : null}
      <SubmitButton variant={variant} pendingText="Memproses…" className="w-full sm:w-auto">
        {label}
      </SubmitButton>
    </form>
  );
}

/** Deleting a budget line asks once more, naming the line (works without JS). */
export function DeleteLineForm({ action, fields, label }: { action: Action; fields: Record<string, string | number>; label: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="no-print space-y-2" aria-label="Hapus baris">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === "error" ? <FormMessage state={state} /> : null}
      <ConfirmDetails summary="Hapus baris ini" open={state.status === "error"}>
        <p>Hapus baris “{label}” dari APBDes ini? Tindakan ini tidak dapat dibatalkan.</p>
        <SubmitButton variant="danger" pendingText="Menghapus…">
          Ya, hapus baris
        </SubmitButton>
      </ConfirmDetails>
    </form>
  );
}

/** Returning a submitted budget to draft needs the kepala desa's reason, which the operator then sees. */
export function ReturnForm({ action, fields }: { action: Action; fields: Record<string, string | number> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="no-print space-y-2" noValidate data-testid="form-kembalikan">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} />
      <TextareaField name="catatan" label="Catatan untuk operator (wajib bila dikembalikan)" defaultValue={state.values?.catatan ?? ""} error={state.errors?.catatan} maxLength={500} />
      <SubmitButton variant="secondary" pendingText="Memproses…" className="w-full sm:w-auto">
        Kembalikan ke draf
      </SubmitButton>
    </form>
  );
}
