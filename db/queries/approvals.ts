import "server-only";
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "../client";
import { apbdes, auditLog, periodeDesa, users } from "../schema";
import { inScope } from "./scope";
import type { Viewer } from "@/lib/auth/viewer";
import type { VersiApbdes } from "@/lib/enums";

/* What waits on a desa's home page: the kepala desa's "Menunggu persetujuan Anda" (submitted quarters and APBDes
 * versions) and the submitter's "Dikembalikan" (returned quarters for the KPM, returned APBDes versions for the
 * perangkat desa), each with the reviewer's note. Every query is scoped by the viewer in SQL. */

export type Waiting =
  | { jenis: "scorecard"; tahun: number; triwulan: number; diajukanAt: Date | null; oleh: string | null }
  | { jenis: "apbdes"; tahun: number; versi: VersiApbdes; diajukanAt: Date | null; oleh: string | null };

/** Quarters and APBDes versions of the desa submitted for approval, oldest first. */
export async function listWaitingApproval({ viewer, kode }: { viewer: Viewer; kode: string }): Promise<Waiting[]> {
  const db = await getDb();
  const [quarters, versions] = await Promise.all([
    db
      .select({
        tahun: periodeDesa.tahun,
        triwulan: periodeDesa.triwulan,
        diajukanAt: periodeDesa.diajukanAt,
        oleh: users.displayName,
      })
      .from(periodeDesa)
      .leftJoin(users, eq(users.id, periodeDesa.diajukanOleh))
      .where(
        and(
          eq(periodeDesa.kodeWilayah, kode),
          eq(periodeDesa.status, "diajukan"),
          inScope(periodeDesa.kodeWilayah, viewer.scopeKode),
        ),
      )
      .orderBy(periodeDesa.tahun, periodeDesa.triwulan),
    db
      .select({ tahun: apbdes.tahun, versi: apbdes.versi, diajukanAt: apbdes.diajukanAt, oleh: users.displayName })
      .from(apbdes)
      .leftJoin(users, eq(users.id, apbdes.diajukanOleh))
      .where(
        and(eq(apbdes.kodeWilayah, kode), eq(apbdes.status, "diajukan"), inScope(apbdes.kodeWilayah, viewer.scopeKode)),
      )
      .orderBy(apbdes.tahun, apbdes.versi),
  ]);
  return [
    ...quarters.map((q) => ({ jenis: "scorecard" as const, ...q })),
    ...versions.map((v) => ({ jenis: "apbdes" as const, ...v })),
  ];
}

export type Returned =
  | { jenis: "scorecard"; tahun: number; triwulan: number; catatan: string; at: Date | null; oleh: string | null }
  | { jenis: "apbdes"; tahun: number; versi: VersiApbdes; catatan: string; at: Date | null; oleh: string | null };

/** The desa's quarters sent back to the KPM (draft again, the last move a return) with the reviewer's note, newest
 * first. A quarter an admin unlocked is also a draft with a note, but it was not returned: the audit row tells. */
export async function listReturnedQuarters({ viewer, kode }: { viewer: Viewer; kode: string }): Promise<Returned[]> {
  const db = await getDb();
  const last = db
    .select({ action: auditLog.action, at: auditLog.at, oleh: auditLog.actorUsername })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, "periode_desa"),
        // periodeEntityId (db/queries/period-lock.ts) in SQL: kode/tahun/triwulan.
        eq(
          auditLog.entityId,
          sql`${periodeDesa.kodeWilayah} || '/' || ${periodeDesa.tahun} || '/' || ${periodeDesa.triwulan}`,
        ),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(1)
    .as("terakhir");
  const rows = await db
    .select({
      tahun: periodeDesa.tahun,
      triwulan: periodeDesa.triwulan,
      catatan: periodeDesa.catatan,
      action: last.action,
      at: last.at,
      oleh: last.oleh,
    })
    .from(periodeDesa)
    .innerJoinLateral(last, sql`true`)
    .where(
      and(
        eq(periodeDesa.kodeWilayah, kode),
        eq(periodeDesa.status, "draft"),
        isNotNull(periodeDesa.catatan),
        inScope(periodeDesa.kodeWilayah, viewer.scopeKode),
      ),
    )
    .orderBy(desc(periodeDesa.tahun), desc(periodeDesa.triwulan));
  return rows
    .filter((r) => r.action === "kembalikan")
    .map((r) => ({
      jenis: "scorecard" as const,
      tahun: r.tahun,
      triwulan: r.triwulan,
      catatan: r.catatan ?? "",
      at: r.at,
      oleh: r.oleh,
    }));
}

/** The desa's APBDes versions the kepala desa sent back (a draft keeps the return note until it is submitted again),
 * with who returned it and when from the return's audit row (the version's updated_at moves with every later edit). */
export async function listReturnedApbdes({ viewer, kode }: { viewer: Viewer; kode: string }): Promise<Returned[]> {
  const db = await getDb();
  const returned = db
    .select({ at: auditLog.at, oleh: auditLog.actorUsername })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, "apbdes"),
        eq(auditLog.entityId, sql`${apbdes.id}::text`),
        eq(auditLog.action, "kembalikan"),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(1)
    .as("dikembalikan");
  const rows = await db
    .select({
      tahun: apbdes.tahun,
      versi: apbdes.versi,
      catatan: apbdes.catatan,
      updatedAt: apbdes.updatedAt,
      at: returned.at,
      oleh: returned.oleh,
    })
    .from(apbdes)
    .leftJoinLateral(returned, sql`true`)
    .where(
      and(
        eq(apbdes.kodeWilayah, kode),
        eq(apbdes.status, "draft"),
        isNotNull(apbdes.catatan),
        inScope(apbdes.kodeWilayah, viewer.scopeKode),
      ),
    )
    .orderBy(desc(apbdes.tahun), apbdes.versi);
  return rows.map(({ updatedAt, at, oleh, ...r }) => ({
    jenis: "apbdes" as const,
    ...r,
    catatan: r.catatan ?? "",
    at: at ?? updatedAt,
    oleh: oleh ?? null,
  }));
}
