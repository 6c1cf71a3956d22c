/** Changes in a target's life that are not edits of the form: a delivery and a move to another desa. */

/** A pregnant woman becomes an ibu nifas by her delivery date (see kategoriOf); that date cannot come before
 * her own birth (the form already refuses a future one). */
export function deliveryRefusal(mother: { tanggalLahir: string }, tanggalMelahirkan: string): "before_birth" | null {
  return tanggalMelahirkan < mother.tanggalLahir ? "before_birth" : null;
}

/** What a move to another desa changes: the target joins an active posyandu there; the KIA number belongs to
 * the old desa's register and the household stays behind. */
export function transferChanges(tujuanKode: string, posyanduId: number) {
  return { kodeWilayah: tujuanKode, posyanduId, rumahTanggaId: null, noKia: null };
}

export type DeactivationRefusal =
  { reason: "future" } | { reason: "before_start"; start: string } | { reason: "records_after"; last: string };

/** A deactivation's date (the first day the target is no longer counted, docs/indicators.md §0): not in the future,
 * not before the target's first day (its registration — the day it was entered, or its first monthly record if that
 * is earlier — and for a child not before its birth), and not before a monthly record already kept (the target was
 * still followed then). */
export function deactivationRefusal(
  target: { jenis: "ibu" | "anak"; tanggalLahir: string; terdaftar: string; lastRecord: string | null },
  tanggal: string,
  today: string,
): DeactivationRefusal | null {
  if (tanggal > today) return { reason: "future" };
  const first =
    target.jenis === "anak" && target.tanggalLahir > target.terdaftar ? target.tanggalLahir : target.terdaftar;
  if (tanggal < first) return { reason: "before_start", start: first };
  if (target.lastRecord !== null && target.lastRecord > tanggal)
    return { reason: "records_after", last: target.lastRecord };
  return null;
}
