"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { commonText } from "@/lib/i18n/common";

const t = commonText.deleteForm;

/** Delete behind a second, explicit submit inside a <details> (works without JavaScript); stays open to show a
 * refusal. `action` is a guarded server action taking `kode` and `id`. */
export function DeleteForm({
  action,
  kode,
  id,
  label,
  question,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  kode: string;
  id: number;
  label: string;
  question: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, initialFormState);
  return (
    <details className="open:w-full" open={state.status === "error"}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-danger-700 hover:bg-slate-50">
        {t.summary}
      </summary>
      <form
        action={formAction}
        className="mt-2 space-y-2 rounded-md border border-danger-700 bg-danger-50 p-3"
        aria-label={t.ariaLabel(label)}
      >
        <input type="hidden" name="kode" value={kode} />
        <input type="hidden" name="id" value={id} />
        <p className="text-sm">{question}</p>
        <FormMessage state={state} />
        <SubmitButton variant="danger" pendingText={t.pending}>
          {t.confirm}
        </SubmitButton>
      </form>
    </details>
  );
}
