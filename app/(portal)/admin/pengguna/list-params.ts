import { ROLES, type Role } from "@/lib/auth/permissions";
import { isValidKode } from "@/lib/auth/scope";
import { USER_SORTS, type UserSort } from "@/db/queries/users";

/** URL state of the account list; anything unknown is dropped rather than trusted. */
export function parseUserListParams(raw: Record<string, string | undefined>) {
  const q = raw.q?.trim().slice(0, 100) || undefined;
  const peran = (ROLES as readonly string[]).includes(raw.peran ?? "") ? (raw.peran as Role) : undefined;
  const status = raw.status === "aktif" || raw.status === "nonaktif" ? (raw.status as "aktif" | "nonaktif") : undefined;
  const wilayah = raw.wilayah && isValidKode(raw.wilayah) ? raw.wilayah : undefined;
  const sort = (USER_SORTS as readonly string[]).includes(raw.sort ?? "") ? (raw.sort as UserSort) : undefined;
  const dir = raw.dir === "desc" ? ("desc" as const) : raw.dir === "asc" ? ("asc" as const) : undefined;
  const page = Math.min(Math.max(Number.parseInt(raw.page ?? "1", 10) || 1, 1), 10_000);
  return { q, peran, status, wilayah, sort, dir, page };
}
