import type { ImportPreview } from "@/lib/apbdes/import-check";
import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.preview;

/** Dry-run result: the first rows and the first rows with errors, each OK or with every error named by its column
 * (the result comes second so it stays in view on a phone). */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const { rows, fileName, total, moreBad } = preview;
  const shown = t.shown(rows.length, total);
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      data-testid="hasil-uji"
      tabIndex={0}
      role="region"
      aria-label={t.ariaLabel}
    >
      {shown || moreBad ? (
        <p className="px-3 pt-2 text-sm text-slate-700" data-testid="uji-ringkasan">
          {shown} {moreBad ? t.moreErrors(moreBad) : null}
        </p>
      ) : null}
      <table className="min-w-full text-sm">
        <caption className="px-3 pt-2 text-left font-semibold">{t.caption(fileName)}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              {t.baris}
            </th>
            <th scope="col" className="min-w-56 px-3 py-2 text-left">
              {t.hasil}
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              {t.kegiatan}
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              {t.uraian}
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              {t.pagu}
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
                  <span className="font-semibold text-brand-800">{t.ok}</span>
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
