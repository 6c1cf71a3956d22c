import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { getUserForLogin } from "@/db/queries/users";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { recordLogin } from "@/db/queries/login-events";

const credentials = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(raw) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const { username, password } = parsed.data;
        const user = await getUserForLogin(username);
        // Same work whether or not the user exists, so timing tells nothing.
        const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
        if (!user || !ok || !user.active) {
          await recordLogin({ username, userId: user?.id ?? null, success: false });
          throw new CredentialsSignin();
        }
        await recordLogin({ username, userId: user.id, success: true, role: user.role, scopeKode: user.scopeKode });
        return { id: String(user.id), name: user.displayName, role: user.role, scopeKode: user.scopeKode };
      },
    }),
  ],
});
