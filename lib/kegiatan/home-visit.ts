import { ageInDays, completedMonths } from "@/lib/growth/age";
import { monthBounds, yearMonthOfDate } from "@/lib/periods";
import { anakAgeRefusal } from "@/lib/pemantauan/save-rules";
import type { StatusGizi, StatusKehamilan } from "@/lib/enums";

/* "Enter once" (docs/home-visit.md): a home visit logged in the activity log ticks "kunjungan rumah" on the month's
 * record (Formulir 2A for a mother, 2B for a child 0–23) of every target it names. These rules need no database. */

export type VisitTarget = {
  jenis: "ibu" | "anak";
  aktif: boolean;
  tanggalLahir: string;
  tanggalMelahirkan: string | null;
  posyanduId: number;
};

/** The last status recorded before this month (the bidan's assessment holds until it changes). */
export type LastStatus = {
  statusKehamilan: StatusKehamilan | null;
  statusGizi: StatusGizi | null;
  /** The household and document answers of that record (water, latrine, JKN, …; lib/pemantauan/defaults.ts). */
  carried?: Record<string, true>;
};

/**
 * The record a visit creates for a month with none: the visit itself and nothing else invented — the examination
 * date is the visit's, the posyandu the target's own, a child's age in months follows from the date, and the status
 * (KEK/Risti, gizi) and the household and document answers (water, latrine, JKN, …) are the last ones recorded, as
 * the monthly form starts from them (so next month's form carries them on); the status is what makes the visit
 * count (indicators 5), so a blank one would switch the indicator off. A mother's delivery date is copied to each
 * record of a month she has delivered by (lib/pemantauan/defaults.ts deliveryValues). Null: the target has no record
 * to tick for that date (inactive, or a child outside its 2B window — a PAUD child, one not yet born).
 */
export function visitRecord(target: VisitTarget, tanggal: string, last: LastStatus | null) {
  if (!target.aktif) return null;
  if (target.jenis === "ibu") {
    const delivered =
      target.tanggalMelahirkan && target.tanggalMelahirkan <= monthBounds(yearMonthOfDate(tanggal)).last;
    return {
      jenis: "ibu" as const,
      values: {
        ...last?.carried,
        tanggalPeriksa: tanggal,
        posyanduId: target.posyanduId,
        kunjunganRumah: true,
        statusKehamilan: last?.statusKehamilan ?? null,
        tanggalMelahirkan: delivered ? target.tanggalMelahirkan : null,
      },
    };
  }
  if (anakAgeRefusal(target.tanggalLahir, tanggal)) return null;
  return {
    jenis: "anak" as const,
    values: {
      ...last?.carried,
      tanggalPeriksa: tanggal,
      posyanduId: target.posyanduId,
      kunjunganRumah: true,
      statusGizi: last?.statusGizi ?? null,
      umurBulan: completedMonths(ageInDays(target.tanggalLahir, tanggal) ?? 0),
    },
  };
}
