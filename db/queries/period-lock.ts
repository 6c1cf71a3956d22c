import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb, type Tx } from "../client";
import { auditLog, periodeDesa } from "../schema";
import { inScope } from "./scope";
import type { Viewer } from "@/lib/auth/viewer";
import { quarterOfMonth, type YearMonth } from "@/lib/periods";
import { AppError } from "@/lib/errors";
import { scorecardText } from "@/lib/i18n/scorecard";

/* The period lock: a desa-quarter (periode_desa) is draft → diajukan → disetujui. Monitoring writes check it here;
 * the scorecard workflow reads its state and history here. */

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

/** Refuses monitoring writes into a quarter that was submitted or approved. The row is locked FOR SHARE so an
 * approval cannot slip in between this check and the write. Admins may correct a locked quarter (audited). */
export async function assertPeriodOpen(tx: Tx, viewer: Viewer, kode: string, ym: YearMonth): Promise<void> {
  const triwulan = quarterOfMonth(ym.bulan);
  const [row] = await tx
    .select({ status: periodeDesa.status })
    .from(periodeDesa)
    .where(and(eq(periodeDesa.kodeWilayah, kode), eq(periodeDesa.tahun, ym.tahun), eq(periodeDesa.triwulan, triwulan)))
    .for("share");
  if (!row || row.status === "draft" || viewer.role === "admin") return;
  throw new AppError(
    "locked",
    row.status === "disetujui"
      ? scorecardText.locked.approved(triwulan, ym.tahun)
      : scorecardText.locked.submitted(triwulan, ym.tahun),
  );
}
