import "server-only";
import { and, asc, desc, eq, gt } from "drizzle-orm";
import { getDb, type Db, type Tx } from "../client";
import { loginAttempts } from "../schema";
import { decideThrottle, THROTTLE, type ThrottleDecision } from "@/lib/auth/throttle-policy";

/** Whether this username / address may try a password now. Reads failures inside the window from
 * PostgreSQL (so it holds across restarts and app instances); a username's failures before its last
 * success do not count. Deciding and counting must be one step: `claimLoginAttempt` (db/writes/login-throttle.ts)
 * calls this inside its locked transaction (`db`). */
export async function checkLoginThrottle({
  username,
  ip,
  now = new Date(),
  db: given,
}: {
  username: string;
  ip: string | null;
  now?: Date;
  db?: Db | Tx;
}): Promise<ThrottleDecision> {
  const db = given ?? (await getDb());
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const [lastSuccess] = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), eq(loginAttempts.success, true), gt(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .limit(1);
  const userSince = lastSuccess?.at ?? since;
  const [userRows, ipRows] = await Promise.all([
    db
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(
        and(eq(loginAttempts.username, username), eq(loginAttempts.success, false), gt(loginAttempts.at, userSince)),
      )
      .orderBy(asc(loginAttempts.at)),
    ip
      ? db
          .select({ at: loginAttempts.at })
          .from(loginAttempts)
          .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, since)))
          .orderBy(asc(loginAttempts.at))
      : Promise.resolve([]),
  ]);
  return decideThrottle({ usernameFailures: userRows.map((r) => r.at), ipFailures: ipRows.map((r) => r.at), now });
}
