import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * The proxy decodes the session cookie on every request anyway (its gate, and next-auth's rolling refresh). A page
 * that decoded it again through `auth()` paid for the same answer twice (HKDF, AES-CBC and HMAC through WebCrypto,
 * plus re-encoding a token it cannot set; the cost is in docs/scaling.md §2.0). So the proxy hands the identity it
 * verified to the page in a request header, HMAC-signed with a key derived from AUTH_SECRET: a request that reached a
 * page without passing the proxy (a matcher mistake, a middleware-bypass bug) cannot forge it, and the page then
 * decodes the cookie itself. The claims are only who is signed in and which session; role, scope and whether the
 * account is still active are read from the database on every request, as before.
 */
export const SESSION_HANDOFF_HEADER = "x-tumbuh-sesi";

export type SessionClaims = { uid: number; loginAt?: number; sid?: string };

/** The claims of a decoded next-auth session (as the proxy and `auth()` see it), or null when nobody is signed in. */
export function claimsOf(
  session: { user?: { id?: string | null } | null; loginAt?: number; sid?: string } | null | undefined,
): SessionClaims | null {
  const uid = Number(session?.user?.id);
  if (!Number.isInteger(uid) || uid <= 0) return null;
  return { uid, loginAt: session?.loginAt, sid: session?.sid };
}

/** The header is made for one request a moment ago; anything older is refused. */
const MAX_AGE_MS = 60_000;

const claimsSchema = z.object({
  uid: z.number().int().positive(),
  loginAt: z.number().optional(),
  sid: z.string().max(100).optional(),
  at: z.number(),
});

const keys = new Map<string, Buffer>();
function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createHmac("sha256", secret).update("tumbuh:session-handoff:v1").digest()));
  return key;
}

const mac = (secret: string, body: string) => createHmac("sha256", keyFor(secret)).update(body).digest();

export function signHandoff(claims: SessionClaims, secret: string, now = Date.now()): string {
  const body = Buffer.from(
    JSON.stringify({ uid: claims.uid, loginAt: claims.loginAt, sid: claims.sid, at: now }),
  ).toString("base64url");
  return `${body}.${mac(secret, body).toString("base64url")}`;
}

/** The claims of a header this deployment's proxy signed within the last minute, else null. */
export function readHandoff(
  value: string | null | undefined,
  secret: string | undefined,
  now = Date.now(),
): SessionClaims | null {
  if (!value || !secret) return null;
  const [body, signature, ...rest] = value.split(".");
  if (!body || !signature || rest.length) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = claimsSchema.safeParse(json);
  if (!parsed.success) return null;
  const { uid, loginAt, sid, at } = parsed.data;
  if (at > now + 5_000 || now - at > MAX_AGE_MS) return null;
  return { uid, loginAt, sid };
}
