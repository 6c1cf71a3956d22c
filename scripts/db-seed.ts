/** npm run db:seed [-- --demo] — loads reference data (idempotent); with --demo also the demo district.
 * Refuses the demo seed on a database that holds non-demo accounts. */
import { closeDb, getHandle } from "../db/client";
import { runMigrations } from "../db/migrate";
import { seedReference } from "../db/seed/reference";
import { seedDemo } from "../db/seed/demo";
import { acquireLock, releaseLock } from "../db/lock";
import { getEnv } from "../lib/env";

async function main() {
  const demo = process.argv.includes("--demo");
  const env = getEnv();
  const embedded = !env.DATABASE_URL;
  if (embedded) acquireLock(env.PGLITE_DATA_DIR);
  try {
    const handle = await getHandle();
    await runMigrations(handle);
    await seedReference(handle.db);
    console.log("Data referensi dimuat.");
    if (demo) {
      await seedDemo(handle.db);
      console.log("Data demo Kabupaten Bangka Barat dimuat.");
    }
  } finally {
    await closeDb();
    if (embedded) releaseLock(env.PGLITE_DATA_DIR);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
