"use server";

import { revalidatePath } from "next/cache";
import { fieldError, guardedAction, type FormState } from "@/lib/auth/guard";
import { getUserInScope, getUserScopeKode, isUsernameTaken } from "@/db/queries/users";
import { changeAccount, createAccount } from "@/db/writes/users";
import { getRegionInScope } from "@/db/queries/regions";
import { hashPassword } from "@/lib/auth/password";
import { generateTemporaryPassword } from "@/lib/auth/password-policy";
import {
  accountIdSchema,
  accountStatusSchema,
  allowedScopeLevels,
  createAccountSchema,
  updateAccountSchema,
} from "@/lib/auth/account-rules";
import type { Role } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/i18n/auth";
import { messageFor } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { adminText } from "@/lib/i18n/admin";

const t = adminText.actions;

/** A state that carries a one-time password: shown once in the form that asked for it, never stored in clear. */
export type AccountState = FormState & { temporaryPassword?: string; username?: string; userId?: number };

/** The scope must exist inside the admin's own scope and be at the level the role works at. */
async function scopeProblem(viewer: Viewer, role: Role, kode: string): Promise<string | null> {
  const region = await getRegionInScope({ viewer, kode });
  if (!region) return t.scopeRequired;
  if (!allowedScopeLevels(role).includes(region.jenis))
    return t.scopeLevel(ROLE_LABELS[role], allowedScopeLevels(role).join("/"));
  return null;
}

/** Scope of the account an action is about; an unknown id gives a code no scope contains. */
const accountRegion = async (input: { id: number }) => (await getUserScopeKode(input.id)) ?? "-";

export const createUserAction = guardedAction(
  { capability: "users:manage", schema: createAccountSchema, regionOf: (i) => i.scopeKode },
  async ({ viewer, input, values }): Promise<AccountState> => {
    const problem = await scopeProblem(viewer, input.role, input.scopeKode);
    if (problem) return fieldError(values, "scopeKode", problem);
    if (await isUsernameTaken(input.username)) return fieldError(values, "username", t.usernameTaken);
    const temporaryPassword = generateTemporaryPassword();
    const row = await createAccount({
      actor: viewer,
      input: { ...input, passwordHash: await hashPassword(temporaryPassword) },
    });
    revalidatePath("/admin/pengguna");
    return {
      status: "ok",
      message: t.created(row.username),
      temporaryPassword,
      username: row.username,
      userId: row.id,
    };
  },
);

export const updateUserAction = guardedAction(
  { capability: "users:manage", schema: updateAccountSchema, regionOf: accountRegion },
  async ({ viewer, input, values }): Promise<AccountState> => {
    const target = await getUserInScope({ viewer, id: input.id });
    if (!target) return { status: "error", message: messageFor("not_found"), values };
    if (target.id === viewer.id && (input.role !== target.role || input.scopeKode !== target.scopeKode)) {
      return fieldError(values, "role", t.ownRoleScope);
    }
    const problem = await scopeProblem(viewer, input.role, input.scopeKode);
    if (problem) return fieldError(values, "scopeKode", problem);
    await changeAccount({
      actor: viewer,
      id: input.id,
      change: { kind: "profil", displayName: input.displayName, role: input.role, scopeKode: input.scopeKode },
    });
    revalidatePath("/admin/pengguna");
    return { status: "ok", message: t.saved };
  },
);

export const setUserActiveAction = guardedAction(
  { capability: "users:manage", schema: accountStatusSchema, regionOf: accountRegion },
  async ({ viewer, input }): Promise<AccountState> => {
    if (input.id === viewer.id) return { status: "error", message: t.ownDeactivate };
    const target = await getUserInScope({ viewer, id: input.id });
    if (!target) return { status: "error", message: messageFor("not_found") };
    await changeAccount({ actor: viewer, id: input.id, change: { kind: "status", active: input.aktif } });
    revalidatePath("/admin/pengguna");
    return { status: "ok", message: input.aktif ? t.reactivated : t.deactivated };
  },
);

export const resetPasswordAction = guardedAction(
  { capability: "users:manage", schema: accountIdSchema, regionOf: accountRegion },
  async ({ viewer, input }): Promise<AccountState> => {
    if (input.id === viewer.id) return { status: "error", message: t.ownReset };
    const target = await getUserInScope({ viewer, id: input.id });
    if (!target) return { status: "error", message: messageFor("not_found") };
    const temporaryPassword = generateTemporaryPassword();
    await changeAccount({
      actor: viewer,
      id: input.id,
      change: { kind: "reset_sandi", passwordHash: await hashPassword(temporaryPassword) },
    });
    revalidatePath("/admin/pengguna");
    return { status: "ok", message: t.reset(target.username), temporaryPassword, username: target.username };
  },
);
