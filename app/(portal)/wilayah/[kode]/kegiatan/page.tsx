import type { Metadata } from "next";
import { requireRegionPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listHomeVisitsFromRecords, listKegiatanByMonth, listSasaranForVisit } from "@/db/queries/kegiatan";
import { formatInteger } from "@/lib/format";
import { parseKegiatanParams } from "@/lib/kegiatan/month";
import { totalsByJenis } from "@/lib/kegiatan/report";
import { formatYearMonth, todayIso } from "@/lib/periods";
import { RegionPageHeader } from "../_components/region-page-header";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { KegiatanForm } from "./kegiatan-form";
import { KegiatanList } from "./kegiatan-list";
import { MonthNav } from "./month-nav";
import { VisitsFromRecords } from "./visits-from-records";
import { kegiatanText } from "@/lib/i18n/kegiatan";

const t = kegiatanText.page;

export const metadata: Metadata = { title: t.metaTitle };

type Props = {
  params: Promise<{ kode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function KegiatanPage({ params, searchParams }: Props) {
  const [{ kode }, query] = await Promise.all([params, searchParams]);
  const { viewer, region } = await requireRegionPage(kode, "kegiatan");
  const { bulan, pesan } = parseKegiatanParams(query);
  const ym = formatYearMonth(bulan);
  const canWrite = can(viewer.role, "kegiatan:write");
  const [rows, fromRecords, sasaranOptions] = await Promise.all([
    listKegiatanByMonth({ viewer, kode: region.kode, bulan }),
    listHomeVisitsFromRecords({ viewer, kode: region.kode, bulan }),
    canWrite ? listSasaranForVisit({ viewer, kode: region.kode }) : Promise.resolve([]),
  ]);
  const totals = totalsByJenis(rows);
  const peserta = totals.reduce((sum, t) => sum + t.peserta, 0);
  // Confirmations after an edit or delete, which redirect here.
  const flash = pesan ? t.flash[pesan] : undefined;
  const base = `/wilayah/${region.kode}/kegiatan`;

  return (
    <div className="space-y-4">
      <RegionPageHeader
        viewer={viewer}
        region={region}
        section="kegiatan"
        title={t.title}
        actions={
          <>
            <LinkButton variant="secondary" href={`${base}/laporan?bulan=${ym}`}>
              {t.reportA4}
            </LinkButton>
            {/* A plain link: the file comes from a route handler, not a page. */}
            <a href={`${base}/ekspor?bulan=${ym}`} download className={buttonClass("secondary")}>
              {t.downloadExcel}
            </a>
          </>
        }
      />
      <MonthNav basePath={base} bulan={bulan} />
      {flash ? <FormMessage state={{ status: "ok", message: flash }} /> : null}
      <section aria-labelledby="daftar-kegiatan" className="space-y-2">
        <h2 id="daftar-kegiatan" className="text-lg font-semibold">
          {t.heading}
        </h2>
        <p className="text-sm text-slate-600" data-testid="kegiatan-ringkasan">
          {t.summary(formatInteger(rows.length), formatInteger(peserta))}
        </p>
        <KegiatanList kode={region.kode} rows={rows} canWrite={canWrite} />
      </section>
      <VisitsFromRecords kode={region.kode} bulan={ym} rows={fromRecords} />
      {canWrite ? (
        <Card title={t.newTitle}>
          <KegiatanForm kode={region.kode} today={todayIso()} sasaranOptions={sasaranOptions} />
        </Card>
      ) : (
        <p className="text-sm text-slate-600">{t.readOnly}</p>
      )}
    </div>
  );
}
