import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../client";
import { pengaturanTahun } from "../schema";
import { writeAudit } from "./audit";
import type { Viewer } from "@/lib/auth/viewer";
import type { YearSettingsInput } from "@/lib/scorecard/settings-schema";

/** Saves a year's submission window and ranking minimum, creating the year's row with the other settings at their
 * defaults; audited with before and after. The row's trigger raises the data version, so cached pages recompute. */
export async function saveYearSettings(viewer: Viewer, input: YearSettingsInput): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(pengaturanTahun)
      .where(eq(pengaturanTahun.tahun, input.tahun))
      .for("update");
    const values = {
      pengajuanHariSebelumAkhir: input.pengajuanHariSebelumAkhir,
      minimumSasaranPeringkat: input.minimumSasaranPeringkat,
    };
    const [after] = await tx
      .insert(pengaturanTahun)
      .values({ tahun: input.tahun, ...values })
      .onConflictDoUpdate({ target: pengaturanTahun.tahun, set: values })
      .returning();
    await writeAudit(tx, viewer, {
      action: before ? "update" : "create",
      entity: "pengaturan_tahun",
      entityId: input.tahun,
      before: before ?? null,
      after,
    });
  });
}
