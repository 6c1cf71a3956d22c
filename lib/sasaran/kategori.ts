import { addDaysIso, addYearsIso, monthBounds, type YearMonth } from "@/lib/periods";
import type { JenisSasaran } from "@/lib/enums";

/** Postpartum window in which a mother is an *ibu nifas* (KF visits up to day 42). */
export const NIFAS_DAYS = 42;
/** Days from the first day of the last period to the expected delivery date (Naegele): a mother is a target from
 * the earliest of HPL − 280 days, delivery − 280 days and her registration (targetFrom). */
export const PREGNANCY_DAYS = 280;
/** Ages by calendar (docs/indicators.md §0): a child is 0–23 months from birth up to the day before the second
 * birthday, and 2–6 years (PAUD) from the second birthday up to the day before the sixth. A child born on
 * 29 February has its birthday on 28 February in common years (PostgreSQL's `+ interval 'n years'`). */
export const ANAK_0_23_YEARS = 2;
export const PAUD_END_YEARS = 6;
/** Growth monitoring ends at the fifth birthday (60 months); PAUD attendance goes on to the sixth. */
export const BALITA_END_YEARS = 5;

export type Kategori = "ibu_hamil" | "ibu_nifas" | "ibu_selesai" | "anak_0_23" | "anak_2_6_paud" | "anak_lulus";

/** The groups a "Sasaran" count adds up (the dashboard card, the desa table, the KPM page): pregnant women,
 * mothers in nifas and children 0–23 months. PAUD children are shown beside it, never in it. */
export const SASARAN_GROUPS = ["ibu_hamil", "ibu_nifas", "anak_0_23"] as const satisfies readonly Kategori[];

/** The second birthday: the first day a child is no longer 0–23 months (the first day of the PAUD group). */
export const secondBirthday = (tanggalLahir: string) => addYearsIso(tanggalLahir, ANAK_0_23_YEARS);
/** The sixth birthday: the first day a child is no longer a PAUD target. */
export const sixthBirthday = (tanggalLahir: string) => addYearsIso(tanggalLahir, PAUD_END_YEARS);

/** The fifth birthday: the first day a child is no longer a balita (out of growth monitoring and the SKDN). */
export const fifthBirthday = (tanggalLahir: string) => addYearsIso(tanggalLahir, BALITA_END_YEARS);

/** Which monthly growth record a child has in a month (docs/balita.md), by its age on the month's first day — the
 * rule of the 2B list: Formulir 2B ("anak_0_23") while under 24 months on that day (so the month a child turns two
 * after the 1st is still 2B), the balita record ("balita_24_59") while 24–59 months on that day; null before birth
 * and once 60 months on the first day. The same split makes the SKDN's 0–23 and 24–59 columns. SQL twin:
 * `monitoringGroupSql` in db/queries/target-counts.ts. */
export type MonitoringGroup = "anak_0_23" | "balita_24_59";
export function monitoringGroupIn(tanggalLahir: string, ym: YearMonth): MonitoringGroup | null {
  const { first, last } = monthBounds(ym);
  if (tanggalLahir > last) return null;
  if (secondBirthday(tanggalLahir) > first) return "anak_0_23";
  return fifthBirthday(tanggalLahir) > first ? "balita_24_59" : null;
}

/** The last examination date of a balita record: the day before the fifth birthday. */
export const balitaRecordLastDay = (tanggalLahir: string) => addDaysIso(fifthBirthday(tanggalLahir), -1);

type Dates = {
  jenis: JenisSasaran;
  tanggalLahir: string;
  tanggalMelahirkan: string | null;
  hpl?: string | null;
  /** Registration day (created_at in Asia/Jakarta), YYYY-MM-DD. */
  terdaftar?: string | null;
};

/** The group follows from the dates alone: no status to keep in sync. A mother is pregnant until her delivery
 * date, in nifas up to 42 days after it, then done. A date before a target's first day (targetFrom) gives the group
 * of that first day; counts leave such a target out (db/queries/target-counts.ts, `belum_lahir`/`belum_hamil`). */
export function kategoriOf(s: Dates, today: string): Kategori {
  if (s.jenis === "ibu") {
    if (!s.tanggalMelahirkan || today < s.tanggalMelahirkan) return "ibu_hamil";
    return today <= addDaysIso(s.tanggalMelahirkan, NIFAS_DAYS) ? "ibu_nifas" : "ibu_selesai";
  }
  if (today < secondBirthday(s.tanggalLahir)) return "anak_0_23";
  if (today < sixthBirthday(s.tanggalLahir)) return "anak_2_6_paud";
  return "anak_lulus";
}

/** The first day a target is in a group: a child's birth; for a mother the earliest of HPL − 280 days, delivery
 * − 280 days and her registration (a woman registered pregnant is pregnant, whatever the HPL says); null when
 * nothing is known (then she counts on every date). */
export function targetFrom(s: Dates): string | null {
  if (s.jenis === "anak") return s.tanggalLahir;
  const candidates = [
    s.hpl ? addDaysIso(s.hpl, -PREGNANCY_DAYS) : null,
    s.tanggalMelahirkan ? addDaysIso(s.tanggalMelahirkan, -PREGNANCY_DAYS) : null,
    s.terdaftar ?? null,
  ].filter((d): d is string => d !== null);
  return candidates.length ? candidates.sort()[0] : null;
}

/** The group on a date, or null before the target's first day (a child not yet born, a pregnancy not yet begun):
 * the rule every count "as of a date" applies (kelompokOn in SQL). */
export function kelompokOnDate(s: Dates, tanggal: string): Kategori | null {
  const from = targetFrom(s);
  return from !== null && tanggal < from ? null : kategoriOf(s, tanggal);
}
