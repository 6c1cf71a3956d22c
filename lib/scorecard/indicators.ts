/** The scorecard indicators (domain §6.1 ibu hamil, §6.2 anak 0–23 bulan, §6.4 PAUD), with the paket layanan
 * each belongs to (§5.1). Pure data: APBDes lines name the indicators they fund, the scorecard labels its rows. */

export type IndicatorKelompok = "ibu" | "anak" | "paud";
export type IndicatorPaket = "kia" | "gizi" | "air_sanitasi" | "perlindungan_sosial" | "paud";

export type Indicator = {
  /** Stored form, e.g. "ibu:1", "anak:10", "paud:1". */
  key: `${IndicatorKelompok}:${number}`;
  kelompok: IndicatorKelompok;
  nomor: number;
  label: string;
  paket: IndicatorPaket;
};

export const INDICATORS = [
  {
    key: "ibu:1",
    kelompok: "ibu",
    nomor: 1,
    label: "Ibu hamil memeriksakan kehamilan (ANC) sesuai standar",
    paket: "kia",
  },
  {
    key: "ibu:2",
    kelompok: "ibu",
    nomor: 2,
    label: "Ibu hamil mendapat dan minum 1 tablet tambah darah setiap hari minimal 90 hari",
    paket: "kia",
  },
  {
    key: "ibu:3",
    kelompok: "ibu",
    nomor: 3,
    label: "Ibu bersalin mendapat pemeriksaan nifas oleh tenaga kesehatan minimal 3 kali",
    paket: "kia",
  },
  {
    key: "ibu:4",
    kelompok: "ibu",
    nomor: 4,
    label: "Ibu hamil mengikuti konseling gizi/kelas ibu hamil minimal 4 kali",
    paket: "gizi",
  },
  {
    key: "ibu:5",
    kelompok: "ibu",
    nomor: 5,
    label: "Ibu hamil KEK/risiko tinggi mendapat kunjungan rumah terpadu bidan desa setiap bulan",
    paket: "gizi",
  },
  {
    key: "ibu:6",
    kelompok: "ibu",
    nomor: 6,
    label: "Rumah tangga ibu hamil memiliki akses air minum layak",
    paket: "air_sanitasi",
  },
  {
    key: "ibu:7",
    kelompok: "ibu",
    nomor: 7,
    label: "Rumah tangga ibu hamil memiliki jamban layak",
    paket: "air_sanitasi",
  },
  {
    key: "ibu:8",
    kelompok: "ibu",
    nomor: 8,
    label: "Ibu hamil memiliki jaminan kesehatan",
    paket: "perlindungan_sosial",
  },
  { key: "anak:1", kelompok: "anak", nomor: 1, label: "Anak mendapat imunisasi dasar lengkap", paket: "kia" },
  {
    key: "anak:2",
    kelompok: "anak",
    nomor: 2,
    label: "Anak ditimbang berat badannya di posyandu setiap bulan",
    paket: "kia",
  },
  {
    key: "anak:3",
    kelompok: "anak",
    nomor: 3,
    label: "Anak diukur panjang/tinggi badannya oleh tenaga terlatih minimal 2 kali setahun",
    paket: "kia",
  },
  {
    key: "anak:4",
    kelompok: "anak",
    nomor: 4,
    label: "Orang tua/pengasuh mengikuti konseling gizi setiap bulan",
    paket: "gizi",
  },
  {
    key: "anak:5",
    kelompok: "anak",
    nomor: 5,
    label: "Anak gizi kurang/gizi buruk/stunting mendapat kunjungan rumah terpadu setiap bulan",
    paket: "gizi",
  },
  {
    key: "anak:6",
    kelompok: "anak",
    nomor: 6,
    label: "Rumah tangga anak memiliki akses air minum layak",
    paket: "air_sanitasi",
  },
  {
    key: "anak:7",
    kelompok: "anak",
    nomor: 7,
    label: "Rumah tangga anak memiliki jamban layak",
    paket: "air_sanitasi",
  },
  { key: "anak:8", kelompok: "anak", nomor: 8, label: "Anak memiliki akta kelahiran", paket: "perlindungan_sosial" },
  { key: "anak:9", kelompok: "anak", nomor: 9, label: "Anak memiliki jaminan kesehatan", paket: "perlindungan_sosial" },
  {
    key: "anak:10",
    kelompok: "anak",
    nomor: 10,
    label: "Orang tua mengikuti kelas pengasuhan (BKB) setiap bulan",
    paket: "paud",
  },
  {
    key: "paud:1",
    kelompok: "paud",
    nomor: 1,
    label: "Anak usia 2–6 tahun terdaftar dan aktif mengikuti layanan PAUD",
    paket: "paud",
  },
] as const satisfies readonly Indicator[];

export type IndicatorKey = (typeof INDICATORS)[number]["key"];

export const INDICATOR_KELOMPOK_LABELS: Record<IndicatorKelompok, string> = {
  ibu: "Ibu hamil",
  anak: "Anak 0–23 bulan",
  paud: "Anak 2–6 tahun (PAUD)",
};
