import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { isValidKode } from "@/lib/auth/scope";
import { parseQuery, queryParam, type RawQuery } from "@/lib/route-params";
import { USER_SORTS } from "@/db/queries/users";

/** URL state of the account list; anything unknown is dropped rather than trusted. */
const schema = z.object({
  q: queryParam.text(100),
  peran: queryParam.oneOf(ROLES),
  status: queryParam.oneOf(["aktif", "nonaktif"]),
  wilayah: z.string().refine(isValidKode).optional().catch(undefined),
  sort: queryParam.oneOf(USER_SORTS),
  dir: queryParam.oneOf(["asc", "desc"]),
  page: queryParam.int(1, 10_000),
});

export function parseUserListParams(raw: RawQuery) {
  const p = parseQuery(schema, raw);
  return { ...p, page: p.page ?? 1 };
}
