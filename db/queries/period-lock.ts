import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "../client";
import { auditLog, pengaturanTahun, periodeDesa, regions } from "../schema";
import { selectRows } from "../raw";
import { lockInOrder, type DesaQuarter } from "../rollups/scorecard-desa";
import type { QuarterGuard } from "../rollups/scorecard";
import { inScope } from "./scope";
import type { Viewer } from "@/lib/auth/viewer";
import { quarterOfMonth, todayIso, type YearMonth } from "@/lib/periods";
import { DEFAULT_PENGAJUAN_HARI, submissionOpensOn } from "@/lib/scorecard/workflow";
import { regionTitle } from "@/lib/regions";
import { AppError } from "@/lib/errors";
import { scorecardText } from "@/lib/i18n/scorecard";
import type { StatusPeriode } from "@/lib/enums";

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

/** When the quarter may be submitted (pengaturan_tahun.pengajuan_hari_sebelum_akhir of its year, else the default):
 * the first day, and whether today is on or after it. A year's setting, not personal data: no viewer scope. */
export async function getSubmissionWindow(
  q: { tahun: number; triwulan: number },
  today: string = todayIso(),
): Promise<{ opensOn: string; open: boolean }> {
  const db = await getDb();
  const [row] = await db
    .select({ days: pengaturanTahun.pengajuanHariSebelumAkhir })
    .from(pengaturanTahun)
    .where(eq(pengaturanTahun.tahun, q.tahun));
  const opensOn = submissionOpensOn(q, row?.days ?? DEFAULT_PENGAJUAN_HARI);
  return { opensOn, open: today >= opensOn };
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

/** The advisory lock of a desa-quarter's workflow, which a transition takes exclusively before its row. A write
 * that must not change a submitted or approved quarter holds it shared when the quarter has no row yet: FOR SHARE
 * would hold nothing, and the first submission inserts the row. */
export const periodLockName = (q: DesaQuarter) => `periode_desa:${q.kodeWilayah}|${q.tahun}|${q.triwulan}`;

type PeriodRow = DesaQuarter & { status: StatusPeriode };
const quarterKey = (q: DesaQuarter) => `${q.kodeWilayah}|${q.tahun}|${q.triwulan}`;

async function readPeriods(tx: Tx, quarters: DesaQuarter[], forShare: boolean): Promise<PeriodRow[]> {
  const keys = sql.join(
    quarters.map((q) => sql`(${q.kodeWilayah}::text, ${q.tahun}::smallint, ${q.triwulan}::smallint)`),
    sql`, `,
  );
  return selectRows<PeriodRow>(
    tx,
    sql`select kode_wilayah as "kodeWilayah", tahun::int, triwulan::int, status from periode_desa
        where (kode_wilayah, tahun, triwulan) in (select * from (values ${keys}) as v(k, t, q))
        order by 1, 2, 3 ${forShare ? sql`for share` : sql``}`,
  );
}

/** Holds these desa-quarters against a transition for the rest of the transaction — the row FOR SHARE like
 * assertPeriodOpen, the advisory lock where there is no row — and returns the submitted or approved ones. */
async function lockedAmong(tx: Tx, quarters: DesaQuarter[]): Promise<PeriodRow[]> {
  if (!quarters.length) return [];
  const rows = await readPeriods(tx, quarters, true);
  const have = new Set(rows.map(quarterKey));
  const missing = quarters.filter((q) => !have.has(quarterKey(q)));
  if (missing.length) {
    await lockInOrder(tx, missing.map(periodLockName), { shared: true });
    // A submission that inserted the row before we held the lock has committed by now.
    rows.push(...(await readPeriods(tx, missing, false)));
  }
  return rows.filter((r) => r.status !== "draft").sort((a, b) => quarterKey(a).localeCompare(quarterKey(b)));
}

/** Before a change to targets locks their rows: holds every desa-quarter in which they have monthly records or
 * stored results, so the locks come in the monthly save's order (quarter → target → rows). A transition never
 * waits for a target, so a quarter that appears later (keepLockedQuarters) is still safe to take after. */
export async function holdTargetQuarters(tx: Tx, viewer: Viewer, ids: number[]): Promise<void> {
  if (viewer.role === "admin" || !ids.length) return;
  const of = sql`sasaran_id = any(${`{${ids.join(",")}}`}::int[])`;
  await tx.execute(
    sql`select count(pg_advisory_xact_lock_shared(hashtext(n))) from (
          select distinct 'periode_desa:' || kode_wilayah || '|' || tahun || '|' || triwulan as n from (
            select kode_wilayah, tahun, triwulan from konvergensi_sasaran where ${of}
            union select kode_wilayah, tahun, (bulan + 2) / 3 from pemantauan_ibu where ${of}
            union select kode_wilayah, tahun, (bulan + 2) / 3 from pemantauan_anak where ${of}
            union select kode_wilayah, tahun, (bulan + 2) / 3 from pemantauan_paud where ${of}
          ) q order by n) s`,
  );
}

/** A change to a target (household, dates, transfer): a submitted or approved quarter keeps the results it was
 * submitted with; the open quarters take the change. An admin's change applies everywhere (audited with the
 * change itself), as an admin may correct a locked quarter's monthly records. */
export function keepLockedQuarters(tx: Tx, viewer: Viewer): QuarterGuard {
  return async (changed) => (viewer.role === "admin" ? [] : lockedAmong(tx, changed));
}

/** A monthly save checked its own quarter (assertPeriodOpen); its recomputation may change others too — a later
 * quarter (cumulative windows), or after a transfer the old desa's quarter holding the target's result. One of
 * those submitted or approved refuses the save, naming it. Admins may. */
export function refuseLockedQuarters(tx: Tx, viewer: Viewer, own: { kode: string; ym: YearMonth }): QuarterGuard {
  const ownKey = quarterKey({ kodeWilayah: own.kode, tahun: own.ym.tahun, triwulan: quarterOfMonth(own.ym.bulan) });
  return async (changed) => {
    if (viewer.role === "admin") return [];
    const [locked] = await lockedAmong(
      tx,
      changed.filter((q) => quarterKey(q) !== ownKey),
    );
    if (!locked) return [];
    const [desa] = await tx
      .select({ nama: regions.nama, jenis: regions.jenis })
      .from(regions)
      .where(eq(regions.kode, locked.kodeWilayah));
    throw new AppError(
      "locked",
      scorecardText.locked.otherQuarter({
        triwulan: locked.triwulan,
        tahun: locked.tahun,
        desa: desa ? regionTitle(desa) : locked.kodeWilayah,
        approved: locked.status === "disetujui",
      }),
    );
  };
}
