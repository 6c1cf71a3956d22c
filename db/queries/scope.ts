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

/** "Under `kode`" for tables whose rows always carry a desa/kelurahan code (four segments), written as one index
 * range: equality for a desa, `like 'kode.%'` above it (such a row never equals a kecamatan's or kabupaten's own
 * code). The general `= or like` form cannot be an index range, so a district page would filter every row of the
 * quarter in the whole database — on a province, ten kabupaten's rows for one. A malformed code matches nothing. */
export function desaRowsUnder(column: SQL, kode: string): SQL {
  if (!isValidKode(kode)) return sql`false`;
  return kode.split(".").length >= 4 ? sql`${column} = ${kode}` : sql`${column} like ${`${kode}.%`}`;
}
