import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { selectRows } from "@/db/raw";
import { rebuildAllRollups } from "@/db/rollups/scorecard-desa";
import { rebuildGrowthRollups } from "@/db/rollups/growth";

/** The maintained per-desa roll-ups as they stand, then as a full rebuild from the per-target rows and the
 * measurements makes them: the two must be equal after any sequence of writes. */
export async function rollupVsRebuild(db: Db) {
  const read = async () => ({
    konvergensi: await selectRows<Record<string, unknown>>(
      db,
      sql`select * from konvergensi_desa order by kode_wilayah, tahun, triwulan, kelompok`,
    ),
    pertumbuhan: await selectRows<Record<string, unknown>>(
      db,
      sql`select * from pertumbuhan_desa order by kode_wilayah, periode, kelompok_umur`,
    ),
  });
  const maintained = await read();
  await db.transaction(async (tx) => {
    await rebuildAllRollups(tx);
    await rebuildGrowthRollups(tx);
  });
  return { maintained, rebuilt: await read() };
}
