import { z } from "zod";
import { isValidKode } from "@/lib/auth/scope";
import { isValidIsoDate } from "@/lib/growth/age";
import { parseQuery, queryParam, type RawQuery } from "@/lib/route-params";
import type { AuditFilters } from "@/db/queries/audit-log";

const NAME = /^[a-z0-9_]{1,50}$/;
const name = z.string().regex(NAME).optional().catch(undefined);
const date = z.string().refine(isValidIsoDate).optional().catch(undefined);

/** URL state of the audit viewer; anything malformed is dropped, never passed on. */
const schema = z.object({
  pengguna: queryParam.text(100),
  wilayah: z.string().trim().refine(isValidKode).optional().catch(undefined),
  entity: name,
  entityId: queryParam.text(50),
  action: name,
  dari: date,
  sampai: date,
  page: queryParam.int(1, 100_000),
});

export function parseAuditParams(raw: RawQuery): { filters: AuditFilters; page: number } {
  const { page, ...filters } = parseQuery(schema, raw);
  return { filters, page: page ?? 1 };
}
