import { loadDashboard } from "@/db/queries/dashboard-load";
import { desaTable, type DesaTableState } from "@/lib/dashboard/desa-table";
import type { DashboardPeriod } from "@/lib/dashboard/period";
import type { Viewer } from "@/lib/auth/viewer";
import type { Region } from "@/db/schema";
import { formatDate, formatInteger, formatMonth, formatPercent, formatRupiah } from "@/lib/format";
import { hrefWith } from "@/lib/url";
import { PAKET_LABELS } from "@/lib/i18n/apbdes";
import type { PaketLayanan } from "@/lib/apbdes/codes";
import { StatCard } from "@/components/dashboard/stat-card";
import { CaraMenghitung } from "@/components/dashboard/cara-menghitung";
import { can } from "@/lib/auth/permissions";
import { SECTIONS } from "@/lib/sections";
import { hasList, rincianHref, type FigureKey } from "@/lib/indicators/figures";
import { DataFigure } from "@/components/dashboard/data-figure";
import { DesaDashboardTable } from "@/components/dashboard/desa-dashboard-table";
import { BudgetChart, PercentBarChart, TrendChart } from "@/components/charts/lazy";
import { Pagination } from "@/components/data-table/pagination";
import { RowLink } from "@/components/data-table/row-link";
import { buttonClass } from "@/components/ui/button";
import { DraftSwitch } from "@/components/ui/draft-switch";
import { dashboardText } from "@/lib/i18n/dashboard";
import type { GrowthByBand, GrowthCounts } from "@/lib/dashboard/growth-bands";
import { AGE_GROUPS, AGE_GROUP_KEYS } from "@/lib/dashboard/growth-bands";
import type { GrowthTrendMonth } from "@/db/queries/dashboard";

const t = dashboardText.view;
const b = t.balita;

const pctNum = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 10 : null);
const paket = (p: string) => PAKET_LABELS[p as PaketLayanan] ?? (p || t.noPaket);

