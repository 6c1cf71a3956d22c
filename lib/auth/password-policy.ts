import { randomInt } from "node:crypto";
import { isCommonPassword } from "./common-passwords";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy-rules";
import { authText } from "@/lib/i18n/auth";

const t = authText.passwordPolicy;

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

/** Why a new password is refused, in Bahasa Indonesia, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return t.tooShort(MIN_PASSWORD_LENGTH);
  if (password.length > MAX_PASSWORD_LENGTH) return t.tooLong(MAX_PASSWORD_LENGTH);
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return t.sameAsUsername;
  if (isCommonPassword(password)) return t.tooCommon;
  return null;
}

// No 0/O, 1/l/I: the password is read off a screen and typed on a phone.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A one-time password for a new or reset account: 14 characters (~80 bits), grouped for reading aloud. */
export function generateTemporaryPassword(): string {
  const chars = Array.from({ length: 14 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 7).join("")}-${chars.slice(7).join("")}`;
}
