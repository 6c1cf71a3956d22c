import "server-only";
import { getUserForLogin } from "@/db/queries/users";
import { recordLogin } from "@/db/writes/login-events";
import { auditThrottled, claimLoginAttempt, settleLoginSuccess } from "@/db/writes/login-throttle";
import { verifyAgainstDummy, verifyPassword } from "./password";

export type LoginResult =
  | {
      ok: true;
      user: {
        id: number;
        displayName: string;
        role: NonNullable<Awaited<ReturnType<typeof getUserForLogin>>>["role"];
        scopeKode: string;
      };
    }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** Credentials check behind the next-auth provider: throttle first, counting the attempt in the same step (a held
 * attempt costs no password hash and is not counted), then the same work whether or not the user exists, so timing
 * tells nothing. Every outcome is audited. */
export async function authenticate({
  username,
  password,
  ip,
}: {
  username: string;
  password: string;
  ip: string | null;
}): Promise<LoginResult> {
  const claim = await claimLoginAttempt({ username, ip });
  if (claim.blocked) {
    await auditThrottled({ username, ip, decision: claim });
    return { ok: false, reason: "throttled", retryAfterSeconds: claim.retryAfterSeconds };
  }
  const user = await getUserForLogin(username);
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !ok || !user.active) {
    await recordLogin({ username, userId: user?.id ?? null, success: false });
    return { ok: false, reason: "invalid" };
  }
  await settleLoginSuccess(claim.attemptId);
  await recordLogin({ username, userId: user.id, success: true, role: user.role, scopeKode: user.scopeKode });
  return { ok: true, user: { id: user.id, displayName: user.displayName, role: user.role, scopeKode: user.scopeKode } };
}
