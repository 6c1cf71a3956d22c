import type { KelompokKonvergensi } from "@/lib/enums";
import { INDICATOR_LABELS } from "@/lib/i18n/scorecard";

/** The scorecard indicators (domain §6.1 ibu hamil, §6.2 anak 0–23 bulan, §6.4 PAUD), with the paket layanan
 * each belongs to (§5.1). Pure data: APBDes lines name the indicators they fund, the scorecard labels its rows
 * (names in lib/i18n/scorecard.ts, INDICATOR_LABELS). */

export type IndicatorKelompok = KelompokKonvergensi;
export type IndicatorPaket = "kia" | "gizi" | "air_sanitasi" | "perlindungan_sosial" | "paud";

export type Indicator = {
  /** Stored form, e.g. "ibu:1", "anak:10", "paud:1". */
  key: `${IndicatorKelompok}:${number}`;
  kelompok: IndicatorKelompok;
  nomor: number;
  label: string;
  paket: IndicatorPaket;
};

const RULES = [
  { key: "ibu:1", kelompok: "ibu", nomor: 1, paket: "kia" },
  { key: "ibu:2", kelompok: "ibu", nomor: 2, paket: "kia" },
  { key: "ibu:3", kelompok: "ibu", nomor: 3, paket: "kia" },
  { key: "ibu:4", kelompok: "ibu", nomor: 4, paket: "gizi" },
  { key: "ibu:5", kelompok: "ibu", nomor: 5, paket: "gizi" },
  { key: "ibu:6", kelompok: "ibu", nomor: 6, paket: "air_sanitasi" },
  { key: "ibu:7", kelompok: "ibu", nomor: 7, paket: "air_sanitasi" },
  { key: "ibu:8", kelompok: "ibu", nomor: 8, paket: "perlindungan_sosial" },
  { key: "anak:1", kelompok: "anak", nomor: 1, paket: "kia" },
  { key: "anak:2", kelompok: "anak", nomor: 2, paket: "kia" },
  { key: "anak:3", kelompok: "anak", nomor: 3, paket: "kia" },
  { key: "anak:4", kelompok: "anak", nomor: 4, paket: "gizi" },
  { key: "anak:5", kelompok: "anak", nomor: 5, paket: "gizi" },
  { key: "anak:6", kelompok: "anak", nomor: 6, paket: "air_sanitasi" },
  { key: "anak:7", kelompok: "anak", nomor: 7, paket: "air_sanitasi" },
  { key: "anak:8", kelompok: "anak", nomor: 8, paket: "perlindungan_sosial" },
  { key: "anak:9", kelompok: "anak", nomor: 9, paket: "perlindungan_sosial" },
  { key: "anak:10", kelompok: "anak", nomor: 10, paket: "paud" },
  { key: "paud:1", kelompok: "paud", nomor: 1, paket: "paud" },
] as const satisfies readonly Omit<Indicator, "label">[];

export type IndicatorKey = (typeof RULES)[number]["key"];

export const INDICATORS = RULES.map((r) => ({ ...r, label: INDICATOR_LABELS[r.key] }));

const labelsOf = (kelompok: IndicatorKelompok) =>
  INDICATORS.filter((i) => i.kelompok === kelompok).map((i) => i.label as string);

/** Row names of the scorecard tables, in indicator order. */
export const IBU_INDICATORS: readonly string[] = labelsOf("ibu");
export const ANAK_INDICATORS: readonly string[] = labelsOf("anak");
export const PAUD_INDICATOR = labelsOf("paud")[0];
