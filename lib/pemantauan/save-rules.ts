import { ageInDays } from "@/lib/growth/age";
import { evaluateMeasurement } from "@/lib/growth/measure";
import type { PlausibilityField } from "@/lib/growth/plausibility";
import type { GrowthTables } from "@/lib/growth/lms";
import type { MeasurePosition, Sex } from "@/lib/growth/zscore";
import { monthBounds, yearMonthOfDate, type YearMonth } from "@/lib/periods";
import { balitaRecordLastDay, monitoringGroupIn, secondBirthday } from "@/lib/sasaran/kategori";
import { monthInNifasWindow, nifasWindow, type NifasWindow } from "@/lib/scorecard/nifas";

/* The rules of a monthly save (Formulir 2A/2B/2C) that need no database. The write (db/writes/pemantauan.ts) applies
 * them to the target it has locked; the action turns their refusals into messages. */

/** Last examination date of a child's monthly record (2B): the 0–23 window (up to the day before the second
 * birthday, lib/sasaran/kategori.ts) stretched to the end of the month of the second birthday, so the month in which
 * a child turns two can still be recorded. */
export function anakRecordLastDay(tanggalLahir: string): string {
  return monthBounds(yearMonthOfDate(secondBirthday(tanggalLahir))).last;
}

export type AgeRefusal = "before_birth" | "too_old";

/** Whether the examination date lies in the child's 2B window; a date that gives no age counts as before birth. */
export function anakAgeRefusal(tanggalLahir: string, tanggalPeriksa: string): AgeRefusal | null {
  const age = ageInDays(tanggalLahir, tanggalPeriksa) ?? -1;
  if (age < 0) return "before_birth";
  if (tanggalPeriksa > anakRecordLastDay(tanggalLahir)) return "too_old";
  return null;
}

type Typed = { beratKg?: number; panjangCm?: number };

/** A typed weight or length makes the month's measurement (a pengukuran row); without either there is none. */
export function hasMeasurement(m: Typed): boolean {
  return m.beratKg !== undefined || m.panjangCm !== undefined;
}

/** A typed weight or length means the child was weighed or measured this month, whatever the boxes say. */
export function measuredThisMonth(
  ticked: { pengukuranBeratBadan: boolean; pengukuranTinggiBadan: boolean },
  m: Typed,
): { pengukuranBeratBadan: boolean; pengukuranTinggiBadan: boolean } {
  return {
    pengukuranBeratBadan: ticked.pengukuranBeratBadan || m.beratKg !== undefined,
    pengukuranTinggiBadan: ticked.pengukuranTinggiBadan || m.panjangCm !== undefined,
  };
}

export type BalitaAgeRefusal = "before_birth" | "not_balita_yet" | "past_five";

/** Whether the examination date lies in the balita record's window (docs/balita.md): a month in which the child is
 * 24 months or older on the first day (monitoringGroupIn), and before the fifth birthday. */
export function balitaAgeRefusal(tanggalLahir: string, tanggalPeriksa: string): BalitaAgeRefusal | null {
  const age = ageInDays(tanggalLahir, tanggalPeriksa) ?? -1;
  if (age < 0) return "before_birth";
  if (tanggalPeriksa > balitaRecordLastDay(tanggalLahir)) return "past_five";
  if (monitoringGroupIn(tanggalLahir, yearMonthOfDate(tanggalPeriksa)) !== "balita_24_59") return "not_balita_yet";
  return null;
}

type MonthCheck<R extends string> =
  | { ok: true; measured: boolean; measurement: ReturnType<typeof evaluateMeasurement> }
  | { ok: false; reason: R }
  | { ok: false; reason: "implausible"; problems: Partial<Record<PlausibilityField, string>> };
export type AnakMonthCheck = MonthCheck<AgeRefusal>;
export type BalitaMonthCheck = MonthCheck<BalitaAgeRefusal>;

type ChildMonthInput = Typed & { tanggalPeriksa: string; caraUkur?: MeasurePosition; oedema: boolean };
type Child = { jenisKelamin: Sex; tanggalLahir: string };

/** The child's side of a 2B save, in the order its refusals are shown: the age window, then an implausible
 * measurement (only when one was typed). The measurement is evaluated even without weight or length: the record
 * keeps the age in months. */
