"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type Features } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";

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
      header: "Nama pengguna",
      cell: (info) => (
        <Link href={`/admin/pengguna/${info.row.original.id}`} className="font-medium text-brand-800 underline underline-offset-2">
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor("displayName", { header: "Nama" }),
    helper.accessor("role", { header: "Peran", cell: (info) => ROLE_LABELS[info.getValue()] }),
    helper.accessor("wilayah", { header: "Wilayah tugas" }),
    helper.accessor("active", {
      header: "Status",
      cell: (info) => (
        <span className="flex flex-wrap gap-1">
          {info.getValue() ? <Badge tone="good">Aktif</Badge> : <Badge tone="bad">Nonaktif</Badge>}
          {info.row.original.mustChangePassword ? <Badge tone="warn">Sandi sementara</Badge> : null}
        </span>
      ),
    }),
    helper.accessor("createdAt", { header: "Dibuat", cell: (info) => formatDate(info.getValue()) }),
  ]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption="Daftar pengguna"
      baseHref="/admin/pengguna"
      params={params}
      sortKeys={{ username: "username", displayName: "nama", role: "peran", wilayah: "wilayah", createdAt: "terbaru" }}
      rowKey={(r) => String(r.id)}
      testId="tabel-pengguna"
    />
  );
}
