import type { OutboxKind, SendAnswer, SendItem } from "./protocol";

/* The outbox state machine (docs/offline.md): what happens to an item typed on the phone until the server has it.
 * Pure: the store (lib/offline/store.ts) persists the items, the sender (lib/offline/sync.ts) feeds it events.
 *
 *   waiting ──send──▶ sending ──ok──────────────▶ (removed)
 *      ▲                 │ ├──refused──▶ refused ──correct──▶ waiting (new clientId)
 *      └─network error───┘ └──conflict─▶ conflict ─choose───▶ waiting (new clientId, server's version)
 *
 * An item is never removed except by the server's "ok" (or the cadre's explicit "Hapus"). A corrected item is a new
 * item (new clientId): the server may hold a receipt of the old one only if it was saved, which it was not. */

export type OutboxState = "waiting" | "sending" | "refused" | "conflict";

export type OutboxItem = SendItem & {
  state: OutboxState;
  /** What the list shows: "Formulir 2B — Ani, November 2026". No NIK. */
  label: string;
  /** The desa page where the item belongs (the form to correct it). */
  href: string;
  /** A copy of a form being posted online ("write-ahead"): not shown as waiting before this time (ms), so an
   * online save that succeeds is not announced as pending; sent like any other item afterwards (the server answers
   * "duplicate" when the online post got through). */
  holdUntil?: number;
  attempts: number;
  /** The server's message when refused or in conflict, its field errors, and in a conflict its version. */
  message?: string;
  errors?: Record<string, string[] | undefined>;
  server?: Record<string, string>;
  serverVersion?: string;
  /** The phone's own z-scores and categories for a measurement, shown until the server's arrive. */
  preview?: Record<string, string | number | null>;
};

export type OutboxEvent =
  | { type: "send" }
  | { type: "answer"; answer: SendAnswer }
  /** No answer (offline, timeout, 5xx, 401 before signing in again): try again later. */
  | { type: "retry" };

/** The next state of an item, or null when it is done (the server has it). */
export function nextState(item: OutboxItem, event: OutboxEvent): OutboxItem | null {
  switch (event.type) {
    case "send":
      return item.state === "waiting" ? { ...item, state: "sending", attempts: item.attempts + 1 } : item;
    case "retry":
      return item.state === "sending" ? { ...item, state: "waiting" } : item;
    case "answer": {
      if (item.state !== "sending") return item;
      const a = event.answer;
      if (a.status === "ok") return null;
      if (a.status === "refused") return { ...item, state: "refused", message: a.message, errors: a.errors };
      return { ...item, state: "conflict", message: a.message, server: a.server, serverVersion: a.version };
    }
  }
}

export function newItem(input: {
  clientId: string;
  kind: OutboxKind;
  fields: Record<string, string>;
  label: string;
  href: string;
  now: Date;
  holdMs?: number;
  preview?: OutboxItem["preview"];
}): OutboxItem {
  return {
    clientId: input.clientId,
    kind: input.kind,
    typedAt: input.now.toISOString(),
    fields: input.fields,
    label: input.label,
    href: input.href,
    state: "waiting",
    attempts: 0,
    ...(input.holdMs ? { holdUntil: input.now.getTime() + input.holdMs } : {}),
    ...(input.preview ? { preview: input.preview } : {}),
  };
}

/** A refused or conflicting item after the cadre corrected it (or chose, field by field, in a conflict): a new
 * item with the new values, the server's version when it came from a conflict, and none of the old message. */
export function corrected(item: OutboxItem, fields: Record<string, string>, clientId: string, now: Date): OutboxItem {
  const version: Record<string, string> =
    item.state === "conflict" && item.serverVersion ? { version: item.serverVersion } : {};
  return newItem({
    clientId,
    kind: item.kind,
    fields: { ...fields, ...version },
    label: item.label,
    href: item.href,
    now,
    preview: item.preview,
  });
}

const visible = (item: OutboxItem, now: number) => !(item.holdUntil && item.holdUntil > now);

/** Items the bar counts as "Menunggu sinkron": everything not yet accepted, except write-ahead copies on hold. */
export function pendingCount(items: OutboxItem[], now: number): number {
  return items.filter((i) => visible(i, now)).length;
}

/** Items that need the cadre: refused or in conflict. */
export function needsAttention(items: OutboxItem[]): OutboxItem[] {
  return items.filter((i) => i.state === "refused" || i.state === "conflict");
}

/** What to send now, oldest typed first (a registration before the months typed after it). Items in flight
 * (`sending`) from a run that died with its tab are sent again: the server's receipt makes that harmless. */
export function sendable(items: OutboxItem[], now: number): OutboxItem[] {
  return items
    .filter((i) => (i.state === "waiting" || i.state === "sending") && visible(i, now))
    .sort((a, b) => a.typedAt.localeCompare(b.typedAt));
}

/** The item typed for this target and month, if one is still on the phone (the lists show its state). */
export function monthKey(fields: Record<string, string>): string | null {
  return fields.sasaranId && fields.bulan ? `${fields.sasaranId}|${fields.bulan}` : null;
}
