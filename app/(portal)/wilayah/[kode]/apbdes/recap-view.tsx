import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { BudgetChart } from "@/components/charts/lazy";
import { formatInteger, formatPercent, formatRupiah } from "@/lib/format";
import { hrefWith } from "@/lib/url";
import { filterAndSortRecap, paketSeries, RECAP_PAGE_SIZE, type RecapParams } from "@/lib/apbdes/recap";
import { Pagination } from "@/components/data-table/pagination";
import { perTarget, poolTotals } from "@/lib/apbdes/totals";
import { getApbdesRecap } from "@/db/queries/apbdes-recap";
import type { Viewer } from "@/lib/auth/viewer";
import type { Region } from "@/db/schema";
import { PaketTable } from "./paket-table";
import { RecapTable } from "./recap-table";

const FILTER = "mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-2 text-sm";

/** Kecamatan or kabupaten view: per-desa recap with pooled totals (sums, never averaged shares) and the chart. */
export async function RecapView({ viewer, region, tahun, p, today }: { viewer: Viewer; region: Region; tahun: number; p: RecapParams; today: string }) {
  const { rows: all, paket } = await getApbdesRecap({ viewer, kode: region.kode, tahun, today });
  const rows = filterAndSortRecap(all, p);
  const total = poolTotals(rows);
  const sasaran = rows.reduce((t, r) => t + r.sasaran, 0);
  const perSasaran = perTarget(total.stuntingPagu, sasaran);
  const base = `/wilayah/${region.kode}/apbdes`;
  const state = { tahun: String(tahun), q: p.q, status: p.status, insentif: p.insentif, sort: p.sort, dir: p.dir };
  const chart = paketSeries(rows.filter((r) => r.stuntingPagu > 0), paket);
  const page = Math.min(p.page ?? 1, Math.max(1, Math.ceil(rows.length / RECAP_PAGE_SIZE)));
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 print:text-xs">
        Angka dari versi terakhir APBDes tiap desa (perubahan bila ada, selain itu murni) apa pun statusnya; kolom status menunjukkan apakah sudah disetujui kepala desa. Kelurahan tidak memiliki APBDes.
      </p>
      <form method="get" action={base} role="search" className="no-print grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3">
        <input type="hidden" name="tahun" value={tahun} />
        <label className="text-sm font-medium">
          Cari desa
          <input name="q" type="search" defaultValue={p.q ?? ""} className={FILTER} />
        </label>
        <label className="text-sm font-medium">
          Status
          <select name="status" defaultValue={p.status ?? ""} className={FILTER}>
            <option value="">Semua</option>
            <option value="disetujui">Disetujui</option>
            <option value="diajukan">Diajukan</option>
            <option value="draft">Draf</option>
            <option value="belum">Belum ada</option>
          </select>
        </label>
        <label className="text-sm font-medium">
          Insentif KPM
          <select name="insentif" defaultValue={p.insentif ?? ""} className={FILTER}>
            <option value="">Semua</option>
            <option value="ya">Ada</option>
            <option value="tidak">Tidak ada</option>
          </select>
        </label>
        <div className="flex flex-wrap gap-2 sm:col-span-3">
          <button type="submit" className={buttonClass("primary")}>
            Terapkan
          </button>
          <a href={hrefWith(`${base}/ekspor`, state, {})} download className={buttonClass("secondary")}>
            Unduh Excel
          </a>
        </div>
      </form>
      {rows.length ? (
        <>
          <RecapTable rows={rows.slice((page - 1) * RECAP_PAGE_SIZE, page * RECAP_PAGE_SIZE)} tahun={tahun} baseHref={base} params={state} showKecamatan={region.jenis === "kabupaten"} />
          <Pagination baseHref={base} params={state} page={page} pageSize={RECAP_PAGE_SIZE} total={rows.length} />
        </>
      ) : (
        <EmptyState title="Tidak ada desa yang cocok">
          Ubah saringan di atas atau <a href={`${base}?tahun=${tahun}`} className="font-medium text-brand-800 underline underline-offset-2">Hapus saringan</a>.
        </EmptyState>
      )}
      <Card title={`Total gabungan ${formatInteger(rows.length)} desa`}>
        {rows.some((r) => r.status && r.status !== "disetujui") ? (
          <p className="mb-2 text-sm text-slate-600">Termasuk desa yang APBDes-nya belum disetujui; saring status &quot;Disetujui&quot; untuk angka final saja.</p>
        ) : null}
        <dl className="grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-3" data-testid="rekap-total">
          <div>
            <dt className="text-slate-600">Total pagu</dt>
            <dd className="text-lg font-bold tabular-nums">{formatRupiah(total.pagu)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Pagu stunting (porsi)</dt>
            <dd className="text-lg font-bold tabular-nums">
              {formatRupiah(total.stuntingPagu)} ({formatPercent(total.stuntingPagu, total.pagu)})
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Realisasi</dt>
            <dd className="text-lg font-bold tabular-nums">
              {formatRupiah(total.realisasi)} ({formatPercent(total.realisasi, total.pagu)})
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Pagu stunting per sasaran 1.000 HPK</dt>
            <dd className="text-lg font-bold tabular-nums">{perSasaran === null ? "–" : `${formatRupiah(perSasaran)} (${formatInteger(sasaran)} sasaran)`}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Desa dengan insentif KPM</dt>
            <dd className="text-lg font-bold tabular-nums">
              {formatInteger(rows.filter((r) => r.insentifKpm).length)} dari {formatInteger(rows.length)}
            </dd>
          </div>
        </dl>
      </Card>
      <Card title="Anggaran stunting per paket layanan">
        {chart.series.length ? (
          <>
            <BudgetChart title="Anggaran stunting per paket layanan per desa" labels={chart.labels} series={chart.series.map((s) => ({ label: s.label, data: s.data }))} />
            <PaketTable labels={chart.labels} series={chart.series} />
          </>
        ) : (
          <p className="text-sm text-slate-600">Belum ada baris anggaran bertanda stunting.</p>
        )}
      </Card>
    </div>
  );
}
