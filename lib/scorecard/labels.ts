import { INDICATORS } from "./indicators";

/** Scorecard wording in one place (Formulir 3A/3B/4); indicator names come from ./indicators. */
const labelsOf = (kelompok: "ibu" | "anak" | "paud") =>
  INDICATORS.filter((i) => i.kelompok === kelompok).map((i) => i.label as string);

export const IBU_INDICATORS: readonly string[] = labelsOf("ibu");
export const ANAK_INDICATORS: readonly string[] = labelsOf("anak");
export const PAUD_INDICATOR = labelsOf("paud")[0];

export const STAGE_LABELS: Record<string, string> = {
  trimester_1: "Trimester 1",
  trimester_2: "Trimester 2",
  trimester_3: "Trimester 3",
  bersalin: "Ibu bersalin/nifas",
  "1": "0–5 bulan",
  "2": "6–12 bulan",
  "3": "13–17 bulan",
  "4": "18–23 bulan",
};

export const STATUS_PERIODE_LABELS = { draft: "Draf", diajukan: "Diajukan", disetujui: "Disetujui" } as const;

export const NILAI_LABELS = { Y: "Y (diterima)", T: "T (tidak diterima)", TS: "TS (tidak sesuai tahap)" } as const;
