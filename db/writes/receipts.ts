import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Tx } from "../client";
import { sinkronTerima } from "../schema";
import type { Viewer } from "@/lib/auth/viewer";
import type { Receipt } from "@/lib/offline/receipt-fields";

/* Receipts of items sent from a phone (docs/offline-sync.md, "Idempotency"). A save that carries a receipt first
 * claims its client id inside the save's own transaction: a second send of the same item finds the id taken and
 * answers "already saved" without writing; a concurrent second send waits on the primary key until the first
 * commits (then finds it taken) or rolls back (then claims it itself). A refused save rolls its receipt back, so
 * the same item sent again is judged again instead of being taken for saved. */

export type { Receipt };

/** An item that was saved before: nothing written this time. `id` is the record it saved (own items only). */
export type DuplicateResult = { ok: true; duplicate: true; id?: number; version?: undefined };

/** Carries a refusal out of the transaction so the receipt claimed at its start is rolled back with it. */
class RefusedInTransaction<R> extends Error {
  constructor(readonly result: R) {
    super("refused");
  }
}

async function claim(tx: Tx, viewer: Viewer, receipt: Receipt): Promise<boolean> {
  const claimed = await tx
    .insert(sinkronTerima)
    .values({ clientId: receipt.clientId, userId: viewer.id, jenis: receipt.kind, diketikPada: receipt.typedAt })
    .onConflictDoNothing()
    .returning({ clientId: sinkronTerima.clientId });
  return claimed.length > 0;
}

/** The receipt of this client id, if the item was saved before. Another user's receipt answers "saved" without
 * naming its record. */
export async function findReceipt(
  viewer: Viewer,
  clientId: string,
  db: Tx | null = null,
): Promise<DuplicateResult | null> {
  const [row] = await (db ?? (await getDb()))
    .select({ userId: sinkronTerima.userId, entitasId: sinkronTerima.entitasId })
    .from(sinkronTerima)
    .where(eq(sinkronTerima.clientId, clientId));
  if (!row) return null;
  return { ok: true, duplicate: true, id: row.userId === viewer.id ? (row.entitasId ?? undefined) : undefined };
}

/**
 * One save's transaction, with its receipt when the save came from a phone: the receipt is claimed first (a
 * duplicate returns at once), the body runs, a refusal (`ok: false`) rolls everything back — receipt included —
 * and is returned, a success records which row it saved. Without a receipt it is a plain transaction.
 */
export async function receiptTransaction<R extends { ok: boolean; id?: number }>(
  viewer: Viewer,
  receipt: Receipt | undefined,
  entitas: string,
  body: (tx: Tx) => Promise<R>,
): Promise<R | DuplicateResult> {
  const db = await getDb();
  if (!receipt) return db.transaction(body);
  try {
    return await db.transaction(async (tx): Promise<R | DuplicateResult> => {
      if (!(await claim(tx, viewer, receipt))) return (await findReceipt(viewer, receipt.clientId, tx))!;
      const result = await body(tx);
      if (!result.ok) throw new RefusedInTransaction(result);
      await tx
        .update(sinkronTerima)
        .set({ entitas, entitasId: result.id ?? null })
        .where(eq(sinkronTerima.clientId, receipt.clientId));
      return result;
    });
  } catch (error) {
    if (error instanceof RefusedInTransaction) return error.result as R;
    throw error;
  }
}
