import { kegiatanText } from "@/lib/i18n/kegiatan";
import { monthBounds, type YearMonth } from "@/lib/periods";
import { referenceDate } from "@/lib/dashboard/period";

/** The month's monitoring figures of a desa (db/queries/laporan-kegiatan.ts getMonitoringSummary). */
export type MonitoringSummary = {
  /** docs/indicators.md §1, on the month's reference date: by group, and their sum (hamil + nifas + 0–23). */
  sasaran: { ibuHamil: number; ibuNifas: number; anak023: number; total: number; paud: number };
  /** Records of the month (domain §5.5, getMonthCounters). */
  catatanIbu: number;
  catatanAnak: number;
  /** docs/indicators.md §2 and §2a over the month: one population, weighed and length-measured. */
  anakPopulasi: number;
  anakDitimbang: number;
  anakDiukur: number;
  /** docs/indicators.md §2b: targets registered in the desa in the month. */
  baruIbu: number;
  baruAnak: number;
};

export type SummaryRow = { label: string; value: number; of: number | null; sub?: boolean };

const t = kegiatanText.summary;

/** The summary as rows (label, count, and the population for the two shares), in the order both the print page
 * and the Excel sheet show them. */
export function summaryRows(s: MonitoringSummary): SummaryRow[] {
  return [
    { label: t.sasaran, value: s.sasaran.total, of: null },
    { label: t.ibuHamil, value: s.sasaran.ibuHamil, of: null, sub: true },
    { label: t.ibuNifas, value: s.sasaran.ibuNifas, of: null, sub: true },
    { label: t.anak023, value: s.sasaran.anak023, of: null, sub: true },
    { label: t.paud, value: s.sasaran.paud, of: null },
    { label: t.catatanIbu, value: s.catatanIbu, of: null },
    { label: t.catatanAnak, value: s.catatanAnak, of: null },
    { label: t.ditimbang, value: s.anakDitimbang, of: s.anakPopulasi },
    { label: t.diukur, value: s.anakDiukur, of: s.anakPopulasi },
    { label: t.baruIbu, value: s.baruIbu, of: null },
    { label: t.baruAnak, value: s.baruAnak, of: null },
  ];
}

/** The date the month's targets and children are counted on: its last day, never after today (the dashboard's
 * reference date, docs/indicators.md §0). */
export function summaryDate(bulan: YearMonth, today: string): string {
  return referenceDate({ to: monthBounds(bulan).last }, today);
}
