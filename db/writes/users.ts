import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../client";
import { users } from "../schema";
import { accountColumns, OTHER_SESSIONS_REVOKED, SESSION_REVOKED, type Account } from "../queries/users";
import { writeAudit } from "./audit";
import type { Viewer } from "@/lib/auth/viewer";
import type { Role } from "@/lib/auth/permissions";

/** Called on sign-out: this session (not the user's others) is refused from now on. */
export async function revokeSession({ userId, sid }: { userId: number; sid: string }) {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, username: users.username, role: users.role, scopeKode: users.scopeKode })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return;
  await writeAudit(db, user, {
    action: SESSION_REVOKED,
    entity: "sesi",
    entityId: userId,
    kodeWilayah: user.scopeKode,
    after: { sid },
  });
}

type Actor = Pick<Viewer, "id" | "username" | "role">;

/** New account with a temporary password that must be changed at first sign-in; audited in the same transaction. */
export async function createAccount({
  actor,
  input,
}: {
  actor: Actor;
  input: { username: string; displayName: string; role: Role; scopeKode: string; passwordHash: string };
}): Promise<Account> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ ...input, mustChangePassword: true })
      .returning(accountColumns);
    await writeAudit(tx, actor, {
      action: "create",
      entity: "pengguna",
      entityId: row.id,
      kodeWilayah: row.scopeKode,
      after: row,
    });
    return row;
  });
}

export type AccountChange =
  | { kind: "profil"; displayName: string; role: Role; scopeKode: string }
  | { kind: "status"; active: boolean }
  | { kind: "reset_sandi"; passwordHash: string }
  /** `keepSid`: the session that made the change stays signed in; every other session of the account ends. */
  | { kind: "ganti_sandi"; passwordHash: string; keepSid: string | null };

const CHANGE_ACTION: Record<AccountChange["kind"], string> = {
  profil: "update",
  status: "status",
  reset_sandi: "reset_sandi",
  ganti_sandi: "ganti_sandi",
};

export type AccountWriteResult = { ok: true; account: Account } | { ok: false; reason: "not_found" };

/** One change to an account and its audit row, in one transaction. Password changes record only that the
 * password changed, never the hash. Every password change ends the account's other sessions: a reset (like a
 * (de)activation) every session signed in before it, an own change all but the session that made it — a stolen
 * cookie must not outlive the victim's new password. */
export async function changeAccount({
  actor,
  id,
  change,
}: {
  actor: Actor;
  id: number;
  change: AccountChange;
}): Promise<AccountWriteResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select(accountColumns).from(users).where(eq(users.id, id)).for("update");
    if (!before) return { ok: false, reason: "not_found" } as const;
    const set =
      change.kind === "profil"
        ? { displayName: change.displayName, role: change.role, scopeKode: change.scopeKode }
        : change.kind === "status"
          ? { active: change.active }
          : { passwordHash: change.passwordHash, mustChangePassword: change.kind === "reset_sandi" };
    const [after] = await tx
      .update(users)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning(accountColumns);
    await writeAudit(tx, actor, {
      action: CHANGE_ACTION[change.kind],
      entity: "pengguna",
      entityId: id,
      kodeWilayah: after.scopeKode,
      before,
      after,
    });
    if (change.kind === "ganti_sandi")
      await writeAudit(tx, actor, {
        action: OTHER_SESSIONS_REVOKED,
        entity: "sesi",
        entityId: id,
        kodeWilayah: after.scopeKode,
        after: { kecuali: change.keepSid },
      });
    return { ok: true, account: after } as const;
  });
}
