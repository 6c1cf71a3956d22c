import type { NextAuthConfig } from "next-auth";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { isRole } from "@/lib/auth/permissions";
import { logError } from "@/lib/log";
import { OFFLINE_PUBLIC_PATHS } from "@/lib/offline/sw-routes";

/** No session needed: sign-in; what the installed app needs before and without one (the service worker, the
 * manifest and icons, the offline shell, the WHO tables — none holds personal data); and the offline endpoints,
 * which answer a signed-out phone themselves with 401 JSON (a redirect to the login page would be read as data) and
 * check the session like every handler. */
const PUBLIC_PATHS = ["/login", "/api/auth", "/api/luring", ...OFFLINE_PUBLIC_PATHS];

/** Edge-safe part of the auth setup (no database): used by the proxy as the first gate.
 * Pages and actions check the user again against the database. */
export const authConfig = {
  pages: { signIn: "/login" },
  trustHost: true,
  secret: resolveAuthSecret(),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60, updateAge: 15 * 60 },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return true;
      return Boolean(auth?.user);
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.scope = user.scopeKode;
        // Both survive every refresh of the token. Logging out revokes this session (by sid); a password reset
        // or (de)activation after loginAt revokes every earlier session of the user — even if a late response
        // re-sets the old cookie (see getSessionUserById).
        token.loginAt = Date.now();
        token.sid = crypto.randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "number" && isRole(token.role) && typeof token.scope === "string") {
        session.user.id = String(token.uid);
        session.user.role = token.role;
        session.user.scopeKode = token.scope;
      }
      if (typeof token.loginAt === "number") session.loginAt = token.loginAt;
      if (typeof token.sid === "string") session.sid = token.sid;
      return session;
    },
  },
  logger: {
    // A wrong password is an expected event, not a crash: one line, no stack trace.
    error(error) {
      const name = (error as { type?: string }).type ?? error.name;
      if (name === "CredentialsSignin") console.warn("[auth] login gagal");
      // Never the message or the cause: a failed query inside authorize() carries the username it looked up.
      else logError(error, { route: "auth" });
    },
    warn() {},
  },
} satisfies NextAuthConfig;
