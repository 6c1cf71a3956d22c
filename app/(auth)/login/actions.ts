"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { safeCallbackPath } from "@/lib/auth/callback";
import { throttledMessage } from "@/lib/auth/throttle-policy";
import { authText } from "@/lib/i18n/auth";

const t = authText.login;

export type LoginState = {
  error?: string;
  errors?: { username?: string; password?: string };
  username?: string;
};

const GENERIC = t.invalid;

/** Public by nature (the user is not signed in yet): the only action not built by guardedAction. */
export async function loginAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const username = String(formData.get("username") ?? "")
    .trim()
    .slice(0, 100);
  const password = String(formData.get("password") ?? "");
  const redirectTo = safeCallbackPath(formData.get("callbackUrl"));
  const errors: LoginState["errors"] = {};
  if (!username) errors.username = t.usernameRequired;
  if (!password) errors.password = t.passwordRequired;
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
