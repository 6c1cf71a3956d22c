/** Indonesian labels for the monthly forms, in one place. Order follows Formulir 2A/2B. */
export const IBU_FLAGS = [
  ["pemeriksaanKehamilan", "Pemeriksaan kehamilan (ANC) bulan ini"],
  ["konsumsiPilFe", "Konsumsi pil Fe (TTD)"],
  ["pemeriksaanNifas", "Pemeriksaan nifas"],
  ["konselingGizi", "Konseling gizi / kelas ibu hamil"],
  ["kunjunganRumah", "Kunjungan rumah oleh bidan desa"],
  ["aksesAirBersih", "Kepemilikan akses air bersih"],
  ["kepemilikanJamban", "Kepemilikan jamban"],
  ["jaminanKesehatan", "Jaminan kesehatan (JKN)"],
] as const;

export const ANAK_FLAGS = [
  ["imunisasiDasar", "Imunisasi dasar bulan ini / lengkap"],
  ["pengukuranBeratBadan", "Ditimbang bulan ini"],
  ["pengukuranTinggiBadan", "Diukur panjang/tinggi bulan ini"],
  ["konselingGiziIbu", "Ibu ikut konseling gizi"],
  ["konselingGiziAyah", "Ayah/pengasuh ikut konseling gizi"],
  ["kunjunganRumah", "Kunjungan rumah"],
  ["airBersih", "Kepemilikan akses air bersih"],
  ["kepemilikanJamban", "Kepemilikan jamban"],
  ["aktaLahir", "Memiliki akta kelahiran"],
  ["jaminanKesehatan", "Jaminan kesehatan (JKN)"],
  ["pengasuhanPaud", "Orang tua ikut kelas pengasuhan (BKB/PAUD)"],
] as const;

/** Flags that describe the household or documents rather than this month's service: carried from the
 * previous month as the form's starting point. */
export const CARRIED_FLAGS = [
  "aksesAirBersih",
  "kepemilikanJamban",
  "jaminanKesehatan",
  "airBersih",
  "aktaLahir",
  "imunisasiDasar",
] as const;

export const STATUS_KEHAMILAN_LABELS = { normal: "Normal (N)", risti: "Risiko tinggi (Risti)", kek: "KEK" } as const;
export const STATUS_GIZI_LABELS = {
  N: "Normal (N)",
  GK: "Gizi kurang (GK)",
  GB: "Gizi buruk (GB)",
  S: "Stunting (S)",
} as const;
export const STATUS_TIKAR_LABELS = { TD: "Tidak diukur", H: "Hijau", K: "Kuning", M: "Merah" } as const;
export const STATUS_PAUD_LABELS = {
  belum: "Belum / tidak berlaku",
  mengikuti: "Mengikuti PAUD",
  tidak_mengikuti: "Tidak mengikuti",
} as const;
export const CARA_UKUR_LABELS = {
  terlentang: "Terlentang (panjang badan)",
  berdiri: "Berdiri (tinggi badan)",
} as const;
