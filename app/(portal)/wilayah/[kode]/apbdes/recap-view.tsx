import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { BudgetChart } from "@/components/charts/lazy";
import { formatDate, formatInteger, formatPercent, formatRupiah } from "@/lib/format";
import { hrefWith } from "@/lib/url";
import { filterAndSortRecap, paketSeries, RECAP_PAGE_SIZE, type RecapParams } from "@/lib/apbdes/recap";
import { Pagination } from "@/components/data-table/pagination";
import { poolTotals, pooledPaguPerSasaran } from "@/lib/apbdes/totals";
import { DraftSwitch } from "@/components/ui/draft-switch";
import { getApbdesRecap } from "@/db/queries/apbdes-recap";
import type { Viewer } from "@/lib/auth/viewer";
import type { Region } from "@/db/schema";
import { PaketTable } from "./paket-table";
import { RecapTable } from "./recap-table";
import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.recap;

const FILTER = "mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-2 text-sm";

/** Kecamatan or kabupaten view: per-desa recap with pooled totals (sums, never averaged shares) and the chart. */
export async function RecapView({
  viewer,
  region,
  tahun,
  p,
  today,
}: {
  viewer: Viewer;
  region: Region;
  tahun: number;
  p: RecapParams;
  today: string;
}) {
  const recap = await getApbdesRecap({ viewer, kode: region.kode, tahun, today, draf: p.draf });
  const { rows: all, paket, draf } = recap;
  const rows = filterAndSortRecap(all, p);
  const total = poolTotals(rows);
  const perSasaran = pooledPaguPerSasaran(rows);
  const base = `/wilayah/${region.kode}/apbdes`;
  const state = {
    tahun: String(tahun),
    q: p.q,
    status: p.status,
    insentif: p.insentif,
    sort: p.sort,
    dir: p.dir,
    draf: draf ? "1" : undefined,
  };
  const pages = Math.max(1, Math.ceil(rows.length / RECAP_PAGE_SIZE));
  const page = Math.min(p.page ?? 1, pages);
  const pageRows = rows.slice((page - 1) * RECAP_PAGE_SIZE, page * RECAP_PAGE_SIZE);
  // The chart follows the table's page: one bar per desa of the page (a kabupaten's hundreds of bars at once are
  // unreadable on a phone and were most of this page's rendering time).
  const chart = paketSeries(
    pageRows.filter((r) => r.stuntingPagu > 0),
    paket,
  );
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 print:text-xs">{t.intro}</p>
      <DraftSwitch
        on={draf}
        href={hrefWith(base, state, { draf: draf ? undefined : "1", page: undefined })}
        kind="apbdes"
      />
      <form
        method="get"
        action={base}
        role="search"
        className="no-print grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3"
      >
        <input type="hidden" name="tahun" value={tahun} />
        {draf ? <input type="hidden" name="draf" value="1" /> : null}
        <label className="text-sm font-medium">
          {t.searchDesa}
          <input name="q" type="search" defaultValue={p.q ?? ""} className={FILTER} />
        </label>
        <label className="text-sm font-medium">
          {t.status}
          <select name="status" defaultValue={p.status ?? ""} className={FILTER}>
            <option value="">{t.all}</option>
            <option value="disetujui">{t.statusOptions.disetujui}</option>
            <option value="diajukan">{t.statusOptions.diajukan}</option>
            <option value="draft">{t.statusOptions.draft}</option>
            <option value="belum">{t.statusOptions.belum}</option>
          </select>
        </label>
        <label className="text-sm font-medium">
          {t.insentif}
          <select name="insentif" defaultValue={p.insentif ?? ""} className={FILTER}>
            <option value="">{t.all}</option>
            <option value="ya">{t.insentifOptions.ya}</option>
            <option value="tidak">{t.insentifOptions.tidak}</option>
          </select>
        </label>
        <div className="flex flex-wrap gap-2 sm:col-span-3">
          <button type="submit" className={buttonClass("primary")}>
            {t.apply}
          </button>
          <a href={hrefWith(`${base}/ekspor`, state, {})} download className={buttonClass("secondary")}>
            {t.downloadExcel}
          </a>
        </div>
      </form>
      {rows.length ? (
        <>
          <RecapTable
            rows={pageRows}
            tahun={tahun}
            baseHref={base}
            params={state}
            showKecamatan={region.jenis === "kabupaten"}
          />
          <Pagination baseHref={base} params={state} page={page} pageSize={RECAP_PAGE_SIZE} total={rows.length} />
        </>
      ) : (
        <EmptyState title={t.noMatchTitle}>
          {t.noMatchLead}
          <a href={`${base}?tahun=${tahun}`} className="font-medium text-brand-800 underline underline-offset-2">
            {t.clearFilters}
          </a>
          .
        </EmptyState>
      )}
      <Card title={t.totalTitle(formatInteger(rows.length))}>
        {draf && rows.some((r) => r.status && r.status !== "disetujui") ? (
          <p className="mb-2 text-sm text-slate-600">{t.notApprovedNote}</p>
        ) : null}
        <dl className="grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-3" data-testid="rekap-total">
          <div>
            <dt className="text-slate-600">{t.totalPagu}</dt>
            <dd className="text-lg font-bold tabular-nums">{formatRupiah(total.pagu)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t.stuntingPagu}</dt>
            <dd className="text-lg font-bold tabular-nums">
              {formatRupiah(total.stuntingPagu)} ({formatPercent(total.stuntingPagu, total.pagu)})
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t.realisasi}</dt>
            <dd className="text-lg font-bold tabular-nums">
              {formatRupiah(total.realisasi)} ({formatPercent(total.realisasi, total.pagu)})
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t.perSasaran}</dt>
            <dd className="text-lg font-bold tabular-nums">
              {perSasaran.value === null
                ? "–"
                : t.perSasaranValue(formatRupiah(perSasaran.value), formatInteger(perSasaran.sasaran))}
            </dd>
            <dd className="text-xs text-slate-600">
              {t.perSasaranNote(formatInteger(perSasaran.desa), formatDate(recap.tanggal))}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t.insentifDesa}</dt>
            <dd className="text-lg font-bold tabular-nums">
              {t.countOf(formatInteger(rows.filter((r) => r.insentifKpm).length), formatInteger(rows.length))}
            </dd>
          </div>
        </dl>
      </Card>
      <Card title={t.paketTitle}>
        {chart.series.length ? (
          <>
            {pages > 1 ? <p className="mb-2 text-sm text-slate-600">{t.paketPageNote(page, pages)}</p> : null}
            <BudgetChart
              title={t.paketChart}
              labels={chart.labels}
              series={chart.series.map((s) => ({ label: s.label, data: s.data }))}
            />
            <PaketTable labels={chart.labels} series={chart.series} />
          </>
        ) : (
          <p className="text-sm text-slate-600">{t.noStunting}</p>
        )}
      </Card>
    </div>
  );
}
