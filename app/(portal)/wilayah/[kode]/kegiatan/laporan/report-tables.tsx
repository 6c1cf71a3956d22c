import { formatDate, formatInteger, formatPercent } from "@/lib/format";
import type { SummaryRow } from "@/lib/kegiatan/summary";
import type { JenisTotal } from "@/lib/kegiatan/report";
import type { KegiatanRow } from "@/db/queries/kegiatan";
import { JENIS_KEGIATAN_LABELS, kegiatanText } from "@/lib/i18n/kegiatan";

const t = kegiatanText.reportTables;

const TH = "border border-slate-500 px-2 py-1 text-left font-semibold bg-slate-100 print:bg-transparent";
const TD = "border border-slate-500 px-2 py-1 align-top";

export function ActivityTable({ rows }: { rows: KegiatanRow[] }) {
  return (
    // Scrolls sideways on a phone: focusable and named, so a keyboard can scroll it (axe scrollable-region-focusable).
    <div
      className="overflow-x-auto print:overflow-visible"
      role="region"
      aria-label={kegiatanText.report.activities}
      tabIndex={0}
    >
      <table className="w-full border-collapse text-sm print:text-[9.5pt]" data-testid="laporan-kegiatan">
        <thead>
          <tr>
            <th className={TH}>{t.no}</th>
            <th className={TH}>{t.tanggal}</th>
            <th className={TH}>{t.jenis}</th>
            <th className={TH}>{t.tempat}</th>
            <th className={`${TH} text-right`}>{t.peserta}</th>
            <th className={TH}>{t.sasaranCatatan}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length ? (
            rows.map((k, i) => (
              <tr key={k.id} className="break-inside-avoid">
                <td className={TD}>{formatInteger(i + 1)}</td>
                <td className={`${TD} whitespace-nowrap`}>{formatDate(k.tanggal)}</td>
                <td className={TD}>{JENIS_KEGIATAN_LABELS[k.jenis]}</td>
                <td className={TD}>{k.tempat}</td>
                <td className={`${TD} text-right`}>{formatInteger(k.jumlahPeserta)}</td>
                <td className={TD}>
                  {[k.sasaran.map((s) => s.nama).join(", "), k.catatan].filter(Boolean).join(" — ")}
                </td>
              </tr>
            ))
          ) : (
            <tr>
              <td className={`${TD} text-center`} colSpan={6}>
                {t.empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

export function TotalsTable({ totals }: { totals: JenisTotal[] }) {
  const sum = (key: "kegiatan" | "peserta") => totals.reduce((s, t) => s + t[key], 0);
  return (
    <table className="w-full border-collapse text-sm sm:w-auto print:text-[9.5pt]" data-testid="laporan-rekap">
      <thead>
        <tr>
          <th className={TH}>{t.jenis}</th>
          <th className={`${TH} text-right`}>{t.jumlahKegiatan}</th>
          <th className={`${TH} text-right`}>{t.jumlahPeserta}</th>
        </tr>
      </thead>
      <tbody>
        {totals.map((t) => (
          <tr key={t.jenis}>
            <td className={TD}>{JENIS_KEGIATAN_LABELS[t.jenis]}</td>
            <td className={`${TD} text-right`}>{formatInteger(t.kegiatan)}</td>
            <td className={`${TD} text-right`}>{formatInteger(t.peserta)}</td>
          </tr>
        ))}
        <tr className="font-semibold">
          <td className={TD}>{t.jumlah}</td>
          <td className={`${TD} text-right`}>{formatInteger(sum("kegiatan"))}</td>
          <td className={`${TD} text-right`}>{formatInteger(sum("peserta"))}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The month's monitoring summary: counts, and "x dari y (z %)" for the shares of the children 0–23 months. */
export function SummaryTable({ rows }: { rows: SummaryRow[] }) {
  const [uraian, jumlah, dari, persen] = kegiatanText.summary.head;
  return (
    <table className="w-full border-collapse text-sm sm:w-auto print:text-[9.5pt]" data-testid="laporan-ringkasan">
      <thead>
        <tr>
          <th className={TH}>{uraian}</th>
          <th className={`${TH} text-right`}>{jumlah}</th>
          <th className={`${TH} text-right`}>{dari}</th>
          <th className={`${TH} text-right`}>{persen}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <td className={`${TD} ${r.sub ? "pl-6" : ""}`}>{r.label}</td>
            <td className={`${TD} text-right`}>{formatInteger(r.value)}</td>
            <td className={`${TD} text-right`}>{r.of === null ? "" : formatInteger(r.of)}</td>
            <td className={`${TD} text-right`}>{r.of === null ? "" : formatPercent(r.value, r.of)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
