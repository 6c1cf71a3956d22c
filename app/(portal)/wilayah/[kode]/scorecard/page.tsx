import type { Metadata } from "next";
import { requireRegionPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getScorecard, listDesaScorecard } from "@/db/queries/scorecard";
import { getPeriode } from "@/db/queries/period-lock";
import { listPosyanduByDesa } from "@/db/queries/posyandu";
import { getRegionTrail } from "@/db/queries/regions";
import { RegionPageHeader } from "../_components/region-page-header";
import { Badge } from "@/components/ui/badge";
import { DraftSwitch } from "@/components/ui/draft-switch";
import { buttonClass } from "@/components/ui/button";
import { PrintButton } from "@/components/ui/print-button";
import { parseScorecardParams } from "@/lib/scorecard/params";
import { sortDesaRows } from "@/lib/scorecard/sort-desa";
import { hrefWith } from "@/lib/url";
import { formatDateTime, formatPercent } from "@/lib/format";
import { regionTitle } from "@/lib/regions";
import { Tabel1, Tabel2, Tabel3, Tabel4 } from "./tables";
import { Tabel5 } from "./tabel-5";
import { DesaScoreTable } from "./desa-table";
import { Pagination } from "@/components/data-table/pagination";
import { WorkflowSection } from "./workflow-section";
import { TriwulanBerjalan } from "../_components/triwulan-berjalan";
import { todayIso } from "@/lib/periods";
import { STATUS_PERIODE_LABELS, scorecardText } from "@/lib/i18n/scorecard";

const t = scorecardText.page;

const DESA_PAGE_SIZE = 100;

export const metadata: Metadata = { title: t.metaTitle };

