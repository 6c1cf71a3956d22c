"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ButtonVariant } from "@/components/ui/button";
import { ConfirmDetails } from "@/components/ui/confirm-details";
import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.actionForms;

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** One-button form posting hidden fields to a server action (submit, approve, create a version, delete a line);
 * a refusal is shown above the button. */
export function ActionButtonForm({
  action,
  fields,
  label,
  variant = "primary",
  testId,
}: {
  action: Action;
  fields: Record<string, string | number>;
  label: string;
  variant?: ButtonVariant;
  testId?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="no-print space-y-2" data-testid={testId}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === "error" ? <FormMessage state={state} /> : null}
      <SubmitButton variant={variant} pendingText={t.processing} className="w-full sm:w-auto">
        {label}
      </SubmitButton>
    </form>
  );
}

/** Deleting a budget line asks once more, naming the line (works without JS). */
export function DeleteLineForm({
  action,
  fields,
  label,
}: {
  action: Action;
  fields: Record<string, string | number>;
  label: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="no-print space-y-2" aria-label={t.deleteAria}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === "error" ? <FormMessage state={state} /> : null}
      <ConfirmDetails summary={t.deleteSummary} open={state.status === "error"}>
        <p>{t.deleteQuestion(label)}</p>
        <SubmitButton variant="danger" pendingText={t.deleting}>
          {t.deleteConfirm}
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
      <TextareaField
        name="catatan"
        label={t.returnNote}
        defaultValue={state.values?.catatan ?? ""}
        error={state.errors?.catatan}
        maxLength={500}
      />
      <SubmitButton variant="secondary" pendingText={t.processing} className="w-full sm:w-auto">
        {t.returnSubmit}
      </SubmitButton>
    </form>
  );
}
