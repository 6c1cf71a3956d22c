import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import type { StatusApbdes } from "@/lib/enums";
import type { listApbdesVersions } from "@/db/queries/apbdes";
import { approveApbdesAction, createApbdesAction, returnApbdesAction, submitApbdesAction } from "./actions";
import { ActionButtonForm, ReturnForm } from "./action-forms";
import { STATUS_LABELS, VERSI_LABELS, apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.status;

type Version = Awaited<ReturnType<typeof listApbdesVersions>>[number];

export const STATUS_TONE: Record<StatusApbdes, BadgeTone> = { draft: "warn", diajukan: "info", disetujui: "good" };

/** Where the selected version stands, who moved it, and the one next step the viewer may take. */
export function StatusPanel({
  kode,
  tahun,
  version,
  hasPerubahan,
  canWrite,
  canApprove,
}: {
  kode: string;
  tahun: number;
  version: Version;
  hasPerubahan: boolean;
  canWrite: boolean;
  canApprove: boolean;
}) {
  const fields = { kode, apbdesId: version.id };
  return (
    <Card
      title={t.title(VERSI_LABELS[version.versi].toLowerCase(), tahun)}
      actions={<Badge tone={STATUS_TONE[version.status]}>{STATUS_LABELS[version.status]}</Badge>}
    >
      <div className="space-y-3 text-sm" data-testid="status-apbdes" data-status={version.status}>
        {version.status === "draft" && version.catatan ? (
          <p className="rounded-md border border-amber-500 bg-warn-50 px-3 py-2 text-warn-800">
            <strong>{t.returnedBy}</strong> {version.catatan}
          </p>
        ) : null}
        {version.diajukanAt ? (
          <p>
            {t.submittedAt(formatDateTime(version.diajukanAt))}
            {version.diajukanOleh ? t.by(version.diajukanOleh) : ""}.
          </p>
        ) : null}
        {version.status === "disetujui" ? (
          <p>
            {t.approved}
            {version.disetujuiAt ? ` ${formatDateTime(version.disetujuiAt)}` : ""}
            {version.disetujuiOleh ? t.by(version.disetujuiOleh) : ""}
            {t.approvedLocked}
          </p>
        ) : null}
        {version.status === "draft" ? <p>{t.draftNote}</p> : null}
        {version.status === "diajukan" ? <p>{t.submittedNote}</p> : null}
        <div className="flex flex-wrap gap-2">
          {version.status === "draft" && canWrite ? (
            <ActionButtonForm action={submitApbdesAction} fields={fields} label={t.submit} testId="form-ajukan" />
          ) : null}
          {version.status === "diajukan" && canApprove ? (
            <ActionButtonForm action={approveApbdesAction} fields={fields} label={t.approve} testId="form-setujui" />
          ) : null}
          {version.status === "disetujui" && version.versi === "murni" && !hasPerubahan && canWrite ? (
            <ActionButtonForm
              action={createApbdesAction}
              fields={{ kode, tahun, versi: "perubahan" }}
              label={t.createPerubahan}
              variant="secondary"
            />
          ) : null}
        </div>
        {version.status === "diajukan" && canApprove ? (
          <ReturnForm action={returnApbdesAction} fields={fields} />
        ) : null}
      </div>
    </Card>
  );
}
