import type { ImunisasiCampak, StatusGizi, StatusKehamilan, StatusPaud, StatusTikar } from "@/lib/enums";

/** Quarterly evaluation types (domain §6–§7). */
export type Nilai = "Y" | "T" | "TS";

export type Settings = {
  /** ANC visits the year's guide asks for: 4 (2018 forms) or 6 (K6, 2022 guide). */
  ancMinimum: 4 | 6;
  /** Length measurement rule (§6.3). */
  lengthRule: "bulan_penimbangan" | "any_month_in_quarter";
  /** Home-visit indicators for a target who is not at risk: TS (our rule) or T (reference implementation). */
  kunjunganNormal: "TS" | "T";
  /** KF visits of the nifas period mother indicator 3 asks for: 3 (the indicator's wording) or 4 (Kemenkes "KF
   * lengkap"). */
  kunjunganNifasMinimum: 3 | 4;
};

export const DEFAULT_SETTINGS: Settings = {
  ancMinimum: 4,
  lengthRule: "bulan_penimbangan",
  kunjunganNormal: "TS",
  kunjunganNifasMinimum: 3,
};

export type Period = { tahun: number; bulan: number };

export type IbuRecord = Period & {
  usiaKehamilan: number | null;
  tanggalMelahirkan: string | null;
  statusKehamilan: StatusKehamilan | null;
  pemeriksaanKehamilan: boolean;
  konsumsiPilFe: boolean;
  /** KF visits (KF1–KF4) that happened in this month, 0–4. */
  kunjunganNifas: number;
  konselingGizi: boolean;
  kunjunganRumah: boolean;
  aksesAirBersih: boolean;
  kepemilikanJamban: boolean;
  jaminanKesehatan: boolean;
};

export type AnakRecord = Period & {
  umurBulan: number;
  statusGizi: StatusGizi | null;
  statusTikar: StatusTikar;
  imunisasiDasar: boolean;
  imunisasiCampak: ImunisasiCampak;
  pengukuranBeratBadan: boolean;
  pengukuranTinggiBadan: boolean;
  konselingGiziIbu: boolean;
  konselingGiziAyah: boolean;
  kunjunganRumah: boolean;
  airBersih: boolean;
  kepemilikanJamban: boolean;
  aktaLahir: boolean;
  jaminanKesehatan: boolean;
  pengasuhanPaud: boolean;
};

export type PaudRecord = Period & { status: StatusPaud };

export type IbuStage = "trimester_1" | "trimester_2" | "trimester_3" | "bersalin";
export type AnakAgeCategory = 1 | 2 | 3 | 4;

export type IbuResult = { stage: IbuStage; status: IbuRecord["statusKehamilan"]; hasil: Nilai[] };
export type AnakResult = {
  kategoriUmur: AnakAgeCategory;
  umur: number;
  status: AnakRecord["statusGizi"];
  tikar: AnakRecord["statusTikar"];
  hasil: Nilai[];
};
export type PaudResult = { ikut: number; wajib: number };

/** Stored form of a result row: one character per indicator. */
export function encodeHasil(hasil: Nilai[]): string {
  return hasil.map((n) => (n === "TS" ? "-" : n)).join("");
}

export function decodeHasil(s: string): Nilai[] {
  return [...s].map((c) => (c === "-" ? "TS" : (c as "Y" | "T")));
}

/** diterima = count(Y); seharusnya = K − count(TS) (§7). */
export function targetTotals(hasil: Nilai[]): { diterima: number; seharusnya: number } {
  return { diterima: hasil.filter((n) => n === "Y").length, seharusnya: hasil.filter((n) => n !== "TS").length };
}
