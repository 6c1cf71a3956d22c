import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRegionPage } from "@/lib/auth/guard";
import { pathId } from "@/lib/route-params";
import { getMonthEntry } from "@/db/queries/pemantauan";
import { listPosyanduByDesa } from "@/db/queries/posyandu";
import { getPeriode } from "@/db/queries/period-lock";
import { getPosyanduDay, listRecentWeighings } from "@/db/queries/posyandu-day";
import { RegionPageHeader } from "../../../_components/region-page-header";
import { AnakMonthForm, DayNav } from "../../[sasaranId]/anak-month-form";
import { SavedResult } from "../../_components/saved-result";
import { BalitaMonthForm } from "../../[sasaranId]/balita-month-form";
import { saveAnakMonth, saveBalitaMonth } from "../../actions";
import { monitoringGroupIn } from "@/lib/sasaran/kategori";
import { formatYearMonth, monthBounds, quarterOfMonth, todayIso } from "@/lib/periods";
import { parsePemantauanParams } from "@/lib/pemantauan/params";
import { balitaNewMonthValues, newMonthValues, recordToValues } from "@/lib/pemantauan/defaults";
import { firstChild, nextChild } from "@/lib/pemantauan/posyandu-day";
import { formatDate, formatMonth } from "@/lib/format";
import { buttonClass } from "@/components/ui/button";
import { posyanduDayText } from "@/lib/i18n/posyandu-day";
import { pemantauanText } from "@/lib/i18n/pemantauan";

const t = posyanduDayText;

export const metadata: Metadata = { title: t.metaTitle };

/** Posyandu-day mode: the children of one posyandu due a 2B record this month, one after another — form, result card,
 * next child — without going back to the list (docs/posyandu-day.md). */
