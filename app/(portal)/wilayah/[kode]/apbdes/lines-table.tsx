import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatRupiah } from "@/lib/format";
import { isPaket } from "@/lib/apbdes/codes";
import type { ApbdesLineRow } from "@/db/queries/apbdes";
import { PAKET_LABELS, apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.lines;
const c = t.head;

const TH = "px-3 py-2 text-left font-semibold whitespace-nowrap";
const TD = "px-3 py-2 align-top";

/** The version's budget lines; an edit link per line only while the version is a draft and the viewer writes.
 * `highlightId`: the line just saved, marked (colour and text) until the next navigation. */
export function LinesTable({
  kode,
  lines,
  editable,
  highlightId,
}: {
  kode: string;
  lines: ReadonlyArray<ApbdesLineRow>;
  editable: boolean;
  highlightId?: number;
}) {
  if (!lines.length) return <EmptyState title={t.emptyTitle}>{editable ? <p>{t.emptyHint}</p> : null}</EmptyState>;
  return (
    <div
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
      data-testid="tabel-baris"
      tabIndex={0}
      role="region"
      aria-label={t.ariaLabel}
    >
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t.caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            {[
              c.kegiatan,
              c.uraian,
              c.rekening,
              c.sumber,
              c.volume,
              c.pagu,
              c.realisasi,
              c.stunting,
              ...(editable ? [""] : []),
            ].map((h, i) => (
              <th
                key={i}
                scope="col"
                className={`${TH} ${h === c.pagu || h === c.realisasi ? "text-right" : ""} ${h ? "" : "no-print"}`}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {lines.map((l) => (
            <tr
              key={l.id}
              id={`baris-${l.id}`}
              data-testid={`baris-${l.id}`}
              data-disorot={l.id === highlightId ? "true" : undefined}
              className={
                l.id === highlightId
                  ? "scroll-mt-4 bg-brand-50 outline-2 -outline-offset-2 outline-brand-600"
                  : undefined
              }
            >
              <td className={`${TD} min-w-40`}>
                <span className="font-mono font-semibold">{l.kodeKegiatan}</span>
                <span className="block text-xs [overflow-wrap:anywhere] text-slate-600">
                  {l.namaKegiatan ?? t.kegiatanLokal}
                </span>
              </td>
              <td className={`${TD} min-w-48`}>
                {l.uraian}
                {l.id === highlightId ? (
                  <strong className="ml-1 text-xs font-semibold text-brand-800">{t.justSaved}</strong>
                ) : null}
                {l.insentifKpm ? (
                  <span className="ml-1">
                    <Badge tone="info">{t.insentifKpm}</Badge>
                  </span>
                ) : null}
              </td>
              <td className={`${TD} font-mono`}>{l.kodeRekening}</td>
              <td className={TD}>{l.sumberDana}</td>
              <td className={`${TD} whitespace-nowrap`}>
                {l.volume === null ? "–" : `${String(l.volume).replace(".", ",")} ${l.satuan ?? ""}`}
              </td>
              <td className={`${TD} text-right whitespace-nowrap tabular-nums`}>{formatRupiah(l.pagu)}</td>
              <td className={`${TD} text-right whitespace-nowrap tabular-nums`}>{formatRupiah(l.realisasi)}</td>
              <td className={`${TD} whitespace-nowrap`}>
                {l.stuntingTag ? <Badge tone="good">{l.stuntingTag}</Badge> : "–"}
                {isPaket(l.paketLayanan) ? (
                  <span className="block text-xs text-slate-600">{PAKET_LABELS[l.paketLayanan]}</span>
                ) : null}
              </td>
              {editable ? (
                <td className={`${TD} no-print`}>
                  <Link
                    href={`/wilayah/${kode}/apbdes/baris/${l.id}`}
                    className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-2"
                  >
                    {t.edit}
                    <span className="sr-only"> {l.uraian}</span>
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
