import "server-only";
import { and, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Tx } from "../client";
import { pemantauanAnak, pemantauanIbu, sasaran } from "../schema";
import { assertPeriodOpen, keepLockedQuarters } from "../queries/period-lock";
import { recomputeTargets } from "../rollups/scorecard";
import { writeAudit } from "./audit";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { carriedFlags } from "@/lib/pemantauan/defaults";
import { yearMonthOfDate, type YearMonth } from "@/lib/periods";
import { visitRecord, type LastStatus } from "@/lib/kegiatan/home-visit";

/* "Enter once" (docs/home-visit.md): a home visit saved in the activity log ticks "kunjungan rumah" on the visited
 * targets' records of the visit's month, inside the activity's own transaction. Same rules as a monthly save
 * (db/writes/pemantauan.ts): the quarter's lock first, then the targets, then the month's rows; a ticked row gets a new
 * version (a form opened before it is then a conflict, never a silent overwrite), an audit row, and the target's
 * quarter is recomputed. A submitted or approved quarter is left untouched: the visit is still logged. */

export type HomeVisitTicks = { ticked: number; locked: boolean };

const before = (ym: YearMonth, t: { tahun: AnyPgColumn; bulan: AnyPgColumn }) =>
  or(lt(t.tahun, ym.tahun), and(eq(t.tahun, ym.tahun), lt(t.bulan, ym.bulan)));

async function lastStatus(tx: Tx, jenis: "ibu" | "anak", id: number, ym: YearMonth): Promise<LastStatus> {
  if (jenis === "ibu") {
    const [r] = await tx
      .select()
      .from(pemantauanIbu)
      .where(and(eq(pemantauanIbu.sasaranId, id), before(ym, pemantauanIbu)))
      .orderBy(desc(pemantauanIbu.tahun), desc(pemantauanIbu.bulan))
      .limit(1);
    return { statusKehamilan: r?.statusKehamilan ?? null, statusGizi: null, carried: carriedFlags(r) };
  }
  const [r] = await tx
    .select()
    .from(pemantauanAnak)
    .where(and(eq(pemantauanAnak.sasaranId, id), before(ym, pemantauanAnak)))
    .orderBy(desc(pemantauanAnak.tahun), desc(pemantauanAnak.bulan))
    .limit(1);
  return { statusKehamilan: null, statusGizi: r?.statusGizi ?? null, carried: carriedFlags(r) };
}

export async function tickHomeVisits(
  tx: Tx,
  viewer: Viewer,
  kode: string,
  tanggal: string,
  ids: number[],
): Promise<HomeVisitTicks> {
  if (!ids.length) return { ticked: 0, locked: false };
  const ym = yearMonthOfDate(tanggal);
  try {
    await assertPeriodOpen(tx, viewer, kode, ym);
  } catch (e) {
    if (e instanceof AppError && e.code === "locked") return { ticked: 0, locked: true };
    throw e;
  }
  const targets = await tx
    .select()
    .from(sasaran)
    .where(and(inArray(sasaran.id, ids), eq(sasaran.kodeWilayah, kode)))
    .orderBy(sasaran.id)
    .for("no key update");
  const changed: number[] = [];
  for (const target of targets) {
    const table = target.jenis === "ibu" ? pemantauanIbu : pemantauanAnak;
    const entity = target.jenis === "ibu" ? "pemantauan_ibu" : "pemantauan_anak";
    const [row] = await tx
      .select()
      .from(table)
      .where(and(eq(table.sasaranId, target.id), eq(table.tahun, ym.tahun), eq(table.bulan, ym.bulan)))
      .for("update");
    if (row?.kunjunganRumah) continue;
    if (row) {
      const [after] = await tx
        .update(table)
        .set({ kunjunganRumah: true, version: sql`${table.version} + 1`, updatedBy: viewer.id, updatedAt: new Date() })
        .where(eq(table.id, row.id))
        .returning();
      await writeAudit(tx, viewer, {
        action: "update",
        entity,
        entityId: after.id,
        kodeWilayah: kode,
        before: row,
        after,
      });
    } else {
      const plan = visitRecord(target, tanggal, await lastStatus(tx, target.jenis, target.id, ym));
      if (!plan) continue;
      const base = { sasaranId: target.id, kodeWilayah: kode, tahun: ym.tahun, bulan: ym.bulan, updatedBy: viewer.id };
      const [after] =
        plan.jenis === "ibu"
          ? await tx
              .insert(pemantauanIbu)
              .values({ ...base, ...plan.values })
              .returning()
          : await tx
              .insert(pemantauanAnak)
              .values({ ...base, ...plan.values })
              .returning();
      await writeAudit(tx, viewer, {
        action: "create",
        entity,
        entityId: after.id,
        kodeWilayah: kode,
        before: null,
        after,
      });
    }
    changed.push(target.id);
  }
  await recomputeTargets(tx, changed, { from: ym, guard: keepLockedQuarters(tx, viewer) });
  return { ticked: changed.length, locked: false };
}
