import type { Role } from "@/lib/auth/permissions";

/** Copy of signing in and of the password pages, and the names of the roles (ROLE_LABELS at the end). */
export const authText = {
  login: {
    title: "Masuk",
    brand: "Tumbuh",
    heading: "Masuk ke portal",
    tagline: "Pemantauan konvergensi pencegahan stunting desa.",
    username: "Nama pengguna",
    password: "Kata sandi",
    submit: "Masuk",
    pending: "Memeriksa…",
    usernameRequired: "Nama pengguna wajib diisi.",
    passwordRequired: "Kata sandi wajib diisi.",
    invalid: "Nama pengguna atau kata sandi salah",
  },
  /** Too many failed sign-ins (lib/auth/throttle-policy.ts). */
  throttle: {
    seconds: (n: number) => `${n} detik`,
    minutes: (n: number) => `${n} menit`,
    message: (wait: string) => `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${wait}.`,
  },
  /** A route handler refusing a request another site started (lib/auth/request-origin.ts). */
  crossSite: {
    write:
      "Permintaan ditolak: permintaan ini tidak berasal dari halaman Tumbuh. Buka Tumbuh lalu coba lagi dari sana.",
    download:
      "Unduhan ditolak: unduhan data hanya dapat dimulai dari halaman Tumbuh sendiri. Buka halamannya, lalu klik tombol unduh di sana.",
  },
  /** Why a new password is refused (lib/auth/password-policy.ts). */
  passwordPolicy: {
    tooShort: (min: number) => `Kata sandi minimal ${min} karakter.`,
    tooLong: (max: number) => `Kata sandi paling panjang ${max} karakter.`,
    sameAsUsername: "Kata sandi tidak boleh sama dengan nama pengguna.",
    tooCommon: "Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.",
    /** Refusal of any other action while a temporary password is still in use (lib/auth/guard.ts). */
    changeFirst: "Ganti kata sandi sementara Anda terlebih dahulu.",
  },
  changePassword: {
    title: "Kata sandi",
    heading: "Ganti kata sandi",
    changed: "✓ Kata sandi Anda sudah diganti. Gunakan kata sandi baru saat masuk berikutnya.",
    home: "Ke beranda",
    required: "Akun Anda memakai kata sandi sementara. Ganti dulu kata sandinya sebelum melanjutkan.",
    form: "Ganti kata sandi",
    current: "Kata sandi saat ini",
    next: "Kata sandi baru",
    nextHint: (min: number) =>
      `Minimal ${min} karakter, bukan nama pengguna, bukan kata sandi umum. Kalimat pendek mudah diingat dan sulit ditebak.`,
    repeat: "Ulangi kata sandi baru",
    submit: "Simpan kata sandi baru",
    currentRequired: "Kata sandi saat ini wajib diisi.",
    nextRequired: "Kata sandi baru wajib diisi.",
    repeatRequired: "Ulangi kata sandi baru.",
    currentWrong: "Kata sandi saat ini salah.",
    sameAsCurrent: "Kata sandi baru harus berbeda dari yang sekarang.",
    mismatch: "Kedua kata sandi baru tidak sama.",
  },
} as const;

/** Names of the roles; a role added to ROLES in lib/auth/permissions.ts fails the type check until it has one
 * here. */
export const ROLE_LABELS = {
  kpm: "KPM",
  perangkat_desa: "Perangkat Desa",
  kepala_desa: "Kepala Desa",
  kecamatan: "Tim Kecamatan",
  kabupaten: "TPPS Kabupaten",
  admin: "Admin",
} as const satisfies Record<Role, string>;
