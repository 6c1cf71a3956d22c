import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "./audit";
import { periodeDesa } from "../schema";
import type { Viewer } from "@/lib/auth/viewer";
import { quarterOfMonth, type YearMonth } from "@/lib/periods";
import { AppError } from "@/lib/errors";
import { scorecardText } from "@/lib/i18n/scorecard";

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
