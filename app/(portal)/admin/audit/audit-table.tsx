"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type Features } from "@/components/data-table/data-table";
import type { FieldChange } from "@/lib/auth/audit-format";

export type AuditTableRow = {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  wilayah: string;
  changes: FieldChange[];
};

const helper = createColumnHelper<Features, AuditTableRow>();

export function Changes({ changes }: { changes: FieldChange[] }) {
  if (!changes.length) return <span className="text-slate-500">–</span>;
  const list = (
    <ul className="space-y-0.5">
      {changes.map((c) => (
        <li key={c.field} className="break-words">
          <span className="font-medium">{c.field}</span>: {c.before === "–" ? null : <><del className="text-slate-500">{c.before}</del> → </>}
          <span>{c.after}</span>
        </li>
      ))}
    </ul>
  );
  return changes.length > 3 ? (
    <details>
      <summary className="cursor-pointer text-brand-800 underline underline-offset-2">{changes.length} kolom</summary>
      {list}
    </details>
  ) : (
    list
  );
}

export function AuditTable({ rows, baseHref, params }: { rows: AuditTableRow[]; baseHref: string; params: Record<string, string | undefined> }) {
  const columns = helper.columns([
    helper.accessor("at", { header: "Waktu (WIB)", cell: (info) => <span className="whitespace-nowrap">{info.getValue()}</span> }),
    helper.accessor("actor", { header: "Pengguna" }),
    helper.accessor("action", { header: "Tindakan" }),
    helper.accessor("target", { header: "Data" }),
    helper.accessor("wilayah", { header: "Wilayah" }),
    helper.accessor("changes", { header: "Perubahan", cell: (info) => <Changes changes={info.getValue()} /> }),
  ]);
  return <DataTable columns={columns} data={rows} caption="Jejak audit" baseHref={baseHref} params={params} rowKey={(r) => String(r.id)} testId="tabel-audit" />;
}
