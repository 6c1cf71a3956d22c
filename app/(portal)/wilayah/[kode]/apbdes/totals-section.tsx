import { formatPercent, formatRupiah } from "@/lib/format";
import { type Bidang, isPaket } from "@/lib/apbdes/codes";
import { byBidang, bySumberDana, stuntingByPaket, totalsOf, type LineAmounts, type Totals } from "@/lib/apbdes/totals";
import { BIDANG_NAMES, PAKET_LABELS, apbdesText } from "@/lib/i18n/apbdes";

const tx = apbdesText.totals;

const TH = "px-3 py-2 text-left font-semibold whitespace-nowrap";
const TD = "px-3 py-2 whitespace-nowrap";
const NUM = `${TD} text-right tabular-nums`;

function Figure({ label, value, note, testId }: { label: string; value: string; note: string; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <p className="text-sm text-slate-600">{label}</p>
      <p className="text-xl font-bold tabular-nums" data-testid={testId}>
        {value}
      </p>
      <p className="text-sm text-slate-600">{note}</p>
    </div>
  );
}

function GroupTable({
  caption,
  first,
  rows,
  stunting,
}: {
  caption: string;
  first: string;
  rows: Array<{ label: string } & Totals>;
  stunting: boolean;
}) {
  return (
    // Focusable so a keyboard user can scroll it sideways on a narrow screen (WCAG 2.1.1).
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="min-w-full text-sm">
        <caption className="px-3 pt-2 text-left font-semibold">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={TH}>
              {first}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {tx.pagu}
            </th>
            {stunting ? (
              <>
                <th scope="col" className={`${TH} text-right`}>
                  {tx.stuntingPagu}
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  {tx.stuntingShare}
                </th>
              </>
            ) : null}
            <th scope="col" className={`${TH} text-right`}>
              {tx.realisasi}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {tx.realisasiPct}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className="min-w-44 px-3 py-2 text-left font-normal">
                {r.label}
              </th>
              <td className={NUM}>{formatRupiah(r.pagu)}</td>
              {stunting ? (
                <>
                  <td className={NUM}>{formatRupiah(r.stuntingPagu)}</td>
                  <td className={NUM}>{formatPercent(r.stuntingPagu, r.pagu)}</td>
                </>
              ) : null}
              <td className={NUM}>{formatRupiah(r.realisasi)}</td>
              <td className={NUM}>{formatPercent(r.realisasi, r.pagu)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Totals of the version's lines: overall, the stunting share (SP+SN+TK) by bidang, paket and sumber dana. */
export function TotalsSection({ lines }: { lines: ReadonlyArray<LineAmounts> }) {
  const t = totalsOf(lines);
  const paket = stuntingByPaket(lines).map((p) => ({
    ...p,
    label: isPaket(p.key) ? PAKET_LABELS[p.key] : tx.tanpaPaket,
  }));
  return (
    <section aria-labelledby="ringkasan-anggaran" className="space-y-3">
      <h2 id="ringkasan-anggaran" className="text-lg font-semibold">
        {tx.heading}
      </h2>
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        <Figure
          label={tx.totalPagu}
          value={formatRupiah(t.pagu)}
          note={tx.lineCount(lines.length)}
          testId="total-pagu"
        />
        <Figure
          label={tx.totalRealisasi}
          value={formatRupiah(t.realisasi)}
          note={tx.ofPagu(formatPercent(t.realisasi, t.pagu))}
          testId="total-realisasi"
        />
        <Figure
          label={tx.stuntingPaguLabel}
          value={formatRupiah(t.stuntingPagu)}
          note={tx.ofTotalPagu(formatPercent(t.stuntingPagu, t.pagu))}
          testId="pagu-stunting"
        />
        <Figure
          label={tx.stuntingRealisasi}
          value={formatRupiah(t.stuntingRealisasi)}
          note={tx.ofStuntingPagu(formatPercent(t.stuntingRealisasi, t.stuntingPagu))}
          testId="realisasi-stunting"
        />
      </div>
      <div className="grid gap-3 xl:grid-cols-2">
        <GroupTable
          caption={tx.perBidang}
          first={tx.bidang}
          stunting
          rows={byBidang(lines).map((b) => ({ ...b, label: `${b.key}. ${BIDANG_NAMES[b.key as Bidang]}` }))}
        />
        <GroupTable
          caption={tx.perSumberDana}
          first={tx.sumberDana}
          stunting
          rows={bySumberDana(lines).map((s) => ({ ...s, label: s.key }))}
        />
        {paket.length ? (
          <GroupTable
            caption={tx.perPaket}
            first={tx.paket}
            stunting={false}
            rows={paket.map((p) => ({ ...p, pagu: p.stuntingPagu, realisasi: p.stuntingRealisasi }))}
          />
        ) : null}
      </div>
    </section>
  );
}
