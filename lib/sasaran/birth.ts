import { addDaysIso } from "@/lib/periods";

/* The birth rules in one place (docs/birth-flow.md): low birth weight, and when a delivery date asks for a second
 * look before it is recorded. */

/** Berat badan lahir rendah: a birth weight under 2,500 g (domain.md §11.3). */
export const BBLR_BELOW_KG = 2.5;

/** "Bayi BBLR perlu dipantau" lists a BBLR baby during its first months (our rule: under 6 completed months), while
 * it has no weighing recorded for the month. */
export const BBLR_FOLLOW_MONTHS = 6;

export function isBblr(beratLahirKg: number | null | undefined): boolean {
  return typeof beratLahirKg === "number" && beratLahirKg > 0 && beratLahirKg < BBLR_BELOW_KG;
}

/** A delivery more than this many days before the HPL (taksiran persalinan) asks for confirmation. */
export const EARLY_DELIVERY_DAYS = 21;

export type DeliveryWarning = { reason: "before_hpl"; days: number } | { reason: "recent_registration"; since: string };

/** The same calendar day one month later (31 Jan → 28/29 Feb, like PostgreSQL's `+ interval '1 month'`). */
export function oneMonthAfter(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/**
 * Whether recording this delivery needs a "Yakin?" first: the date is more than 21 days before her HPL, or her
 * pregnancy was registered less than a month before today (a delivery marked on a pregnancy just entered is more
 * often a slip on the wrong mother than a birth). Null: record it straight away.
 */
export function deliveryWarning(
  mother: { hpl: string | null; terdaftar: string },
  tanggalMelahirkan: string,
  today: string,
): DeliveryWarning | null {
  if (mother.hpl && tanggalMelahirkan < addDaysIso(mother.hpl, -EARLY_DELIVERY_DAYS)) {
    const days = Math.round((Date.parse(mother.hpl) - Date.parse(tanggalMelahirkan)) / 86_400_000);
    return { reason: "before_hpl", days };
  }
  if (today < oneMonthAfter(mother.terdaftar)) return { reason: "recent_registration", since: mother.terdaftar };
  return null;
}
