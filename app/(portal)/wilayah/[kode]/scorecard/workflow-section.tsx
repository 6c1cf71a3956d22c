import { can } from "@/lib/auth/permissions";
import { getSubmissionWindow } from "@/db/queries/period-lock";
import { buttonClass } from "@/components/ui/button";
import { formatDateLong } from "@/lib/format";
import { triwulanRoman } from "@/lib/scorecard/workflow";
import type { Viewer } from "@/lib/auth/viewer";
import type { StatusPeriode } from "@/lib/enums";
import { WorkflowPanel } from "./workflow-panel";
import { ajukanTriwulan, bukaKunciTriwulan, kembalikanTriwulan, setujuiTriwulan } from "./actions";
import { scorecardText } from "@/lib/i18n/scorecard";

const t = scorecardText.page;

/** The quarter's workflow steps, placed after Tabel 1–5 so the kepala desa reviews before approving. Approving asks
 * first: the "Setujui dan kunci" button opens a confirmation step (`?konfirmasi=setujui`, a plain GET, so it works
 * without JavaScript) that names the quarter and says only an admin can unlock it. The server checks every step
 * again (actions.ts). */
export async function WorkflowSection({
  viewer,
  kode,
  tahun,
  triwulan,
  status,
  base,
  confirming,
}: {
  viewer: Viewer;
  kode: string;
  tahun: number;
  triwulan: number;
  status: StatusPeriode;
  base: string;
  confirming: boolean;
}) {
  const hidden = { kode, tahun: String(tahun), triwulan: String(triwulan) };
  const submitting = status === "draft" && can(viewer.role, "scorecard:submit");
  const window = submitting ? await getSubmissionWindow({ tahun, triwulan }) : null;
  const approving = status === "diajukan" && can(viewer.role, "scorecard:approve");
  const steps = [
    submitting
      ? {
          key: "ajukan",
          label: t.steps.ajukan,
          action: ajukanTriwulan,
          disabledNote: window && !window.open ? t.steps.opensOn(formatDateLong(window.opensOn)) : undefined,
        }
      : null,
    status === "diajukan" && can(viewer.role, "scorecard:return")
      ? {
          key: "kembalikan",
          label: t.steps.kembalikan,
          action: kembalikanTriwulan,
          note: t.steps.kembalikanNote,
          variant: "secondary" as const,
        }
      : null,
    status === "disetujui" && can(viewer.role, "period:unlock")
      ? {
          key: "buka",
          label: t.steps.buka,
          action: bukaKunciTriwulan,
          note: t.steps.bukaNote,
          variant: "danger" as const,
        }
      : null,
  ].filter((s): s is NonNullable<typeof s> => s !== null);
  if (!steps.length && !approving) return null;
  return (
    <section
      id="tindakan"
      aria-labelledby="tindakan-triwulan"
      className="no-print space-y-2 rounded-lg border border-slate-200 bg-white p-3"
    >
      <h2 id="tindakan-triwulan" className="font-semibold">
        {t.workflowHeading}
      </h2>
      {approving && confirming ? (
        <div
          id="konfirmasi"
          role="group"
          aria-labelledby="konfirmasi-judul"
          className="space-y-2 rounded-md border-2 border-warn-800 bg-warn-50 p-3"
          data-testid="konfirmasi-setujui"
        >
          <h3 id="konfirmasi-judul" className="font-semibold">
            {t.confirm.heading}
          </h3>
          <p>{t.confirm.question(triwulanRoman(triwulan), tahun)}</p>
          <WorkflowPanel steps={[{ key: "setujui", label: t.confirm.yes, action: setujuiTriwulan }]} hidden={hidden} />
          <a className={buttonClass("secondary")} href={`${base}?tahun=${tahun}&triwulan=${triwulan}#tindakan`}>
            {t.confirm.cancel}
          </a>
        </div>
      ) : approving ? (
        <form method="get" action={`${base}#konfirmasi`} className="rounded-md border border-slate-200 p-3">
          <input type="hidden" name="tahun" value={tahun} />
          <input type="hidden" name="triwulan" value={triwulan} />
          <input type="hidden" name="konfirmasi" value="setujui" />
          <button type="submit" className={buttonClass("primary")}>
            {t.steps.setujui}
          </button>
        </form>
      ) : null}
      <WorkflowPanel steps={steps} hidden={hidden} />
    </section>
  );
}
