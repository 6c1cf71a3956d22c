import { isValidKode } from "@/lib/auth/scope";
import { isValidIsoDate } from "@/lib/growth/age";
import type { AuditFilters } from "@/db/queries/audit-log";

const NAME = /^[a-z0-9_]{1,50}$/;

/** URL state of the audit viewer; anything malformed is dropped, never passed on. */
export function parseAuditParams(raw: Record<string, string | undefined>): { filters: AuditFilters; page: number } {
  const text = (v?: string) => v?.trim().slice(0, 100) || undefined;
  const date = (v?: string) => (v && isValidIsoDate(v) ? v : undefined);
  return {
    filters: {
      pengguna: text(raw.pengguna),
      wilayah: raw.wilayah && isValidKode(raw.wilayah.trim()) ? raw.wilayah.trim() : undefined,
      entity: raw.entity && NAME.test(raw.entity) ? raw.entity : undefined,
      entityId: text(raw.entityId)?.slice(0, 50),
      action: raw.action && NAME.test(raw.action) ? raw.action : undefined,
      dari: date(raw.dari),
      sampai: date(raw.sampai),
    },
    page: Math.min(Math.max(Number.parseInt(raw.page ?? "1", 10) || 1, 1), 100_000),
  };
}
