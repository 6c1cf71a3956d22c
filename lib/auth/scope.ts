/** Region scope is a whole-segment prefix of the dotted Kemendagri code:
 * `19.05.01` covers `19.05.01` and `19.05.01.2004`, but `19.05.1` never covers `19.05.10`. */
import type { RegionLevel } from "@/lib/enums";

const KODE_PATTERN = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export function isValidKode(kode: string): boolean {
  return KODE_PATTERN.test(kode);
}

export function isInScope(scope: string, kode: string): boolean {
  if (!isValidKode(scope) || !isValidKode(kode)) return false;
  return kode === scope || kode.startsWith(`${scope}.`);
}

/** The region levels (lib/enums.ts); a code implies one of them. */
export type KodeLevel = RegionLevel;

/** Level implied by a code; in the last four digits 1 = kelurahan, 2 = desa. */
export function levelOfKode(kode: string): KodeLevel | null {
  if (!isValidKode(kode)) return null;
  const parts = kode.split(".");
  if (parts.length === 1) return "provinsi";
  if (parts.length === 2) return "kabupaten";
  if (parts.length === 3) return "kecamatan";
  return parts[3].startsWith("1") ? "kelurahan" : "desa";
}

/** Codes from the top down to `kode` itself, e.g. 19 → 19.05 → 19.05.01 → 19.05.01.2004. */
export function ancestorKodes(kode: string): string[] {
  const parts = kode.split(".");
  return parts.map((_, i) => parts.slice(0, i + 1).join("."));
}

/** Normalises codes written without dots or zero-padded (e.g. `1905012004`) to the dotted form. */
export function normalizeKode(input: string): string | null {
  const trimmed = input.trim();
  if (isValidKode(trimmed)) return trimmed;
  const digits = trimmed.replace(/\D/g, "");
  const lengths = [2, 2, 2, 4];
  if (![2, 4, 6, 10].includes(digits.length)) return null;
  const out: string[] = [];
  let i = 0;
  for (const len of lengths) {
    if (i >= digits.length) break;
    out.push(digits.slice(i, i + len));
    i += len;
  }
  const kode = out.join(".");
  return isValidKode(kode) ? kode : null;
}
