/** Test helpers for the quarterly Y/T/TS engine (domain §6–§7). Not imported by application code.
 *
 * Builders default every yes/no flag to false so a fixture only states what the spec table needs:
 *   ibuRec({ tahun: 2026, bulan: 2, usiaKehamilan: 5, pemeriksaanKehamilan: true })
 *   anakRec({ tahun: 2026, bulan: 8, umurBulan: 9, pengukuranTinggiBadan: true })
 */
import { addMonths } from "@/lib/periods";
import { decodeHasil, DEFAULT_SETTINGS } from "./types";
import type { AnakRecord, IbuRecord, Nilai, PaudRecord, Period, Settings } from "./types";

export function ibuRec(o: Period & Partial<IbuRecord>): IbuRecord {
  return {
    usiaKehamilan: 2,
    tanggalMelahirkan: null,
    statusKehamilan: "normal",
    pemeriksaanKehamilan: false,
    konsumsiPilFe: false,
    kunjunganNifas: 0,
    konselingGizi: false,
    kunjunganRumah: false,
    aksesAirBersih: false,
    kepemilikanJamban: false,
    jaminanKesehatan: false,
    ...o,
  };
}

/** Every ibu flag true (status stays as given, default normal). */
export const IBU_ALL: Partial<IbuRecord> = {
  pemeriksaanKehamilan: true,
  konsumsiPilFe: true,
  kunjunganNifas: 1,
  konselingGizi: true,
  kunjunganRumah: true,
  aksesAirBersih: true,
  kepemilikanJamban: true,
  jaminanKesehatan: true,
};

export function anakRec(o: Period & Partial<AnakRecord>): AnakRecord {
  return {
    umurBulan: 0,
    statusGizi: "N",
    statusTikar: "H",
    imunisasiDasar: false,
    imunisasiCampak: "belum",
    pengukuranBeratBadan: false,
    pengukuranTinggiBadan: false,
    konselingGiziIbu: false,
    konselingGiziAyah: false,
    kunjunganRumah: false,
    airBersih: false,
    kepemilikanJamban: false,
    aktaLahir: false,
    jaminanKesehatan: false,
    pengasuhanPaud: false,
    ...o,
  };
}

/** Every anak yes/no flag true, measles "sudah" (status stays as given, default N). */
export const ANAK_ALL: Partial<AnakRecord> = {
  imunisasiDasar: true,
  imunisasiCampak: "sudah",
  pengukuranBeratBadan: true,
  pengukuranTinggiBadan: true,
  konselingGiziIbu: true,
  konselingGiziAyah: true,
  kunjunganRumah: true,
  airBersih: true,
  kepemilikanJamban: true,
  aktaLahir: true,
  jaminanKesehatan: true,
  pengasuhanPaud: true,
};

/** One record per month for `count` consecutive months from `from`, umur rising by one each month.
 * `each(i)` gives per-month overrides (i = 0 for the first month). */
export function anakMonths(
  from: Period,
  count: number,
  umurAtFrom: number,
  each: (i: number, p: Period) => Partial<AnakRecord> = () => ({}),
): AnakRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const p = addMonths(from, i);
    return anakRec({ ...p, umurBulan: umurAtFrom + i, ...each(i, p) });
  });
}

export function paudRec(tahun: number, bulan: number, status: PaudRecord["status"]): PaudRecord {
  return { tahun, bulan, status };
}

export function settings(o: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...o };
}

/** Spec-table notation: h("Y T TS Y") → ["Y","T","TS","Y"]. */
export function h(s: string): Nilai[] {
  return s.trim().split(/\s+/) as Nilai[];
}

/** Stored notation: "YT-" → ["Y","T","TS"] (same as decodeHasil; kept for readability in aggregation tests). */
export const row = (s: string): Nilai[] => decodeHasil(s);

/** Display percentage with one decimal, as the scorecard shows it. */
export const pct = (ratio: number | null): string | null => (ratio === null ? null : (ratio * 100).toFixed(1));
