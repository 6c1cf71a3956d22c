import { RowLink } from "@/components/data-table/row-link";
import type { DesaMemberRow, MemberRow } from "@/db/queries/indicators";
import type { Viewer } from "@/lib/auth/viewer";
import { nikFor } from "@/lib/people/nik-visibility";
import { GROWTH_FIGURES, isGrowthFigure, type FigureKey } from "@/lib/indicators/figures";
import { formatZ } from "@/lib/growth/plausibility";
import { formatDate, formatInteger, formatRupiah } from "@/lib/format";
import { indicatorsText } from "@/lib/i18n/indicators";
import { KATEGORI_LABELS } from "@/lib/i18n/sasaran";

const t = indicatorsText.rincian;
const cell = "px-3 py-2";

/** What put a target in the list, in words: its z-score, its length, its record. */
function valueOf(figure: FigureKey, r: MemberRow): string {
  if (isGrowthFigure(figure)) {
    const z = GROWTH_FIGURES[figure].z;
    if (r.nilai === null) return r.oedema ? t.oedema : t.noValue;
    return `${t.z(t.zIndex[z], formatZ(r.nilai, 2))}${r.oedema ? ` · ${t.oedema}` : ""}`;
  }
  if (figure === "anak-diukur") return r.tanggal ? t.lengthOn(formatDate(r.tanggal)) : t.notMeasured;
  if (figure === "kelengkapan-laporan" || figure === "ketepatan-waktu")
    return r.tanggal ? t.savedOn(formatDate(r.tanggal)) : t.noRecord;
  return t.noValue;
}

/** The targets behind a figure; each name links to the target, the NIK as the viewer may see it. */
export function MemberTable({ viewer, figure, rows }: { viewer: Viewer; figure: FigureKey; rows: MemberRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="tabel-rincian">
        <caption className="sr-only">{t.caption}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            {[t.head.nama, t.head.nik, t.head.desa, t.head.posyandu, t.head.kelompok, t.head.tanggal, t.head.nilai].map(
              (h) => (
                <th key={h} scope="col" className={cell}>
                  {h}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.sasaranId} className="border-t border-slate-100">
              <td className={cell}>
                <RowLink href={`/wilayah/${r.kodeWilayah}/sasaran/${r.sasaranId}`}>{r.nama}</RowLink>
              </td>
              <td className={`${cell} tabular-nums`}>{nikFor(viewer, r.nik, r.kodeWilayah) ?? t.noValue}</td>
              <td className={cell}>{r.desa}</td>
              <td className={cell}>{r.posyandu ?? t.noValue}</td>
              <td className={cell}>
                {r.kelompok ? (KATEGORI_LABELS[r.kelompok as keyof typeof KATEGORI_LABELS] ?? r.kelompok) : t.noValue}
              </td>
              <td className={`${cell} tabular-nums`}>{r.tanggal ? formatDate(r.tanggal) : t.noValue}</td>
              <td className={`${cell} tabular-nums`}>{valueOf(figure, r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The desa behind a figure of services or money, each with its share. */
export function DesaMemberTable({ rows, money }: { rows: DesaMemberRow[]; money: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="tabel-rincian">
        <caption className="sr-only">{t.captionDesa}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            {[t.headDesa.desa, t.headDesa.kecamatan, t.headDesa.nilai].map((h) => (
              <th key={h} scope="col" className={cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.kode} className="border-t border-slate-100">
              <td className={cell}>
                <RowLink href={`/wilayah/${r.kode}`}>{r.desa}</RowLink>
              </td>
              <td className={cell}>{r.kecamatan}</td>
              <td className={`${cell} text-right tabular-nums`}>
                {money ? formatRupiah(Math.round(r.nilai)) : formatInteger(r.nilai)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