export default async function PosyanduDayPage({
  params,
  searchParams,
}: {
  params: Promise<{ kode: string; posyanduId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { kode, posyanduId } = await params;
  const { viewer, region } = await requireRegionPage(kode, "pemantauan", "write");
  const { ym, anak, hasil } = parsePemantauanParams(await searchParams);
  const day = await getPosyanduDay({ viewer, kode: region.kode, posyanduId: pathId(posyanduId), ym });
  if (!day) notFound();
  const bulan = formatYearMonth(ym);
  const base = `/wilayah/${region.kode}/pemantauan/posyandu/${day.posyandu.id}?bulan=${bulan}`;
  const childHref = (id: number) => `${base}&anak=${id}`;
  const listHref = `/wilayah/${region.kode}/pemantauan?bulan=${bulan}&posyandu=${day.posyandu.id}`;
  const { children } = day;
  const done = children.filter((c) => c.weighed).length;
  const shownId = hasil ?? anak ?? firstChild(children)?.id;
  const position = children.findIndex((c) => c.id === shownId);
  if ((hasil || anak) && position < 0) notFound();
  const next = shownId ? nextChild(children, shownId) : null;
  const header = (
    <>
      <RegionPageHeader viewer={viewer} region={region} section="pemantauan" title={t.title(day.posyandu.nama)} />
      <p className="flex flex-wrap items-center gap-x-3 text-sm text-slate-700">
        <span>{formatMonth(bulan)}</span>
        <span data-testid="terisi">{t.filled(done, children.length)}</span>
        <Link className="underline" href={listHref}>
          {t.backToList}
        </Link>
      </p>
    </>
  );
  if (position < 0)
    return (
      <div className="space-y-4">
        {header}
        <p className="rounded-md border border-brand-600 bg-brand-50 p-3 font-medium text-brand-800">
          {children.length ? t.allDone : t.empty}
        </p>
      </div>
    );
  const progress = (
    <p className="text-lg font-semibold" data-testid="progres" aria-live="polite">
      {t.progress(position + 1, children.length)}
    </p>
  );
  if (hasil)
    return (
      <div className="space-y-4">
        {header}
        {progress}
        <p
          data-testid="form-message"
          className="rounded-md border border-brand-600 bg-brand-50 px-3 py-2 text-sm font-medium text-brand-800"
          aria-live="polite"
        >
          {pemantauanText.month.saved}
        </p>
        <SavedResult viewer={viewer} kode={region.kode} sasaranId={hasil} ym={ym} />
        <DayNav nextHref={next ? childHref(next.id) : null} listHref={listHref} />
        <Link className={buttonClass("ghost")} href={childHref(hasil)}>
          {t.edit}
        </Link>
      </div>
    );
  const entry = await getMonthEntry({ viewer, kode: region.kode, sasaranId: shownId!, ym });
  if (!entry || entry.kind !== "anak") notFound();
  const { target } = entry;
  const today = todayIso();
  const { first, last } = monthBounds(ym);
  const maxDate = last < today ? last : today;
  const [posyanduList, periode, weighings] = await Promise.all([
    listPosyanduByDesa({ viewer, kode: region.kode }),
    getPeriode({ viewer, kode: region.kode, tahun: ym.tahun, triwulan: quarterOfMonth(ym.bulan) }),
    listRecentWeighings({ viewer, sasaranId: target.id, upTo: last }),
  ]);
  const locked = periode.status !== "draft" && viewer.role !== "admin";
  const posyandu = posyanduList.map((p) => ({
    value: String(p.id),
    label: p.aktif ? p.nama : pemantauanText.entry.inactivePosyandu(p.nama),
  }));
  const dayProps = {
    posyanduId: String(day.posyandu.id),
    child: {
      nama: target.nama,
      jenisKelamin: target.jenisKelamin,
      tanggalLahir: target.tanggalLahir,
      weighings: weighings.filter((w) => w.tanggalUkur < first),
    },
    nextHref: next ? childHref(next.id) : null,
    listHref,
  };
  const isBalita = monitoringGroupIn(target.tanggalLahir, ym) === "balita_24_59";
  return (
    <div className="space-y-4">
      {header}
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          {progress}
          <h2 className="text-xl font-bold" data-testid="nama-anak">
            {target.nama}
          </h2>
          <p className="text-sm text-slate-700">{t.born(formatDate(target.tanggalLahir))}</p>
        </div>
        {next ? (
          <Link className={buttonClass("secondary")} href={childHref(next.id)} data-testid="lewati">
            {t.skip}
          </Link>
        ) : null}
      </div>
      {locked ? (
        <p className="rounded-md border border-warn-800 bg-warn-50 p-3 text-sm font-medium text-warn-800">
          {pemantauanText.entry.locked(quarterOfMonth(ym.bulan), ym.tahun, periode.status === "disetujui")}
        </p>
      ) : isBalita ? (
        <BalitaMonthForm
          key={target.id}
          action={saveBalitaMonth}
          offline="balita_bulan"
          posyandu={posyandu}
          minDate={first}
          maxDate={maxDate}
          day={dayProps}
          defaults={{
            kode: region.kode,
            sasaranId: String(target.id),
            posyanduId: String(target.posyanduId),
            tanggalPeriksa: maxDate,
            ...(entry.balita.record
              ? recordToValues(entry.balita.record)
              : balitaNewMonthValues(entry.balita.previous)),
            ...(entry.balita.record && !entry.balita.ukur ? { tanggalPeriksa: maxDate } : {}),
            ...(entry.balita.ukur
              ? recordToValues({
                  beratKg: entry.balita.ukur.beratKg,
                  panjangCm: entry.balita.ukur.panjangCm,
                  caraUkur: entry.balita.ukur.caraUkur,
                  oedema: entry.balita.ukur.oedema,
                })
              : {}),
            ...(entry.paud ? { statusPaud: entry.paud.status } : {}),
            bulan,
          }}
        />
      ) : (
        <AnakMonthForm
          key={target.id}
          action={saveAnakMonth}
          offline="anak_bulan"
          posyandu={posyandu}
          minDate={first}
          maxDate={maxDate}
          day={dayProps}
          defaults={{
            kode: region.kode,
            sasaranId: String(target.id),
            posyanduId: String(target.posyanduId),
            tanggalPeriksa: maxDate,
            // Children of the 2B list are under two: measured lying down, the usual way (editable).
            caraUkur: "terlentang",
            ...(entry.anak.record
              ? recordToValues(entry.anak.record)
              : newMonthValues("anak", entry.anak.previous, entry.household)),
            // A record without a weighing (a home visit logged in the activity log) is weighed today, at the posyandu.
            ...(entry.anak.record && !entry.anak.ukur ? { tanggalPeriksa: maxDate } : {}),
            ...(entry.anak.ukur
              ? recordToValues({
                  beratKg: entry.anak.ukur.beratKg,
                  panjangCm: entry.anak.ukur.panjangCm,
                  caraUkur: entry.anak.ukur.caraUkur,
                  oedema: entry.anak.ukur.oedema,
                })
              : {}),
            bulan,
          }}
        />
      )}
    </div>
  );
}
