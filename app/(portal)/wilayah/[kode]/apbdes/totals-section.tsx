import { formatPercent, formatRupiah } from "@/lib/format";
import { BIDANG_NAMES, PAKET_LABELS, isPaket, type Bidang } from "@/lib/apbdes/labels";
import { byBidang, bySumberDana, stuntingByPaket, totalsOf, type LineAmounts, type Totals } from "@/lib/apbdes/totals";

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

function GroupTable({ caption, first, rows, stunting }: { caption: string; first: string; rows: Array<{ label: string } & Totals>; stunting: boolean }) {
  return (
    // Focusable so a keyboard user can scroll it sideways on a narrow screen (WCAG 2.1.1).
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full text-sm">
        <caption className="px-3 pt-2 text-left font-semibold">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={TH}>
              {first}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Pagu
            </th>
            {stunting ? (
              <>
                <th scope="col" className={`${TH} text-right`}>
                  Pagu stunting
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  Porsi stunting
                </th>
              </>
            ) : null}
            <th scope="col" className={`${TH} text-right`}>
              Realisasi
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Realisasi %
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
  const paket = stuntingByPaket(lines).map((p) => ({ ...p, label: isPaket(p.key) ? PAKET_LABELS[p.key] : "Tanpa paket" }));
  return (
    <section aria-labelledby="ringkasan-anggaran" className="space-y-3">
      <h2 id="ringkasan-anggaran" className="text-lg font-semibold">
        Ringkasan anggaran
      </h2>
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label="Total pagu" value={formatRupiah(t.pagu)} note={`${lines.length} baris`} testId="total-pagu" />
        <Figure label="Total realisasi" value={formatRupiah(t.realisasi)} note={`${formatPercent(t.realisasi, t.pagu)} dari pagu`} testId="total-realisasi" />
        <Figure label="Pagu stunting (SP+SN+TK)" value={formatRupiah(t.stuntingPagu)} note={`${formatPercent(t.stuntingPagu, t.pagu)} dari total pagu`} testId="pagu-stunting" />
        <Figure label="Realisasi stunting" value={formatRupiah(t.stuntingRealisasi)} note={`${formatPercent(t.stuntingRealisasi, t.stuntingPagu)} dari pagu stunting`} testId="realisasi-stunting" />
      </div>
      <div className="grid gap-3 xl:grid-cols-2">
        <GroupTable caption="Per bidang" first="Bidang" stunting rows={byBidang(lines).map((b) => ({ ...b, label: `${b.key}. ${BIDANG_NAMES[b.key as Bidang]}` }))} />
        <GroupTable caption="Per sumber dana" first="Sumber dana" stunting rows={bySumberDana(lines).map((s) => ({ ...s, label: s.key }))} />
        {paket.length ? (
          <GroupTable caption="Anggaran stunting per paket layanan" first="Paket layanan" stunting={false} rows={paket.map((p) => ({ ...p, pagu: p.stuntingPagu, realisasi: p.stuntingRealisasi }))} />
        ) : null}
      </div>
    </section>
  );
}
