import type { ImportPreview } from "@/lib/apbdes/import-check";
import { formatRupiah } from "@/lib/format";
import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.duplicates;

const TH = "px-3 py-2 text-left font-semibold whitespace-nowrap";
const TD = "px-3 py-2 align-top";

/** The dry run's "N baris sudah ada di draf": the file's rows equal to a line already in the draft, which the
 * import skips unless the person ticks "Tetap impor baris yang sama". */
export function PreviewDuplicates({ preview }: { preview: ImportPreview }) {
  const { duplicate, duplicateRows } = preview;
  const more = duplicate - duplicateRows.length;
  return (
    <section
      aria-labelledby="uji-duplikat-judul"
      className="space-y-2 rounded-lg border border-amber-500 bg-warn-50 p-3 text-sm"
      data-testid="uji-duplikat"
    >
      <h3 id="uji-duplikat-judul" className="font-semibold text-warn-800">
        {"⚠ "}
        {t.title(duplicate)}
      </h3>
      <p>{t.body}</p>
      <div
        className="overflow-x-auto rounded-md border border-slate-200 bg-white"
        tabIndex={0}
        role="region"
        aria-label={t.ariaLabel}
      >
        <table className="min-w-full">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className={TH}>
                {t.baris}
              </th>
              <th scope="col" className={TH}>
                {t.kegiatan}
              </th>
              <th scope="col" className={TH}>
                {t.rekening}
              </th>
              <th scope="col" className={TH}>
                {t.sumber}
              </th>
              <th scope="col" className={TH}>
                {t.uraian}
              </th>
              <th scope="col" className={`${TH} text-right`}>
                {t.pagu}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {duplicateRows.map((r) => (
              <tr key={r.baris} data-testid={`duplikat-${r.baris}`}>
                <td className={`${TD} tabular-nums`}>{r.baris}</td>
                <td className={`${TD} font-mono`}>{r.kodeKegiatan}</td>
                <td className={`${TD} font-mono`}>{r.kodeRekening}</td>
                <td className={TD}>{r.sumberDana}</td>
                <td className={`${TD} min-w-40`}>{r.uraian}</td>
                <td className={`${TD} text-right whitespace-nowrap tabular-nums`}>{formatRupiah(r.pagu)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 ? <p>{t.more(more)}</p> : null}
    </section>
  );
}
