import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRegionPage } from "@/lib/auth/guard";
import { RegionPageHeader } from "@/components/region-page-header";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { canWriteApbdes } from "@/lib/apbdes/access";
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/apbdes/import-columns";
import { VERSI_LABELS } from "@/lib/apbdes/labels";
import { tahunParam } from "@/lib/apbdes/schemas";
import { listApbdesVersions } from "@/db/queries/apbdes";
import { firstParams } from "@/lib/url";
import { todayIso } from "@/lib/periods";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Impor baris APBDes" };

type Props = { params: Promise<{ kode: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ImportPage({ params, searchParams }: Props) {
  const [{ kode }, query] = await Promise.all([params, searchParams]);
  const { viewer, region } = await requireRegionPage(decodeURIComponent(kode), "apbdes:write");
  if (region.jenis !== "desa" || !canWriteApbdes(viewer, region.kode)) notFound();
  const sp = firstParams(query);
  const tahun = tahunParam(sp.tahun, Number(todayIso().slice(0, 4)));
  const versions = await listApbdesVersions({ viewer, kode: region.kode, tahun });
  const target = versions.find((v) => v.versi === sp.versi) ?? versions.find((v) => v.status === "draft");
  const base = `/wilayah/${region.kode}/apbdes`;
  return (
    <div className="space-y-4">
      <RegionPageHeader viewer={viewer} region={region} section="apbdes" title={`Impor baris APBDes ${tahun}`} />
      <Link href={`${base}?tahun=${tahun}`} className="text-sm underline underline-offset-2">
        ‹ Kembali ke APBDes {tahun}
      </Link>
      <Card title="Format berkas">
        <p className="text-sm">
          Satu baris anggaran per baris berkas, judul kolom di baris pertama (maksimal {MAX_IMPORT_ROWS} baris). CSV boleh dipisah koma atau titik koma. Uji coba
          memeriksa setiap baris dengan aturan yang sama seperti formulir; tidak ada yang disimpan sebelum Anda menerapkannya, dan penerapan menyimpan semua baris
          atau tidak sama sekali.
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <a href={`${base}/templat?format=xlsx`} download className={buttonClass("secondary")}>
            Unduh templat XLSX
          </a>
          <a href={`${base}/templat?format=csv`} download className={buttonClass("secondary")}>
            Unduh templat CSV
          </a>
        </div>
        <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {IMPORT_COLUMNS.map((c) => (
            <div key={c.header} className="contents">
              <dt className="font-mono font-semibold">
                {c.header}
                {c.wajib ? " *" : ""}
              </dt>
              <dd className="mb-1 text-slate-700">{c.keterangan}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-slate-600">* wajib diisi</p>
      </Card>
      {target && target.status === "draft" ? (
        <Card title={`Impor ke APBDes ${VERSI_LABELS[target.versi].toLowerCase()} ${tahun} (draf)`}>
          <ImportForm kode={region.kode} apbdesId={target.id} />
        </Card>
      ) : (
        <Card>
          <p className="text-sm">Impor hanya untuk APBDes berstatus draf. Buat APBDes {tahun} terlebih dahulu, atau pilih tahun lain.</p>
        </Card>
      )}
    </div>
  );
}
