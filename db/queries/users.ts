import "server-only";
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { auditLog, regions, users, type User } from "../schema";
import { inScope } from "./scope";
import { writeAudit } from "../writes/audit";
import type { Viewer } from "@/lib/auth/viewer";
import type { Role } from "@/lib/auth/permissions";

/** The active user behind a session, or null when the account is gone or deactivated. */
export async function getActiveViewerById(id: number): Promise<Viewer | null> {
  const user = await getSessionUserById(id);
  return user
    ? {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        scopeKode: user.scopeKode,
      }
    : null;
}

/** As getActiveViewerById, plus whether the user must first replace a temporary password. A session is
 * revoked (null) when it was logged out (its sid), or signed in before the user's last password reset or
 * (de)activation: JWTs cannot be deleted, and a response racing a logout may re-set the old cookie. */
export async function getSessionUserById(
  id: number,
  session: { loginAt?: number; sid?: string } = {},
): Promise<(Viewer & { mustChangePassword: boolean }) | null> {
  const db = await getDb();
  const byUser =
    session.loginAt === undefined
      ? sql`false`
      : sql`(${auditLog.entity} = 'pengguna' and ${auditLog.action} in ('reset_sandi', 'status') and ${auditLog.at} > ${new Date(session.loginAt).toISOString()}::timestamptz)`;
  const bySession =
    session.sid === undefined
      ? sql`false`
      : sql`(${auditLog.entity} = 'sesi' and ${auditLog.action} = ${SESSION_REVOKED} and ${auditLog.after}->>'sid' = ${session.sid})`;
  const revoked = sql<boolean>`exists (select 1 from ${auditLog} where ${auditLog.entity} in ('sesi', 'pengguna') and ${auditLog.entityId} = ${String(id)} and (${byUser} or ${bySession}))`;
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      scopeKode: users.scopeKode,
      mustChangePassword: users.mustChangePassword,
      revoked,
    })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true)))
    .limit(1);
  if (!row || row.revoked) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    scopeKode: row.scopeKode,
    mustChangePassword: row.mustChangePassword,
  };
}

const SESSION_REVOKED = "sesi_dicabut";

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

/** Credentials lookup for sign-in only. */
export async function getUserForLogin(username: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      scopeKode: users.scopeKode,
      passwordHash: users.passwordHash,
      active: users.active,
    })
    .from(users)
    .where(eq(users.username, username))
    .limit(1);
  return row ?? null;
}

/** What an account looks like in lists and in the audit trail: never the password hash. */
const accountColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  scopeKode: users.scopeKode,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};
export type Account = Pick<User, keyof typeof accountColumns>;

export const USER_SORTS = ["username", "nama", "peran", "wilayah", "terbaru"] as const;
export type UserSort = (typeof USER_SORTS)[number];

export type ListUsersParams = {
  viewer: Viewer;
  q?: string;
  role?: Role;
  status?: "aktif" | "nonaktif";
  /** Only accounts whose scope lies inside this region. */
  wilayah?: string;
  sort?: UserSort;
  dir?: "asc" | "desc";
  page?: number;
  pageSize?: number;
};

/** Accounts whose scope lies inside the viewer's scope, searched, filtered, sorted and paged in SQL. */
export async function listUsers(p: ListUsersParams) {
  const db = await getDb();
  const pageSize = Math.min(Math.max(p.pageSize ?? 25, 5), 100);
  const page = Math.max(p.page ?? 1, 1);
  const q = p.q?.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  const where = and(
    inScope(users.scopeKode, p.viewer.scopeKode),
    p.wilayah ? inScope(users.scopeKode, p.wilayah) : undefined,
    p.role ? eq(users.role, p.role) : undefined,
    p.status ? eq(users.active, p.status === "aktif") : undefined,
    q ? or(ilike(users.username, `%${q}%`), ilike(users.displayName, `%${q}%`)) : undefined,
  ) as SQL;
  const direction = p.dir === "desc" ? desc : asc;
  const orderBy = {
    username: [direction(users.username)],
    nama: [direction(users.displayName)],
    peran: [direction(users.role), asc(users.username)],
    wilayah: [direction(users.scopeKode), asc(users.username)],
    terbaru: [desc(users.createdAt)],
  }[p.sort ?? "username"];
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ ...accountColumns, wilayahNama: regions.nama, wilayahJenis: regions.jenis })
      .from(users)
      .innerJoin(regions, eq(regions.kode, users.scopeKode))
      .where(where)
      .orderBy(...orderBy, asc(users.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total, page, pageSize };
}

/** One account, only if its scope lies inside the viewer's scope. */
export async function getUserInScope({ viewer, id }: { viewer: Viewer; id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ ...accountColumns, wilayahNama: regions.nama, wilayahJenis: regions.jenis })
    .from(users)
    .innerJoin(regions, eq(regions.kode, users.scopeKode))
    .where(and(eq(users.id, id), inScope(users.scopeKode, viewer.scopeKode)))
    .limit(1);
  return row ?? null;
}

/** Scope of an account, unscoped: only for deciding which region an account action is about. */
export async function getUserScopeKode(id: number): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ scopeKode: users.scopeKode }).from(users).where(eq(users.id, id)).limit(1);
  return row?.scopeKode ?? null;
}

export async function isUsernameTaken(username: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  return Boolean(row);
}

type Actor = Pick<Viewer, "id" | "username" | "role">;

/** New account with a temporary password that must be changed at first sign-in; audited in the same transaction. */
export async function createAccount({
  actor,
  input,
}: {
  actor: Actor;
  input: { username: string; displayName: string; role: Role; scopeKode: string; passwordHash: string };
}) {
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
  | { kind: "ganti_sandi"; passwordHash: string };

const CHANGE_ACTION: Record<AccountChange["kind"], string> = {
  profil: "update",
  status: "status",
  reset_sandi: "reset_sandi",
  ganti_sandi: "ganti_sandi",
};

/** One change to an account and its audit row, in one transaction. Password changes record only that the
 * password changed, never the hash. Returns null when the account does not exist. */
export async function changeAccount({ actor, id, change }: { actor: Actor; id: number; change: AccountChange }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select(accountColumns).from(users).where(eq(users.id, id)).for("update");
    if (!before) return null;
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
    return after;
  });
}

/** The stored hash, for checking the current password before a change. */
export async function getPasswordHash(id: number): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true)))
    .limit(1);
  return row?.passwordHash ?? null;
}
