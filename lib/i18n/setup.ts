/** Copy for whoever installs and runs the server: why the configuration is refused at start. No imports, so
 * next.config.ts can load it through lib/auth/secret.ts. */
export const setupText = {
  /** lib/auth/secret.ts */
  authSecretMissing:
    "AUTH_SECRET wajib diisi untuk produksi (DATABASE_URL terpasang). Buat dengan: openssl rand -base64 32, lalu set AUTH_SECRET sebelum menjalankan server.",
  authSecretShort:
    "AUTH_SECRET terlalu pendek untuk produksi: minimal 32 karakter (buat dengan: openssl rand -base64 32).",
  /** lib/env.ts */
  databaseUrl: "DATABASE_URL harus berupa URL postgres://",
  envInvalid: (detail: string) => `Konfigurasi lingkungan tidak valid: ${detail}`,
} as const;
