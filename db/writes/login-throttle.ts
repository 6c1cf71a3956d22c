import "server-only";
import { eq, lt, sql } from "drizzle-orm";
import { getDb } from "../client";
import { loginAttempts } from "../schema";
import { checkLoginThrottle } from "../queries/login-throttle";
import { recordAudit } from "./audit";
import type { ThrottleDecision } from "@/lib/auth/throttle-policy";

const RETENTION_MS = 24 * 60 * 60 * 1000;

export type LoginClaim = { blocked: false; attemptId: number } | Extract<ThrottleDecision, { blocked: true }>;

/** Decides whether a password may be tried now and, if so, counts the attempt as a failure before the password is
 * checked — in one transaction that holds a lock on the username and one on the address. Attempts fired together
 * therefore pass the check one after another, each seeing the others' failures: N parallel guesses get exactly the
 * limit through (a separate check and count let 15 of 25 through). The caller settles the claim once it knows the
 * answer (`settleLoginSuccess`, or `releaseLoginAttempt` where a right answer is no login); a crash in between leaves
 * it counted as a failure. A refused attempt is not counted, so waiting really ends the wait. */
export async function claimLoginAttempt({
  username,
  ip,
  now = new Date(),
}: {
  username: string;
  ip: string | null;
  now?: Date;
}): Promise<LoginClaim> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Always the username first, then the address: two claims never wait on each other in opposite order.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`tumbuh:login:u:${username}`}, 0))`);
    if (ip) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`tumbuh:login:ip:${ip}`}, 0))`);
    const decision = await checkLoginThrottle({ username, ip, now, db: tx });
    if (decision.blocked) return decision;
    const [row] = await tx
      .insert(loginAttempts)
      .values({ username, ip, success: false, at: now })
      .returning({ id: loginAttempts.id });
    return { blocked: false, attemptId: row.id } as const;
  });
}

/** The claimed attempt was the right password: it becomes a success (which clears the username's earlier failures,
 * not the address's). Also prunes attempts older than a day. */
export async function settleLoginSuccess(attemptId: number, now = new Date()) {
  const db = await getDb();
  await db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, attemptId));
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - RETENTION_MS)));
}

/** The claimed attempt turned out right but is no login (the current password on the password page): it neither
 * counts as a failure nor clears earlier ones. */
export async function releaseLoginAttempt(attemptId: number) {
  const db = await getDb();
  await db.delete(loginAttempts).where(eq(loginAttempts.id, attemptId));
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
  await recordAudit(null, {
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
