import type { Metadata } from "next";
import Link from "next/link";
import { requireRegionPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getMonthCounters, listDueForMonth } from "@/db/queries/pemantauan";
import { listPosyanduByDesa } from "@/db/queries/posyandu";
import { RegionPageHeader } from "../_components/region-page-header";
import { MonthNav } from "@/components/month-nav";
import { skdnText } from "@/lib/i18n/skdn";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { currentYearMonth, formatYearMonth } from "@/lib/periods";
import { hrefWith } from "@/lib/url";
import { parsePemantauanParams } from "@/lib/pemantauan/params";
import { formatInteger } from "@/lib/format";
import type { GrowthCategory } from "@/lib/growth/categories";
import { CATEGORY_LABELS } from "@/lib/i18n/growth";
import { STATUS_PAUD_LABELS, pemantauanText } from "@/lib/i18n/pemantauan";
import { balitaEksporText } from "@/lib/i18n/balita-ekspor";
import { posyanduDayText } from "@/lib/i18n/posyandu-day";
import { SavedResult } from "./_components/saved-result";
import { DueRows } from "./_components/due-rows";
import { balitaText } from "@/lib/i18n/balita";
import { calendarAgeMonths } from "@/lib/growth/age-bands";
import { monthBounds } from "@/lib/periods";

const t = pemantauanText.month;

export const metadata: Metadata = { title: t.metaTitle };

type Row = { id: number; nama: string; posyanduNama: string; recordId: number | null; detail?: string };

function DueList({
  id,
  title,
  rows,
  base,
  query,
  doneLabel,
  highlight,
  empty,
}: {
  /** The section's own id (its heading labels it). */
  id: string;
  title: string;
  rows: Row[];
  base: string;
  query: string;
  doneLabel: string;
  highlight?: number;
  empty?: React.ReactNode;
}) {
  const done = rows.filter((r) => r.recordId).length;
  return (
    <section aria-labelledby={`h-${id}`} data-testid={`daftar-${id}`} className="space-y-2">
      <h2 id={`h-${id}`} className="text-lg font-semibold">
        {title} <span className="text-sm font-normal text-slate-600">{t.doneCount(done, rows.length)}</span>
      </h2>
      {rows.length ? (
        <DueRows
          rows={rows.map((r) => ({
            id: r.id,
            nama: r.nama,
            sub: r.detail ? `${r.posyanduNama} · ${r.detail}` : r.posyanduNama,
            done: Boolean(r.recordId),
          }))}
          base={base}
          query={query}
          highlight={highlight}
          doneLabel={doneLabel}
        />
      ) : (
        <EmptyState title={t.emptyTitle}>{empty}</EmptyState>
      )}
    </section>
  );
}

