import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { authenticate } from "@/lib/auth/authenticate";
import { requestClientIp } from "@/lib/auth/peer-address";
import { ThrottledSignin } from "@/lib/auth/login-errors";
import { revokeSession } from "@/db/writes/users";
import { headers } from "next/headers";
import { claimsOf, readHandoff, SESSION_HANDOFF_HEADER, type SessionClaims } from "@/lib/auth/session-handoff";

const credentials = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const result = await authenticate({ ...parsed.data, ip: requestClientIp(request?.headers) });
        if (result.ok) {
          const { user } = result;
          return { id: String(user.id), name: user.displayName, role: user.role, scopeKode: user.scopeKode };
        }
        if (result.reason === "throttled") throw new ThrottledSignin(result.retryAfterSeconds);
        throw new CredentialsSignin();
      },
    }),
  ],
  events: {
    // The JWT itself cannot be deleted: record that this session ended, so its cookie is refused if it ever
    // comes back (a response racing the logout, a copied cookie).
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.uid === "number" && typeof token.sid === "string")
        await revokeSession({ userId: token.uid, sid: token.sid });
    },
  },
});

/** Who is signed in for this request: the identity the proxy verified and handed over (see
 * lib/auth/session-handoff.ts), or — when no verifiable hand-over came with the request — the session cookie
 * decoded here. Whether the account is still active and the session not revoked is checked by the caller. */
export async function currentSession(): Promise<SessionClaims | null> {
  const handed = readHandoff((await headers()).get(SESSION_HANDOFF_HEADER), authConfig.secret);
  if (handed) return handed;
  return claimsOf(await auth());
}
