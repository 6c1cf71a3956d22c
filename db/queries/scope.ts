import "server-only";
import { eq, like, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { isValidKode } from "@/lib/auth/scope";

/** SQL condition "column is inside scope" (whole-segment prefix). A malformed scope matches nothing. */
export function inScope(column: AnyPgColumn, scope: string): SQL {
  if (!isValidKode(scope)) return sql`false`;
  // Codes contain only digits and dots, so there is no LIKE wildcard to escape.
  return or(eq(column, scope), like(column, `${scope}.%`))!;
}
