import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "../client";
import { users } from "../schema";
import type { Viewer } from "@/lib/auth/viewer";

/** The active user behind a session, or null when the account is gone or deactivated. */
export async function getActiveViewerById(id: number): Promise<Viewer | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, scopeKode: users.scopeKode })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true)))
    .limit(1);
  return row ?? null;
}

/** Credentials lookup for sign-in only. */
export async function getUserForLogin(username: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, scopeKode: users.scopeKode, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.username, username))
    .limit(1);
  return row ?? null;
}
