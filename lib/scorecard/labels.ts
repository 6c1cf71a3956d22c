/** Scorecard wording in one place (Formulir 3A/3B/4). */
export const IBU_INDICATORS = [
  "Ibu hamil periksa kehamilan (ANC) sesuai standar",
  "Ibu hamil mendapat dan minum 1 tablet tambah darah setiap hari minimal 90 hari",
  "Ibu bersalin mendapat layanan nifas oleh nakes minimal 3 kali",
  "Ibu hamil mengikuti konseling gizi / kelas ibu hamil minimal 4 kali",
  "Ibu hamil KEK/Risti mendapat kunjungan rumah oleh bidan desa minimal 1 bulan sekali",
  "Rumah tangga ibu hamil memiliki sumber air minum layak",
  "Rumah tangga ibu hamil memiliki jamban keluarga layak",
  "Ibu hamil memiliki jaminan layanan kesehatan",
] as const;

export const ANAK_INDICATORS = [
  "Anak usia 0–23 bulan mendapat imunisasi dasar lengkap",
  "Anak ditimbang berat badannya di posyandu setiap bulan",
  "Anak diukur panjang/tinggi badannya oleh tenaga terlatih minimal 2 kali setahun",
  "Orang tua/pengasuh mengikuti konseling gizi setiap bulan",
  "Anak gizi kurang/gizi buruk/stunting mendapat kunjungan rumah minimal 1 bulan sekali",
  "Rumah tangga anak memiliki sumber air minum layak",
  "Rumah tangga anak memiliki jamban keluarga layak",
  "Anak memiliki akta kelahiran",
  "Anak memiliki jaminan layanan kesehatan",
  "Orang tua/pengasuh mengikuti kelas pengasuhan (BKB/PAUD) minimal 1 bulan sekali",
] as const;

export const PAUD_INDICATOR = "Anak usia 2–6 tahun terdaftar dan aktif mengikuti layanan PAUD";

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
