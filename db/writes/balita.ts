import "server-only";
import { and, eq } from "drizzle-orm";
import { pemantauanBalita, pengukuran } from "../schema";
import { writeAudit } from "./audit";
import { receiptTransaction, type DuplicateResult, type Receipt } from "./receipts";
import { isStale, loadTarget, pipelined, writeMeasurement, writePaudStatus } from "./pemantauan";
import { assertPeriodOpen, refuseLockedQuarters } from "../queries/period-lock";
import { applyGrowthChange, childGrowthShare } from "../rollups/growth";
import { recomputeTargets } from "../rollups/scorecard";
import type { Viewer } from "@/lib/auth/viewer";
import type { PlausibilityField } from "@/lib/growth/plausibility";
import { loadGrowthTables } from "@/lib/growth/tables";
import type { BalitaMonthInput } from "@/lib/pemantauan/schemas";
import { checkBalitaMonth, growthDatesOfSave, type BalitaAgeRefusal } from "@/lib/pemantauan/save-rules";

/* The monthly balita record (24–59 months, docs/balita.md): one row per child per month with its weighing in
 * `pengukuran`, saved like Formulir 2B — in one transaction with the audit row and the desa's growth roll-up moved
 * by the child's share before and after. It is not part of the KPM scorecard; only the PAUD attendance typed here
 * (stored in pemantauan_paud, Formulir 2C's row) recomputes the quarter. */

export type BalitaMonthResult =
  | { ok: true; id: number; version: number; duplicate?: undefined }
  | DuplicateResult
  | { ok: false; reason: "not_found" | "posyandu_not_here" | "conflict" | BalitaAgeRefusal }
  | { ok: false; reason: "implausible"; problems: Partial<Record<PlausibilityField, string>> };

export async function upsertBalitaMonth({
  viewer,
  input,
  receipt,
}: {
  viewer: Viewer;
  /** Present when the save came from a phone (lib/offline/protocol.ts): claimed first, see receipts.ts. */
  receipt?: Receipt;
  input: BalitaMonthInput;
}): Promise<BalitaMonthResult> {
  const { kode, sasaranId, bulan: ym, version, beratKg, panjangCm, caraUkur, oedema, statusPaud, ...fields } = input;
  return receiptTransaction(viewer, receipt, "pemantauan_balita", async (tx): Promise<BalitaMonthResult> => {
    const [, loaded, [found]] = await pipelined(
      assertPeriodOpen(tx, viewer, kode, ym),
      loadTarget(tx, kode, sasaranId, "anak", fields.posyanduId),
      tx
        .select({ before: pemantauanBalita, oldUkur: pengukuran })
        .from(pemantauanBalita)
        .leftJoin(pengukuran, eq(pengukuran.pemantauanBalitaId, pemantauanBalita.id))
        .where(
          and(
            eq(pemantauanBalita.sasaranId, sasaranId),
            eq(pemantauanBalita.tahun, ym.tahun),
            eq(pemantauanBalita.bulan, ym.bulan),
          ),
        )
        .for("update", { of: pemantauanBalita }),
    );
    if (!loaded) return { ok: false, reason: "not_found" };
    const { target, posyanduOk } = loaded;
    if (!posyanduOk) return { ok: false, reason: "posyandu_not_here" };
    const check = checkBalitaMonth(
      target,
      { tanggalPeriksa: fields.tanggalPeriksa, beratKg, panjangCm, caraUkur, oedema },
      loadGrowthTables(),
    );
    if (!check.ok) return check;
    const { measured, measurement: m } = check;
    const before = found?.before;
    const oldUkur = found?.oldUkur ?? undefined;
    if (isStale(before, version, receipt)) return { ok: false, reason: "conflict" };
    const growthDates = growthDatesOfSave(measured, fields.tanggalPeriksa, oldUkur?.tanggalUkur);
    const growthBefore = await childGrowthShare(tx, sasaranId, growthDates);
    const data = { ...fields, umurBulan: m.row.umurBulan, ditimbang: beratKg !== undefined };
    const [after] = before
      ? await tx
          .update(pemantauanBalita)
          .set({ ...data, version: before.version + 1, updatedBy: viewer.id, updatedAt: new Date() })
          .where(eq(pemantauanBalita.id, before.id))
          .returning()
      : await tx
          .insert(pemantauanBalita)
          .values({ ...data, sasaranId, kodeWilayah: kode, tahun: ym.tahun, bulan: ym.bulan, updatedBy: viewer.id })
          .returning();
    const ukur = await writeMeasurement(tx, {
      link: { pemantauanBalitaId: after.id },
      old: oldUkur,
      measurement: measured ? m.row : null,
      values: {
        sasaranId,
        kodeWilayah: kode,
        tanggalUkur: fields.tanggalPeriksa,
        beratKg,
        panjangCm,
        caraUkur,
        oedema,
      },
    });
    const paud = statusPaud
      ? await writePaudStatus(tx, viewer, { kode, sasaranId, ym, status: statusPaud, skipUnchanged: true })
      : null;
    const [, growthAfter] = await pipelined(
      writeAudit(tx, viewer, {
        action: before ? "update" : "create",
        entity: "pemantauan_balita",
        entityId: after.id,
        kodeWilayah: kode,
        before: before ? { ...before, pengukuran: oldUkur ?? null } : null,
        after: { ...after, pengukuran: ukur },
        typedAt: receipt?.typedAt,
      }),
      childGrowthShare(tx, sasaranId, growthDates),
    );
    await applyGrowthChange(tx, growthBefore, growthAfter);
    // PAUD attendance is child indicator 10 of the scorecard (2–6 years): its quarter follows the change.
    if (paud) {
      await recomputeTargets(tx, [sasaranId], { from: ym, guard: refuseLockedQuarters(tx, viewer, { kode, ym }) });
    }
    return { ok: true, id: after.id, version: after.version };
  });
}
