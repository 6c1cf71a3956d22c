import { JENIS_KEGIATAN, type JenisKegiatan } from "@/lib/enums";

/** Copy of the KPM activity pages (monthly list, form, A4 report), their actions, schemas and Excel export. The
 * names of the activity kinds are JENIS_KEGIATAN_LABELS at the end. */
export const kegiatanText = {
  page: {
    metaTitle: "Kegiatan KPM",
    title: "Laporan kegiatan KPM",
    reportA4: "Laporan A4",
    downloadExcel: "Unduh Excel",
    /** Confirmations after an edit or delete (`?pesan=`); only these keys are shown. */
    flash: { diubah: "Perubahan kegiatan disimpan.", dihapus: "Kegiatan dihapus." },
    heading: "Kegiatan bulan ini",
    summary: (kegiatan: string, peserta: string) => `${kegiatan} kegiatan · ${peserta} peserta`,
    newTitle: "Catat kegiatan baru",
    readOnly: "Anda dapat melihat laporan ini; pencatatan kegiatan dilakukan oleh KPM.",
  },
  edit: {
    metaTitle: "Ubah kegiatan",
    title: "Ubah kegiatan",
    back: "‹ Kembali ke daftar",
  },
  monthNav: {
    ariaLabel: "Pilih bulan",
    prev: (bulan: string) => `Bulan sebelumnya: ${bulan}`,
    next: (bulan: string) => `Bulan berikutnya: ${bulan}`,
    jump: "Lompat ke bulan",
    show: "Tampilkan",
  },
  list: {
    emptyTitle: "Belum ada kegiatan pada bulan ini",
    emptyWriter: "Catat kegiatan dengan formulir di bawah.",
    tempat: "Tempat",
    peserta: "Peserta",
    pesertaCount: (n: string) => `${n} orang`,
    dikunjungi: "Dikunjungi",
    catatan: "Catatan",
    dicatatOleh: "Dicatat oleh",
    editAria: (label: string) => `Ubah ${label}`,
    edit: "Ubah",
    deleteQuestion: (label: string) => `Hapus ${label}? Tindakan ini tidak dapat dibatalkan.`,
  },
  form: {
    editAria: "Ubah kegiatan",
    createAria: "Catat kegiatan",
    jenis: "Jenis kegiatan",
    jenisPlaceholder: "— Pilih jenis —",
    tanggal: "Tanggal",
    tempat: "Tempat",
    jumlahPeserta: "Jumlah peserta",
    catatan: "Catatan (opsional)",
    saveEdit: "Simpan perubahan",
    saveNew: "Simpan kegiatan",
  },
  sasaran: {
    summary: "Sasaran yang dikunjungi (khusus kunjungan rumah)",
    selected: (n: number) => ` — ${n} dipilih`,
    legend: "Sasaran yang dikunjungi",
    none: "Belum ada sasaran aktif di desa ini.",
  },
  report: {
    metaTitle: "Laporan bulanan KPM",
    title: "Laporan bulanan KPM",
    backToList: "‹ Daftar kegiatan",
    print: "Cetak",
    ariaLabel: "Laporan A4",
    heading: "Laporan Kegiatan Kader Pembangunan Manusia (KPM)",
    month: (bulan: string) => `Bulan ${bulan}`,
    desa: "Desa",
    kelurahan: "Kelurahan",
    kepalaDesa: "Kepala Desa",
    lurah: "Lurah",
    kecamatan: "Kecamatan",
    kabupaten: "Kabupaten/Kota",
    namaKpm: "Nama KPM",
    activities: "A. Daftar kegiatan",
    totals: "B. Rekapitulasi per jenis kegiatan",
    signatures: "Tanda tangan",
    knowing: "Mengetahui,",
    kpm: "Kader Pembangunan Manusia",
  },
  reportTables: {
    no: "No",
    tanggal: "Tanggal",
    jenis: "Jenis kegiatan",
    tempat: "Tempat",
    peserta: "Peserta",
    sasaranCatatan: "Sasaran dikunjungi / catatan",
    empty: "Tidak ada kegiatan tercatat pada bulan ini.",
    jumlahKegiatan: "Jumlah kegiatan",
    jumlahPeserta: "Jumlah peserta",
    jumlah: "Jumlah",
  },
  /** Messages of app/(portal)/wilayah/[kode]/kegiatan/actions.ts. */
  actions: {
    sasaranOutside: "Sasaran yang dipilih harus terdaftar di desa ini.",
    saved: (jenis: string, tanggal: string) => `${jenis} tanggal ${tanggal} disimpan.`,
    visitTicked: (n: string) => `Kunjungan rumah dicentang pada catatan bulanan ${n} sasaran.`,
    visitLocked:
      "Triwulan bulan ini sudah diajukan atau disetujui, jadi catatan bulanan sasaran tidak diubah; kegiatannya tetap tersimpan.",
  },
  /** Home visits ticked on the monthly forms and not logged as an activity (enter once, "the other way round"). */
  fromRecords: {
    heading: "Kunjungan rumah dari formulir bulanan",
    intro:
      'Sasaran ini dicentang "kunjungan rumah" di formulir bulanan, tetapi belum dicatat sebagai kegiatan. Catat kunjungannya di bawah bila ingin masuk laporan kegiatan; daftar ini tidak dihitung sebagai kegiatan.',
    item: (tanggal: string) => `dicatat ${tanggal}`,
  },
  /** Messages of lib/kegiatan/schemas.ts. */
  schema: {
    kodeInvalid: "Kode wilayah tidak valid.",
    notFound: "Data tidak ditemukan.",
    tanggalRequired: "Tanggal wajib diisi.",
    tanggalFormat: "Tanggal wajib diisi (format tahun-bulan-tanggal).",
    tanggalInvalid: "Tanggal tidak valid.",
    tanggalTooOld: "Tanggal terlalu jauh di masa lalu.",
    tanggalFuture: "Tanggal tidak boleh di masa depan.",
    pesertaRequired: "Jumlah peserta wajib diisi.",
    pesertaNumber: "Jumlah peserta harus berupa angka.",
    pesertaInteger: "Jumlah peserta harus bilangan bulat.",
    pesertaNegative: "Jumlah peserta tidak boleh negatif.",
    pesertaTooMany: "Jumlah peserta terlalu besar.",
    sasaranInvalid: "Pilihan sasaran tidak valid.",
    sasaranTooMany: "Terlalu banyak sasaran dipilih.",
    jenis: "Pilih jenis kegiatan.",
    tempatRequired: "Tempat wajib diisi.",
    tempatTooLong: "Tempat paling banyak 200 karakter.",
    catatanTooLong: "Catatan paling banyak 2.000 karakter.",
    sasaranRequired: "Pilih minimal satu sasaran yang dikunjungi.",
    sasaranOnlyVisit: "Sasaran hanya dipilih untuk kunjungan rumah.",
  },
  /** Sheets, titles and column headings of lib/kegiatan/workbook.ts. */
  workbook: {
    header: {
      desa: "Desa/Kelurahan",
      kecamatan: "Kecamatan",
      kabupaten: "Kabupaten",
      bulan: "Bulan",
      kpm: "Nama KPM",
    },
    detailSheet: "Kegiatan",
    detailTitle: "Laporan Kegiatan Kader Pembangunan Manusia (KPM)",
    detailHead: [
      "No",
      "Tanggal",
      "Jenis kegiatan",
      "Tempat",
      "Jumlah peserta",
      "Sasaran dikunjungi",
      "Catatan",
      "Dicatat oleh",
    ],
    recapSheet: "Rekap per jenis",
    recapTitle: "Rekapitulasi Kegiatan KPM per Jenis",
    recapHead: ["Jenis kegiatan", "Jumlah kegiatan", "Jumlah peserta"],
    total: "Jumlah",
  },
} as const;

/** Names of the activity kinds; a kind added in lib/enums.ts fails the type check until it has one here. */
export const JENIS_KEGIATAN_LABELS = {
  kie: "KIE (penyuluhan, kelas, posyandu)",
  kunjungan_rumah: "Kunjungan rumah",
  koordinasi: "Koordinasi dengan bidan/Puskesmas",
  rembuk_stunting: "Rembuk stunting desa",
  lainnya: "Lainnya",
} as const satisfies Record<JenisKegiatan, string>;

export const JENIS_KEGIATAN_OPTIONS = JENIS_KEGIATAN.map((value) => ({ value, label: JENIS_KEGIATAN_LABELS[value] }));
