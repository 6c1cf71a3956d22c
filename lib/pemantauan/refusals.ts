import { pemantauanText } from "@/lib/i18n/pemantauan";
import type { AnakMonthCheck } from "./save-rules";

const t = pemantauanText.actions;

/** The message and the field errors of a refused 2B check (age window, implausible measurement): the server action
 * and the phone's offline save show the same words beside the same fields. */
export function anakRefusalMessage(check: Exclude<AnakMonthCheck, { ok: true }>): {
  message: string;
  errors: Record<string, string[]>;
} {
  if (check.reason === "implausible") {
    const entries = Object.entries(check.problems).filter((e): e is [string, string] => Boolean(e[1]));
    return { message: entries[0]?.[1] ?? "", errors: Object.fromEntries(entries.map(([k, v]) => [k, [v]])) };
  }
  const message = check.reason === "before_birth" ? t.beforeBirth : t.tooOld;
  return { message, errors: { tanggalPeriksa: [message] } };
}
