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

const fields = (snapshot: unknown) =>
  snapshot && typeof snapshot === "object" && !Array.isArray(snapshot) ? (snapshot as Record<string, unknown>) : {};

/** Fields that differ between the before and after snapshots (all of after for a create, all of before for
 * a delete). `shown` is what the reader may see of them (NIKs masked): a field is compared as stored, so a
 * change that masking hides (a corrected NIK serial) is still listed. */
export function changedFields(
  before: unknown,
  after: unknown,
  shown: { before: unknown; after: unknown } = { before, after },
): FieldChange[] {
  const b = fields(before);
  const a = fields(after);
  const sb = fields(shown.before);
  const sa = fields(shown.after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !NOISE.has(k));
  return keys
    .filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null))
    .map((k) => ({ field: k, before: show(sb[k]), after: show(sa[k]) }));
}
