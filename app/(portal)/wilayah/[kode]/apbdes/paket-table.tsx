import { formatRupiah } from "@/lib/format";
import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.paketTable;

/** The chart's numbers as a table, for screen readers and for reading exact amounts. Up to 100 desa × 5 paket:
 * the cells take their look from `.money-table` (app/globals.css) rather than a class list each. */
export function PaketTable({ labels, series }: { labels: string[]; series: Array<{ label: string; data: number[] }> }) {
  return (
    <details className="mt-3">
      <summary className="min-h-11 cursor-pointer content-center text-sm font-medium">{t.summary}</summary>
      <div className="overflow-x-auto">
        <table className="money-table min-w-full text-sm" data-testid="tabel-paket">
          <caption className="sr-only">{t.caption}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                {t.desa}
              </th>
              {series.map((s) => (
                <th key={s.label} scope="col" className="px-3 py-2 text-right whitespace-nowrap">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {labels.map((label, i) => (
              <tr key={i}>
                <th scope="row">{label}</th>
                {series.map((s) => (
                  <td key={s.label}>{formatRupiah(s.data[i])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
