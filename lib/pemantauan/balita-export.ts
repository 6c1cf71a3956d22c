import type { CellValue } from "exceljs";
import type { ReportColumn } from "@/lib/excel-report";
import type { GrowthCategory } from "@/lib/growth/categories";
import type { CaraUkur } from "@/lib/enums";
import { CATEGORY_LABELS } from "@/lib/i18n/growth";
import { CARA_UKUR_LABELS } from "@/lib/i18n/pemantauan";
import { balitaEksporText as t } from "@/lib/i18n/balita-ekspor";

/* The cells both balita exports share (docs/excel-reports.md): a measurement's z-scores with their category names,
 * yes/no cells. Pure, so the layout is unit-tested without a database. */

type Scores = {
  haz: number | null;
  kategoriHaz: string | null;
  waz: number | null;
  kategoriWaz: string | null;
  whz: number | null;
  kategoriWhz: string | null;
  baz: number | null;
  kategoriBaz: string | null;
};

const label = (c: string | null) => (c ? (CATEGORY_LABELS[c as GrowthCategory] ?? c) : null);

/** TB/U z, its category, BB/U, BB/TB, IMT/U: the eight cells under ZSCORE_COLUMNS' headings. */
export const zscoreCells = (m: Scores): CellValue[] => [
  m.haz,
  label(m.kategoriHaz),
  m.waz,
  label(m.kategoriWaz),
  m.whz,
  label(m.kategoriWhz),
  m.baz,
  label(m.kategoriBaz),
];

/** The formats of the z-score columns (z, category, … four times). */
export const zscoreFormats = (headers: readonly string[]): ReportColumn[] =>
  headers.map((header, i) => ({ header, format: i % 2 === 0 ? "zscore" : "text" }));

export const yesNo = (v: boolean | null | undefined): string | null =>
  v === null || v === undefined ? null : v ? t.yes : t.no;

export const caraUkurCell = (c: CaraUkur | null) => (c ? CARA_UKUR_LABELS[c] : null);
