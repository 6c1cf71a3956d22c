import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { STATUS_LABELS, VERSI_LABELS, type StatusApbdes } from "@/lib/apbdes/labels";
import type { listApbdesVersions } from "@/db/queries/apbdes";
import { approveApbdesAction, createApbdesAction, returnApbdesAction, submitApbdesAction } from "./actions";
import { ActionButtonForm, ReturnForm } from "./action-forms";

type Version = Awaited<ReturnType<typeof listApbdesVersions>>[number];

export const STATUS_TONE: Record<StatusApbdes, BadgeTone> = { draft: "warn", diajukan: "info", disetujui: "good" };

/** Where the selected version stands, who moved it, and the one next step the viewer may take. */
export function StatusPanel({ kode, tahun, version, hasPerubahan, canWrite, canApprove }: { kode: string; tahun: number; version: Version; hasPerubahan: boolean; canWrite: boolean; canApprove: boolean }) {
  const fields = { kode, apbdesId: version.id };
  return (
    <Card title={`APBDes ${VERSI_LABELS[version.versi].toLowerCase()} ${tahun}`} actions={<Badge tone={STATUS_TONE[version.status]}>{STATUS_LABELS[version.status]}</Badge>}>
      <div className="space-y-3 text-sm" data-testid="status-apbdes" data-status={version.status}>
        {version.status === "draft" && version.catatan ? (
          <p className="rounded-md border border-amber-500 bg-warn-50 px-3 py-2 text-warn-800">
            <strong>Dikembalikan kepala desa:</strong> {version.catatan}
          </p>
        ) : null}
        {version.diajukanAt ? (
          <p>
            Diajukan {formatDateTime(version.diajukanAt)}
            {version.diajukanOleh ? ` oleh ${version.diajukanOleh}` : ""}.
          </p>
        ) : null}
        {version.status === "disetujui" ? (
          <p>
            Disetujui{version.disetujuiAt ? ` ${formatDateTime(version.disetujuiAt)}` : ""}
            {version.disetujuiOleh ? ` oleh ${version.disetujuiOleh}` : ""}. Baris anggaran terkunci; perubahan dilakukan melalui APBDes perubahan.
          </p>
        ) : null}
        {version.status === "draft" ? <p>Baris masih dapat ditambah dan diubah. Ajukan ke kepala desa bila sudah lengkap.</p> : null}
        {version.status === "diajukan" ? <p>Menunggu persetujuan kepala desa; baris tidak dapat diubah selama diajukan.</p> : null}
        <div className="flex flex-wrap gap-2">
          {version.status === "draft" && canWrite ? <ActionButtonForm action={submitApbdesAction} fields={fields} label="Ajukan ke kepala desa" testId="form-ajukan" /> : null}
          {version.status === "diajukan" && canApprove ? <ActionButtonForm action={approveApbdesAction} fields={fields} label="Setujui APBDes" testId="form-setujui" /> : null}
          {version.status === "disetujui" && version.versi === "murni" && !hasPerubahan && canWrite ? (
            <ActionButtonForm action={createApbdesAction} fields={{ kode, tahun, versi: "perubahan" }} label="Buat APBDes perubahan" variant="secondary" />
          ) : null}
        </div>
        {version.status === "diajukan" && canApprove ? <ReturnForm action={returnApbdesAction} fields={fields} /> : null}
      </div>
    </Card>
  );
}
