"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { buttonClass } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";

type Action = (s: FormState, f: FormData) => Promise<FormState>;
type Step = {
  key: string;
  label: string;
  action: Action;
  note?: string;
  variant?: "primary" | "secondary" | "danger";
  /** The step is not open yet: the button is disabled and this says when it opens (the server refuses too). */
  disabledNote?: string;
};

function StepForm({ step, hidden }: { step: Step; hidden: Record<string, string> }) {
  const [state, formAction] = useActionState(step.action, initialFormState);
  return (
    <form
      action={formAction}
      className="space-y-2 rounded-md border border-slate-200 p-3"
      data-testid={`alur-${step.key}`}
    >
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <FormMessage state={state} />
      {step.note ? (
        <TextareaField
          name="catatan"
          label={step.note}
          defaultValue={state.values?.catatan}
          error={state.errors?.catatan}
        />
      ) : null}
      {step.disabledNote ? (
        <>
          <button
            type="submit"
            disabled
            aria-describedby={`alur-${step.key}-catatan`}
            className={buttonClass(step.variant ?? "primary")}
          >
            {step.label}
          </button>
          <p id={`alur-${step.key}-catatan`} className="text-sm text-slate-700" data-testid={`alur-${step.key}-dibuka`}>
            {step.disabledNote}
          </p>
        </>
      ) : (
        <SubmitButton variant={step.variant ?? "primary"}>{step.label}</SubmitButton>
      )}
    </form>
  );
}

/** The workflow steps this user may take on this quarter (the server checks each again). */
export function WorkflowPanel({ steps, hidden }: { steps: Step[]; hidden: Record<string, string> }) {
  if (!steps.length) return null;
  return (
    <div className="no-print grid gap-2 sm:grid-cols-2">
      {steps.map((s) => (
        <StepForm key={s.key} step={s} hidden={hidden} />
      ))}
    </div>
  );
}
