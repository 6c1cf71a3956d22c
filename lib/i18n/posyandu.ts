/** Copy of the posyandu page of a desa: the list, the create/edit/status forms, and the messages of their
 * actions and schemas. */
export const posyanduText = {
  page: {
    metaTitle: "Posyandu",
    title: "Posyandu",
    listHeading: (n: string) => `Daftar posyandu (${n})`,
    noAddress: "Alamat belum diisi",
    aktif: "Aktif",
    nonaktif: "Nonaktif",
    /** Follows the (bold) count, hence the leading space. */
    activeTargets: " sasaran aktif terdaftar",
    empty: "Belum ada posyandu",
    emptyHint: "Tambahkan posyandu pertama dengan formulir di bawah.",
    noDelete:
      "Posyandu yang sudah dipakai sasaran atau catatan bulanan tidak dihapus; nonaktifkan bila tidak lagi berjalan.",
    add: "Tambah posyandu",
  },
  form: {
    nama: "Nama posyandu",
    alamat: "Alamat (opsional)",
    createLabel: "Tambah posyandu",
    create: "Tambah posyandu",
    edit: "Ubah",
    editLabel: (nama: string) => `Ubah ${nama}`,
    save: "Simpan perubahan",
  },
  status: {
    deactivate: "Nonaktifkan",
    deactivateLabel: (nama: string) => `Nonaktifkan ${nama}`,
    deactivateWarning: (nama: string) =>
      `${nama} tidak akan muncul lagi di pilihan formulir. Sasaran dan catatan bulanan yang sudah memakainya tetap tersimpan.`,
    pending: "Memproses…",
    confirmDeactivate: "Ya, nonaktifkan",
    activateLabel: (nama: string) => `Aktifkan ${nama}`,
    activate: "Aktifkan kembali",
  },
  /** Messages of the server actions. */
  actions: {
    duplicate: "Nama ini sudah dipakai posyandu lain di desa ini.",
    created: (nama: string) => `${nama} ditambahkan.`,
    updated: "Perubahan disimpan.",
    activated: "Posyandu diaktifkan kembali.",
    deactivated: "Posyandu dinonaktifkan.",
  },
  schema: {
    kode: "Kode wilayah tidak valid.",
    id: "Data tidak ditemukan.",
    namaRequired: "Nama posyandu wajib diisi.",
    namaMax: "Nama posyandu paling banyak 100 karakter.",
    alamatMax: "Alamat paling banyak 300 karakter.",
    status: "Status tidak valid.",
  },
} as const;
