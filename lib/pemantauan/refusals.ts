import { pemantauanText } from "@/lib/i18n/pemantauan";
import { balitaText } from "@/lib/i18n/balita";
import type { AnakMonthCheck, BalitaMonthCheck } from "./save-rules";

const t = pemantauanText.actions;

/** The message and the field errors of a refused 2B check (age window, implausible measurement): the server action
 * and the phone's offline save show the same words beside the same fields. */
export function anakRefusalMessage(check: Exclude<AnakMonthCheck | BalitaMonthCheck, { ok: true }>): {
  message: string;
  errors: Record<string, string[]>;
} {
  if (check.reason === "implausible") {
    const entries = Object.entries(check.problems).filter((e): e is [string, string] => Boolean(e[1]));
    return { message: entries[0]?.[1] ?? "", errors: Object.fromEntries(entries.map(([k, v]) => [k, [v]])) };
  }
  const message = {
    before_birth: t.beforeBirth,
    too_old: t.tooOld,
    not_balita_yet: balitaText.actions.notBalitaYet,
    past_five: balitaText.actions.tooOld,
  }[check.reason];
  return { message, errors: { tanggalPeriksa: [message] } };
}
