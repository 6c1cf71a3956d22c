/** How audit rows read on screen (pure; the rows are prepared on the server). */
import { ACTION_LABELS } from "@/lib/i18n/admin";

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/** Bookkeeping columns that change on every write and say nothing to a reader. */
const NOISE = new Set(["version", "updatedAt", "updatedBy", "passwordHash"]);

export type FieldChange = { field: string; before: string; after: string };

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Fields that differ between the before and after snapshots (all of after for a create, all of before for
 * a delete). */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = before && typeof before === "object" && !Array.isArray(before) ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === "object" && !Array.isArray(after) ? (after as Record<string, unknown>) : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !NOISE.has(k));
  return keys
    .filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null))
    .map((k) => ({ field: k, before: show(b[k]), after: show(a[k]) }));
}
