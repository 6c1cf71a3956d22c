import type { FormState } from "@/lib/auth/guard";

const keys = new WeakMap<FormState, number>();
let next = 0;

/** A key that changes with every action result. Keying a form's fields with it remounts them, so their
 * defaultValue (the echoed values, or empty after a save) is applied again — React keeps the old DOM values
 * and ignores a changed defaultValue otherwise. Shared by the kegiatan and posyandu forms. */
export function formKey(state: FormState): number {
  let key = keys.get(state);
  if (key === undefined) {
    key = next++;
    keys.set(state, key);
  }
  return key;
}
