/** Copy shared by every feature: the app shell, the header, status pages, tables, filters and form buttons. */
export const commonText = {
  app: {
    name: "Tumbuh",
    titleTemplate: "%s · Tumbuh",
    description: "Pemantauan konvergensi pencegahan stunting desa",
    skipToContent: "Lewati ke konten",
  },
  header: {
    accountMenu: "Menu akun",
    signOut: "Keluar",
  },
  /** Links in the top bar (lib/auth/portal-menu.ts). */
  portalMenu: {
    pengguna: "Pengguna",
    audit: "Audit",
    kataSandi: "Kata sandi",
  },
  /** Section tabs of a region page (lib/sections.ts). */
  regionTabs: {
    ariaLabel: "Menu wilayah",
    ringkasan: "Ringkasan",
    sasaran: "Sasaran",
    pemantauan: "Pemantauan",
    scorecard: "Scorecard",
    apbdes: "APBDes",
    kpm: "Kinerja KPM",
    kegiatan: "Kegiatan KPM",
    posyandu: "Posyandu",
  },
  region: {
    breadcrumb: "Jejak wilayah",
    code: (kode: string) => `Kode ${kode}`,
    printedOn: (date: string) => `Dicetak ${date}`,
  },
  monthNav: {
    ariaLabel: "Pilih bulan",
    previous: "Bulan sebelumnya",
    next: "Bulan berikutnya",
  },
  pagination: {
    ariaLabel: "Halaman tabel",
    range: (from: string, to: string, total: string) => `${from}–${to} dari ${total}`,
    previous: "‹ Sebelumnya",
    page: (page: number, pages: number) => `Halaman ${page} / ${pages}`,
    next: "Berikutnya ›",
  },
  filter: {
    all: "Semua",
    apply: "Terapkan",
    clear: "Hapus saringan",
  },
  form: {
    saving: "Menyimpan…",
    processing: "Memproses…",
    print: "Cetak (A4)",
  },
  deleteForm: {
    summary: "Hapus",
    ariaLabel: (label: string) => `Hapus ${label}`,
    pending: "Menghapus…",
    confirm: "Ya, hapus",
  },
  status: {
    backHome: "Kembali ke beranda",
    error: {
      title: "Terjadi kesalahan",
      body: "Maaf, server gagal memproses permintaan ini. Coba lagi beberapa saat lagi.",
      digest: "Kode kesalahan:",
      retry: "Coba lagi",
    },
    notFound: {
      title: "Halaman tidak ditemukan",
      body: "Halaman ini tidak ada atau berada di luar wilayah akses Anda.",
    },
    forbidden: {
      title: "Akses ditolak",
      body: "Peran Anda tidak memiliki izin untuk membuka halaman ini.",
    },
  },
} as const;
