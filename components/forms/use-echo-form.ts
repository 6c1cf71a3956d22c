"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import type { OutboxKind } from "@/lib/offline/protocol";
import { useOfflineSubmit } from "@/components/offline/use-offline-submit";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** useActionState for forms that echo typed values: `v` is what the inputs should show (server echo over
 * defaults), `e` the field errors, and `formKey` re-creates the form so uncontrolled inputs pick `v` up.
 * `offline`: the outbox kind of a KPM form that keeps working without a connection (use-offline-submit.tsx); its
 * `onSubmit` goes on the form, and `state` is then the phone's answer when the phone answered. */
export function useEchoForm(action: Action, defaults: Record<string, string>, offline?: OutboxKind) {
  const [server, formAction] = useActionState(action, { status: "idle" } as FormState);
  const { onSubmit, local } = useOfflineSubmit(offline, server);
  const state = local ?? server;
  const v = { ...defaults, ...(state.values ?? {}) };
  return {
    state,
    formAction,
    onSubmit: offline ? onSubmit : undefined,
    v,
    e: state.errors ?? {},
    formKey: JSON.stringify(state.values ?? null),
  };
}
