import type { Metadata } from "next";
import { requireRegionPage } from "@/lib/auth/guard";
import { getRegionTrail } from "@/db/queries/regions";
import { listKegiatanByMonth, listKpmNames } from "@/db/queries/kegiatan";
import { formatDate, formatMonth } from "@/lib/format";
import { parseKegiatanParams } from "@/lib/kegiatan/month";
import { reportHeader, totalsByJenis } from "@/lib/kegiatan/report";
import { formatYearMonth, todayIso } from "@/lib/periods";
import { RegionPageHeader } from "../../_components/region-page-header";
import { LinkButton } from "@/components/ui/button";
import { PrintButton } from "@/components/ui/print-button";
import { MonthNav } from "../month-nav";
import { ActivityTable, SummaryTable, TotalsTable } from "./report-tables";
import { getKepalaDesaName, getMonitoringSummary } from "@/db/queries/laporan-kegiatan";
import { summaryDate, summaryRows } from "@/lib/kegiatan/summary";
import { kegiatanText } from "@/lib/i18n/kegiatan";

const t = kegiatanText.report;

export const metadata: Metadata = { title: t.metaTitle };

// Only this page prints; the portal header, tabs and buttons carry `no-print`.
const PRINT_CSS =
  "@page { size: A4 portrait; margin: 15mm 12mm; } @media print { #konten { max-width: none; padding: 0; } }";

type Props = {
  params: Promise<{ kode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function LaporanKegiatanPage({ params, searchParams }: Props) {
  const [{ kode }, query] = await Promise.all([params, searchParams]);
  const { viewer, region } = await requireRegionPage(kode, "kegiatan");
  const { bulan } = parseKegiatanParams(query);
  const ym = formatYearMonth(bulan);
  const today = todayIso();
  const rows = await listKegiatanByMonth({ viewer, kode: region.kode, bulan });
  const [trail, kpm, summary, kepalaDesa] = await Promise.all([
    getRegionTrail(region.kode),
    listKpmNames({ viewer, kode: region.kode, rows }),
    getMonitoringSummary({ viewer, kode: region.kode, bulan, today }),
    getKepalaDesaName({ viewer, kode: region.kode }),
  ]);
  const h = reportHeader(region, trail, ym, kpm);
  const level = region.jenis === "kelurahan" ? t.kelurahan : t.desa;
  const head = region.jenis === "kelurahan" ? t.lurah : t.kepalaDesa;

  return (
    <div className="space-y-4">
      <style>{PRINT_CSS}</style>
      <div className="no-print space-y-3">
        <RegionPageHeader
          viewer={viewer}
          region={region}
          section="kegiatan"
          title={t.title}
          actions={
            <>
              <LinkButton variant="secondary" href={`/wilayah/${region.kode}/kegiatan?bulan=${ym}`}>
                {t.backToList}
              </LinkButton>
              <PrintButton label={t.print} variant="primary" />
            </>
          }
        />
        <MonthNav basePath={`/wilayah/${region.kode}/kegiatan/laporan`} bulan={bulan} />
      </div>
      <article
        className="mx-auto max-w-[210mm] space-y-5 rounded-lg bg-white p-4 shadow-sm sm:p-8 print:max-w-none print:rounded-none print:p-0 print:shadow-none"
        aria-label={t.ariaLabel}
      >
        <header className="space-y-1 text-center">
          <p className="text-base font-bold uppercase">{t.heading}</p>
          <p className="font-semibold">{t.month(formatMonth(ym))}</p>
        </header>
        <dl className="grid grid-cols-[9rem_1fr] gap-y-0.5 text-sm" data-testid="laporan-identitas">
          <dt>{level}</dt>
          <dd>
            : {h.desa} ({h.kode})
          </dd>
          <dt>{t.kecamatan}</dt>
          <dd>: {h.kecamatan}</dd>
          <dt>{t.kabupaten}</dt>
          <dd>: {h.kabupaten}</dd>
          <dt>{t.namaKpm}</dt>
          <dd>: {h.kpm.join(", ") || "–"}</dd>
        </dl>
        <section className="space-y-2">
          <h2 className="font-semibold">{t.activities}</h2>
          <ActivityTable rows={rows} />
        </section>
        <section className="break-inside-avoid space-y-2">
          <h2 className="font-semibold">{t.totals}</h2>
          <TotalsTable totals={totalsByJenis(rows)} />
        </section>
        {summary ? (
          <section className="break-inside-avoid space-y-2">
            <h2 className="font-semibold">{t.summary}</h2>
            <SummaryTable rows={summaryRows(summary)} />
            <p className="text-xs text-slate-700">{kegiatanText.summary.asOf(formatDate(summaryDate(bulan, today)))}</p>
          </section>
        ) : null}
        <section className="break-inside-avoid space-y-1 pt-4 text-center text-sm" aria-label={t.signatures}>
          <p className="ml-auto w-1/2">
            {h.desa}, {formatDate(today)}
          </p>
          {/* Fixed-height columns keep both signature lines on one baseline whatever the titles wrap to. */}
          <div className="grid grid-cols-2 gap-6">
            <div className="flex h-40 flex-col justify-between">
              <p>
                {t.knowing}
                <br />
                {head} {h.desa}
              </p>
              {kepalaDesa ? (
                <p className="font-semibold underline underline-offset-2" data-testid="ttd-kepala-desa">
                  {kepalaDesa}
                </p>
              ) : (
                <p>(..............................)</p>
              )}
            </div>
            <div className="flex h-40 flex-col justify-between">
              <p>
                <br />
                {t.kpm}
              </p>
              {h.kpm[0] ? (
                <p className="font-semibold underline underline-offset-2">{h.kpm[0]}</p>
              ) : (
                <p>(..............................)</p>
              )}
            </div>
          </div>
        </section>
      </article>
    </div>
  );
}
