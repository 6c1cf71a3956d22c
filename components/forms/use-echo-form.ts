"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** useActionState for forms that echo typed values: `v` is what the inputs should show (server echo over
 * defaults), `e` the field errors, and `formKey` re-creates the form so uncontrolled inputs pick `v` up. */
export function useEchoForm(action: Action, defaults: Record<string, string>) {
  const [state, formAction] = useActionState(action, { status: "idle" } as FormState);
  const v = { ...defaults, ...(state.values ?? {}) };
  return { state, formAction, v, e: state.errors ?? {}, formKey: JSON.stringify(state.values ?? null) };
}
