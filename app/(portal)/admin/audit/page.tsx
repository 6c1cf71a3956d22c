import type { Metadata } from "next";
import { requireCapability, requireViewer } from "@/lib/auth/guard";
import { listAuditFacets, listAuditLog } from "@/db/queries/audit-log";
import { actionLabel } from "@/lib/auth/audit-format";
import { firstParams } from "@/lib/url";
import { Pagination } from "@/components/data-table/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { AdminHeader } from "../admin-tabs";
import { AuditTable } from "./audit-table";
import { parseAuditParams } from "./params";
import { toAuditTableRows } from "./rows";
import { adminText } from "@/lib/i18n/admin";
import { commonText } from "@/lib/i18n/common";

const t = adminText.audit;
const f = commonText.filter;

export const metadata: Metadata = { title: t.title };

const INPUT = "mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-2 text-sm";
const BASE = "/admin/audit";

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer();
  requireCapability(viewer, "audit:read");
  const { filters, page } = parseAuditParams(firstParams(await searchParams));
  const [list, facets] = await Promise.all([listAuditLog({ viewer, filters, page }), listAuditFacets({ viewer })]);
  const params: Record<string, string | undefined> = { ...filters };
  return (
    <div className="space-y-4">
      <AdminHeader role={viewer.role} active={BASE} title={t.title} />
      <p className="text-sm text-slate-600">{t.intro}</p>
      <form
        method="get"
        action={BASE}
        role="search"
        className="grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4"
      >
        <label className="text-sm font-medium">
          {t.user}
          <input type="search" name="pengguna" defaultValue={filters.pengguna ?? ""} className={INPUT} />
        </label>
        <label className="text-sm font-medium">
          {t.regionCode}
          <input
            name="wilayah"
            defaultValue={filters.wilayah ?? ""}
            placeholder={t.regionCodePlaceholder}
            inputMode="decimal"
            className={INPUT}
          />
        </label>
        <label className="text-sm font-medium">
          {t.entity}
          <select name="entity" defaultValue={filters.entity ?? ""} className={INPUT}>
            <option value="">{f.all}</option>
            {facets.entities.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t.action}
          <select name="action" defaultValue={filters.action ?? ""} className={INPUT}>
            <option value="">{f.all}</option>
            {facets.actions.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t.entityId}
          <input name="entityId" defaultValue={filters.entityId ?? ""} className={INPUT} />
        </label>
        <label className="text-sm font-medium">
          {t.from}
          <input type="date" name="dari" defaultValue={filters.dari ?? ""} className={INPUT} />
        </label>
        <label className="text-sm font-medium">
          {t.to}
          <input type="date" name="sampai" defaultValue={filters.sampai ?? ""} className={INPUT} />
        </label>
        <div className="flex items-end">
          <button type="submit" className={buttonClass("primary")}>
            {f.apply}
          </button>
        </div>
      </form>
      {list.rows.length ? (
        <>
          <AuditTable rows={toAuditTableRows(viewer, list.rows)} baseHref={BASE} params={params} />
          <Pagination baseHref={BASE} params={params} page={list.page} pageSize={list.pageSize} total={list.total} />
        </>
      ) : (
        <EmptyState title={t.empty}>
          {t.emptyHint}{" "}
          <a href={BASE} className="font-medium text-brand-800 underline underline-offset-2">
            {f.clear}
          </a>
          .
        </EmptyState>
      )}
    </div>
  );
}
