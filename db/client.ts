import { drizzle as drizzlePg, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";
import { getEnv } from "@/lib/env";

export type Db = PostgresJsDatabase<typeof schema>;
/** The handle inside `db.transaction(async (tx) => …)`: every write helper takes `Db | Tx`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

type Handle = { db: Db; close: () => Promise<void>; kind: "postgres" | "pglite" };

/** Next bundles this module separately for proxy, instrumentation and pages: cache the one handle
 * per process on globalThis so the database is opened once (and not leaked on dev reloads). */
const globalForDb = globalThis as unknown as { __tumbuhDb?: Promise<Handle> };

export async function openPostgres(url: string, max = 10): Promise<Handle> {
  const client = postgres(url, { max, onnotice: () => {}, prepare: true });
  return { db: drizzlePg(client, { schema }), close: () => client.end({ timeout: 5 }), kind: "postgres" };
}

export async function openPglite(dataDir: string): Promise<Handle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  if (dataDir !== "memory://") {
    const fs = await import("node:fs");
    fs.mkdirSync(dataDir, { recursive: true });
  }
  const client = new PGlite(dataDir === "memory://" ? undefined : dataDir);
  await client.waitReady;
  // Both drivers expose the same Drizzle query builder; the types differ only in the driver's result shape.
  const db = drizzle(client, { schema }) as unknown as Db;
  return { db, close: () => client.close(), kind: "pglite" };
}

function openFromEnv(): Promise<Handle> {
  const env = getEnv();
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openPglite(env.PGLITE_DATA_DIR);
}

export function getHandle(): Promise<Handle> {
  globalForDb.__tumbuhDb ??= openFromEnv();
  return globalForDb.__tumbuhDb;
}

export async function getDb(): Promise<Db> {
  return (await getHandle()).db;
}

/** Tests point the process at their own database. */
export function setHandleForTests(handle: Handle | undefined) {
  globalForDb.__tumbuhDb = handle ? Promise.resolve(handle) : undefined;
}

export async function closeDb() {
  const h = globalForDb.__tumbuhDb;
  globalForDb.__tumbuhDb = undefined;
  if (h) await (await h).close();
}

export { schema };
export type { Handle as DbHandle };
