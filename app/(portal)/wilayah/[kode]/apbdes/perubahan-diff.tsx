import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatRupiah, formatRupiahChange } from "@/lib/format";
import type { ApbdesDiff, DiffEntry } from "@/lib/apbdes/diff";
import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.diff;
const h = t.head;

const TH = "px-3 py-2 text-left font-semibold whitespace-nowrap";
const TD = "px-3 py-2 align-top";
const NUM = `${TD} text-right whitespace-nowrap tabular-nums`;

type Kind = keyof typeof t.kinds;
const TONE: Record<Kind, BadgeTone> = { added: "good", removed: "bad", changed: "info" };

/** "Perubahan dari APBDes murni": what a perubahan adds, removes and re-budgets, with totals; shown above the
 * status panel so the kepala desa reads it before the approval button. */
export function PerubahanDiff({ diff }: { diff: ApbdesDiff }) {
  const { totals } = diff;
  const rows: Array<[Kind, DiffEntry]> = [
    ...diff.added.map((e): [Kind, DiffEntry] => ["added", e]),
    ...diff.removed.map((e): [Kind, DiffEntry] => ["removed", e]),
    ...diff.changed.map((e): [Kind, DiffEntry] => ["changed", e]),
  ];
  return (
    <Card title={t.title}>
      <div className="space-y-3 text-sm" data-testid="perubahan-murni">
        <dl className="grid gap-2 sm:grid-cols-3">
          {(
            [
              { label: t.totalMurni, value: formatRupiah(totals.murni), testId: "diff-total-murni" },
              { label: t.totalPerubahan, value: formatRupiah(totals.perubahan), testId: "diff-total-perubahan" },
              { label: t.selisih, value: formatRupiahChange(totals.selisih), testId: "diff-selisih" },
            ] as const
          ).map(({ label, value, testId }) => (
            <div key={testId} className="rounded-lg border border-slate-200 p-3">
              <dt className="text-slate-600">{label}</dt>
              <dd className="text-lg font-bold tabular-nums" data-testid={testId}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
        <ul className="list-disc pl-5" data-testid="diff-ringkasan">
          <li>{t.added(diff.added.length, formatRupiah(totals.ditambah))}</li>
          <li>{t.removed(diff.removed.length, formatRupiah(totals.dihapus))}</li>
          <li>{t.changed(diff.changed.length, formatRupiahChange(totals.diubah))}</li>
          <li>{t.unchanged(diff.unchanged)}</li>
        </ul>
        {rows.length ? (
          <div
            className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
            tabIndex={0}
            role="region"
            aria-label={t.ariaLabel}
          >
            <table className="min-w-full text-sm">
              <caption className="sr-only">{t.caption}</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className={TH}>
                    {h.jenis}
                  </th>
                  <th scope="col" className={TH}>
                    {h.kegiatan}
                  </th>
                  <th scope="col" className={TH}>
                    {h.uraian}
                  </th>
                  <th scope="col" className={`${TH} text-right`}>
                    {h.murni}
                  </th>
                  <th scope="col" className={`${TH} text-right`}>
                    {h.perubahan}
                  </th>
                  <th scope="col" className={`${TH} text-right`}>
                    {h.selisih}
                  </th>
                  <th scope="col" className={TH}>
                    {h.rekening}
                  </th>
                  <th scope="col" className={TH}>
                    {h.sumber}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map(([kind, e]) => (
                  <tr key={`${kind}-${e.kodeKegiatan}-${e.kodeRekening}-${e.sumberDana}`} data-jenis={kind}>
                    <td className={`${TD} whitespace-nowrap`}>
                      <Badge tone={TONE[kind]}>{t.kinds[kind]}</Badge>
                    </td>
                    <td className={`${TD} font-mono font-semibold`}>{e.kodeKegiatan}</td>
                    <td className={`${TD} min-w-40`}>{e.uraian.join("; ")}</td>
                    <td className={NUM}>{kind === "added" ? "–" : formatRupiah(e.paguMurni)}</td>
                    <td className={NUM}>{kind === "removed" ? "–" : formatRupiah(e.paguPerubahan)}</td>
                    <td className={`${NUM} font-semibold`}>{formatRupiahChange(e.selisih)}</td>
                    <td className={`${TD} font-mono`}>{e.kodeRekening}</td>
                    <td className={TD}>{e.sumberDana}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot className="border-t-2 border-slate-300">
                <tr>
                  <th scope="row" colSpan={5} className={`${TH} text-right`}>
                    {t.total}
                  </th>
                  <td className={`${NUM} font-bold`} data-testid="diff-jumlah-selisih">
                    {formatRupiahChange(totals.selisih)}
                  </td>
                  <td colSpan={2} />
                </tr>
              </tfoot>
            </table>
          </div>
        ) : (
          <p>{t.none}</p>
        )}
        <p className="text-slate-600">{t.intro}</p>
      </div>
    </Card>
  );
}
