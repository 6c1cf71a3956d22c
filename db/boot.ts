import { closeDb, getHandle } from "./client";
import { runMigrations } from "./migrate";
import { seedReference } from "./seed/reference";
import { hasNonDemoData, seedDemo } from "./seed/demo";
import { acquireLock, releaseLock } from "./lock";
import { getEnv } from "@/lib/env";

/** Server start-up: migrate, load reference data and, outside production, the demo district.
 * The embedded database is prepared here, inside the one process that owns it. */
export async function bootDatabase() {
  const env = getEnv();
  const embedded = !env.DATABASE_URL;
  if (embedded && env.PGLITE_DATA_DIR !== "memory://") {
    acquireLock(env.PGLITE_DATA_DIR);
    const release = async () => {
      await closeDb().catch(() => {});
      releaseLock(env.PGLITE_DATA_DIR);
      process.exit(0);
    };
    process.once("SIGTERM", release);
    process.once("SIGINT", release);
  }
  const started = Date.now();
  const handle = await getHandle();
  await runMigrations(handle);
  await seedReference(handle.db);
  // A production start against PostgreSQL never creates demo accounts unless asked explicitly
  // (npm run db:seed -- --demo). The embedded database exists only for trying Tumbuh out.
  const wantDemo = embedded || env.NODE_ENV !== "production";
  if (wantDemo && !(await hasNonDemoData(handle.db))) {
    await seedDemo(handle.db);
  }
  console.log(`[db] ${handle.kind} siap (${Date.now() - started} ms)`);
}
