import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { authenticate } from "@/lib/auth/authenticate";
import { clientIp } from "@/lib/auth/client-ip";
import { ThrottledSignin } from "@/lib/auth/login-errors";

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
        const result = await authenticate({ ...parsed.data, ip: clientIp(request?.headers) });
        if (result.ok) {
          const { user } = result;
          return { id: String(user.id), name: user.displayName, role: user.role, scopeKode: user.scopeKode };
        }
        if (result.reason === "throttled") throw new ThrottledSignin(result.retryAfterSeconds);
        throw new CredentialsSignin();
      },
    }),
  ],
});
