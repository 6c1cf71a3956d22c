"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { safeCallbackPath } from "@/lib/auth/callback";
import { throttledMessage } from "@/lib/auth/throttle-policy";

export type LoginState = {
  error?: string;
  errors?: { username?: string; password?: string };
  username?: string;
};

const GENERIC = "Nama pengguna atau kata sandi salah";

/** Public by nature (the user is not signed in yet): the only action not built by guardedAction. */
export async function loginAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const username = String(formData.get("username") ?? "").trim().slice(0, 100);
  const password = String(formData.get("password") ?? "");
  const redirectTo = safeCallbackPath(formData.get("callbackUrl"));
  const errors: LoginState["errors"] = {};
  if (!username) errors.username = "Nama pengguna wajib diisi.";
  if (!password) errors.password = "Kata sandi wajib diisi.";
  if (errors.username || errors.password) return { errors, username };
  try {
    await signIn("credentials", { username, password, redirectTo });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      // Too many failures: say so, with the wait. Anything else keeps the one generic message.
      const { code, retryAfterSeconds } = error as AuthError & { code?: string; retryAfterSeconds?: number };
      if (code === "throttled") return { error: throttledMessage(retryAfterSeconds ?? 15 * 60), username };
      return { error: GENERIC, username };
    }
    throw error;
  }
}
