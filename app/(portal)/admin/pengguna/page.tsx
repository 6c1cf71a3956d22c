import type { Metadata } from "next";
import { requireViewer, requireCapability } from "@/lib/auth/guard";
import { listUsers } from "@/db/queries/users";
import { listRegionsInScope } from "@/db/queries/regions";
import { ROLES } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/i18n/auth";
import { regionTitle } from "@/lib/regions";
import { firstParams } from "@/lib/url";
import { Pagination } from "@/components/data-table/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { AdminHeader } from "../admin-tabs";
import { UsersTable } from "./users-table";
import { parseUserListParams } from "./list-params";
import { adminText } from "@/lib/i18n/admin";
import { commonText } from "@/lib/i18n/common";

const t = adminText.users;
const f = commonText.filter;

export const metadata: Metadata = { title: t.title };

const FILTER = "mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-2 text-sm";

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer();
  requireCapability(viewer, "users:manage");
  const p = parseUserListParams(firstParams(await searchParams));
  const [list, kecamatan] = await Promise.all([
    listUsers({
      viewer,
      q: p.q,
      role: p.peran,
      status: p.status,
      wilayah: p.wilayah,
      sort: p.sort,
      dir: p.dir,
      page: p.page,
    }),
    listRegionsInScope({ viewer, jenis: ["kecamatan"] }),
  ]);
  const params = { q: p.q, peran: p.peran, status: p.status, wilayah: p.wilayah, sort: p.sort, dir: p.dir };
  const rows = list.rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    role: r.role,
    wilayah: `${regionTitle({ nama: r.wilayahNama, jenis: r.wilayahJenis })} (${r.scopeKode})`,
    active: r.active,
    mustChangePassword: r.mustChangePassword,
    createdAt: r.createdAt.toISOString(),
  }));
  return (
    <div className="space-y-4">
      <AdminHeader
        role={viewer.role}
        active="/admin/pengguna"
        title={t.title}
        actions={<LinkButton href="/admin/pengguna/baru">{t.add}</LinkButton>}
      />
      <form
        method="get"
        action="/admin/pengguna"
        role="search"
        className="grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4"
      >
        <label className="text-sm font-medium">
          {t.search}
          <input type="search" name="q" defaultValue={p.q ?? ""} className={FILTER} />
        </label>
        <label className="text-sm font-medium">
          {t.role}
          <select name="peran" defaultValue={p.peran ?? ""} className={FILTER}>
            <option value="">{f.all}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t.kecamatan}
          <select name="wilayah" defaultValue={p.wilayah ?? ""} className={FILTER}>
            <option value="">{f.all}</option>
            {kecamatan.map((k) => (
              <option key={k.kode} value={k.kode}>
                {regionTitle(k)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t.status}
          <select name="status" defaultValue={p.status ?? ""} className={FILTER}>
            <option value="">{f.all}</option>
            <option value="aktif">{t.active}</option>
            <option value="nonaktif">{t.inactive}</option>
          </select>
        </label>
        <div className="sm:col-span-2 lg:col-span-4">
          <button type="submit" className={buttonClass("primary")}>
            {f.apply}
          </button>
        </div>
      </form>
      {rows.length ? (
        <>
          <UsersTable rows={rows} params={params} />
          <Pagination
            baseHref="/admin/pengguna"
            params={params}
            page={list.page}
            pageSize={list.pageSize}
            total={list.total}
          />
        </>
      ) : (
        <EmptyState title={t.empty}>
          {t.emptyHint}{" "}
          <a href={"/admin/pengguna"} className="font-medium text-brand-800 underline underline-offset-2">
            {f.clear}
          </a>
          .
        </EmptyState>
      )}
    </div>
  );
}
