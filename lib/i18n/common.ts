import type { RegionLevel } from "@/lib/enums";
import type { ErrorCode } from "@/lib/errors";

/** Copy shared by every feature: the app shell, the header, status pages, tables, filters, form buttons, the
 * messages of lib/errors.ts and lib/validation.ts, and the names of region levels (LEVEL_LABELS at the end). */
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
    rincian: "Rincian angka",
  },
  region: {
    breadcrumb: "Jejak wilayah",
    code: (kode: string) => `Kode ${kode}`,
    printedOn: (date: string) => `Dicetak ${date}`,
    /** Heading of the list of a region's children (lib/regions.ts childLevelLabel). */
    childLevels: { provinsi: "Kabupaten/Kota", kabupaten: "Kecamatan", kecamatan: "Desa/Kelurahan" } satisfies Partial<
      Record<RegionLevel, string>
    >,
  },
  monthNav: {
    ariaLabel: "Pilih bulan",
    previous: "Bulan sebelumnya",
    next: "Bulan berikutnya",
  },
  /** components/ui/draft-switch.tsx: which quarters or budgets a pooled figure counts (docs/indicators.md §5, §7). */
  draftSwitch: {
    shown: "Ditampilkan:",
    quarters: {
      off: "Hanya triwulan yang disetujui",
      on: "Termasuk draf",
      toOn: "Sertakan triwulan yang belum disetujui",
      toOff: "Tampilkan hanya triwulan yang disetujui",
    },
    apbdes: {
      off: "Hanya APBDes yang disetujui",
      on: "Termasuk draf",
      toOn: "Sertakan APBDes yang belum disetujui",
      toOff: "Tampilkan hanya APBDes yang disetujui",
    },
    badge: "Draf",
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
      /** A server action that failed unexpectedly; the code is the id in the server log. */
      action: (id: string) => `Terjadi kesalahan pada server (kode kesalahan: ${id}). Coba lagi beberapa saat lagi.`,
    },
    notFound: {
      title: "Halaman tidak ditemukan",
      body: "Halaman ini tidak ada atau berada di luar wilayah akses Anda.",
    },
    tooLarge: "Kiriman terlalu besar (paling besar 1 MB). Kembali, lalu pilih berkas yang lebih kecil.",
    forbidden: {
      title: "Akses ditolak",
      body: "Peran Anda tidak memiliki izin untuk membuka halaman ini.",
    },
  },
  /** What an AppError says to the user, by code (lib/errors.ts). */
  errors: {
    unauthenticated: "Sesi Anda telah berakhir. Silakan masuk kembali.",
    forbidden: "Anda tidak memiliki akses untuk tindakan ini.",
    not_found: "Data tidak ditemukan.",
    invalid_input: "Periksa kembali isian yang ditandai.",
    conflict: "Data telah diubah oleh pengguna lain. Muat ulang lalu coba lagi.",
    locked: "Periode ini sudah dikunci dan tidak dapat diubah.",
    internal: "Terjadi kesalahan pada server. Coba lagi beberapa saat lagi.",
  } satisfies Record<ErrorCode, string>,
  /** Messages of the shared field schemas (lib/validation.ts); numbers arrive already written the Indonesian way. */
  validation: {
    required: (label: string) => `${label} wajib diisi.`,
    tooLong: (label: string, max: number) => `${label} paling panjang ${max} karakter.`,
    invalidDate: (label: string) => `${label} bukan tanggal yang valid.`,
    decimalFormat: (label: string) => `${label} harus berupa angka, misalnya 3,2.`,
    decimalRange: (label: string, min: string, max: string, unit: string) =>
      `${label} harus antara ${min} dan ${max} ${unit}.`,
    integerFormat: (label: string) => `${label} harus bilangan bulat.`,
    integerRange: (label: string, min: number, max: number) => `${label} harus antara ${min} dan ${max}.`,
  },
} as const;

/** Names of region levels; a level added in lib/enums.ts fails the type check until it has one here. */
export const LEVEL_LABELS = {
  provinsi: "Provinsi",
  kabupaten: "Kabupaten",
  kecamatan: "Kecamatan",
  desa: "Desa",
  kelurahan: "Kelurahan",
} satisfies Record<RegionLevel, string>;