export default async function ScorecardPage({
  params,
  searchParams,
}: {
  params: Promise<{ kode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { kode } = await params;
  const { viewer, region } = await requireRegionPage(kode, "scorecard");
  const sp = parseScorecardParams(await searchParams);
  const { tahun, triwulan } = sp;
  const village = region.jenis === "desa" || region.jenis === "kelurahan";
  const posyanduId = village ? sp.posyandu : undefined;
  // Above a desa the pooled figures count approved quarters only, unless `draf=1` (docs/indicators.md §5).
  const draf = !village && Boolean(sp.draf);
  const q = { viewer, kode: region.kode, tahun, triwulan, posyanduId, draf };
  const [data, desaRows, periode, posyanduList, trail] = await Promise.all([
    getScorecard(q),
    village ? Promise.resolve([]) : listDesaScorecard(q),
    village ? getPeriode({ viewer, kode: region.kode, tahun, triwulan }) : Promise.resolve(null),
    village ? listPosyanduByDesa({ viewer, kode: region.kode }) : Promise.resolve([]),
    getRegionTrail(region.kode),
  ]);
  const base = `/wilayah/${region.kode}/scorecard`;
  const state = {
    tahun: String(tahun),
    triwulan: String(triwulan),
    posyandu: posyanduId ? String(posyanduId) : undefined,
    draf: draf ? "1" : undefined,
  };
  // A district has hundreds of desa: one page of the per-desa table at a time (the totals above cover all of them).
  const desaPage = Math.max(1, Math.min(sp.page ?? 1, Math.ceil(desaRows.length / DESA_PAGE_SIZE) || 1));
  const query = `tahun=${tahun}&triwulan=${triwulan}`; // a desa's own scorecard: its quarter whatever the status
  const drill = (kelompok: string, nomor: number) => hrefWith(`${base}/indikator/${kelompok}/${nomor}`, state, {});
  const status = periode?.status ?? "draft";
  const years = Array.from({ length: 4 }, (_, i) => new Date().getFullYear() - i);
  const names = Object.fromEntries(trail.map((r) => [r.jenis, r.nama]));
  return (
    <div className="space-y-4">
      <RegionPageHeader
        viewer={viewer}
        region={region}
        section="scorecard"
        title={t.title(triwulan, tahun)}
        actions={
          <>
            <PrintButton />
            <a className={buttonClass("secondary")} href={hrefWith(`${base}/ekspor`, state, {})}>
              {t.downloadExcel}
            </a>
          </>
        }
      />
      <form
        method="get"
        action={base}
        className="no-print flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
      >
        <label className="text-sm font-medium">
          {t.tahun}
          <select
            name="tahun"
            defaultValue={tahun}
            className="mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-2"
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t.triwulan}
          <select
            name="triwulan"
            defaultValue={triwulan}
            className="mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-2"
          >
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {t.triwulanOption(n)}
              </option>
            ))}
          </select>
        </label>
        {draf ? <input type="hidden" name="draf" value="1" /> : null}
        {village ? (
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
        ) : null}
        <button type="submit" className={buttonClass("primary")}>
          {t.submit}
        </button>
      </form>
      {!village ? (
        <DraftSwitch
          on={draf}
          href={hrefWith(base, { ...state, sort: sp.sort, dir: sp.dir }, { draf: draf ? undefined : "1" })}
          kind="quarters"
        />
      ) : null}
      {!village ? <TriwulanBerjalan viewer={viewer} kode={region.kode} today={todayIso()} /> : null}
      <div className="hidden print:block">
        <h2 className="text-center text-lg font-bold">{t.printTitle(triwulan, tahun)}</h2>
        <p className="text-center text-sm">
          {t.printSubtitle(regionTitle(region), names.kecamatan ?? t.noValue, names.kabupaten ?? "")}
        </p>
      </div>
      {periode ? (
        <section aria-labelledby="status-periode" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
          <h2 id="status-periode" className="font-semibold">
            {t.statusLabel}
            <span data-testid="status-periode">
              <Badge tone={status === "disetujui" ? "good" : status === "diajukan" ? "warn" : "neutral"}>
                {STATUS_PERIODE_LABELS[status]}
              </Badge>
            </span>
          </h2>
          {periode.catatan ? <p className="text-sm">{t.catatan(periode.catatan)}</p> : null}
          {status === "diajukan" && can(viewer.role, "scorecard:approve") ? (
            <p className="no-print text-sm">
              {t.reviewFirst}{" "}
              <a href="#tindakan" className="font-medium text-brand-700 underline">
                {t.toWorkflow}
              </a>
            </p>
          ) : null}
          {periode.history.length ? (
            <ul className="text-sm text-slate-700" data-testid="riwayat-periode">
              {periode.history.map((h, i) => (
                <li key={i}>
                  {t.historyEntry(
                    formatDateTime(h.at),
                    h.actor ?? t.unknownActor,
                    t.historyActions[h.action] ?? h.action,
                    h.action !== "ajukan" && h.action !== "setujui"
                      ? ((h.after as { catatan?: string } | null)?.catatan ?? "")
                      : "",
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Tabel1 data={data} />
        <Tabel2 data={data} />
      </div>
      <Tabel3 data={data} drill={drill} />
      <Tabel4 data={data} />
      <Tabel5
        viewer={viewer}
        kode={region.kode}
        tahun={tahun}
        sumber={sp.sumber}
        hrefFor={(sumber) => hrefWith(base, state, { sumber })}
      />
      {village ? (
        <WorkflowSection
          viewer={viewer}
          kode={region.kode}
          tahun={tahun}
          triwulan={triwulan}
          status={status}
          base={base}
          confirming={sp.konfirmasi === "setujui"}
        />
      ) : null}
      {!village ? (
        <section aria-labelledby="per-desa" className="no-print space-y-2">
          <h2 id="per-desa" className="text-lg font-semibold">
            {t.perDesa(
              desaRows.length,
              formatPercent(data.ibu.diterima + data.anak.diterima, data.ibu.seharusnya + data.anak.seharusnya),
            )}
          </h2>
          <p className="text-sm text-slate-600">
            {draf
              ? t.draftIncluded(desaRows.filter((r) => r.status !== "disetujui").length)
              : t.approvedOnly(desaRows.filter((r) => r.counted).length, desaRows.length)}
          </p>
          <DesaScoreTable
            rows={sortDesaRows(desaRows, sp.sort, sp.dir).slice(
              (desaPage - 1) * DESA_PAGE_SIZE,
              desaPage * DESA_PAGE_SIZE,
            )}
            baseHref={base}
            params={{ ...state, sort: sp.sort, dir: sp.dir }}
            query={query}
          />
          <Pagination
            baseHref={base}
            params={{ ...state, sort: sp.sort, dir: sp.dir }}
            page={desaPage}
            pageSize={DESA_PAGE_SIZE}
            total={desaRows.length}
          />
        </section>
      ) : (
        <div className="mt-8 hidden grid-cols-2 gap-8 text-sm print:grid">
          <div>
            <p>{t.signature.mengetahui}</p>
            <p>{t.signature.kepalaDesa(region.nama)}</p>
            <p className="mt-16">(...............................)</p>
          </div>
          <div>
            <p>{t.signature.dibuatOleh}</p>
            <p>{t.signature.kpm}</p>
            <p className="mt-16">(...............................)</p>
          </div>
        </div>
      )}
    </div>
  );
}
