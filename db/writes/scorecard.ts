import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "../client";
import { periodeDesa } from "../schema";
import { writeAudit } from "./audit";
import { periodeEntityId, periodLockName } from "../queries/period-lock";
import { lockInOrder } from "../rollups/scorecard-desa";
import type { Viewer } from "@/lib/auth/viewer";
import { mayTransition, transitionChanges, type PeriodeTransition } from "@/lib/scorecard/workflow";
import type { StatusPeriode } from "@/lib/enums";

export type PeriodeTransitionResult = { ok: true } | { ok: false; reason: "wrong_status"; current: StatusPeriode };

/** One state change of a desa-quarter, in one transaction with its audit row. */
export async function transitionPeriode({
  viewer,
  kode,
  tahun,
  triwulan,
  name,
  catatan,
}: {
  viewer: Viewer;
  kode: string;
  tahun: number;
  triwulan: number;
  name: PeriodeTransition;
  catatan?: string;
}): Promise<PeriodeTransitionResult> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<PeriodeTransitionResult> => {
    const key = and(
      eq(periodeDesa.kodeWilayah, kode),
      eq(periodeDesa.tahun, tahun),
      eq(periodeDesa.triwulan, triwulan),
    );
    // Waits for writes holding the quarter (shared), including before its first row exists.
    await lockInOrder(tx, [periodLockName({ kodeWilayah: kode, tahun, triwulan })]);
    const [before] = await tx.select().from(periodeDesa).where(key).for("update");
    const current: StatusPeriode = before?.status ?? "draft";
    if (!mayTransition(name, current)) return { ok: false, reason: "wrong_status", current };
    const changes = transitionChanges(name, { before, actorId: viewer.id, catatan, at: new Date() });
    const [after] = before
      ? await tx.update(periodeDesa).set(changes).where(key).returning()
      : await tx
          .insert(periodeDesa)
          .values({ kodeWilayah: kode, tahun, triwulan, ...changes })
          .returning();
    await writeAudit(tx, viewer, {
      action: name,
      entity: "periode_desa",
      entityId: periodeEntityId(kode, tahun, triwulan),
      kodeWilayah: kode,
      before: before ?? null,
      after,
    });
    return { ok: true };
  });
}
