/** Rows of the "KPM tanpa akun" fieldset are posted as `tamuNama0`/`tamuDesa0` … (indexed names, so a comma in a
 * name is kept); at most this many per event. */
export const MAX_TAMU = 40;

/** Rows the form shows: those holding something plus two spare, at least three. */
export function tamuRowCount(values: Record<string, string | undefined>): number {
  let last = -1;
  for (let i = 0; i < MAX_TAMU; i++) if (values[`tamuNama${i}`] || values[`tamuDesa${i}`]) last = i;
  return Math.min(MAX_TAMU, Math.max(3, last + 3));
}
