import { addMonths, monthBounds, type YearMonth } from "@/lib/periods";

/* Report completeness and timeliness (docs/indicators.md §4): the rules that need no database. The counts come
 * from db/queries/reporting.ts. */

/** Default of `pengaturan_tahun.batas_laporan_hari`: a month's records are on time when saved by the 10th of the
 * next month. */
export const DEFAULT_BATAS_LAPORAN_HARI = 10;

/** The last day (WIB calendar date, inclusive) on which a record of `ym` still counts as on time: day `hari` of the
 * next month, kept inside that month (31 in February is its last day; below 1 is the 1st). */
export function reportCutoff(ym: YearMonth, hari: number = DEFAULT_BATAS_LAPORAN_HARI): string {
  const next = monthBounds(addMonths(ym, 1));
  const lastDay = Number(next.last.slice(8, 10));
  const day = Math.min(Math.max(1, Math.trunc(hari) || 1), lastDay);
  return `${next.first.slice(0, 8)}${String(day).padStart(2, "0")}`;
}

/** One desa's (or a pooled region's) reporting counts for a month: targets due a record, due targets with a
 * record, and of those records the ones saved by the cut-off. */
export type ReportingCounts = { wajib: number; tercatat: number; tepatWaktu: number };

/** A desa's report status for the month: no target due, every due target recorded, some, or none. */
export type ReportStatus = "tidak_ada_sasaran" | "lengkap" | "sebagian" | "belum_ada";

export function reportStatus({ wajib, tercatat }: Pick<ReportingCounts, "wajib" | "tercatat">): ReportStatus {
  if (wajib === 0) return "tidak_ada_sasaran";
  if (tercatat >= wajib) return "lengkap";
  return tercatat > 0 ? "sebagian" : "belum_ada";
}

/** Timeliness of a desa's records: all on time, some late, all late, or no record to judge. */
export type TimelinessStatus = "tepat" | "sebagian_terlambat" | "terlambat" | "tidak_ada";

export function timelinessStatus({ tercatat, tepatWaktu }: Omit<ReportingCounts, "wajib">): TimelinessStatus {
  if (tercatat === 0) return "tidak_ada";
  if (tepatWaktu >= tercatat) return "tepat";
  return tepatWaktu > 0 ? "sebagian_terlambat" : "terlambat";
}

type Tone = "good" | "warn" | "bad" | "neutral";

/** Badge tones: only a complete desa and an all-on-time desa are ever "good". */
export const REPORT_STATUS_TONE = {
  lengkap: "good",
  sebagian: "warn",
  belum_ada: "bad",
  tidak_ada_sasaran: "neutral",
} as const satisfies Record<ReportStatus, Tone>;

export const TIMELINESS_TONE = {
  tepat: "good",
  sebagian_terlambat: "warn",
  terlambat: "bad",
  tidak_ada: "neutral",
} as const satisfies Record<TimelinessStatus, Tone>;

/** Region figure: Σ counts over its desa, plus desa complete out of desa with at least one due target (a desa with
 * no due target is left out of both). */
export function poolReporting(rows: ReadonlyArray<ReportingCounts>) {
  const sum = rows.reduce(
    (a, r) => ({
      wajib: a.wajib + r.wajib,
      tercatat: a.tercatat + r.tercatat,
      tepatWaktu: a.tepatWaktu + r.tepatWaktu,
    }),
    { wajib: 0, tercatat: 0, tepatWaktu: 0 },
  );
  const withDue = rows.filter((r) => r.wajib > 0);
  return {
    ...sum,
    desaWajib: withDue.length,
    desaLengkap: withDue.filter((r) => reportStatus(r) === "lengkap").length,
  };
}
