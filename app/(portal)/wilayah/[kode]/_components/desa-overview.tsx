import Link from "next/link";
import { listPosyanduBreakdown, listQuarterHistory } from "@/db/queries/desa-overview";
import type { DashboardPeriod } from "@/lib/dashboard/period";
import type { Viewer } from "@/lib/auth/viewer";
import type { Region } from "@/db/schema";
import { formatInteger, formatPercent } from "@/lib/format";
import { currentYearMonth, quarterOfMonth, todayIso } from "@/lib/periods";
import { STATUS_PERIODE_LABELS } from "@/lib/i18n/scorecard";
import { Badge } from "@/components/ui/badge";
import { TableScroll } from "@/components/ui/table-scroll";
import { dashboardText } from "@/lib/i18n/dashboard";

const t = dashboardText.desaOverview;

const TONE = { draft: "neutral", diajukan: "warn", disetujui: "good" } as const;

/** Desa-only parts of the overview: posyandu breakdown and the last four quarters with their status. */
export async function DesaOverview({
  viewer,
  region,
  period,
}: {
  viewer: Viewer;
  region: Region;
  period: DashboardPeriod;
}) {
  const now = currentYearMonth();
  const current = now.tahun * 4 + quarterOfMonth(now.bulan) - 1;
  const quarters = [3, 2, 1, 0].map((back) => ({
    tahun: Math.floor((current - back) / 4),
    triwulan: ((current - back) % 4) + 1,
  }));
  const [posyandu, history] = await Promise.all([
    listPosyanduBreakdown({ viewer, kode: region.kode, from: period.from, to: period.to, today: todayIso() }),
    listQuarterHistory({ viewer, kode: region.kode, quarters }),
  ]);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="per-posyandu" className="min-w-0 rounded-lg border border-slate-200 bg-white p-3">
        <h3 id="per-posyandu" className="mb-2 font-semibold">
          {t.perPosyandu(period.label)}
        </h3>
        <TableScroll>
          <table className="w-full text-sm" data-testid="tabel-posyandu">
            <thead>
              <tr className="text-left">
                {t.posyanduHead.map((h) => (
                  <th key={h} scope="col" className="border-b border-slate-200 py-1 pr-2">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {posyandu.map((p) => (
                <tr key={p.id} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    {p.nama}
                  </th>
                  <td className="py-1 pr-2 tabular-nums">{formatInteger(p.sasaran)}</td>
                  <td className="py-1 pr-2 tabular-nums">
                    {formatInteger(p.anakDiukur)} / {formatInteger(p.anak)}
                  </td>
                  <td className="py-1 pr-2 tabular-nums">{formatPercent(p.stunted, p.measured)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="empat-triwulan" className="min-w-0 rounded-lg border border-slate-200 bg-white p-3">
        <h3 id="empat-triwulan" className="mb-2 font-semibold">
          {t.quarters}
        </h3>
        <TableScroll>
          <table className="w-full text-sm" data-testid="tabel-triwulan">
            <thead>
              <tr className="text-left">
                {t.quartersHead.map((h) => (
                  <th key={h} scope="col" className="border-b border-slate-200 py-1 pr-2">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {history.map((q) => (
                <tr key={`${q.tahun}-${q.triwulan}`} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    <Link
                      className="underline"
                      href={`/wilayah/${region.kode}/scorecard?tahun=${q.tahun}&triwulan=${q.triwulan}`}
                    >
                      {t.quarterShort(q.triwulan, q.tahun)}
                    </Link>
                  </th>
                  <td className="py-1 pr-2 tabular-nums">
                    {formatInteger(q.diterima)} / {formatInteger(q.seharusnya)}
                  </td>
                  <td className="py-1 pr-2 tabular-nums">{formatPercent(q.diterima, q.seharusnya)}</td>
                  <td className="py-1 pr-2">
                    <Badge tone={TONE[(q.status ?? "draft") as keyof typeof TONE]}>
                      {STATUS_PERIODE_LABELS[(q.status ?? "draft") as keyof typeof STATUS_PERIODE_LABELS]}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
