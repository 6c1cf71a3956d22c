import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRegionPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listKegiatanByMonth, listSasaranForVisit } from "@/db/queries/kegiatan";
import { formatInteger } from "@/lib/format";
import { resolveBulan } from "@/lib/kegiatan/month";
import { totalsByJenis } from "@/lib/kegiatan/report";
import { formatYearMonth, todayIso } from "@/lib/periods";
import { RegionPageHeader } from "@/components/region-page-header";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { KegiatanForm } from "./kegiatan-form";
import { KegiatanList } from "./kegiatan-list";
import { MonthNav } from "./month-nav";

export const metadata: Metadata = { title: "Kegiatan KPM" };

/** Confirmations after an edit or delete, which redirect here; only known keys are shown. */
const FLASH: Record<string, string> = { diubah: "Perubahan kegiatan disimpan.", dihapus: "Kegiatan dihapus." };

type Props = { params: Promise<{ kode: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function KegiatanPage({ params, searchParams }: Props) {
  const [{ kode }, query] = await Promise.all([params, searchParams]);
  const { viewer, region } = await requireRegionPage(decodeURIComponent(kode), "sasaran:read");
  if (region.jenis !== "desa" && region.jenis !== "kelurahan") notFound();
  const bulan = resolveBulan(query.bulan);
  const ym = formatYearMonth(bulan);
  const canWrite = can(viewer.role, "kegiatan:write");
  const [rows, sasaranOptions] = await Promise.all([
    listKegiatanByMonth({ viewer, kode: region.kode, bulan }),
    canWrite ? listSasaranForVisit({ viewer, kode: region.kode }) : Promise.resolve([]),
  ]);
  const totals = totalsByJenis(rows);
  const peserta = totals.reduce((sum, t) => sum + t.peserta, 0);
  const flash = typeof query.pesan === "string" ? FLASH[query.pesan] : undefined;
  const base = `/wilayah/${region.kode}/kegiatan`;

  return (
    <div className="space-y-4">
      <RegionPageHeader
        viewer={viewer}
        region={region}
        section="kegiatan"
        title="Laporan kegiatan KPM"
        actions={
          <>
            <LinkButton variant="secondary" href={`${base}/laporan?bulan=${ym}`}>
              Laporan A4
            </LinkButton>
            {/* A plain link: the file comes from a route handler, not a page. */}
            <a href={`${base}/ekspor?bulan=${ym}`} download className={buttonClass("secondary")}>
              Unduh Excel
            </a>
          </>
        }
      />
      <MonthNav basePath={base} bulan={bulan} />
      {flash ? <FormMessage state={{ status: "ok", message: flash }} /> : null}
      <section aria-labelledby="daftar-kegiatan" className="space-y-2">
        <h2 id="daftar-kegiatan" className="text-lg font-semibold">
          Kegiatan bulan ini
        </h2>
        <p className="text-sm text-slate-600" data-testid="kegiatan-ringkasan">
          {formatInteger(rows.length)} kegiatan · {formatInteger(peserta)} peserta
        </p>
        <KegiatanList kode={region.kode} rows={rows} canWrite={canWrite} />
      </section>
      {canWrite ? (
        <Card title="Catat kegiatan baru">
          <KegiatanForm kode={region.kode} today={todayIso()} sasaranOptions={sasaranOptions} />
        </Card>
      ) : (
        <p className="text-sm text-slate-600">Anda dapat melihat laporan ini; pencatatan kegiatan dilakukan oleh KPM.</p>
      )}
    </div>
  );
}
