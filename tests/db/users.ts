import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";

/** Id of a seeded demo account, for actAs(). */
export async function userId(db: Db, username: string): Promise<number> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return row.id;
}

/** FormData from a plain object, as a browser would post it. */
export function form(values: Record<string, string | number | boolean | undefined>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === false) continue;
    fd.append(k, v === true ? "on" : String(v));
  }
  return fd;
}
