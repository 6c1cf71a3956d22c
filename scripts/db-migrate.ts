/** npm run db:migrate — applies the committed migrations to DATABASE_URL, or to the embedded database
 * when DATABASE_URL is unset (refused while a server holds it). */
import { closeDb, getHandle } from "../db/client";
import { runMigrations } from "../db/migrate";
import { acquireLock, releaseLock } from "../db/lock";
import { getEnv } from "../lib/env";

async function main() {
  const env = getEnv();
  const embedded = !env.DATABASE_URL;
  if (embedded) acquireLock(env.PGLITE_DATA_DIR);
  try {
    const handle = await getHandle();
    const t = Date.now();
    await runMigrations(handle);
    console.log(`Migrasi selesai pada ${handle.kind} (${Date.now() - t} ms).`);
  } finally {
    await closeDb();
    if (embedded) releaseLock(env.PGLITE_DATA_DIR);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
