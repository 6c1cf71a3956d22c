import { RowLink } from "@/components/data-table/row-link";
import { createColumnHelper } from "@tanstack/table-core";
import { DataTable, type Features } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import type { Role } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/i18n/auth";
import { formatDate } from "@/lib/format";
import { adminText } from "@/lib/i18n/admin";

const t = adminText.table;
const b = adminText.badge;

export type UserRow = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  wilayah: string;
  active: boolean;
  mustChangePassword: boolean;
  createdAt: string;
};

const helper = createColumnHelper<Features, UserRow>();

export function UsersTable({ rows, params }: { rows: UserRow[]; params: Record<string, string | undefined> }) {
  const columns = helper.columns([
    helper.accessor("username", {
      header: t.username,
      cell: (info) => <RowLink href={`/admin/pengguna/${info.row.original.id}`}>{info.getValue()}</RowLink>,
    }),
    helper.accessor("displayName", { header: t.displayName }),
    helper.accessor("role", { header: t.role, cell: (info) => ROLE_LABELS[info.getValue()] }),
    helper.accessor("wilayah", { header: t.wilayah }),
    helper.accessor("active", {
      header: t.status,
      cell: (info) => (
        <span className="flex flex-wrap gap-1">
          {info.getValue() ? <Badge tone="good">{b.active}</Badge> : <Badge tone="bad">{b.inactive}</Badge>}
          {info.row.original.mustChangePassword ? <Badge tone="warn">{b.temporaryPassword}</Badge> : null}
        </span>
      ),
    }),
    helper.accessor("createdAt", { header: t.createdAt, cell: (info) => formatDate(info.getValue()) }),
  ]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={t.caption}
      baseHref="/admin/pengguna"
      params={params}
      sortKeys={{ username: "username", displayName: "nama", role: "peran", wilayah: "wilayah", createdAt: "terbaru" }}
      rowKey={(r) => String(r.id)}
      testId="tabel-pengguna"
    />
  );
}
