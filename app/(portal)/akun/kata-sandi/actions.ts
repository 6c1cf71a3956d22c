"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { currentSession } from "@/auth";
import { fieldError, guardedAction } from "@/lib/auth/guard";
import { getPasswordHash } from "@/db/queries/users";
import { changeAccount } from "@/db/writes/users";
import { claimLoginAttempt, releaseLoginAttempt } from "@/db/writes/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { MAX_PASSWORD_LENGTH, passwordProblem } from "@/lib/auth/password-policy";
import { throttledMessage } from "@/lib/auth/throttle-policy";
import { authText } from "@/lib/i18n/auth";

const t = authText.changePassword;

const schema = z.object({
  kataSandiLama: z.string({ error: t.currentRequired }).min(1, t.currentRequired).max(MAX_PASSWORD_LENGTH),
  kataSandiBaru: z
    .string({ error: t.nextRequired })
    .min(1, t.nextRequired)
    .max(MAX_PASSWORD_LENGTH, authText.passwordPolicy.tooLong(MAX_PASSWORD_LENGTH)),
  ulangiKataSandi: z.string({ error: t.repeatRequired }).max(MAX_PASSWORD_LENGTH),
});

/** The signed-in user replaces their own password: the current one is required (and wrong guesses count
 * towards the login throttle, so a borrowed session cannot brute-force it), the new one must meet the policy.
 * Clears must_change_password; audited without the hash. Every other session of the account ends; this one stays. */
export const changeOwnPassword = guardedAction(
  {
    capability: "account:password",
    schema,
    regionOf: (_input, viewer) => viewer.scopeKode,
    allowPendingPassword: true,
  },
  async ({ viewer, input, values }) => {
    // Counted before the check, atomically (as at sign-in): parallel guesses get no more than the limit.
    const claim = await claimLoginAttempt({ username: viewer.username, ip: null });
    if (claim.blocked) return { status: "error", message: throttledMessage(claim.retryAfterSeconds), values };
    const current = await getPasswordHash(viewer.id);
    if (!current || !(await verifyPassword(current, input.kataSandiLama)))
      return fieldError(values, "kataSandiLama", t.currentWrong);
    await releaseLoginAttempt(claim.attemptId);
    const problem = passwordProblem(input.kataSandiBaru, viewer.username);
    if (problem) return fieldError(values, "kataSandiBaru", problem);
    if (input.kataSandiBaru === input.kataSandiLama) return fieldError(values, "kataSandiBaru", t.sameAsCurrent);
    if (input.kataSandiBaru !== input.ulangiKataSandi) return fieldError(values, "ulangiKataSandi", t.mismatch);
    await changeAccount({
      actor: viewer,
      id: viewer.id,
      change: {
        kind: "ganti_sandi",
        passwordHash: await hashPassword(input.kataSandiBaru),
        keepSid: (await currentSession())?.sid ?? null,
      },
    });
    redirect("/akun/kata-sandi?diganti=1");
  },
);
