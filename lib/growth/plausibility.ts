/**
 * Turns WHO implausibility flags into form-field messages in Bahasa Indonesia.
 * Pure; safe for client components.
 */
import type { GrowthResult } from "./zscore";
import { pemantauanText } from "@/lib/i18n/pemantauan";

const t = pemantauanText.plausibility;

/** Form field a message belongs to. */
export type PlausibilityField = "panjangCm" | "beratKg" | "caraUkur";

export type PlausibilityIndex = "haz" | "waz" | "whz" | "baz" | "c9mo";

export interface PlausibilityIssue {
  field: PlausibilityField;
  /** Which check raised it: a flagged z-score, or `c9mo` (standing before 9 months). */
  index: PlausibilityIndex;
  /** The rounded z-score behind the message (null for `c9mo`). */
  z: number | null;
  message: string;
}

/**
 * Formats a z-score Indonesian style with a real minus sign and a decimal comma:
 * −6.43 → "−6,4", 5.27 → "+5,3", 0 → "0,0".
 */
export function formatZ(z: number, decimals = 1): string {
  const abs = Math.abs(z).toFixed(decimals).replace(".", ",");
  const isZero = Number(Math.abs(z).toFixed(decimals)) === 0;
  if (isZero) return abs;
  return (z < 0 ? "\u2212" : "+") + abs;
}

/**
 * Which input looks wrong, judged from the WHO flags:
 * - HAZ flagged → `panjangCm`;
 * - WAZ flagged → `beratKg`;
 * - WHZ (or BAZ) flagged while HAZ and WAZ are plausible → `beratKg`, worded as
 *   weight not matching length (HAZ/WAZ flags already point at the culprit otherwise);
 * - standing measurement before 9 months → `caraUkur`.
 * At most one message per field.
 */
export function checkPlausibility(result: GrowthResult): PlausibilityIssue[] {
  const issues: PlausibilityIssue[] = [];
  const { flags } = result;

  if (flags.haz && result.haz !== null) {
    issues.push({
      field: "panjangCm",
      index: "haz",
      z: result.haz,
      message: t.haz(formatZ(result.haz)),
    });
  }
  if (flags.waz && result.waz !== null) {
    issues.push({
      field: "beratKg",
      index: "waz",
      z: result.waz,
      message: t.waz(formatZ(result.waz)),
    });
  }
  if (!flags.haz && !flags.waz) {
    if (flags.whz && result.whz !== null) {
      issues.push({
        field: "beratKg",
        index: "whz",
        z: result.whz,
        message: t.whz(formatZ(result.whz)),
      });
    } else if (flags.baz && result.baz !== null) {
      issues.push({
        field: "beratKg",
        index: "baz",
        z: result.baz,
        message: t.baz(formatZ(result.baz)),
      });
    }
  }
  if (result.c9moFlag) {
    issues.push({
      field: "caraUkur",
      index: "c9mo",
      z: null,
      message: t.c9mo,
    });
  }
  return issues;
}

/** The same issues keyed by field, for putting a message beside each input. */
export function plausibilityByField(result: GrowthResult): Partial<Record<PlausibilityField, string>> {
  const out: Partial<Record<PlausibilityField, string>> = {};
  for (const issue of checkPlausibility(result)) {
    if (out[issue.field] === undefined) out[issue.field] = issue.message;
  }
  return out;
}
