/** Login throttling rules, pure (the attempts themselves live in PostgreSQL, see db/queries/login-throttle.ts and
 * db/writes/login-throttle.ts).
 * Only failures count. For a username, a successful login clears its earlier failures; for an IP address
 * they stay until they leave the window, so one valid account cannot reset a password-spraying run. */
import { authText } from "@/lib/i18n/auth";

export const THROTTLE = {
  windowMs: 15 * 60 * 1000,
  maxUsernameFailures: 5,
  maxIpFailures: 30,
} as const;

export type ThrottleDecision = { blocked: false } | { blocked: true; by: "username" | "ip"; retryAfterSeconds: number };

/** `failures` ascending by time, all inside the window. Blocked while `max` or more remain; the wait ends
 * when enough of the oldest have aged out to leave `max - 1`. */
function waitFor(failures: readonly Date[], max: number, now: Date): number | null {
  if (failures.length < max) return null;
  const freeing = failures[failures.length - max];
  const until = freeing.getTime() + THROTTLE.windowMs;
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

export function decideThrottle(input: {
  usernameFailures: readonly Date[];
  ipFailures: readonly Date[];
  now: Date;
}): ThrottleDecision {
  const byUser = waitFor(input.usernameFailures, THROTTLE.maxUsernameFailures, input.now);
  const byIp = waitFor(input.ipFailures, THROTTLE.maxIpFailures, input.now);
  if (byUser === null && byIp === null) return { blocked: false };
  if (byIp !== null && (byUser === null || byIp > byUser)) return { blocked: true, by: "ip", retryAfterSeconds: byIp };
  return { blocked: true, by: "username", retryAfterSeconds: byUser! };
}

/** "14 menit", "1 menit", "45 detik": the wait shown on the login page. */
export function waitText(seconds: number): string {
  if (seconds < 60) return authText.throttle.seconds(Math.max(1, Math.ceil(seconds)));
  return authText.throttle.minutes(Math.ceil(seconds / 60));
}

export function throttledMessage(seconds: number): string {
  return authText.throttle.message(waitText(seconds));
}