/** Kabupaten/kecamatan dashboard: where services, growth and money fall short. */
export async function DashboardView({
  viewer,
  region,
  period,
  state,
  draf = false,
  charts = true,
}: {
  viewer: Viewer;
  region: Region;
  period: DashboardPeriod;
  state: DesaTableState;
  /** Include quarters and budgets not yet approved (`draf=1`). */
  draf?: boolean;
  charts?: boolean;
}) {
  const d = await loadDashboard({ viewer, kode: region.kode, period, draf });
  const base = `/wilayah/${region.kode}`;
  const periodState = {
    periode: period.jenis,
    tahun: String(period.tahun),
    nilai: String(period.nilai),
    ...(draf ? { draf: "1" } : {}),
  };
  const table = desaTable(d.rows, period.quarters.length, { ...state, minimum: d.minimumPeringkat });
  const g = d.growth;
  const groups = d.groups;
  const childLevel = region.jenis === "kabupaten" ? "kecamatan" : "desa";
  const byChild = new Map<string, { nama: string; d: number; s: number }>();
  for (const r of d.rows) {
    const key = region.jenis === "kabupaten" ? r.kecamatanKode : r.kode;
    const cur = byChild.get(key) ?? { nama: region.jenis === "kabupaten" ? r.kecamatan : r.nama, d: 0, s: 0 };
    byChild.set(key, { ...cur, d: cur.d + r.diterima, s: cur.s + r.seharusnya });
  }
  const children = [...byChild.values()];
  const desaNames = new Map(d.rows.map((r) => [r.kode, r.nama]));
  const lastQuarter = `tahun=${period.quarters.at(-1)!.tahun}&triwulan=${period.quarters.at(-1)!.triwulan}`;
  // The lists behind a figure name targets: only for roles that may open them (the rincian section's capability).
  const mayList = can(viewer.role, SECTIONS.rincian.read);
  const linksFor = (kode: string, figure: FigureKey) =>
    mayList
      ? Object.fromEntries(
          (["pembilang", "penyebut"] as const)
            .filter((part) => hasList(figure, part))
            .map((part) => [part, rincianHref(kode, figure, part, period)]),
        )
      : undefined;
  const explain = (figure: FigureKey, numerator: number, denominator?: number, named = false) => (
    <CaraMenghitung
      named={named}
      figure={figure}
      numerator={numerator}
      denominator={denominator}
      links={linksFor(region.kode, figure)}
    />
  );
  const sasaranAktif = (groups.ibu_hamil ?? 0) + (groups.ibu_nifas ?? 0) + (groups.anak_0_23 ?? 0);
  const tableParams = { ...periodState, q: state.q, sort: state.sort, dir: state.dir };
  return (
    <div className="space-y-4">
      <DraftSwitch on={draf} href={hrefWith(base, tableParams, { draf: draf ? undefined : "1" })} kind="quarters" />
      <dl className="grid grid-cols-2 gap-2 md:grid-cols-4" aria-label={t.kpiAriaLabel}>
        <StatCard
          testId="kpi-sasaran"
          label={t.sasaran.label}
          value={formatInteger(sasaranAktif)}
          detail={t.sasaran.detail(
            formatInteger(groups.ibu_hamil ?? 0),
            formatInteger(groups.ibu_nifas ?? 0),
            formatInteger(groups.anak_0_23 ?? 0),
            formatInteger(groups.anak_2_6_paud ?? 0),
          )}
          explain={explain("sasaran-aktif", sasaranAktif)}
        />
        <StatCard
          testId="kpi-diukur"
          label={t.diukur.label}
          value={formatPercent(g.anakDiukur, g.anakPopulasi)}
          detail={t.diukur.detail(formatInteger(g.anakDiukur), formatInteger(g.anakPopulasi))}
          explain={explain("anak-diukur", g.anakDiukur, g.anakPopulasi)}
        />
        <StatCard
          testId="kpi-stunting"
          label={t.stunting.label}
          value={formatPercent(g.stunted, g.measured)}
          detail={t.stunting.detail(formatInteger(g.stunted), formatInteger(g.measured), formatInteger(g.severe))}
          explain={explain("stunting", g.stunted, g.measured)}
        />
        <StatCard
          testId="kpi-wasting"
          label={t.wasting.label}
          value={`${formatPercent(g.wasted, g.whzN)} / ${formatPercent(g.underweight, g.wazN)}`}
          detail={t.wasting.detail(
            formatInteger(g.wasted),
            formatInteger(g.whzN),
            formatInteger(g.underweight),
            formatInteger(g.wazN),
            formatInteger(g.overweight),
            formatPercent(g.overweight, g.whzN),
          )}
          explain={
            <>
              {explain("wasting", g.wasted, g.whzN, true)}
              {explain("underweight", g.underweight, g.wazN, true)}
              {explain("overweight", g.overweight, g.whzN, true)}
            </>
          }
        />
        <StatCard
          testId="kpi-konvergensi"
          label={t.konvergensi.label(draf)}
          value={formatPercent(d.konvergensi.d, d.konvergensi.s)}
          detail={t.konvergensi.detail(formatInteger(d.konvergensi.d), formatInteger(d.konvergensi.s))}
          explain={explain("konvergensi", d.konvergensi.d, d.konvergensi.s)}
        />
        <StatCard
          testId="kpi-laporan"
          label={t.laporan.label(
            formatMonth(`${period.reportMonth.tahun}-${String(period.reportMonth.bulan).padStart(2, "0")}`),
          )}
          value={formatPercent(d.reporting.tercatat, d.reporting.wajib)}
          detail={t.laporan.detail({
            tercatat: formatInteger(d.reporting.tercatat),
            wajib: formatInteger(d.reporting.wajib),
            desaLengkap: formatInteger(d.reporting.desaLengkap),
            desaWajib: formatInteger(d.reporting.desaWajib),
            tepatWaktu: formatPercent(d.reporting.tepatWaktu, d.reporting.tercatat),
            batas: formatDate(d.reporting.cutoff),
          })}
          explain={
            <>
              {explain("kelengkapan-laporan", d.reporting.tercatat, d.reporting.wajib, true)}
              {explain("ketepatan-waktu", d.reporting.tepatWaktu, d.reporting.tercatat, true)}
            </>
          }
        />
        <StatCard
          testId="kpi-pagu"
          label={t.pagu.label(period.tahun)}
          value={d.budget.adaData ? formatRupiah(d.budget.pagu) : t.noValue}
          detail={
            d.budget.adaData
              ? t.pagu.detail(
                  d.budget.jumlahDesa,
                  draf,
                  d.budget.paguPerSasaran.value === null ? t.noValue : formatRupiah(d.budget.paguPerSasaran.value),
                )
              : t.pagu.noData(draf)
          }
          explain={d.budget.adaData ? explain("pagu-stunting", d.budget.pagu) : undefined}
        />
        <StatCard
          testId="kpi-realisasi"
          label={t.realisasi.label}
          value={d.budget.adaData ? formatRupiah(d.budget.realisasi) : t.noValue}
          detail={d.budget.adaData ? t.realisasi.detail(formatPercent(d.budget.realisasi, d.budget.pagu)) : undefined}
          explain={d.budget.adaData ? explain("realisasi", d.budget.realisasi, d.budget.pagu) : undefined}
        />
      </dl>
      <GrowthBands
        bands={d.bands}
        trend={d.growthTrend}
        charts={charts}
        explain={(figure, n, of) => explain(figure, n, of, true)}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <DataFigure
          testId="grafik-konvergensi"
          title={t.konvergensiChart.title[childLevel]}
          chart={
            charts && (
              <PercentBarChart
                title={t.konvergensiChart.chartTitle}
                labels={children.map((c) => c.nama)}
                values={children.map((c) => pctNum(c.d, c.s))}
              />
            )
          }
          head={[t.konvergensiChart.childHead[childLevel], ...t.konvergensiChart.head]}
          rows={children.map((c) => [c.nama, formatInteger(c.d), formatInteger(c.s), formatPercent(c.d, c.s)])}
        />
        <DataFigure
          testId="grafik-paket"
          title={t.paketChart.title}
          note={t.paketChart.note}
          chart={
            charts && (
              <PercentBarChart
                title={t.paketChart.chartTitle}
                labels={d.paketCoverage.map((p) => paket(p.paket))}
                values={d.paketCoverage.map((p) => pctNum(p.y, p.applicable))}
              />
            )
          }
          head={t.paketChart.head}
          rows={d.paketCoverage.map((p) => [
            paket(p.paket),
            formatInteger(p.y),
            formatInteger(p.applicable),
            formatPercent(p.y, p.applicable),
          ])}
        />
        <DataFigure
          testId="grafik-anggaran"
          title={t.budgetChart.title(draf)}
          chart={
            charts && (
              <BudgetChart
                title={t.budgetChart.chartTitle}
                labels={d.budgetByPaket.map((b) => paket(b.paket))}
                series={[{ label: t.budgetChart.seriesPagu, data: d.budgetByPaket.map((b) => b.pagu) }]}
              />
            )
          }
          head={t.budgetChart.head}
          rows={d.budgetByPaket.map((b) => [paket(b.paket), formatRupiah(b.pagu)])}
        />
      </div>
      <section aria-labelledby="tabel-desa" className="space-y-2">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h2 id="tabel-desa" className="text-lg font-semibold">
            {t.desaCount(formatInteger(table.total))}
          </h2>
          <form method="get" action={base} className="no-print flex flex-wrap items-end gap-2" role="search">
            {Object.entries(periodState).map(([k, v]) => (
              <input key={k} type="hidden" name={k} value={v} />
            ))}
            <label className="text-sm font-medium">
              {t.search}
              <input
                name="q"
                defaultValue={state.q ?? ""}
                className="mt-1 block min-h-11 rounded-md border border-slate-400 px-2"
              />
            </label>
            <button className={buttonClass("secondary")} type="submit">
              {t.filter}
            </button>
            <a className={buttonClass("secondary")} href={hrefWith(`${base}/dasbor-ekspor`, tableParams, {})}>
              {t.downloadExcel}
            </a>
          </form>
        </div>
        <DesaDashboardTable
          rows={table.rows}
          baseHref={base}
          params={tableParams}
          query={new URLSearchParams(periodState).toString()}
          rincian={mayList ? (kode, figure, part) => rincianHref(kode, figure, part, period) : undefined}
        />
        <p className="text-sm text-slate-600" data-testid="catatan-peringkat">
          {dashboardText.desaTable.rankingNote(formatInteger(d.minimumPeringkat))}
        </p>
        <Pagination
          baseHref={base}
          params={tableParams}
          page={table.page}
          pageSize={table.pageSize}
          total={table.total}
        />
      </section>
      <section aria-labelledby="celah" className="space-y-2">
        <h2 id="celah" className="text-lg font-semibold">
          {t.gaps.heading}
        </h2>
        <p className="text-sm text-slate-600">{t.gaps.intro}</p>
        {d.gaps.length ? (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            {/* Up to 50 rows of two links: plain anchors and cell styles from the table's CSS, as in DataTable. */}
            <table className="data-table min-w-full text-left text-sm" data-testid="tabel-celah">
              <thead className="bg-slate-100">
                <tr>
                  {t.gaps.head.map((h) => (
                    <th key={h} scope="col" className="px-3 py-2">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {d.gaps.slice(0, 50).map((gap) => {
                  const [kelompok, nomor] = gap.key.split(":");
                  return (
                    <tr key={`${gap.kode}-${gap.key}`}>
                      <td>
                        <RowLink href={`/wilayah/${gap.kode}/apbdes?tahun=${period.tahun}`}>
                          {desaNames.get(gap.kode) ?? gap.kode}
                        </RowLink>
                      </td>
                      <td>{gap.label}</td>
                      <td>{paket(gap.paket)}</td>
                      <td>{formatPercent(gap.y, gap.applicable)}</td>
                      <td>
                        <RowLink href={`/wilayah/${gap.kode}/scorecard/indikator/${kelompok}/${nomor}?${lastQuarter}`}>
                          {formatInteger(gap.affected)}
                        </RowLink>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="rounded-md bg-slate-100 p-3 text-sm">{t.gaps.empty}</p>
        )}
      </section>
    </div>
  );
}

/** "18,2 % (40/220)". */
const ratioCell = (n: number, of: number) => b.cell(formatPercent(n, of), formatInteger(n), formatInteger(of));

/** The four prevalences, each with its numerator and denominator fields in GrowthCounts and its figure keys (the
 * 0–23 figures are explained on the headline cards above; these cards explain their 0–59 twin). */
const PAIRS = [
  { key: "stunting", n: "stunted", of: "measured", anak: "stunting", balita: "stunting-0-59" },
  { key: "wasting", n: "wasted", of: "whzN", anak: "wasting", balita: "wasting-0-59" },
  { key: "underweight", n: "underweight", of: "wazN", anak: "underweight", balita: "underweight-0-59" },
  { key: "overweight", n: "overweight", of: "whzN", anak: "overweight", balita: "overweight-0-59" },
] as const satisfies ReadonlyArray<{
  key: keyof typeof b.figures;
  n: keyof GrowthCounts;
  of: keyof GrowthCounts;
  anak: FigureKey;
  balita: FigureKey;
}>;

/** "Pertumbuhan anak 0–59 bulan" (docs/indicators.md §3a): the four prevalences for 0–23 and 0–59 months side by
 * side, the table by age band, and the monthly trend of both groups (the chart with its table). */
function GrowthBands({
  bands,
  trend,
  charts,
  explain,
}: {
  bands: GrowthByBand;
  trend: GrowthTrendMonth[];
  charts: boolean;
  explain: (figure: FigureKey, numerator: number, denominator: number) => React.ReactNode;
}) {
  const anak = bands.groups["0-23"];
  const balita = bands.groups["0-59"];
  const label059 = b.months(AGE_GROUPS["0-59"].from, AGE_GROUPS["0-59"].to);
  const label023 = b.months(AGE_GROUPS["0-23"].from, AGE_GROUPS["0-23"].to);
  return (
    <section aria-labelledby="pertumbuhan-balita" className="space-y-3" data-testid="pertumbuhan-balita">
      <h3 id="pertumbuhan-balita" className="text-lg font-semibold">
        {b.heading}
      </h3>
      <p className="text-sm text-slate-600">{b.intro}</p>
      <dl className="grid grid-cols-2 gap-2 md:grid-cols-4" aria-label={b.ariaLabel}>
        {PAIRS.map((p) => (
          <div
            key={p.key}
            className="min-w-0 rounded-lg border border-slate-200 bg-white p-3"
            data-testid={`balita-${p.key}`}
          >
            <dt className="text-xs font-medium text-slate-600">{b.figures[p.key]}</dt>
            <dd className="space-y-0.5 text-sm tabular-nums">
              <span className="block">
                {label023}: <strong className="whitespace-nowrap">{formatPercent(anak[p.n], anak[p.of])}</strong>
              </span>
              <span className="block">
                {label059}: <strong className="whitespace-nowrap">{formatPercent(balita[p.n], balita[p.of])}</strong>
              </span>
              <span className="block text-xs text-slate-600">
                {formatInteger(balita[p.n])}/{formatInteger(balita[p.of])}
              </span>
              {explain(p.balita, balita[p.n], balita[p.of])}
            </dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        <DataFigure
          testId="tabel-kelompok-umur"
          title={b.bandTable.title}
          note={b.bandTable.note}
          head={b.bandTable.head}
          rows={[
            ...bands.bands.map((x) => ({ label: b.months(x.from, x.to), c: x })),
            ...AGE_GROUP_KEYS.map((g) => ({
              label: b.months(AGE_GROUPS[g].from, AGE_GROUPS[g].to),
              c: bands.groups[g],
            })),
          ].map(({ label, c }) => [label, ...PAIRS.map((p) => ratioCell(c[p.n], c[p.of]))])}
        />
        <DataFigure
          testId="grafik-tren"
          title={t.trend.title}
          note={t.trend.note}
          chart={
            charts && (
              <TrendChart
                title={t.trend.chartTitle}
                labels={trend.map((m) => formatMonth(m.ym))}
                values={trend.map((m) => pctNum(m.anak.stunted, m.anak.measured))}
                more={[
                  {
                    label: t.trend.chartTitle059,
                    values: trend.map((m) => pctNum(m.balita.stunted, m.balita.measured)),
                  },
                ]}
              />
            )
          }
          head={t.trend.head}
          rows={trend.map((m) => [
            formatMonth(m.ym),
            ratioCell(m.anak.stunted, m.anak.measured),
            ratioCell(m.balita.stunted, m.balita.measured),
            ratioCell(m.anak.wasted, m.anak.whzN),
            ratioCell(m.balita.wasted, m.balita.whzN),
            ratioCell(m.anak.underweight, m.anak.wazN),
            ratioCell(m.balita.underweight, m.balita.wazN),
          ])}
        />
      </div>
    </section>
  );
}
