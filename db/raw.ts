import type { SQL } from "drizzle-orm";
import type { Db } from "./client";
import type { Tx } from "./client";

/** Runs a hand-written SQL statement and returns its rows on both drivers (postgres.js gives an array,
 * PGlite an object with `rows`). Used for set-based aggregates Drizzle's builder does not express well. */
export async function selectRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
