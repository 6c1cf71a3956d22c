import { commonText } from "@/lib/i18n/common";

/** One error type with a code; the code maps to an HTTP status and a Bahasa Indonesia message (lib/i18n/common.ts).
 * Database errors are never shown to users: they become `internal`. */
export type ErrorCode =
  "unauthenticated" | "forbidden" | "not_found" | "invalid_input" | "conflict" | "locked" | "internal";

const MESSAGES: Record<ErrorCode, string> = commonText.errors;

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
