import type { PreviewRow } from "@/lib/apbdes/import-check";

/** Dry-run result: one row per file row, OK or with every error named by its column (the result comes second so
 * it stays in view on a phone). */
export function PreviewTable({ rows, fileName }: { rows: ReadonlyArray<PreviewRow>; fileName: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid="hasil-uji" tabIndex={0} role="region" aria-label="Hasil uji impor">
      <table className="min-w-full text-sm">
        <caption className="px-3 pt-2 text-left font-semibold">Hasil uji coba {fileName}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              Baris
            </th>
            <th scope="col" className="min-w-56 px-3 py-2 text-left">
              Hasil
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              Kegiatan
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              Uraian
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              Pagu
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.baris} data-testid={`uji-${r.baris}`} className={r.errors.length ? "bg-danger-50" : undefined}>
              <td className="px-3 py-2 align-top tabular-nums">{r.baris}</td>
              <td className="px-3 py-2 align-top">
                {r.errors.length ? (
                  <ul className="list-disc pl-4 text-danger-700">
                    {r.errors.map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="font-semibold text-brand-800">✓ OK</span>
                )}
              </td>
              <td className="px-3 py-2 align-top font-mono">{r.kodeKegiatan}</td>
              <td className="px-3 py-2 align-top">{r.uraian}</td>
              <td className="px-3 py-2 align-top whitespace-nowrap">{r.pagu}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
