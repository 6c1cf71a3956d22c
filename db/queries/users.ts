import "server-only";
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { auditLog, regions, users, type User } from "../schema";
import { inScope } from "./scope";
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
 * (de)activation, or before the user changed their own password in another session (all but that session's sid):
 * JWTs cannot be deleted, and a response racing a logout may re-set the old cookie. */
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
  const byPasswordChange =
    session.loginAt === undefined
      ? sql`false`
      : sql`(${auditLog.entity} = 'sesi' and ${auditLog.action} = ${OTHER_SESSIONS_REVOKED} and ${auditLog.at} > ${new Date(session.loginAt).toISOString()}::timestamptz and ${session.sid === undefined ? sql`true` : sql`(${auditLog.after}->>'kecuali') is distinct from ${session.sid}`})`;
  const revoked = sql<boolean>`exists (select 1 from ${auditLog} where ${auditLog.entity} in ('sesi', 'pengguna') and ${auditLog.entityId} = ${String(id)} and (${byUser} or ${bySession} or ${byPasswordChange}))`;
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

/** The audit action of a signed-out session; the guard refuses a session that has one. */
export const SESSION_REVOKED = "sesi_dicabut";
/** The audit action of an own password change ending the account's other sessions (`after.kecuali`: the sid that
 * stays); the guard refuses every session signed in before it but that one. */
export const OTHER_SESSIONS_REVOKED = "sesi_lain_dicabut";

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
export const accountColumns = {
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
