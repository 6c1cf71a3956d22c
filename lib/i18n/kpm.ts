import { JENIS_PELATIHAN, type JenisKegiatan, type JenisPelatihan } from "@/lib/enums";
import type { InsentifKpm } from "@/lib/kpm/types";

/** Copy of the KPM performance and training pages, their actions, schemas and Excel export. Names of training
 * kinds, incentive states and short activity names are the label maps at the end. */
export const kpmText = {
  page: {
    metaTitle: "Kinerja KPM",
    title: "Kinerja dan pembinaan KPM",
    downloadExcel: "Unduh Excel",
    loadingKinerja: "Memuat kinerja KPM",
    loadingPelatihan: "Memuat pelatihan",
    edited: "Perubahan pelatihan disimpan.",
  },
  edit: {
    metaTitle: "Ubah pelatihan",
    title: "Ubah pelatihan, rakor, atau bimtek",
    back: "Kembali ke daftar",
  },
  kinerja: {
    heading: "Kinerja KPM",
    summary: (n: {
      kpm: string;
      desaTanpaKpm: string;
      tanpaPelatihan: string;
      desaInsentif: string;
      desaBerAPBDes: string;
      tahun: string;
    }) =>
      `${n.kpm} akun KPM · ${n.desaTanpaKpm} desa/kelurahan belum ada KPM · ${n.tanpaPelatihan} KPM tanpa pelatihan dalam 12 bulan · ${n.desaInsentif} dari ${n.desaBerAPBDes} desa menganggarkan insentif KPM (APBDes disetujui ${n.tahun}).`,
    windowNav: "Jendela waktu",
    windowMonths: (n: number) => `${n} bulan`,
    filterNav: "Saring KPM",
    all: "Semua",
    tanpaPelatihan: (n: number) => `Tanpa pelatihan 12 bulan (${n})`,
    tanpaKpm: (n: number) => `Belum ada KPM (${n})`,
    windowNote: (start: string, end: string) =>
      `Bulan penuh ${start} – ${end}. Kelengkapan laporan = sasaran wajib lapor (ibu hamil, ibu nifas, anak 0–23 bulan pada akhir bulan) yang punya catatan Formulir 2A/2B bulan itu, dijumlah atas semua bulan; tepat waktu = catatan itu pertama kali disimpan paling lambat tanggal batas bulan berikutnya (bawaan tanggal 10, WIB), seperti di dasbor. Kegiatan dihitung dari laporan kegiatan KPM.`,
    noMatchTitle: "Tidak ada baris yang cocok dengan saringan ini",
    noMatchLead: "Ubah saringan di atas atau ",
    clearFilters: "Hapus saringan",
  },
  table: {
    countOf: (n: number, of: number) => `(${n}/${of})`,
    monthsComplete: (n: number, of: number) => `${n}/${of} bln lengkap`,
    kpm: "KPM",
    noKpm: "Belum ada KPM",
    desa: "Desa/Kelurahan",
    kecamatan: (nama: string) => `Kec. ${nama}`,
    kelengkapan: "Kelengkapan laporan",
    tepatWaktu: "Tepat waktu",
    sasaran: "Sasaran aktif",
    kegiatan: "Kegiatan",
    perMonth: (n: string) => `(${n}/bln)`,
    pelatihanTerakhir: "Pelatihan terakhir",
    neverTrained: "Belum pernah",
    tanpaPelatihan: "Tanpa pelatihan 12 bulan",
    insentif: (tahun: number) => `Insentif KPM di APBDes ${tahun}`,
    caption: "Kinerja KPM per desa",
  },
  tanpaPelatihan: {
    title: (n: number) => `KPM tanpa pelatihan dalam 12 bulan terakhir (${n})`,
    kelurahan: "Kelurahan",
    desa: "Desa",
    kecamatan: (nama: string) => `, Kec. ${nama}`,
    lastTraining: (tanggal: string) => `Pelatihan terakhir ${tanggal}`,
    never: "Belum pernah mengikuti pelatihan",
    allTrained: "Semua KPM sudah mengikuti pelatihan atau pembinaan dalam 12 bulan terakhir.",
  },
  pelatihan: {
    heading: "Pelatihan dan pembinaan KPM",
    formTitle: "Catat pelatihan, rakor, atau bimtek",
  },
  form: {
    ariaLabel: "Catat pelatihan",
    editAriaLabel: "Ubah pelatihan",
    jenis: "Jenis kegiatan",
    jenisPlaceholder: "— Pilih jenis —",
    tanggal: "Tanggal",
    tanggalHint: "Tanggal setelah hari ini dicatat sebagai rencana pelatihan.",
    topik: "Topik",
    tempat: "Tempat",
    penyelenggara: "Penyelenggara",
    penyelenggaraHint: "Misalnya DPMD, Dinas Sosial, Dinas Kesehatan",
    submit: "Simpan pelatihan",
    submitEdit: "Simpan perubahan",
  },
  tamu: {
    legend: "KPM tanpa akun",
    hint: "Peserta yang belum punya akun Tumbuh: tulis nama dan pilih desanya. Baris kosong diabaikan.",
    nama: (n: number) => `Nama peserta ${n}`,
    desa: (n: number) => `Desa peserta ${n}`,
    desaPlaceholder: "— Pilih desa —",
  },
  peserta: {
    legend: "KPM yang hadir",
    none: "Belum ada akun KPM aktif di wilayah ini.",
  },
  list: {
    emptyTitle: "Belum ada pelatihan atau pembinaan yang dicatat",
    emptyWriter: "Catat pelatihan atau bimtek KPM dengan formulir di atas.",
    emptyReader: "TPPS kabupaten dan tim kecamatan mencatat pelatihan dan bimtek KPM; daftarnya tampil di sini.",
    /** Names the event in the delete form: `pelatihan "Topik"`. */
    itemLabel: (jenis: string, topik: string) => `${jenis} "${topik}"`,
    organisedFor: (wilayah: string) => `Diselenggarakan untuk ${wilayah}`,
    hadir: (n: number) => `Hadir (${n} KPM):`,
    others: (n: number) => ` dan ${n} KPM dari wilayah lain`,
    tanpaAkun: (nama: string, desa: string) => `${nama} (${desa}, tanpa akun)`,
    edit: "Ubah",
    editLabel: (label: string) => `Ubah ${label}`,
    plannedHeading: (n: number) => `Rencana pelatihan (${n})`,
    plannedEmpty: "Belum ada pelatihan yang direncanakan. Catat pelatihan dengan tanggal setelah hari ini.",
    heldHeading: (n: number) => `Pelatihan terlaksana (${n})`,
    deleteQuestion: (label: string) => `Hapus ${label} beserta daftar hadirnya? Tindakan ini tidak dapat dibatalkan.`,
  },
  /** Messages of app/(portal)/wilayah/[kode]/kpm/actions.ts. */
  actions: {
    pesertaOutside: "Peserta harus akun KPM aktif dari desa di wilayah ini.",
    tamuOutside: "Desa peserta tanpa akun harus desa di wilayah ini.",
    saved: (jenis: string, topik: string, tanggal: string, hadir: number) =>
      `${jenis} "${topik}" tanggal ${tanggal} disimpan (${hadir} KPM hadir).`,
    planned: (jenis: string, topik: string, tanggal: string, peserta: number) =>
      `${jenis} "${topik}" direncanakan tanggal ${tanggal} (${peserta} KPM diundang).`,
    deleted: "Kegiatan pembinaan dihapus.",
  },
  /** Messages of lib/kpm/schemas.ts. */
  schema: {
    kodeInvalid: "Kode wilayah tidak valid.",
    notFound: "Data tidak ditemukan.",
    required: (label: string) => `${label} wajib diisi.`,
    tooLong: (label: string, max: number) => `${label} paling banyak ${max} karakter.`,
    tanggalRequired: "Tanggal wajib diisi.",
    tanggalInvalid: "Tanggal tidak valid.",
    tanggalTooOld: "Tanggal terlalu jauh di masa lalu.",
    tanggalTooFar: "Tanggal paling lambat dua tahun dari hari ini.",
    pesertaInvalid: "Pilihan KPM tidak valid.",
    pesertaMin: "Pilih minimal satu KPM yang hadir, atau isi KPM tanpa akun.",
    tamuNama: "Nama peserta wajib diisi bila desanya dipilih.",
    tamuDesa: "Pilih desa peserta ini.",
    nama: "Nama peserta",
    pesertaMax: "Terlalu banyak peserta dipilih.",
    jenis: "Pilih jenis kegiatan.",
    tempat: "Tempat",
    topik: "Topik",
    penyelenggara: "Penyelenggara",
  },
  /** Sheets, titles and column headings of lib/kpm/workbook.ts. */
  workbook: {
    kinerjaSheet: "Kinerja KPM",
    kinerjaTitle: (title: string) => `Kinerja KPM — ${title}`,
    window: (start: string, end: string, bulan: number) => `Bulan penuh ${start} – ${end} (${bulan} bulan)`,
    kinerjaHead: {
      kodeDesa: "Kode desa",
      desa: "Desa/Kelurahan",
      kecamatan: "Kecamatan",
      kpm: "KPM",
      wajibLapor: "Sasaran wajib lapor (jumlah bulan)",
      tercatat: "Sasaran tercatat",
      kelengkapan: "Kelengkapan",
      bulanLengkap: "Bulan lengkap",
      jumlahBulan: "Bulan dengan sasaran wajib lapor",
      tepatWaktu: "Catatan tepat waktu",
      ketepatan: "Ketepatan",
      sasaran: "Sasaran aktif",
      totalKegiatan: "Total kegiatan",
      kegiatanPerBulan: "Kegiatan per bulan",
      pelatihanTerakhir: "Pelatihan terakhir",
      topikTerakhir: "Topik pelatihan terakhir",
      pelatihan12: "Pelatihan dalam 12 bulan",
      insentif: (tahun: number) => `Insentif KPM di APBDes ${tahun}`,
    },
    noKpm: "Belum ada KPM",
    yes: "Ya",
    no: "Tidak",
    pelatihanSheet: "Pelatihan",
    pelatihanTitle: (title: string) => `Pelatihan dan pembinaan KPM — ${title}`,
    pelatihanHead: [
      "No",
      "Tanggal",
      "Jenis",
      "Topik",
      "Tempat",
      "Penyelenggara",
      "Wilayah penyelenggaraan",
      "Jumlah KPM hadir",
      "KPM hadir (wilayah ini)",
      "Jumlah KPM tanpa akun",
      "KPM tanpa akun (wilayah ini)",
    ],
    pesertaSheet: "Peserta pelatihan",
    pesertaHead: ["Tanggal", "Jenis", "Topik", "Nama KPM", "Kode desa", "Desa/kelurahan", "Keterangan"],
    tanpaAkun: "Tanpa akun",
  },
} as const;

