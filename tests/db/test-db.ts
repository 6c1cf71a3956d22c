import postgres from "postgres";
import { closeDb, openPglite, openPostgres, setHandleForTests, type DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedReference } from "@/db/seed/reference";

/** A fresh, migrated database for one test file: a uniquely named PostgreSQL database when DATABASE_URL
 * is set (dropped afterwards), an in-memory PGlite otherwise. Never a mock. */
export async function createTestDb(
  opts: { reference?: boolean } = {},
): Promise<{ handle: DbHandle; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  let handle: DbHandle;
  let cleanup = async () => {};
  if (base) {
    const name = `tumbuh_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(base, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    handle = await openPostgres(url.toString(), 4);
    cleanup = async () => {
      const a = postgres(base, { max: 1, onnotice: () => {} });
      await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
  } else {
    handle = await openPglite("memory://");
  }
  await runMigrations(handle);
  if (opts.reference !== false) await seedReference(handle.db);
  setHandleForTests(handle);
  return {
    handle,
    drop: async () => {
      await closeDb();
      await cleanup();
    },
  };
}
