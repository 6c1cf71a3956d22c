import { createColumnHelper } from "@tanstack/table-core";
import { DataTable, type Features } from "@/components/data-table/data-table";
import type { FieldChange } from "@/lib/auth/audit-format";
import { adminText } from "@/lib/i18n/admin";

const t = adminText.audit;

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
          <span className="font-medium">{c.field}</span>:{" "}
          {c.before === "–" ? null : (
            <>
              <del className="text-slate-500">{c.before}</del> →{" "}
            </>
          )}
          <span>{c.after}</span>
        </li>
      ))}
    </ul>
  );
  return changes.length > 3 ? (
    <details>
      <summary className="cursor-pointer text-brand-800 underline underline-offset-2">
        {t.columns(changes.length)}
      </summary>
      {list}
    </details>
  ) : (
    list
  );
}

export function AuditTable({
  rows,
  baseHref,
  params,
}: {
  rows: AuditTableRow[];
  baseHref: string;
  params: Record<string, string | undefined>;
}) {
  const columns = helper.columns([
    helper.accessor("at", {
      header: t.head.at,
      cell: (info) => <span className="whitespace-nowrap">{info.getValue()}</span>,
    }),
    helper.accessor("actor", { header: t.head.actor }),
    helper.accessor("action", { header: t.head.action }),
    helper.accessor("target", { header: t.head.target }),
    helper.accessor("wilayah", { header: t.head.wilayah }),
    helper.accessor("changes", { header: t.head.changes, cell: (info) => <Changes changes={info.getValue()} /> }),
  ]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={t.caption}
      baseHref={baseHref}
      params={params}
      rowKey={(r) => String(r.id)}
      testId="tabel-audit"
    />
  );
}
