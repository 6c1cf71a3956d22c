import "server-only";
import { and, asc, desc, eq, gt, lt } from "drizzle-orm";
import { getDb } from "../client";
import { loginAttempts } from "../schema";
import { writeAudit } from "../writes/audit";
import { decideThrottle, THROTTLE, type ThrottleDecision } from "@/lib/auth/throttle-policy";

const RETENTION_MS = 24 * 60 * 60 * 1000;

/** Whether this username / address may try a password now. Reads failures inside the window from
 * PostgreSQL (so it holds across restarts and app instances); a username's failures before its last
 * success do not count. */
export async function checkLoginThrottle({
  username,
  ip,
  now = new Date(),
}: {
  username: string;
  ip: string | null;
  now?: Date;
}): Promise<ThrottleDecision> {
  const db = await getDb();
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

/** Records a checked attempt (a refused, throttled attempt is not recorded, so waiting really ends the wait).
 * A success also prunes attempts older than a day. */
export async function recordLoginAttempt({
  username,
  ip,
  success,
  now = new Date(),
}: {
  username: string;
  ip: string | null;
  success: boolean;
  now?: Date;
}) {
  const db = await getDb();
  await db.insert(loginAttempts).values({ username, ip, success, at: now });
  if (success) await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - RETENTION_MS)));
}

/** The refusal itself is audited (who was tried, from where, how long the wait is). */
export async function auditThrottled({
  username,
  ip,
  decision,
}: {
  username: string;
  ip: string | null;
  decision: Extract<ThrottleDecision, { blocked: true }>;
}) {
  await writeAudit(await getDb(), null, {
    action: "login_ditahan",
    entity: "sesi",
    after: {
      username,
      ip,
      oleh: decision.by === "ip" ? "alamat_ip" : "nama_pengguna",
      tungguDetik: decision.retryAfterSeconds,
    },
  });
}
