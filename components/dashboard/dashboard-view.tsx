import Link from "next/link";
import { loadDashboard } from "@/lib/dashboard/load";
import { desaTable } from "@/lib/dashboard/desa-table";
import type { DashboardPeriod } from "@/lib/dashboard/period";
import type { Viewer } from "@/lib/auth/viewer";
import type { Region } from "@/db/schema";
import { formatInteger, formatMonth, formatPercent, formatRupiah } from "@/lib/format";
import { hrefWith } from "@/lib/url";
import { PAKET_LABELS, type PaketLayanan } from "@/lib/apbdes/labels";
import { StatCard } from "./stat-card";
import { DataFigure } from "./data-figure";
import { DesaDashboardTable } from "./desa-dashboard-table";
import { TrendChart } from "@/components/charts/trend-chart";
import { PercentBarChart } from "@/components/charts/percent-bar-chart";
import { BudgetChart } from "@/components/charts/budget-chart";
import { Pagination } from "@/components/data-table/pagination";
import { buttonClass } from "@/components/ui/button";

const pctNum = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 10 : null);
const paket = (p: string) => PAKET_LABELS[p as PaketLayanan] ?? (p || "Tanpa paket");

/** Kabupaten/kecamatan dashboard: where services, growth and money fall short. */
export async function DashboardView({ viewer, region, period, state, charts = true }: { viewer: Viewer; region: Region; period: DashboardPeriod; state: Record<string, string | undefined>; charts?: boolean }) {
  const d = await loadDashboard({ viewer, kode: region.kode, period });
  const base = `/wilayah/${region.kode}`;
  const periodState = { periode: period.jenis, tahun: String(period.tahun), nilai: String(period.nilai) };
  const table = desaTable(d.rows, period.quarters.length, { q: state.q, sort: state.sort, dir: state.dir, page: Number(state.page) || 1 });
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
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-2 md:grid-cols-4" aria-label="Angka utama">
        <StatCard testId="kpi-sasaran" label="Sasaran aktif" value={formatInteger((groups.ibu_hamil ?? 0) + (groups.ibu_nifas ?? 0) + (groups.anak_0_23 ?? 0))} detail={`${formatInteger(groups.ibu_hamil ?? 0)} ibu hamil · ${formatInteger(groups.ibu_nifas ?? 0)} nifas · ${formatInteger(groups.anak_0_23 ?? 0)} anak 0–23 · ${formatInteger(groups.anak_2_6_paud ?? 0)} PAUD`} />
        <StatCard testId="kpi-diukur" label="Anak 0–23 bulan diukur" value={formatPercent(g.measured, g.anak)} detail={`${formatInteger(g.measured)} dari ${formatInteger(g.anak)} anak`} />
        <StatCard testId="kpi-stunting" label="Prevalensi stunting (TB/U < −2 SD)" value={formatPercent(g.stunted, g.measured)} detail={`${formatInteger(g.stunted)} dari ${formatInteger(g.measured)} anak diukur; ${formatInteger(g.severe)} sangat pendek`} />
        <StatCard testId="kpi-wasting" label="Wasting / underweight" value={`${formatPercent(g.wasted, g.weighed)} / ${formatPercent(g.underweight, g.weighed)}`} detail={`${formatInteger(g.wasted)} gizi kurang/buruk, ${formatInteger(g.underweight)} BB kurang dari ${formatInteger(g.weighed)} ditimbang`} />
        <StatCard testId="kpi-konvergensi" label="Tingkat konvergensi (triwulan disetujui)" value={formatPercent(d.konvergensi.d, d.konvergensi.s)} detail={`${formatInteger(d.konvergensi.d)} / ${formatInteger(d.konvergensi.s)} layanan`} />
        <StatCard testId="kpi-laporan" label={`Kelengkapan laporan ${formatMonth(`${period.reportMonth.tahun}-${String(period.reportMonth.bulan).padStart(2, "0")}`)}`} value={formatPercent(d.reporting.reported, d.reporting.total)} detail={`${d.reporting.reported} dari ${d.reporting.total} desa; ${formatPercent(d.reporting.onTime, d.reporting.reported)} tepat waktu`} />
        <StatCard testId="kpi-pagu" label={`Pagu stunting APBDes ${period.tahun}`} value={d.budget.adaData ? formatRupiah(d.budget.pagu) : "–"} detail={d.budget.adaData ? `${d.budget.jumlahDesa} desa dengan APBDes disetujui` : "Belum ada APBDes disetujui"} />
        <StatCard testId="kpi-realisasi" label="Realisasi stunting" value={d.budget.adaData ? formatRupiah(d.budget.realisasi) : "–"} detail={d.budget.adaData ? `${formatPercent(d.budget.realisasi, d.budget.pagu)} dari pagu` : undefined} />
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        <DataFigure testId="grafik-tren" title="Tren prevalensi stunting per bulan" chart={charts && <TrendChart title="Prevalensi stunting" labels={d.trend.map((t) => formatMonth(t.ym))} values={d.trend.map((t) => pctNum(t.stunted, t.measured))} />} head={["Bulan", "Diukur", "Stunting", "%"]} rows={d.trend.map((t) => [formatMonth(t.ym), formatInteger(t.measured), formatInteger(t.stunted), formatPercent(t.stunted, t.measured)])} />
        <DataFigure testId="grafik-konvergensi" title={`Konvergensi per ${childLevel}`} chart={charts && <PercentBarChart title="Konvergensi" labels={children.map((c) => c.nama)} values={children.map((c) => pctNum(c.d, c.s))} />} head={[childLevel === "kecamatan" ? "Kecamatan" : "Desa", "Diterima", "Seharusnya", "%"]} rows={children.map((c) => [c.nama, formatInteger(c.d), formatInteger(c.s), formatPercent(c.d, c.s)])} />
        <DataFigure testId="grafik-paket" title="Cakupan per paket layanan" chart={charts && <PercentBarChart title="Cakupan" labels={d.paketCoverage.map((p) => paket(p.paket))} values={d.paketCoverage.map((p) => pctNum(p.y, p.applicable))} />} head={["Paket layanan", "Y", "Seharusnya", "%"]} rows={d.paketCoverage.map((p) => [paket(p.paket), formatInteger(p.y), formatInteger(p.applicable), formatPercent(p.y, p.applicable)])} />
        <DataFigure testId="grafik-anggaran" title="Pagu stunting per paket layanan (APBDes disetujui)" chart={charts && <BudgetChart title="Pagu stunting" labels={d.budgetByPaket.map((b) => paket(b.paket))} series={[{ label: "Pagu", data: d.budgetByPaket.map((b) => b.pagu) }]} />} head={["Paket layanan", "Pagu"]} rows={d.budgetByPaket.map((b) => [paket(b.paket), formatRupiah(b.pagu)])} />
      </div>
      <section aria-labelledby="tabel-desa" className="space-y-2">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h2 id="tabel-desa" className="text-lg font-semibold">Desa ({formatInteger(table.total)})</h2>
          <form method="get" action={base} className="no-print flex flex-wrap items-end gap-2" role="search">
            {Object.entries(periodState).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
            <label className="text-sm font-medium">Cari desa/kecamatan<input name="q" defaultValue={state.q ?? ""} className="mt-1 block min-h-11 rounded-md border border-slate-400 px-2" /></label>
            <button className={buttonClass("secondary")} type="submit">Saring</button>
            <a className={buttonClass("secondary")} href={hrefWith(`${base}/dasbor-ekspor`, periodState, {})}>Unduh Excel</a>
          </form>
        </div>
        <DesaDashboardTable rows={table.rows} baseHref={base} params={{ ...periodState, q: state.q, sort: state.sort, dir: state.dir }} query={new URLSearchParams(periodState).toString()} />
        <Pagination baseHref={base} params={{ ...periodState, q: state.q, sort: state.sort, dir: state.dir }} page={table.page} pageSize={table.pageSize} total={table.total} />
      </section>
      <section aria-labelledby="celah" className="space-y-2">
        <h2 id="celah" className="text-lg font-semibold">Celah tanpa anggaran</h2>
        <p className="text-sm text-slate-600">Indikator dengan cakupan di bawah 80 % pada triwulan yang disetujui, dan desa belum punya baris APBDes stunting disetujui untuk indikator atau paket layanannya. Diurutkan menurut jumlah sasaran yang belum terlayani.</p>
        {d.gaps.length ? (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-sm" data-testid="tabel-celah">
              <thead className="bg-slate-100 text-left"><tr>{["Desa", "Indikator", "Paket", "Cakupan", "Sasaran belum terlayani"].map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}</tr></thead>
              <tbody>
                {d.gaps.slice(0, 50).map((gap) => {
                  const desa = d.rows.find((r) => r.kode === gap.kode);
                  const [kelompok, nomor] = gap.key.split(":");
                  return (
                    <tr key={`${gap.kode}-${gap.key}`} className="border-t border-slate-100">
                      <td className="px-3 py-2"><Link className="underline" href={`/wilayah/${gap.kode}/apbdes?tahun=${period.tahun}`}>{desa?.nama ?? gap.kode}</Link></td>
                      <td className="px-3 py-2">{gap.label}</td>
                      <td className="px-3 py-2">{paket(gap.paket)}</td>
                      <td className="px-3 py-2">{formatPercent(gap.y, gap.applicable)}</td>
                      <td className="px-3 py-2"><Link className="underline" href={`/wilayah/${gap.kode}/scorecard/indikator/${kelompok}/${nomor}?tahun=${period.quarters.at(-1)!.tahun}&triwulan=${period.quarters.at(-1)!.triwulan}`}>{formatInteger(gap.affected)}</Link></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="rounded-md bg-slate-100 p-3 text-sm">Tidak ada celah: belum ada triwulan disetujui pada periode ini, atau semua indikator di bawah target sudah dianggarkan.</p>
        )}
      </section>
    </div>
  );
}
