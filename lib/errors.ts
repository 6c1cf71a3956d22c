/** One error type with a code; the code maps to an HTTP status and a Bahasa Indonesia message.
 * Database errors are never shown to users: they become `internal`. */
export type ErrorCode =
  "unauthenticated" | "forbidden" | "not_found" | "invalid_input" | "conflict" | "locked" | "internal";

const MESSAGES: Record<ErrorCode, string> = {
  unauthenticated: "Sesi Anda telah berakhir. Silakan masuk kembali.",
  forbidden: "Anda tidak memiliki akses untuk tindakan ini.",
  not_found: "Data tidak ditemukan.",
  invalid_input: "Periksa kembali isian yang ditandai.",
  conflict: "Data telah diubah oleh pengguna lain. Muat ulang lalu coba lagi.",
  locked: "Periode ini sudah dikunci dan tidak dapat diubah.",
  internal: "Terjadi kesalahan pada server. Coba lagi beberapa saat lagi.",
};

const STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  locked: 423,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? MESSAGES[code]);
    this.name = "AppError";
  }
  get status() {
    return STATUS[this.code];
  }
}

export function messageFor(code: ErrorCode): string {
  return MESSAGES[code];
}
