"use client";

import type { FormState } from "@/lib/form-state";
import { formValues, saveOnPhone } from "@/lib/offline/phone-save";
import { deleteItem, type Owner } from "@/lib/offline/store";
import type { OutboxKind } from "@/lib/offline/protocol";

/** How long the form's own "Tersimpan di perangkat" stays before the shell goes back to the list. */
const SHOW_ANSWER_MS = 400;

/** The action of a form in the offline shell: saved on the phone; an item it corrects (same target-month, or the
 * refused item being fixed) is dropped once the new one is stored. The form answers at once (its message), then
 * `after` runs (back to the list, which shows the save and its z-scores). */
export function phoneAction(
  kind: OutboxKind,
  owner: Owner,
  replaces: string[],
  after: () => void,
): (prev: FormState, data: FormData) => Promise<FormState> {
  return async (_prev, data) => {
    const state = await saveOnPhone(kind, formValues(data), { clientId: crypto.randomUUID() });
    if (state.status === "ok") {
      for (const id of replaces) await deleteItem(owner.userId, id);
      window.setTimeout(after, SHOW_ANSWER_MS);
    }
    return state;
  };
}
