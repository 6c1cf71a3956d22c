import { getQuarterProgress, type QuarterFigures } from "@/db/queries/progress";
import type { Viewer } from "@/lib/auth/viewer";
import { Badge } from "@/components/ui/badge";
import { formatInteger, formatPercent } from "@/lib/format";
import { dashboardText } from "@/lib/i18n/dashboard";

const t = dashboardText.progress;

function Column({ f }: { f: QuarterFigures | null }) {
  if (!f) return <td className="px-3 py-2">{t.none}</td>;
  return (
    <td className="px-3 py-2 align-top">
      <span className="text-lg font-semibold tabular-nums">{formatPercent(f.diterima, f.seharusnya)}</span>
      <span className="block text-xs text-slate-700">
        {t.counts(formatInteger(f.diterima), formatInteger(f.seharusnya))}
      </span>
    </td>
  );
}

function GroupCell({ g }: { g: QuarterFigures["ibu"] | undefined }) {
  if (!g) return <td className="px-3 py-2">{t.none}</td>;
  return (
    <td className="px-3 py-2 tabular-nums">{t.group(formatPercent(g.diterima, g.seharusnya), formatInteger(g.n))}</td>
  );
}

/** The quarter in progress (every desa, drafts included, marked provisional) beside the last approved quarter, for
 * a kecamatan or kabupaten (docs/indicators.md §5.3). */
export async function TriwulanBerjalan({ viewer, kode, today }: { viewer: Viewer; kode: string; today: string }) {
  const p = await getQuarterProgress({ viewer, kode, today });
  const c = p.current;
  const a = p.approved;
  return (
    <section
      aria-labelledby="triwulan-berjalan"
      className="space-y-2 rounded-lg border border-amber-500 bg-warn-50 p-3"
      data-testid="triwulan-berjalan"
    >
      <h2 id="triwulan-berjalan" className="font-semibold">
        {t.heading}
      </h2>
      {/* Focusable, so a keyboard user can scroll it at 360 px. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="triwulan-berjalan">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="px-3 py-2">
                {t.figure}
              </th>
              <th scope="col" className="px-3 py-2">
                {a ? t.approvedHead(a.triwulan, a.tahun) : t.approvedHeadNone}
              </th>
              <th scope="col" className="px-3 py-2" data-testid="kolom-triwulan-berjalan">
                {t.currentHead(c.triwulan, c.tahun)} <Badge tone="warn">{t.provisional}</Badge>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-amber-200">
            <tr>
              <th scope="row" className="px-3 py-2 font-medium">
                {t.konvergensi}
              </th>
              <Column f={a} />
              <Column f={c} />
            </tr>
            <tr>
              <th scope="row" className="px-3 py-2 font-medium">
                {t.ibu}
              </th>
              <GroupCell g={a?.ibu} />
              <GroupCell g={c.ibu} />
            </tr>
            <tr>
              <th scope="row" className="px-3 py-2 font-medium">
                {t.anak}
              </th>
              <GroupCell g={a?.anak} />
              <GroupCell g={c.anak} />
            </tr>
          </tbody>
        </table>
      </div>
      <p className="text-sm text-slate-700" data-testid="status-triwulan-berjalan">
        {t.status(
          formatInteger(c.desa),
          formatInteger(c.status.disetujui),
          formatInteger(c.status.diajukan),
          formatInteger(Math.max(0, c.desa - c.status.disetujui - c.status.diajukan)),
        )}
      </p>
      <p className="text-sm text-slate-700">{t.note}</p>
    </section>
  );
}
