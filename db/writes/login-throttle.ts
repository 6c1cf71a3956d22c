import "server-only";
import { lt } from "drizzle-orm";
import { getDb } from "../client";
import { loginAttempts } from "../schema";
import { recordAudit } from "./audit";
import type { ThrottleDecision } from "@/lib/auth/throttle-policy";

const RETENTION_MS = 24 * 60 * 60 * 1000;

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
