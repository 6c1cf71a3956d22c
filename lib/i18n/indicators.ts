import type { FigureKey, FigurePart } from "@/lib/indicators/figures";

type FigureText = {
  /** The figure's name. */
  label: string;
  /** "Cara menghitung": numerator, denominator, population, the date that decides the period, what is excluded. */
  pembilang: string;
  penyebut: string | null;
  populasi: string;
  periode: string;
  dikecualikan: string;
  /** What one unit of the numbers is ("anak", "sasaran", "layanan"). */
  satuan: string;
};

const growth = (numerator: string, z: string, satuan = "anak", umur = "0–23"): FigureText => ({
  label: "",
  pembilang: `Anak yang pengukuran terakhirnya dalam periode (yang punya nilai ${z}) ${numerator}.`,
  penyebut: `Anak yang punya nilai ${z} yang wajar pada pengukuran terakhirnya dalam periode.`,
  populasi: `Setiap anak yang diukur dalam periode dan pada pengukuran terakhirnya berumur ${umur} bulan (bulan penuh pada tanggal ukur), di desa tempat pengukuran itu.`,
  periode: "Tanggal ukur: pengukuran terakhir tiap anak dalam periode yang punya nilai z tersebut.",
  dikecualikan: `Pengukuran tanpa nilai ${z} (misalnya ditimbang tanpa diukur panjangnya) dan nilai z di luar batas wajar WHO.`,
  satuan,
});

/** Copy of the "Cara menghitung" disclosure (components/dashboard/cara-menghitung.tsx) and of the drill-down
 * lists (app/(portal)/wilayah/[kode]/rincian/[angka]). The definitions are the text of docs/indicators.md. */