/** Names of stored values; a value added in lib/enums.ts or lib/kpm/types.ts fails the type check until it has one
 * here. */
export const JENIS_PELATIHAN_LABELS = {
  pelatihan: "Pelatihan",
  rakor: "Rapat koordinasi (rakor)",
  bimtek: "Bimbingan teknis (bimtek)",
  lainnya: "Lainnya",
} as const satisfies Record<JenisPelatihan, string>;

export const JENIS_PELATIHAN_OPTIONS = JENIS_PELATIHAN.map((value) => ({
  value,
  label: JENIS_PELATIHAN_LABELS[value],
}));

export const INSENTIF_LABELS = {
  ya: "Ada (APBDes disetujui)",
  draf: "Hanya di draf",
  tidak: "Tidak ada",
  belum_ada: "Belum ada APBDes",
  kelurahan: "Kelurahan (tanpa APBDes)",
} as const satisfies Record<InsentifKpm, string>;

/** Short names for the activity breakdown in the table. */
export const JENIS_KEGIATAN_SHORT = {
  kie: "KIE",
  kunjungan_rumah: "Kunjungan rumah",
  koordinasi: "Koordinasi",
  rembuk_stunting: "Rembuk stunting",
  lainnya: "Lainnya",
} as const satisfies Record<JenisKegiatan, string>;
