"use client";

import { offlineText } from "@/lib/i18n/offline";
import { formatInteger, formatPercent } from "@/lib/format";
import { currentYearMonth, quarterOfMonth } from "@/lib/periods";
import { ANAK_INDICATORS, IBU_INDICATORS } from "@/lib/scorecard/indicators";
import type { IndicatorCount } from "@/lib/scorecard/aggregate";
import { previewQuarter, recordsWithOutbox } from "@/lib/offline/desa-view";
import type { LocalDesa } from "@/lib/offline/local-data";
import type { OutboxItem } from "@/lib/offline/outbox";

const t = offlineText.scorecard;

function Indicators({
  caption,
  labels,
  counts,
}: {
  caption: string;
  labels: readonly string[];
  counts: IndicatorCount[];
}) {
  return (
    <table className="w-full text-sm" data-testid={`perkiraan-${caption}`}>
      <caption className="py-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="text-left">
          <th scope="col">{t.indicator}</th>
          <th scope="col" className="text-right">
            {t.coverage}
          </th>
        </tr>
      </thead>
      <tbody>
        {labels.map((label, i) => (
          <tr key={label} className="border-t border-slate-100">
            <th scope="row" className="py-1 pr-2 text-left font-normal">
              {label}
            </th>
            <td className="py-1 text-right tabular-nums">{formatPercent(counts[i].y, counts[i].n - counts[i].ts)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The desa's quarter so far, computed on the phone by the scorecard's own code from the records it holds and the
 * items waiting to be sent: an estimate until they are on the server. */
export function ScorecardView({ desa, outbox }: { desa: LocalDesa; outbox: OutboxItem[] }) {
  const ym = currentYearMonth();
  const triwulan = quarterOfMonth(ym.bulan);
  const p = previewQuarter(desa, recordsWithOutbox(desa, outbox), ym.tahun, triwulan);
  const diterima = p.ibu.diterima + p.anak.diterima;
  const seharusnya = p.ibu.seharusnya + p.anak.seharusnya;
  return (
    <div className="space-y-4" data-testid="offline-scorecard">
      <h1 className="text-2xl font-bold">{t.title(triwulan, ym.tahun)}</h1>
      <p
        className="inline-block rounded-full bg-warn-50 px-3 py-1 text-sm font-semibold text-warn-800"
        data-testid="perkiraan"
      >
        {offlineText.shell.estimate}
      </p>
      <p className="text-lg">
        {t.konvergensi}: <strong data-testid="tkd-perkiraan">{formatPercent(diterima, seharusnya)}</strong>{" "}
        <span className="text-sm text-slate-600">
          ({formatInteger(diterima)}/{formatInteger(seharusnya)})
        </span>
      </p>
      <Indicators caption={t.ibu} labels={IBU_INDICATORS} counts={p.ibuIndicators} />
      <Indicators caption={t.anak} labels={ANAK_INDICATORS} counts={p.anakIndicators} />
      <p className="text-sm">
        {t.paud}: {formatPercent(p.paud.diterima, p.paud.seharusnya)}
      </p>
    </div>
  );
}
