/** Result of a form's server action, shared by server actions and client forms (no server imports here). */
export type FormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  /** Field name → messages, shown beside the field. */
  errors?: Record<string, string[] | undefined>;
  /** What the user typed, echoed back so nothing is lost on an error. */
  values?: Record<string, string>;
  /** A record the message refers to, e.g. the existing target behind a duplicate. */
  link?: { href: string; label: string };
  /** A save that went through (status "ok") without redirecting: the record, its new version, and whether an item
   * sent from a phone had been saved before (POST /api/luring/kirim). */
  saved?: { id?: number; version?: number; duplicate: boolean };
  /** Why a save was refused, where the caller acts on it: "conflict" (changed meanwhile; the phone compares). */
  reason?: "conflict";
};

export const initialFormState: FormState = { status: "idle" };

/** A refusal tied to one field, keeping what was typed. */
export function fieldError(
  values: Record<string, string>,
  field: string,
  message: string,
  link?: FormState["link"],
): FormState {
  return { status: "error", message, errors: { [field]: [message] }, values, link };
}

/** A posted form as strings (repeated names joined with commas), without React's own `$ACTION…` fields: what a
 * server action parses, and what the phone keeps when it saves a form offline. */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string") out[key] = key in out ? `${out[key]},${value}` : value;
  }
  return out;
}
