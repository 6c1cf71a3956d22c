import "server-only";
import { actionLabel, changedFields } from "@/lib/auth/audit-format";
import { isRole } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/i18n/auth";
import { maskNikDeep } from "@/lib/people/nik-visibility";
import { formatDateTime } from "@/lib/format";
import type { AuditListRow } from "@/db/queries/audit-log";
import type { Viewer } from "@/lib/auth/viewer";
import type { AuditTableRow } from "./audit-table";

/** Audit rows as the table shows them: NIKs masked for whoever may not see them in full, only what changed. */
export function toAuditTableRows(viewer: Viewer, rows: AuditListRow[]): AuditTableRow[] {
  return rows.map((r) => {
    const before = maskNikDeep(viewer, r.before, r.kodeWilayah);
    const after = maskNikDeep(viewer, r.after, r.kodeWilayah);
    const role = isRole(r.actorRole) ? ` (${ROLE_LABELS[r.actorRole]})` : "";
    return {
      id: r.id,
      at: formatDateTime(r.at),
      actor: r.actorUsername ? `${r.actorUsername}${role}` : "–",
      action: actionLabel(r.action),
      target: r.entityId ? `${r.entity} #${r.entityId}` : r.entity,
      wilayah: r.kodeWilayah ?? "–",
      changes: changedFields(r.before, r.after, { before, after }),
    };
  });
}
