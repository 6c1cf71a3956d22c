import { z } from "zod";
import { ROLE_SCOPE_LEVEL, ROLES, type Role } from "./permissions";
import { isValidKode } from "./scope";
import { id as idField, oneOf, requiredText } from "@/lib/validation";
import type { RegionLevel } from "@/lib/enums";
import { adminText } from "@/lib/i18n/admin";

const t = adminText.schema;

/** Region levels an account of this role may be scoped to (from ROLE_SCOPE_LEVEL in the permission table). */
export function allowedScopeLevels(role: Role): RegionLevel[] {
  const level = ROLE_SCOPE_LEVEL[role];
  return level === "village" ? ["desa", "kelurahan"] : [level];
}

export const USERNAME_RULE = t.usernameRule;

const username = z
  .string({ error: t.usernameRequired })
  .trim()
  .toLowerCase()
  .min(1, t.usernameRequired)
  .regex(/^[a-z0-9][a-z0-9._-]{2,49}$/, USERNAME_RULE);

const role = oneOf(ROLES, t.roleRequired);
const scopeKode = z.string({ error: t.scopeRequired }).trim().refine(isValidKode, t.scopeRequired);

/** Forms of /admin/pengguna; shared by the actions and the bad-input tests. */
export const createAccountSchema = z.object({
  username,
  displayName: requiredText(t.displayName, 100),
  role,
  scopeKode,
});
export const updateAccountSchema = z.object({
  id: idField(t.userId),
  displayName: requiredText(t.displayName, 100),
  role,
  scopeKode,
});
export const accountStatusSchema = z.object({
  id: idField(t.userId),
  aktif: z.enum(["0", "1"], { error: t.statusInvalid }).transform((v) => v === "1"),
});
export const accountIdSchema = z.object({ id: idField(t.userId) });
