"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import type { FormState } from "@/lib/form-state";
import { offlineText } from "@/lib/i18n/offline";
import { currentOwner, deleteItem, getItem, putItem } from "@/lib/offline/store";
import type { OutboxKind } from "@/lib/offline/protocol";

/** How long an online save may take before its copy on the phone counts as the save ("Tersimpan di perangkat"). */
const ANSWER_WITHIN_MS = 6000;

/** Offline capture for a form of the portal's own pages (docs/offline.md). Without JavaScript, or on a device that
 * is no KPM's, nothing changes: the form posts to its server action. With it, a KPM's save
 * - without a connection stays on the phone at once, checked by the same rules ("Tersimpan di perangkat");
 * - with one, posts as always, carrying a client id, after leaving a copy in the outbox on hold: if the server
 *   answers with a refusal the copy is dropped (the message shows beside the field), if it saves the copy is later
 *   answered "duplicate" and dropped, and if no answer comes within a few seconds the copy is the save. */
export function useOfflineSubmit(kind: OutboxKind | undefined, state: FormState) {
  const [local, setLocal] = useState<FormState | null>(null);
  const pending = useRef<{ clientId: string; timer: number } | null>(null);

  // The server answered (a refusal re-renders this form; a save navigates away): drop the copy of a refusal.
  useEffect(() => {
    const p = pending.current;
    if (!p || state.status === "idle") return;
    window.clearTimeout(p.timer);
    pending.current = null;
    const owner = currentOwner();
    if (owner && state.status === "error") void deleteItem(owner.userId, p.clientId);
  }, [state]);

  useEffect(() => () => window.clearTimeout(pending.current?.timer), []);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const owner = currentOwner();
    if (!kind || !owner || !("randomUUID" in crypto)) return;
    const form = e.currentTarget;
    const data = new FormData(form);
    const clientId = crypto.randomUUID();
    const save = (holdMs?: number) =>
      import("@/lib/offline/phone-save").then(({ saveOnPhone, formValues }) =>
        saveOnPhone(kind, formValues(data), { clientId, holdMs }),
      );
    if (!navigator.onLine) {
      e.preventDefault();
      void save().then(setLocal);
      return;
    }
    const id = form.elements.namedItem("_clientId");
    const typed = form.elements.namedItem("_typedAt");
    if (id instanceof HTMLInputElement) id.value = clientId;
    if (typed instanceof HTMLInputElement) typed.value = new Date().toISOString();
    setLocal(null);
    void save(60_000);
    const timer = window.setTimeout(async () => {
      if (pending.current?.clientId !== clientId) return;
      const item = await getItem(owner.userId, clientId);
      if (!item) return;
      await putItem(owner.userId, { ...item, holdUntil: undefined });
      setLocal({ status: "ok", message: offlineText.saved.onDevice });
    }, ANSWER_WITHIN_MS);
    pending.current = { clientId, timer };
  };

  return { onSubmit, local };
}

/** The id fields an online post carries so the server can tell it from its own offline copy (filled on submit). */
export function OfflineIdFields() {
  return (
    <>
      <input type="hidden" name="_clientId" defaultValue="" />
      <input type="hidden" name="_typedAt" defaultValue="" />
    </>
  );
}
