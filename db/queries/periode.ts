import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { auditLog, periodeDesa } from "../schema";
import { inScope } from "./scope";
import type { Viewer } from "@/lib/auth/viewer";

export const periodeEntityId = (kode: string, tahun: number, triwulan: number) => `${kode}/${tahun}/${triwulan}`;

/** Workflow state of a desa-quarter and its audited history (who did what, when). */
export async function getPeriode({
  viewer,
  kode,
  tahun,
  triwulan,
}: {
  viewer: Viewer;
  kode: string;
  tahun: number;
  triwulan: number;
}) {
  const db = await getDb();
  const [[row], history] = await Promise.all([
    db
      .select()
      .from(periodeDesa)
      .where(
        and(
          eq(periodeDesa.kodeWilayah, kode),
          eq(periodeDesa.tahun, tahun),
          eq(periodeDesa.triwulan, triwulan),
          inScope(periodeDesa.kodeWilayah, viewer.scopeKode),
        ),
      ),
    db
      .select({
        at: auditLog.at,
        action: auditLog.action,
        actor: auditLog.actorUsername,
        role: auditLog.actorRole,
        after: auditLog.after,
      })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, "periode_desa"),
          eq(auditLog.entityId, periodeEntityId(kode, tahun, triwulan)),
          inScope(auditLog.kodeWilayah, viewer.scopeKode),
        ),
      )
      .orderBy(desc(auditLog.at)),
  ]);
  return { status: row?.status ?? ("draft" as const), catatan: row?.catatan ?? null, history };
}
