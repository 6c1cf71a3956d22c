import type { SkdnGroup, SkdnLine, SkdnNameLine, SkdnRatio } from "@/lib/pemantauan/skdn";

/** Copy of the posyandu's monthly SKDN report (page, print, Excel). Definitions: docs/indicators.md "SKDN". */
export const skdnText = {
  link: "Laporan SKDN",
  page: {
    metaTitle: "Laporan SKDN",
    title: "Laporan SKDN",
    heading: "Laporan Bulanan SKDN Posyandu",
    month: (bulan: string) => `Bulan ${bulan}`,
    posyanduLabel: "Posyandu",
    allPosyandu: "Semua posyandu",
    show: "Tampilkan",
    print: "Cetak",
    excel: "Unduh Excel",
    back: "Kembali ke posyandu",
    desa: "Desa/kelurahan",
    kecamatan: "Kecamatan",
    kabupaten: "Kabupaten",
    scope: "Posyandu",
    summary: "Rekapitulasi",
    perPosyandu: (kelompok: string) => `Per posyandu, ${kelompok}`,
    lineHead: "Uraian",
    codeHead: "Kode",
    posyanduHead: "Posyandu",
    total: "Jumlah desa",
    names: "Nama anak untuk tindak lanjut kader",
    namesEmpty: "Tidak ada",
    namesCaption: (n: string) => `(${n} anak)`,
    definitions: "Cara menghitung",
    definitionsNote:
      "Naik (N) mengikuti KMS: ditimbang bulan ini dan bulan lalu, kenaikan berat paling sedikit kenaikan berat badan minimal (KBM) menurut umur (1 bln 800 g, 2 bln 900 g, 3 bln 800 g, 4 bln 600 g, 5 bln 500 g, 6 bln 400 g, 7–11 bln 300 g, 12–59 bln 200 g). Anak dihitung di posyandu tempatnya terdaftar sekarang.",
    empty: "Belum ada posyandu di desa ini.",
    ariaLabel: "Laporan SKDN untuk dicetak",
    inactive: (nama: string) => `${nama} (nonaktif)`,
  },
  workbook: {
    sheet: "SKDN",
    title: "Laporan SKDN",
    perPosyanduSheet: "SKDN per posyandu",
    perPosyanduTitle: "Laporan SKDN per posyandu",
    namesSheet: "Nama anak",
    namesTitle: "Nama anak di baris N, T, 2T dan BGM",
    kelompokHead: "Kelompok umur",
    namaHead: "Nama anak",
    tanggalLahirHead: "Tanggal lahir",
    posyanduNote: (nama: string) => `Posyandu: ${nama}`,
    legendLines: "Baris laporan SKDN",
    fileName: (kode: string, bulan: string) => `skdn-${kode}-${bulan}.xlsx`,
  },
};

/** The line codes as the register writes them. */
export const SKDN_CODES = {
  S: "S",
  K: "K",
  D: "D",
  N: "N",
  T: "T",
  duaT: "2T",
  O: "O",
  B: "B",
  BGM: "BGM",
  bbKurang: "BB kurang",
} as const satisfies Record<SkdnLine, string>;

/** What each line is, in the cadres' words (docs/indicators.md "SKDN" has the exact rules). */
export const SKDN_LINE_LABELS = {
  S: "Jumlah anak di wilayah posyandu",
  K: "Anak yang memiliki Buku KIA/KMS",
  D: "Anak yang ditimbang bulan ini",
  N: "Berat badan naik (sesuai KBM)",
  T: "Berat badan tidak naik",
  duaT: "Tidak naik 2 bulan berturut-turut",
  O: "Tidak ditimbang bulan lalu",
  B: "Baru pertama kali ditimbang",
  BGM: "Di bawah garis merah (BB/U < −3 SD)",
  bbKurang: "Berat badan kurang (BB/U < −2 SD)",
} as const satisfies Record<SkdnLine, string>;

export const SKDN_GROUP_LABELS = {
  anak_0_23: "0–23 bln",
  balita_24_59: "24–59 bln",
  semua: "0–59 bln",
} as const satisfies Record<SkdnGroup, string>;

export const SKDN_RATIO_CODES = { DS: "D/S", ND: "N/D", KS: "K/S" } as const satisfies Record<SkdnRatio, string>;

export const SKDN_RATIO_LABELS = {
  DS: "D/S (partisipasi)",
  ND: "N/D (naik dari yang ditimbang)",
  KS: "K/S (cakupan Buku KIA)",
} as const satisfies Record<SkdnRatio, string>;

export const SKDN_NAME_LINE_LABELS = {
  N: "N — naik",
  T: "T — tidak naik",
  duaT: "2T — tidak naik 2 bulan berturut-turut (rujuk ke Puskesmas)",
  BGM: "BGM — di bawah garis merah",
} as const satisfies Record<SkdnNameLine, string>;