export const indicatorsText = {
  figures: {
    "sasaran-aktif": {
      label: "Sasaran aktif",
      pembilang: "Ibu hamil, ibu nifas dan anak 0–23 bulan yang terdaftar dan aktif pada hari terakhir periode.",
      penyebut: null,
      populasi:
        "Sasaran terdaftar di desa, menurut kelompoknya pada hari terakhir periode (anak PAUD 2–6 tahun disebut tersendiri).",
      periode: "Hari terakhir periode: umur, tanggal melahirkan dan status aktif dibaca pada hari itu.",
      dikecualikan:
        "Sasaran yang dinonaktifkan (pindah, meninggal), ibu yang masa nifasnya (42 hari) sudah lewat, anak yang belum lahir atau sudah 2 tahun.",
      satuan: "sasaran",
    },
    "anak-diukur": {
      label: "Anak 0–23 bulan diukur",
      pembilang: "Anak dalam penyebut yang diukur panjang badannya setidaknya sekali dalam periode.",
      penyebut: "Anak 0–23 bulan yang aktif pada hari terakhir periode.",
      populasi: "Anak 0–23 bulan menurut kalender: sejak lahir sampai sehari sebelum ulang tahun kedua.",
      periode: "Hari terakhir periode untuk umur dan status aktif; tanggal ukur untuk pengukuran.",
      dikecualikan:
        "Anak yang pada hari terakhir periode sudah 2 tahun, belum lahir atau nonaktif; penimbangan tanpa panjang badan.",
      satuan: "anak",
    },
    stunting: { ...growth("bernilai TB/U di bawah −2 SD", "TB/U"), label: "Prevalensi stunting (TB/U < −2 SD)" },
    "stunting-berat": { ...growth("bernilai TB/U di bawah −3 SD", "TB/U"), label: "Sangat pendek (TB/U < −3 SD)" },
    wasting: {
      ...growth("bernilai BB/PB di bawah −2 SD, atau mengalami edema", "BB/PB"),
      label: "Wasting (BB/PB < −2 SD)",
    },
    underweight: {
      ...growth("bernilai BB/U di bawah −2 SD, atau mengalami edema", "BB/U"),
      label: "Underweight (BB/U < −2 SD)",
    },
    overweight: { ...growth("bernilai BB/PB di atas +2 SD", "BB/PB"), label: "Gizi lebih (BB/PB > +2 SD)" },
    "stunting-0-59": {
      ...growth("bernilai TB/U di bawah −2 SD", "TB/U", "anak", "0–59"),
      label: "Prevalensi stunting 0–59 bulan (TB/U < −2 SD)",
    },
    "wasting-0-59": {
      ...growth("bernilai BB/TB di bawah −2 SD, atau mengalami edema", "BB/TB", "anak", "0–59"),
      label: "Wasting 0–59 bulan (BB/TB < −2 SD)",
    },
    "underweight-0-59": {
      ...growth("bernilai BB/U di bawah −2 SD, atau mengalami edema", "BB/U", "anak", "0–59"),
      label: "Underweight 0–59 bulan (BB/U < −2 SD)",
    },
    "overweight-0-59": {
      ...growth("bernilai BB/TB di atas +2 SD", "BB/TB", "anak", "0–59"),
      label: "Gizi lebih 0–59 bulan (BB/TB > +2 SD)",
    },
    "kelengkapan-laporan": {
      label: "Kelengkapan laporan",
      pembilang: "Sasaran wajib lapor yang sudah punya catatan pemantauan bulan itu.",
      penyebut:
        "Sasaran wajib lapor: ibu hamil, ibu nifas dan anak 0–23 bulan yang aktif pada hari terakhir bulan laporan.",
      populasi: "Sasaran desa; sebuah desa disebut lengkap hanya bila semua sasaran wajib lapornya punya catatan.",
      periode: "Bulan laporan (bulan terakhir periode yang sudah berjalan).",
      dikecualikan: "Sasaran nonaktif, ibu yang masa nifasnya sudah lewat, anak yang sudah 2 tahun atau belum lahir.",
      satuan: "sasaran",
    },
    "ketepatan-waktu": {
      label: "Ketepatan waktu laporan",
      pembilang: "Catatan yang disimpan paling lambat tanggal batas (bawaan: tanggal 10 bulan berikutnya).",
      penyebut: "Catatan pemantauan bulan laporan dari sasaran wajib lapor.",
      populasi: "Catatan Formulir 2A dan 2B sasaran desa.",
      periode: "Bulan laporan; tanggal simpan pertama catatan menentukan tepat atau terlambat.",
      dikecualikan: "Sasaran yang belum punya catatan (dihitung di kelengkapan, bukan di sini).",
      satuan: "catatan",
    },
    konvergensi: {
      label: "Tingkat konvergensi",
      pembilang: "Layanan yang diterima sasaran (ibu dan anak 0–23 bulan) menurut scorecard.",
      penyebut: "Layanan yang seharusnya diterima sasaran yang sama.",
      populasi: "Desa yang triwulannya sudah disetujui kepala desa.",
      periode: "Triwulan scorecard yang jatuh dalam periode.",
      dikecualikan: "Triwulan yang masih draf atau diajukan; indikator yang tidak berlaku (TS).",
      satuan: "layanan",
    },
    "cakupan-paket": {
      label: "Cakupan paket layanan",
      pembilang: "Indikator scorecard paket itu yang bernilai Y.",
      penyebut: "Indikator scorecard paket itu yang berlaku (Y atau T).",
      populasi: "Sasaran desa yang triwulannya sudah disetujui.",
      periode: "Triwulan scorecard yang jatuh dalam periode.",
      dikecualikan: "Triwulan yang belum disetujui; nilai TS.",
      satuan: "nilai",
    },
    "pagu-stunting": {
      label: "Pagu stunting APBDes",
      pembilang: "Jumlah pagu baris APBDes yang ditandai stunting.",
      penyebut: null,
      populasi: "Desa dengan APBDes tahun itu yang sudah disetujui (versi terakhir yang disetujui).",
      periode: "Tahun anggaran periode.",
      dikecualikan: "APBDes yang masih draf; desa tanpa APBDes.",
      satuan: "rupiah",
    },
    realisasi: {
      label: "Realisasi stunting",
      pembilang: "Realisasi baris stunting APBDes yang disetujui.",
      penyebut: "Pagu baris stunting APBDes yang sama.",
      populasi: "Desa dengan APBDes tahun itu yang sudah disetujui.",
      periode: "Tahun anggaran periode.",
      dikecualikan: "APBDes yang masih draf; desa tanpa APBDes.",
      satuan: "rupiah",
    },
    "pagu-per-sasaran": {
      label: "Pagu per sasaran",
      pembilang: "Pagu stunting APBDes yang disetujui.",
      penyebut:
        "Sasaran aktif (ibu hamil, ibu nifas, anak 0–23 bulan) pada hari terakhir periode di desa yang punya anggaran itu.",
      populasi: "Desa dengan APBDes tahun itu yang sudah disetujui.",
      periode: "Tahun anggaran; sasaran dihitung pada hari terakhir periode.",
      dikecualikan: "Desa tanpa APBDes disetujui: sasarannya tidak ikut dibagi.",
      satuan: "rupiah",
    },
  } satisfies Record<FigureKey, FigureText>,
  /** components/dashboard/cara-menghitung.tsx */
  disclosure: {
    summary: "Cara menghitung",
    summaryOf: (label: string) => `: ${label}`,
    /** Where one card shows two figures, each summary names its figure. */
    summaryNamed: (label: string) => `Cara menghitung ${label}`,
    terms: {
      pembilang: "Pembilang",
      penyebut: "Penyebut",
      populasi: "Populasi",
      periode: "Tanggal penentu periode",
      dikecualikan: "Tidak dihitung",
    },
    ratio: (numerator: string, denominator: string, satuan: string | null) =>
      satuan ? `${numerator} dari ${denominator} ${satuan}` : `${numerator} dari ${denominator}`,
    count: (n: string, satuan: string) => `${n} ${satuan}`,
    listLink: {
      pembilang: (n: string) => `Lihat daftar pembilang (${n})`,
      penyebut: (n: string) => `Lihat daftar penyebut (${n})`,
    },
    cellSummary: (label: string, desa: string) => ` — cara menghitung ${label} di ${desa}`,
  },
  /** app/(portal)/wilayah/[kode]/rincian/[angka]/page.tsx */
  rincian: {
    metaTitle: "Rincian angka",
    title: (label: string, part: string) => `${label}: ${part}`,
    part: { pembilang: "daftar pembilang", penyebut: "daftar penyebut" } satisfies Record<FigurePart, string>,
    countSasaran: (n: string, period: string) => `${n} sasaran, ${period}.`,
    countDesa: (n: string, total: string, period: string) => `${n} desa; jumlah ${total}, ${period}.`,
    back: "Kembali ke ringkasan",
    caption: "Sasaran di balik angka ini",
    captionDesa: "Desa di balik angka ini",
    head: {
      nama: "Nama",
      nik: "NIK",
      desa: "Desa",
      posyandu: "Posyandu",
      kelompok: "Kelompok",
      tanggal: "Tanggal",
      nilai: "Nilai",
    },
    headDesa: { desa: "Desa", kecamatan: "Kecamatan", nilai: "Nilai" },
    empty: "Tidak ada sasaran di balik angka ini pada periode ini.",
    emptyDesa: "Tidak ada desa di balik angka ini pada periode ini.",
    noValue: "–",
    z: (index: string, z: string) => `${index} ${z}`,
    zIndex: { haz: "TB/U", waz: "BB/U", whz: "BB/PB" },
    oedema: "edema",
    savedOn: (date: string) => `disimpan ${date}`,
    noRecord: "belum ada catatan",
    lengthOn: (date: string) => `diukur ${date}`,
    notMeasured: "belum diukur",
  },
} as const;
