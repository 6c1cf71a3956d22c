import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRegionPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listSasaran } from "@/db/queries/sasaran";
import { listPosyanduByDesa } from "@/db/queries/posyandu";
import { RegionPageHeader } from "@/components/region-page-header";
import { PrintHeader } from "@/components/print-header";
import { PrintButton } from "@/components/ui/print-button";
import { SasaranTable } from "./sasaran-table";
import { Pagination } from "@/components/data-table/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { KATEGORI_LABELS } from "@/lib/sasaran/kategori";
import { parseSasaranListParams } from "@/lib/sasaran/list-params";
import { firstParams, hrefWith } from "@/lib/url";
import { formatInteger } from "@/lib/format";
import { todayIso } from "@/lib/periods";
import { nikFor } from "@/lib/people/nik-visibility";

export const metadata: Metadata = { title: "Sasaran" };

const FILTER = "min-h-11 rounded-md border border-slate-400 bg-white px-2 text-sm";

export default async function SasaranPage({ params, searchParams }: { params: Promise<{ kode: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { kode } = await params;
  const { viewer, region } = await requireRegionPage(decodeURIComponent(kode), "sasaran:read");
  if (region.jenis !== "desa" && region.jenis !== "kelurahan") notFound();
  const raw = firstParams(await searchParams);
  const p = parseSasaranListParams(raw);
  const today = todayIso();
  const [list, posyanduList] = await Promise.all([
    listSasaran({ viewer, kode: region.kode, today, q: p.q, kelompok: p.kelompok, posyanduId: p.posyandu, status: p.status, sort: p.sort, dir: p.dir, page: p.page }),
    listPosyanduByDesa({ viewer, kode: region.kode }),
  ]);
  const base = `/wilayah/${region.kode}/sasaran`;
  const urlState = { q: p.q, kelompok: p.kelompok, posyandu: p.posyandu ? String(p.posyandu) : undefined, status: p.status, sort: p.sort, dir: p.dir };
  const canWrite = can(viewer.role, "sasaran:write");
  const filtered = Boolean(p.q || p.kelompok || p.posyandu || (p.status && p.status !== "aktif"));
  // The sheet says which slice of the list it holds, so a printed page 1 of 2 is never taken for the whole list.
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const printed = [
    `Status: ${{ aktif: "aktif", nonaktif: "nonaktif", semua: "semua" }[p.status ?? "aktif"]}`,
    p.kelompok ? `Kelompok: ${KATEGORI_LABELS[p.kelompok]}` : null,
    p.posyandu ? `Posyandu: ${posyanduList.find((x) => x.id === p.posyandu)?.nama ?? p.posyandu}` : null,
    p.q ? `Cari: “${p.q}”` : null,
    `${formatInteger(list.total)} sasaran${pages > 1 ? `, halaman ${list.page} dari ${pages}` : ""}`,
  ].filter(Boolean).join(" · ");
  return (
    <div className="space-y-4">
      <RegionPageHeader
        viewer={viewer}
        region={region}
        section="sasaran"
        title="Sasaran 1.000 HPK"
        actions={
          <>
            {canWrite ? (
              <>
                <LinkButton href={`${base}/baru?jenis=ibu`}>+ Ibu hamil</LinkButton>
                <LinkButton href={`${base}/baru?jenis=anak`}>+ Anak</LinkButton>
                <LinkButton href={`${base}/rumah-tangga`} variant="secondary">
                  Rumah tangga
                </LinkButton>
              </>
            ) : null}
            <PrintButton />
          </>
        }
      />
      <PrintHeader region={region} title="Daftar sasaran 1.000 HPK" period={printed} landscape />
      <form method="get" action={base} className="no-print grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5" role="search">
        <label className="text-sm font-medium sm:col-span-2">
          Cari nama, NIK, atau No. KIA
          <input name="q" defaultValue={p.q ?? ""} className={`${FILTER} mt-1 block w-full`} type="search" />
        </label>
        <label className="text-sm font-medium">
          Kelompok
          <select name="kelompok" defaultValue={p.kelompok ?? ""} className={`${FILTER} mt-1 block w-full`}>
            <option value="">Semua</option>
            {Object.entries(KATEGORI_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Posyandu
          <select name="posyandu" defaultValue={p.posyandu ? String(p.posyandu) : ""} className={`${FILTER} mt-1 block w-full`}>
            <option value="">Semua</option>
            {posyanduList.map((x) => (
              <option key={x.id} value={x.id}>
                {x.nama}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Status
          <select name="status" defaultValue={p.status ?? "aktif"} className={`${FILTER} mt-1 block w-full`}>
            <option value="aktif">Aktif</option>
            <option value="nonaktif">Nonaktif</option>
            <option value="semua">Semua</option>
          </select>
        </label>
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-5">
          <button type="submit" className={buttonClass("primary")}>
            Terapkan
          </button>
          <a href={hrefWith(`${base}/ekspor`, urlState, {})} className={buttonClass("secondary")}>
            Unduh Excel
          </a>
        </div>
      </form>
      {list.rows.length ? (
        <>
          <SasaranTable rows={list.rows.map((r) => ({ ...r, nik: nikFor(viewer, r.nik, region.kode) }))} kode={region.kode} params={urlState} />
          <div className="no-print">
            <Pagination baseHref={base} params={urlState} page={list.page} pageSize={list.pageSize} total={list.total} />
          </div>
        </>
      ) : (
        <EmptyState title={filtered ? "Tidak ada sasaran yang cocok" : "Belum ada sasaran"}>
          {filtered ? (
            <LinkButton href={base} variant="secondary">
              Hapus saringan
            </LinkButton>
          ) : canWrite ? (
            <div className="flex flex-wrap justify-center gap-2">
              <LinkButton href={`${base}/baru?jenis=ibu`}>+ Tambah ibu hamil</LinkButton>
              <LinkButton href={`${base}/baru?jenis=anak`}>+ Tambah anak</LinkButton>
            </div>
          ) : (
            <p>KPM desa ini mendaftarkan sasaran; daftar tampil di sini setelahnya.</p>
          )}
        </EmptyState>
      )}
    </div>
  );
}
