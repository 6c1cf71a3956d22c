import "server-only";
import { getDb, type Db, type Tx } from "../client";
import { auditLog } from "../schema";
import type { Viewer } from "@/lib/auth/viewer";
import { maskNikRuns } from "@/lib/people/nik";
import { maskNiksForAudit } from "@/lib/people/nik-visibility";

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | number | null;
  kodeWilayah?: string | null;
  before?: unknown;
  after?: unknown;
  /** A record sent from a phone: when it was typed there (the audit row's `at` is when it was received). */
  typedAt?: Date | null;
};

/** Writes one audit row; pass the transaction of the write it describes so both commit together. NIKs are
 * masked here, on the one write path, wherever they occur (search terms, free text; see maskNiksForAudit). */
export async function writeAudit(
  db: Db | Tx,
  actor: Pick<Viewer, "id" | "username" | "role"> | null,
  entry: AuditEntry,
) {
  await db.insert(auditLog).values({
    actorId: actor?.id ?? null,
    actorUsername: actor?.username ?? null,
    actorRole: actor?.role ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : maskNikRuns(String(entry.entityId)),
    kodeWilayah: entry.kodeWilayah ?? null,
    before: maskNiksForAudit(entry.entity, entry.before ?? null),
    after: maskNiksForAudit(entry.entity, entry.after ?? null),
    diketikPada: entry.typedAt ?? null,
  });
}

/** An audit row that belongs to no other write (an export, a login, a sign-out): opens the database itself, so
 * route handlers and actions never hold a handle. */
export async function recordAudit(actor: Pick<Viewer, "id" | "username" | "role"> | null, entry: AuditEntry) {
  await writeAudit(await getDb(), actor, entry);
}
