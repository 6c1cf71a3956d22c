import { addDaysIso } from "@/lib/periods";
import { ageInDays } from "@/lib/growth/age";
import type { JenisSasaran } from "@/lib/enums";

/** Postpartum window in which a mother is an *ibu nifas* (KF visits up to day 42). */
export const NIFAS_DAYS = 42;
/** A child is in the 0–23 group until 731 days (24 months), then in the PAUD 2–6 group until 6 years. */
export const ANAK_0_23_MAX_DAYS = 730;
export const PAUD_MAX_DAYS = 6 * 365 + 1;

export type Kategori = "ibu_hamil" | "ibu_nifas" | "ibu_selesai" | "anak_0_23" | "anak_2_6_paud" | "anak_lulus";

/** The group follows from the dates alone: no status to keep in sync. */
export function kategoriOf(
  s: { jenis: JenisSasaran; tanggalLahir: string; tanggalMelahirkan: string | null },
  today: string,
): Kategori {
  if (s.jenis === "ibu") {
    if (!s.tanggalMelahirkan) return "ibu_hamil";
    return today <= addDaysIso(s.tanggalMelahirkan, NIFAS_DAYS) ? "ibu_nifas" : "ibu_selesai";
  }
  const days = ageInDays(s.tanggalLahir, today) ?? 0;
  if (days <= ANAK_0_23_MAX_DAYS) return "anak_0_23";
  if (days <= PAUD_MAX_DAYS) return "anak_2_6_paud";
  return "anak_lulus";
}
