import { ageInDays, completedMonths } from "./age";
import { calendarAgeMonths } from "./age-bands";
import { plausibilityByField } from "./plausibility";
import type { GrowthTables } from "./lms";
import { computeGrowth, type MeasurePosition, type Sex } from "./zscore";

export type MeasurementInput = {
  sex: Sex;
  tanggalLahir: string;
  tanggalUkur: string;
  beratKg?: number;
  panjangCm?: number;
  caraUkur?: MeasurePosition;
  oedema: boolean;
};

/** Z-scores and categories for one measurement, or the field messages explaining why it is implausible. Pure: the
 * server passes the tables it reads from disk (lib/growth/tables.ts), the phone the ones it downloaded, so both run
 * exactly this code. */
export function evaluateMeasurement(m: MeasurementInput, tables: GrowthTables) {
  const ageDays = ageInDays(m.tanggalLahir, m.tanggalUkur) ?? 0;
  const result = computeGrowth(
    {
      sex: m.sex,
      ageDays,
      weightKg: m.beratKg ?? null,
      lengthCm: m.panjangCm ?? null,
      measured: m.caraUkur ?? null,
      oedema: m.oedema,
    },
    tables,
  );
  const problems = plausibilityByField(result);
  return {
    ageDays,
    umurBulan: completedMonths(ageDays),
    result,
    problems: Object.keys(problems).length ? problems : null,
    row: {
      umurHari: ageDays,
      umurBulan: calendarAgeMonths(m.tanggalLahir, m.tanggalUkur),
      panjangKoreksiCm: result.correctedLengthCm,
      haz: result.haz,
      waz: result.waz,
      whz: result.whz,
      baz: result.baz,
      kategoriHaz: result.categories.haz,
      kategoriWaz: result.categories.waz,
      kategoriWhz: result.categories.whz,
      kategoriBaz: result.categories.baz,
    },
  };
}
