import { TableScroll } from "@/components/ui/table-scroll";
import { dashboardText } from "@/lib/i18n/dashboard";

/** A chart with its data-table alternative (same numbers, readable by screen readers and in print). */
export function DataFigure({
  title,
  chart,
  head,
  rows,
  testId,
  note,
}: {
  title: string;
  /** How the figure is computed, in one sentence under the title. */
  note?: string;
  chart?: React.ReactNode;
  head: readonly string[];
  rows: Array<Array<string | number>>;
  testId?: string;
}) {
  return (
    <figure className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-3" data-testid={testId}>
      <figcaption className="font-semibold">{title}</figcaption>
      {note ? <p className="text-xs text-slate-600">{note}</p> : null}
      {chart ? <div className="no-print">{chart}</div> : null}
      <details className="text-sm" open={!chart || rows.length <= 6}>
        <summary className="min-h-11 cursor-pointer py-2 font-medium">{dashboardText.figure.dataTable(title)}</summary>
        <TableScroll>
          <table className="figure-table w-full text-sm" data-testid={testId ? `${testId}-tabel` : undefined}>
            <thead>
              <tr className="text-left">
                {head.map((h) => (
                  <th key={h} scope="col" className="border-b border-slate-200 py-1 pr-2 font-semibold">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {c}
                      </th>
                    ) : (
                      <td key={j}>{c}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
