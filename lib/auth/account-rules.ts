import { z } from "zod";
import { ROLE_SCOPE_LEVEL, ROLES, type Role } from "./permissions";
import { isValidKode } from "./scope";
import { id as idField, oneOf, requiredText } from "@/lib/validation";
import type { RegionLevel } from "@/db/schema";

/** Region levels an account of this role may be scoped to (from ROLE_SCOPE_LEVEL in the permission table). */
export function allowedScopeLevels(role: Role): RegionLevel[] {
  const level = ROLE_SCOPE_LEVEL[role];
  return level === "village" ? ["desa", "kelurahan"] : [level];
}

export const USERNAME_RULE = "Nama pengguna 3–50 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.";

const username = z
  .string({ error: "Nama pengguna wajib diisi." })
  .trim()
  .toLowerCase()
  .min(1, "Nama pengguna wajib diisi.")
  .regex(/^[a-z0-9][a-z0-9._-]{2,49}$/, USERNAME_RULE);

const role = oneOf(ROLES, "Pilih peran.");
const scopeKode = z.string({ error: "Pilih wilayah tugas." }).trim().refine(isValidKode, "Pilih wilayah tugas.");

/** Forms of /admin/pengguna; shared by the actions and the bad-input tests. */
export const createAccountSchema = z.object({ username, displayName: requiredText("Nama lengkap", 100), role, scopeKode });
export const updateAccountSchema = z.object({ id: idField("Pengguna"), displayName: requiredText("Nama lengkap", 100), role, scopeKode });
export const accountStatusSchema = z.object({ id: idField("Pengguna"), aktif: z.enum(["0", "1"], { error: "Status tidak valid." }).transform((v) => v === "1") });
export const accountIdSchema = z.object({ id: idField("Pengguna") });
