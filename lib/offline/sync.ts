import { applySnapshot, expired } from "./local-data";
import { nextState, sendable, type OutboxItem } from "./outbox";
import type { OfflineSnapshot, SendAnswer } from "./protocol";
import { offlineText } from "@/lib/i18n/offline";
import { currentOwner, readDesa, readOutbox, deleteItem, putItem, writeDesa, wipeUser, type Owner } from "./store";

/* Sending the outbox and downloading the desa (browser only; docs/offline.md). One run at a time per browser: a
 * Web Lock spans tabs, and the server's receipts make an item sent twice harmless anyway. */

export type SyncOutcome =
  | { status: "done"; sent: number; refused: number }
  /** No answer from the server: everything stays queued. */
  | { status: "offline"; sent: number }
  /** The session is gone: sign in again (nothing is lost). */
  | { status: "signed_out"; sent: number }
  | { status: "no_owner" };

const SEND_TIMEOUT_MS = 15_000;
const BAD_ITEM = offlineText.send.badItem;

async function post(item: OutboxItem): Promise<SendAnswer | "retry" | "signed_out"> {
  const { clientId, kind, typedAt, fields } = item;
  let res: Response;
  try {
    res = await fetch("/api/luring/kirim", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ clientId, kind, typedAt, fields }),
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      credentials: "same-origin",
    });
  } catch {
    return "retry";
  }
  if (res.status === 401) return "signed_out";
  if (res.status === 400) return { status: "refused", message: BAD_ITEM };
  if (!res.ok) return "retry";
  try {
    return (await res.json()) as SendAnswer;
  } catch {
    return "retry";
  }
}

/** Items in flight at once: on a slow link the round trip, not the bytes, is what takes time. */
const PARALLEL = 4;

async function sendOne(owner: Owner, item: OutboxItem): Promise<"sent" | "refused" | "offline" | "signed_out"> {
  const sending = nextState(item, { type: "send" })!;
  await putItem(owner.userId, sending);
  const answer = await post(sending);
  if (answer === "retry" || answer === "signed_out") {
    await putItem(owner.userId, nextState(sending, { type: "retry" })!);
    return answer === "retry" ? "offline" : "signed_out";
  }
  const next = nextState(sending, { type: "answer", answer });
  if (next) {
    await putItem(owner.userId, next);
    return "refused";
  }
  await deleteItem(owner.userId, item.clientId);
  return "sent";
}

/** Sends what waits, oldest first, a few at a time (each item is one target-month or one registration, and the
 * server serialises saves of one target, so their order does not matter); stops at the first item nobody answered. */
async function sendAll(owner: Owner): Promise<{ sent: number; refused: number; stop?: "offline" | "signed_out" }> {
  const queue = sendable(await readOutbox(owner.userId), Date.now());
  let sent = 0;
  let refused = 0;
  let stop: "offline" | "signed_out" | undefined;
  const worker = async () => {
    for (let item = queue.shift(); item && !stop; item = queue.shift()) {
      const r = await sendOne(owner, item);
      if (r === "sent") sent++;
      else if (r === "refused") refused++;
      else stop ??= r;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { sent, refused, stop };
}

/** Downloads what changed in the desa since the last contact (all of it the first time). */
export async function download(owner: Owner): Promise<"ok" | "offline" | "signed_out"> {
  const local = await readDesa(owner.userId);
  const sejak = local && !expired(local, Date.now()) ? `?sejak=${encodeURIComponent(local.cursor)}` : "";
  let res: Response;
  try {
    res = await fetch(`/api/luring/data${sejak}`, { credentials: "same-origin", cache: "no-store" });
  } catch {
    return "offline";
  }
  if (res.status === 401 || res.status === 403) return "signed_out";
  if (!res.ok) return "offline";
  const snap = (await res.json()) as OfflineSnapshot;
  await writeDesa(owner.userId, applySnapshot(local, snap, Date.now()));
  return "ok";
}

let running: Promise<SyncOutcome> | null = null;

async function run(): Promise<SyncOutcome> {
  const owner = currentOwner();
  if (!owner) return { status: "no_owner" };
  const local = await readDesa(owner.userId);
  if (local && expired(local, Date.now()) && (await readOutbox(owner.userId)).length === 0) {
    await wipeUser(owner.userId);
    return { status: "no_owner" };
  }
  const { sent, refused, stop } = await sendAll(owner);
  if (stop) return { status: stop, sent };
  const got = await download(owner);
  if (got !== "ok") return { status: got, sent };
  return { status: "done", sent, refused };
}

/** Sends what waits, then downloads. Concurrent calls share one run; tabs take turns through a Web Lock. */
export function syncNow(): Promise<SyncOutcome> {
  if (!running) {
    const locked: Promise<SyncOutcome> = navigator.locks
      ? navigator.locks.request("tumbuh-luring-sync", run).then((r) => r)
      : run();
    running = locked.finally(() => {
      running = null;
    });
  }
  return running!;
}