export function checkAnakMonth(child: Child, input: ChildMonthInput, tables: GrowthTables): AnakMonthCheck {
  return checkChildMonth(anakAgeRefusal(child.tanggalLahir, input.tanggalPeriksa), child, input, tables);
}

/** The same for the balita record: its own age window, the same WHO code and plausibility messages to 60 months. */
export function checkBalitaMonth(child: Child, input: ChildMonthInput, tables: GrowthTables): BalitaMonthCheck {
  return checkChildMonth(balitaAgeRefusal(child.tanggalLahir, input.tanggalPeriksa), child, input, tables);
}

function checkChildMonth<R extends string>(
  age: R | null,
  child: Child,
  input: ChildMonthInput,
  tables: GrowthTables,
): MonthCheck<R> {
  if (age) return { ok: false, reason: age };
  const measured = hasMeasurement(input);
  const measurement = evaluateMeasurement(
    {
      sex: child.jenisKelamin,
      tanggalLahir: child.tanggalLahir,
      tanggalUkur: input.tanggalPeriksa,
      beratKg: input.beratKg,
      panjangCm: input.panjangCm,
      caraUkur: input.caraUkur,
      oedema: input.oedema,
    },
    tables,
  );
  if (measured && measurement.problems) return { ok: false, reason: "implausible", problems: measurement.problems };
  return { ok: true, measured, measurement };
}

/** The growth periods a 2B save can change, whose share of the roll-up is read before and after the write: those
 * of the new measurement (when one was typed) and of the one it replaces or removes (when there was one). */
export function growthDatesOfSave(measured: boolean, tanggalPeriksa: string, previousTanggalUkur?: string): string[] {
  return [...(measured ? [tanggalPeriksa] : []), ...(previousTanggalUkur ? [previousTanggalUkur] : [])];
}

/** A delivery cannot precede the mother's own birth. */
export function deliveryBeforeBirth(ibuTanggalLahir: string, tanggalMelahirkan?: string): boolean {
  return Boolean(tanggalMelahirkan && tanggalMelahirkan < ibuTanggalLahir);
}

export type NifasRefusal = { reason: "nifas_no_delivery" } | { reason: "nifas_outside_window"; window: NifasWindow };

/** KF visits are counted in the month they happened, so a month with visits must share a day with her nifas period
 * (delivery .. delivery + 42 days). `tanggalMelahirkan`: the date typed on the form, else the one on her record.
 * Zero visits is always accepted. */
export function nifasVisitsRefusal(
  ym: YearMonth,
  kunjunganNifas: number,
  tanggalMelahirkan: string | null | undefined,
): NifasRefusal | null {
  if (kunjunganNifas <= 0) return null;
  if (!tanggalMelahirkan) return { reason: "nifas_no_delivery" };
  const window = nifasWindow(tanggalMelahirkan);
  return monthInNifasWindow(ym, window) ? null : { reason: "nifas_outside_window", window };
}

/** The first month whose quarter a 2A save can change. Every window ends at the quarter it scores, except that a
 * delivery date typed or changed on this month's record moves her nifas period, which may end in an earlier quarter
 * (indicator 3 is judged where it ends): then recomputation starts at the earliest delivery date involved. */
export function ibuRecomputeFrom(ym: YearMonth, deliveryDates: ReadonlyArray<string | null | undefined>): YearMonth {
  return deliveryDates
    .filter((d): d is string => Boolean(d))
    .map(yearMonthOfDate)
    .reduce((a, b) => (b.tahun * 12 + b.bulan < a.tahun * 12 + a.bulan ? b : a), ym);
}

/** A delivery date recorded on the monthly form moves the mother to ibu nifas, as on her own page: the date to
 * store on the target (sasaran.tanggal_melahirkan), or null when the form leaves it as it is. */
export function deliveryToRecord(stored: string | null, typed?: string): string | null {
  return typed && stored !== typed ? typed : null;
}

/** The form carries the version of the row it was filled from: a different stored version means someone saved
 * in between, and the save is refused. Version 0 says "filled when there was no row" (the phone sends it, so a row
 * created on the server meanwhile is a conflict, not overwritten). A form without a version overwrites. */
export function isVersionConflict(stored: { version: number } | null | undefined, submitted?: number): boolean {
  return Boolean(stored && submitted !== undefined && stored.version !== submitted);
}
