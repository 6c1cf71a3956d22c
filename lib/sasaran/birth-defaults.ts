/** A newborn's form opened from its mother's record (online and on the phone): her link, household and posyandu,
 * and her delivery date as the birth date — entered once, on her record. Never her KIA number: each child has its
 * own, unique per desa among the children (sasaran_kia_uq), so twins could not both take hers. */
export function newbornDefaults(
  mother:
    | {
        id: number;
        rumahTanggaId: number | null;
        posyanduId: number;
        tanggalMelahirkan: string | null;
      }
    | undefined,
): Record<string, string> {
  if (!mother) return {};
  return {
    ibuId: String(mother.id),
    rumahTanggaId: mother.rumahTanggaId ? String(mother.rumahTanggaId) : "",
    posyanduId: String(mother.posyanduId),
    ...(mother.tanggalMelahirkan ? { tanggalLahir: mother.tanggalMelahirkan } : {}),
  };
}
