import { formValues as postedValues, type FormState } from "@/lib/form-state";
import { offlineText } from "@/lib/i18n/offline";
import { loadClientGrowthTables } from "@/lib/growth/client-tables";
import { saveLocally } from "./local-save";
import { currentOwner, putItem, readDesa } from "./store";
import type { OutboxKind } from "./protocol";

/* A form saved on the phone (browser only): checked by lib/offline/local-save.ts against the desa the phone holds,
 * then one outbox record. Asks the service worker for a background sync where the browser has one. */

/** The form's fields as the outbox keeps them: without the online post's own id fields (`_clientId`, `_typedAt`),
 * which the item carries itself. */
export function formValues(data: FormData): Record<string, string> {
  return Object.fromEntries(Object.entries(postedValues(data)).filter(([key]) => !key.startsWith("_")));
}

async function askForBackgroundSync(): Promise<void> {
  try {
    const reg = (await navigator.serviceWorker?.ready) as
      (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined;
    await reg?.sync?.register("tumbuh-outbox");
  } catch {
    /* no Background Sync (Firefox, Safari): the app sends when it opens or the connection returns */
  }
}

export async function saveOnPhone(
  kind: OutboxKind,
  values: Record<string, string>,
  opts: { clientId: string; holdMs?: number },
): Promise<FormState> {
  const owner = currentOwner();
  const local = owner ? await readDesa(owner.userId) : null;
  if (!owner || !local) return { status: "error", message: offlineText.shell.noData, values };
  const tables = await loadClientGrowthTables().catch(() => null);
  const { state, item } = saveLocally(kind, values, { local, tables, now: new Date(), ...opts });
  if (item) {
    await putItem(owner.userId, item);
    void askForBackgroundSync();
  }
  return state;
}
