import type { Metadata } from "next";
import { requireRegionPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listSasaran, listSasaranForExport } from "@/db/queries/sasaran";
import { listPosyanduByDesa } from "@/db/queries/posyandu";
import { RegionPageHeader } from "../_components/region-page-header";
import { PrintHeader } from "../_components/print-header";
import { PrintButton } from "@/components/ui/print-button";
import { SasaranTable } from "./sasaran-table";
import { Pagination } from "@/components/data-table/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { parseSasaranListParams } from "@/lib/sasaran/list-params";
import { firstParams, hrefWith } from "@/lib/url";
import { formatInteger } from "@/lib/format";
import { todayIso } from "@/lib/periods";
import { nikFor, seesFullNik } from "@/lib/people/nik-visibility";
import { LIST_KELOMPOK_LABELS, sasaranText } from "@/lib/i18n/sasaran";

const t = sasaranText.list;

export const metadata: Metadata = { title: t.metaTitle };

const FILTER = "min-h-11 rounded-md border border-slate-400 bg-white px-2 text-sm";

export default async function SasaranPage({
  params,
  searchParams,
}: {
  params: Promise<{ kode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { kode } = await params;
  const { viewer, region } = await requireRegionPage(kode, "sasaran");
  const raw = firstParams(await searchParams);
  const p = parseSasaranListParams(raw);
  const today = todayIso();
  const query = {
    viewer,
    kode: region.kode,
    today,
    q: p.q,
    kelompok: p.kelompok,
    posyanduId: p.posyandu,
    status: p.status,
    sort: p.sort,
    dir: p.dir,
  };
  const [list, posyanduList] = await Promise.all([
    p.semua
      ? listSasaranForExport(query).then((rows) => ({
          rows,
          total: rows.length,
          page: 1,
          pageSize: Math.max(rows.length, 1),
        }))
      : listSasaran({ ...query, page: p.page }),
    listPosyanduByDesa({ viewer, kode: region.kode }),
  ]);
  const base = `/wilayah/${region.kode}/sasaran`;
  const urlState = {
    q: p.q,
    kelompok: p.kelompok,
    posyandu: p.posyandu ? String(p.posyandu) : undefined,
    status: p.status,
    sort: p.sort,
    dir: p.dir,
  };
  const canWrite = can(viewer.role, "sasaran:write");
  const filtered = Boolean(p.q || p.kelompok || p.posyandu || (p.status && p.status !== "aktif"));
  // The sheet says which slice of the list it holds, so a printed page 1 of 2 is never taken for the whole list.
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const printed = [
    t.print.status(t.print.statusWords[p.status ?? "aktif"]),
    p.kelompok ? t.print.kelompok(LIST_KELOMPOK_LABELS[p.kelompok]) : null,
    p.posyandu ? t.print.posyandu(`${posyanduList.find((x) => x.id === p.posyandu)?.nama ?? p.posyandu}`) : null,
    p.q ? t.print.search(p.q) : null,
    t.print.count(formatInteger(list.total), list.page, pages),
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <div className="space-y-4">
      <RegionPageHeader
        viewer={viewer}
        region={region}
        section="sasaran"
        title={t.title}
        actions={
          <>
            {canWrite ? (
              <>
                <LinkButton href={`${base}/baru?jenis=ibu`}>{t.addIbu}</LinkButton>
                <LinkButton href={`${base}/baru?jenis=anak`}>{t.addAnak}</LinkButton>
                <LinkButton href={`${base}/rumah-tangga`} variant="secondary">
                  {t.households}
                </LinkButton>
              </>
            ) : null}
            {pages > 1 ? (
              <LinkButton href={hrefWith(base, urlState, { semua: "1" })} variant="secondary">
                {t.showAllToPrint}
              </LinkButton>
            ) : null}
            <PrintButton />
          </>
        }
      />
      <PrintHeader region={region} title={t.printTitle} period={printed} landscape />
      <form
        method="get"
        action={base}
        className="no-print grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5"
        role="search"
      >
        <label className="text-sm font-medium sm:col-span-2">
          {seesFullNik(viewer, region.kode) ? t.search : t.searchNoNik}
          <input name="q" defaultValue={p.q ?? ""} className={`${FILTER} mt-1 block w-full`} type="search" />
        </label>
        <label className="text-sm font-medium">
          {t.kelompok}
          <select name="kelompok" defaultValue={p.kelompok ?? ""} className={`${FILTER} mt-1 block w-full`}>
            <option value="">{t.all}</option>
            {Object.entries(LIST_KELOMPOK_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t.posyandu}
          <select
            name="posyandu"
            defaultValue={p.posyandu ? String(p.posyandu) : ""}
            className={`${FILTER} mt-1 block w-full`}
          >
            <option value="">{t.all}</option>
            {posyanduList.map((x) => (
              <option key={x.id} value={x.id}>
                {x.nama}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t.status}
          <select name="status" defaultValue={p.status ?? "aktif"} className={`${FILTER} mt-1 block w-full`}>
            <option value="aktif">{t.aktif}</option>
            <option value="nonaktif">{t.nonaktif}</option>
            <option value="semua">{t.all}</option>
          </select>
        </label>
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-5">
          <button type="submit" className={buttonClass("primary")}>
            {t.apply}
          </button>
          <a href={hrefWith(`${base}/ekspor`, urlState, {})} className={buttonClass("secondary")}>
            {t.download}
          </a>
        </div>
      </form>
      {list.rows.length ? (
        <>
          <SasaranTable
            rows={list.rows.map((r) => ({ ...r, nik: nikFor(viewer, r.nik, region.kode) }))}
            kode={region.kode}
            params={urlState}
          />
          {p.semua ? null : (
            <div className="no-print">
              <Pagination
                baseHref={base}
                params={urlState}
                page={list.page}
                pageSize={list.pageSize}
                total={list.total}
              />
            </div>
          )}
        </>
      ) : (
        <EmptyState title={filtered ? t.emptyFiltered : t.empty}>
          {filtered ? (
            <LinkButton href={base} variant="secondary">
              {t.clearFilters}
            </LinkButton>
          ) : canWrite ? (
            <div className="flex flex-wrap justify-center gap-2">
              <LinkButton href={`${base}/baru?jenis=ibu`}>{t.emptyAddIbu}</LinkButton>
              <LinkButton href={`${base}/baru?jenis=anak`}>{t.emptyAddAnak}</LinkButton>
            </div>
          ) : (
            <p>{t.emptyReadOnly}</p>
          )}
        </EmptyState>
      )}
    </div>
  );
}