export default async function PemantauanPage({
  params,
  searchParams,
}: {
  params: Promise<{ kode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { kode } = await params;
  const { viewer, region } = await requireRegionPage(kode, "pemantauan");
  const now = currentYearMonth();
  const { ym, posyandu: posyanduId, tersimpan: highlight } = parsePemantauanParams(await searchParams, now);
  const [due, counters, posyanduList] = await Promise.all([
    listDueForMonth({ viewer, kode: region.kode, ym, posyanduId }),
    getMonthCounters({ viewer, kode: region.kode, ym }),
    listPosyanduByDesa({ viewer, kode: region.kode }),
  ]);
  const base = `/wilayah/${region.kode}/pemantauan`;
  const state = { bulan: formatYearMonth(ym), posyandu: posyanduId ? String(posyanduId) : undefined };
  // The rows' link query (month and posyandu), as hrefWith writes it.
  const query = hrefWith("", state, {}).replace(/^\?/, "");
  const canWrite = can(viewer.role, "pemantauan:write");
  // What to do about an empty list: targets appear here once registered (and, filtered, only from that posyandu).
  const emptyHint = (
    <p>
      {posyanduId ? t.emptyHintFiltered : t.emptyHint}{" "}
      <Link
        href={`/wilayah/${region.kode}/sasaran`}
        className="font-medium text-brand-800 underline underline-offset-2"
      >
        {t.emptyHintLink}
      </Link>
      {t.emptyHintAfter}
    </p>
  );
  return (
    <div className="space-y-4">
      <RegionPageHeader viewer={viewer} region={region} section="pemantauan" title={t.title} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <MonthNav baseHref={base} params={state} ym={ym} max={now} />
        <form method="get" action={base} className="flex items-end gap-2">
          <input type="hidden" name="bulan" value={state.bulan} />
          <label className="text-sm font-medium">
            {t.posyandu}
            <select
              name="posyandu"
              defaultValue={state.posyandu ?? ""}
              className="mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-2"
            >
              <option value="">{t.allPosyandu}</option>
              {posyanduList.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.nama}
                </option>
              ))}
            </select>
          </label>
          <button className={buttonClass("secondary")} type="submit">
            {t.show}
          </button>
        </form>
        <a
          href={`${base}/ekspor-balita?bulan=${state.bulan}`}
          className={buttonClass("secondary")}
          data-testid="unduh-pemantauan-balita"
        >
          {balitaEksporText.monthLink}
        </a>
        <Link
          className={buttonClass("secondary")}
          href={hrefWith(`/wilayah/${region.kode}/posyandu/skdn`, state, {})}
          data-testid="link-skdn"
        >
          {skdnText.link}
        </Link>
      </div>
      {highlight ? (
        <p
          data-testid="form-message"
          className="rounded-md border border-brand-600 bg-brand-50 px-3 py-2 text-sm font-medium text-brand-800"
          aria-live="polite"
        >
          {t.saved}
        </p>
      ) : null}
      {highlight ? <SavedResult viewer={viewer} kode={region.kode} sasaranId={highlight} ym={ym} /> : null}
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" aria-label={t.countersLabel}>
        {[
          [t.counters.ibuMonth, counters.ibuMonth],
          [t.counters.anakMonth, counters.anakMonth],
          [t.counters.ibuTotal, counters.ibuTotal],
          [t.counters.anakTotal, counters.anakTotal],
        ].map(([label, n]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd className="text-xl font-bold">{formatInteger(Number(n))}</dd>
          </div>
        ))}
      </dl>
      {!canWrite ? <p className="text-sm text-slate-600">{t.readOnly}</p> : null}
      {canWrite && posyanduList.some((p) => p.aktif) ? (
        <section className="rounded-lg border border-brand-600 bg-brand-50 p-3" data-testid="mode-hari-posyandu">
          <h2 id="mode-hari-posyandu" className="font-semibold">
            {posyanduDayText.entryHeading}
          </h2>
          <p className="text-sm text-slate-700">{posyanduDayText.entryHint}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {posyanduList
              .filter((p) => p.aktif)
              .map((p) => (
                <li key={p.id}>
                  <Link
                    className={buttonClass("primary")}
                    href={`${base}/posyandu/${p.id}?bulan=${state.bulan}`}
                    data-testid={`mode-posyandu-${p.id}`}
                  >
                    {posyanduDayText.entryLink(p.nama)}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ) : null}
      <DueList
        id="ibu"
        title={t.ibuTitle}
        rows={due.ibu.map((r) => ({ ...r, detail: r.tanggalMelahirkan ? t.ibuNifas : t.ibuHamil }))}
        base={base}
        query={query}
        doneLabel={t.done}
        highlight={highlight}
        empty={emptyHint}
      />
      <DueList
        id="anak"
        title={t.anakTitle}
        rows={due.anak.map((r) => ({
          ...r,
          detail: r.kategoriHaz
            ? t.anakDetail(
                CATEGORY_LABELS[r.kategoriHaz as GrowthCategory],
                r.kategoriWhz ? CATEGORY_LABELS[r.kategoriWhz as GrowthCategory] : null,
              )
            : undefined,
        }))}
        base={base}
        query={query}
        doneLabel={t.done}
        highlight={highlight}
        empty={emptyHint}
      />
      <DueList
        id="balita"
        title={balitaText.list.title}
        rows={due.balita.map((r) => ({
          ...r,
          detail: [
            balitaText.list.age(calendarAgeMonths(r.tanggalLahir, monthBounds(ym).first)),
            r.recordId ? (r.ditimbang ? balitaText.list.weighed : balitaText.list.notWeighed) : null,
            r.kategoriHaz ? CATEGORY_LABELS[r.kategoriHaz as GrowthCategory] : null,
            r.kategoriWhz ? CATEGORY_LABELS[r.kategoriWhz as GrowthCategory] : null,
            r.paudStatus ? balitaText.list.paud(STATUS_PAUD_LABELS[r.paudStatus]) : balitaText.list.paudMissing,
          ]
            .filter(Boolean)
            .join(" · "),
        }))}
        base={base}
        query={query}
        doneLabel={t.done}
        highlight={highlight}
        empty={emptyHint}
      />
      <DueList
        id="paud"
        title={t.paudTitle}
        rows={due.paud.map((r) => ({ ...r, detail: r.status ? STATUS_PAUD_LABELS[r.status] : undefined }))}
        base={base}
        query={query}
        doneLabel={t.done}
        highlight={highlight}
        empty={emptyHint}
      />
    </div>
  );
}
