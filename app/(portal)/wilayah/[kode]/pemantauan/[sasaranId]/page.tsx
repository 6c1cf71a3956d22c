import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRegionPage } from "@/lib/auth/guard";
import { pathId } from "@/lib/route-params";
import { can } from "@/lib/auth/permissions";
import { getMonthEntry } from "@/db/queries/pemantauan";
import { listPosyanduByDesa } from "@/db/queries/posyandu";
import { getPeriode } from "@/db/queries/period-lock";
import { RegionPageHeader } from "../../_components/region-page-header";
import { formatYearMonth, monthBounds, quarterOfMonth, todayIso } from "@/lib/periods";
import { parsePemantauanParams } from "@/lib/pemantauan/params";
import { formatDate, formatMonth } from "@/lib/format";
import { kategoriOf, monitoringGroupIn } from "@/lib/sasaran/kategori";
import { KATEGORI_LABELS } from "@/lib/i18n/sasaran";
import { balitaNewMonthValues, deliveryValues, newMonthValues, recordToValues } from "@/lib/pemantauan/defaults";
import { MeasurementSummary } from "@/components/measurement-summary";
import { IbuMonthForm } from "./ibu-month-form";
import { AnakMonthForm } from "./anak-month-form";
import { PaudMonthForm } from "./paud-month-form";
import { BalitaMonthForm } from "./balita-month-form";
import { saveAnakMonth, saveBalitaMonth, saveIbuMonth, savePaudMonth } from "../actions";
import { pemantauanText } from "@/lib/i18n/pemantauan";
import { balitaText } from "@/lib/i18n/balita";
import { formatDecimal } from "@/lib/format";

const t = pemantauanText.entry;

export const metadata: Metadata = { title: t.metaTitle };

export default async function MonthEntryPage({
  params,
  searchParams,
}: {
  params: Promise<{ kode: string; sasaranId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { kode, sasaranId } = await params;
  const { viewer, region } = await requireRegionPage(kode, "pemantauan");
  const { ym } = parsePemantauanParams(await searchParams);
  const entry = await getMonthEntry({ viewer, kode: region.kode, sasaranId: pathId(sasaranId), ym });
  if (!entry) notFound();
  const { target } = entry;
  const today = todayIso();
  const { first, last } = monthBounds(ym);
  const maxDate = last < today ? last : today;
  const posyandu = (await listPosyanduByDesa({ viewer, kode: region.kode })).map((p) => ({
    value: String(p.id),
    label: p.aktif ? p.nama : t.inactivePosyandu(p.nama),
  }));
  const base = {
    kode: region.kode,
    sasaranId: String(target.id),
    bulan: formatYearMonth(ym),
    posyanduId: String(target.posyanduId),
    tanggalPeriksa: maxDate,
  };
  const periode = await getPeriode({ viewer, kode: region.kode, tahun: ym.tahun, triwulan: quarterOfMonth(ym.bulan) });
  const locked = periode.status !== "draft" && viewer.role !== "admin";
  const canWrite = can(viewer.role, "pemantauan:write") && !locked;
  // 2B to the month of the second birthday, then the balita record to the fifth (monitoringGroupIn), then 2C alone
  // while the child is a PAUD target.
  const group = target.jenis === "anak" ? monitoringGroupIn(target.tanggalLahir, ym) : null;
  const isPaud = target.jenis === "anak" && group === null;
  const isBalita = group === "balita_24_59";
  const listHref = `/wilayah/${region.kode}/pemantauan?bulan=${formatYearMonth(ym)}`;
  return (
    <div className="space-y-4">
      <RegionPageHeader
        viewer={viewer}
        region={region}
        section="pemantauan"
        title={`${target.nama} — ${formatMonth(formatYearMonth(ym))}`}
      />
      <p className="text-sm text-slate-700">
        {KATEGORI_LABELS[kategoriOf(target, today)]}
        {t.born(formatDate(target.tanggalLahir))}{" "}
        <Link className="underline" href={`/wilayah/${region.kode}/sasaran/${target.id}`}>
          {t.viewTarget}
        </Link>{" "}
        ·{" "}
        <Link className="underline" href={listHref}>
          {t.backToList}
        </Link>
      </p>
      {entry.kind === "anak" && entry.anak.ukur ? <MeasurementSummary ukur={entry.anak.ukur} /> : null}
      {entry.kind === "anak" && entry.balita.ukur ? <MeasurementSummary ukur={entry.balita.ukur} /> : null}
      {locked ? (
        <p
          data-testid="periode-terkunci"
          className="rounded-md border border-warn-800 bg-warn-50 p-3 text-sm font-medium text-warn-800"
        >
          {t.locked(quarterOfMonth(ym.bulan), ym.tahun, periode.status === "disetujui")}
        </p>
      ) : !canWrite ? (
        <p className="rounded-md bg-slate-100 p-3 text-sm">{t.kpmOnly}</p>
      ) : entry.kind === "ibu" ? (
        <IbuMonthForm
          action={saveIbuMonth}
          offline="ibu_bulan"
          posyandu={posyandu}
          minDate={first}
          maxDate={maxDate}
          defaults={{
            ...base,
            ...(entry.ibu.record
              ? recordToValues(entry.ibu.record)
              : {
                  ...newMonthValues("ibu", entry.ibu.previous, entry.household),
                  ...deliveryValues(target.tanggalMelahirkan, ym),
                }),
            bulan: base.bulan,
            kode: region.kode,
          }}
        />
      ) : isBalita ? (
        <BalitaMonthForm
          action={saveBalitaMonth}
          offline="balita_bulan"
          posyandu={posyandu}
          minDate={first}
          maxDate={maxDate}
          lastWeighing={
            entry.balita.lastWeighing?.beratKg != null
              ? balitaText.form.lastWeighing(
                  formatDate(entry.balita.lastWeighing.tanggalUkur),
                  formatDecimal(entry.balita.lastWeighing.beratKg, 1),
                )
              : undefined
          }
          defaults={{
            ...base,
            ...(entry.balita.record
              ? recordToValues(entry.balita.record)
              : balitaNewMonthValues(entry.balita.previous)),
            ...(entry.balita.ukur
              ? recordToValues({
                  beratKg: entry.balita.ukur.beratKg,
                  panjangCm: entry.balita.ukur.panjangCm,
                  caraUkur: entry.balita.ukur.caraUkur,
                  oedema: entry.balita.ukur.oedema,
                })
              : {}),
            ...(entry.paud ? { statusPaud: entry.paud.status } : {}),
            bulan: base.bulan,
            kode: region.kode,
          }}
        />
      ) : isPaud ? (
        <PaudMonthForm
          action={savePaudMonth}
          offline="paud_bulan"
          defaults={{ ...base, status: entry.paud?.status ?? "" }}
        />
      ) : (
        <AnakMonthForm
          action={saveAnakMonth}
          offline="anak_bulan"
          posyandu={posyandu}
          minDate={first}
          maxDate={maxDate}
          defaults={{
            ...base,
            ...(entry.anak.record
              ? recordToValues(entry.anak.record)
              : newMonthValues("anak", entry.anak.previous, entry.household)),
            ...(entry.anak.ukur
              ? recordToValues({
                  beratKg: entry.anak.ukur.beratKg,
                  panjangCm: entry.anak.ukur.panjangCm,
                  caraUkur: entry.anak.ukur.caraUkur,
                  oedema: entry.anak.ukur.oedema,
                })
              : {}),
            bulan: base.bulan,
            kode: region.kode,
          }}
        />
      )}
    </div>
  );
}
