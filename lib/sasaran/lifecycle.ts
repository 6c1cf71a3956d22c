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
