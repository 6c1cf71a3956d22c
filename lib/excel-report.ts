import type { CellValue, Workbook, Worksheet } from "exceljs";
import { RUPIAH_NUMFMT, formatDate, formatInteger, formatRupiah } from "@/lib/format";
import { excelText } from "@/lib/i18n/excel";
import { regionTitle } from "@/lib/regions";
import type { RegionLevel } from "@/lib/enums";

/* One shape for every Excel report (issue 19, docs/excel-reports.md): title rows (what, region name + code, period,
 * "Dicetak <date>"), the header row frozen with an auto-filter over the table, widths fitted to the content, real
 * numbers with number formats (rupiah, percentages as fractions, dates), and a "Keterangan" sheet spelling out the
 * codes. Exports build their rows; this module lays them out. Serialising stays in lib/excel.ts (workbookBytes). */

export const PERCENT_NUMFMT = "0.0%";
export const INTEGER_NUMFMT = "#,##0";
export const DECIMAL_NUMFMT = "#,##0.0";
/** WHO z-scores: two decimals, as WHO Anthro and the child's page show them. */
export const ZSCORE_NUMFMT = "0.00";
export const DATE_NUMFMT = "dd/mm/yyyy";

export type ColumnFormat = "text" | "integer" | "decimal" | "zscore" | "rupiah" | "percent" | "date";

const NUMFMT: Record<ColumnFormat, string | undefined> = {
  text: undefined,
  integer: INTEGER_NUMFMT,
  decimal: DECIMAL_NUMFMT,
  zscore: ZSCORE_NUMFMT,
  rupiah: RUPIAH_NUMFMT,
  percent: PERCENT_NUMFMT,
  date: DATE_NUMFMT,
};

export type ReportColumn = { header: string; format?: ColumnFormat };

export type ReportSheetSpec = {
  /** Sheet tab name (≤ 31 characters). */
  name: string;
  /** First line, bold: what the sheet is, with the region's name and code in it. */
  title: string;
  /** The period the figures are of, as people say it ("Triwulan 3 2026", "November 2026"). */
  period?: string;
  /** Further lines under the title (which quarters are counted, a version, a note). */
  notes?: ReadonlyArray<string>;
  /** ISO date (YYYY-MM-DD) the file is made, shown as "Dicetak 3 Des 2026". */
  printed: string;
  columns: ReadonlyArray<ReportColumn>;
  rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** A bold line after the table, outside the auto-filter (so filtering never hides or sums it). */
  totals?: ReadonlyArray<CellValue>;
  landscape?: boolean;
};

/** Widest a column gets (characters); longer text wraps. */
export const MAX_WIDTH = 50;
const MIN_WIDTH = 6;

/** Characters a cell shows once formatted, to size its column. */
export function displayLength(value: CellValue, format: ColumnFormat = "text"): number {
  if (value === null || value === undefined) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === "number") {
    if (format === "percent") return formatInteger(Math.round(value * 1000) / 10).length + 3;
    if (format === "rupiah") return formatRupiah(value).length;
    if (format === "date") return 10;
    return formatInteger(value).length + (format === "decimal" ? 2 : format === "zscore" ? 3 : 0);
  }
  if (typeof value === "boolean") return 5;
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("").length;
  if (typeof value === "object" && "text" in value && typeof value.text === "string") return value.text.length;
  return Math.max(
    ...String(value)
      .split("\n")
      .map((l) => l.length),
  );
}

/** Column width from the header and the values: widest + 2, at least 6, at most MAX_WIDTH. */
export function fitWidth(header: string, values: ReadonlyArray<CellValue>, format?: ColumnFormat): number {
  // A long header may wrap onto two lines rather than widen a column of short numbers.
  const head = header.length > 16 ? Math.ceil(header.length / 2) + 1 : header.length;
  const widest = values.reduce<number>((w, v) => Math.max(w, displayLength(v, format)), head);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}

/** Adds one report sheet; returns it with the row number of its header (the frozen row, the filter's first row). */
export function addReportSheet(wb: Workbook, spec: ReportSheetSpec): { sheet: Worksheet; headerRow: number } {
  const sheet = wb.addWorksheet(spec.name, {
    pageSetup: {
      paperSize: 9,
      orientation: spec.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  sheet.addRow([spec.title]).font = { bold: true, size: 13 };
  if (spec.period) sheet.addRow([excelText.period(spec.period)]);
  for (const note of spec.notes ?? []) sheet.addRow([note]);
  sheet.addRow([excelText.printed(formatDate(spec.printed))]);
  sheet.addRow([]);

  const header = sheet.addRow(spec.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: "bottom", wrapText: true };
  const headerRow = header.number;
  for (const values of spec.rows) sheet.addRow([...values]);
  const n = spec.columns.length;
  const lastRow = headerRow + spec.rows.length;
  if (spec.totals) sheet.addRow([...spec.totals]).font = { bold: true };

  spec.columns.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    const values = spec.rows.map((r) => r[i] ?? null);
    if (spec.totals) values.push(spec.totals[i] ?? null);
    col.width = fitWidth(c.header, values, c.format);
    const numFmt = NUMFMT[c.format ?? "text"];
    // Only the table's cells: a column-wide format would also dress the title lines above it.
    for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
      const cell = sheet.getRow(r).getCell(i + 1);
      if (numFmt) cell.numFmt = numFmt;
      if ((col.width ?? 0) >= MAX_WIDTH) cell.alignment = { vertical: "top", wrapText: true };
    }
  });
  sheet.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0, topLeftCell: `A${headerRow + 1}` }];
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(lastRow, headerRow), column: n } };
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  return { sheet, headerRow };
}

export type LegendSection = { title: string; entries: ReadonlyArray<readonly [string, string]> };

/** The "Keterangan" sheet: one block per kind of code used in the file, each code beside what it means. */
export function addLegendSheet(wb: Workbook, sections: ReadonlyArray<LegendSection>): Worksheet {
  const t = excelText.legend;
  const sheet = wb.addWorksheet(t.sheet);
  sheet.addRow([t.title]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  sheet.addRow([...t.head]).font = { bold: true };
  for (const s of sections) {
    sheet.addRow([]);
    sheet.addRow([s.title]).font = { bold: true };
    for (const [code, meaning] of s.entries) sheet.addRow([code, meaning]);
  }
  const all = sections.flatMap((s) => s.entries);
  sheet.getColumn(1).width = fitWidth(
    t.head[0],
    all.map(([c]) => c),
  );
  sheet.getColumn(2).width = 90;
  sheet.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  sheet.views = [{ state: "frozen", ySplit: 3 }];
  return sheet;
}

/** The kecamatan code of a desa code (`19.05.01.2004` → `19.05.01`). */
export const kecamatanKodeOf = (kode: string): string => kode.split(".").slice(0, 3).join(".");

/** The region columns every table of desa rows starts with: code and name of the desa, then of its kecamatan. */
export const DESA_COLUMNS: ReadonlyArray<ReportColumn> = [
  { header: excelText.columns.kodeDesa },
  { header: excelText.columns.desa },
  { header: excelText.columns.kodeKecamatan },
  { header: excelText.columns.kecamatan },
];

/** The four cells under DESA_COLUMNS. */
export const desaCells = (kode: string, nama: string, kecamatan: string): CellValue[] => [
  kode,
  nama,
  kecamatanKodeOf(kode),
  kecamatan,
];

/** `Desa Air Putih (19.05.01.2004)`. */
export const regionLabel = (name: string, kode: string): string => excelText.region(name, kode);

/** Title lines naming the region's kecamatan and kabupaten with their codes (from getRegionTrail), under a desa's
 * title. */
export const trailNotes = (trail: ReadonlyArray<{ kode: string; nama: string; jenis: RegionLevel }>): string[] =>
  trail
    .filter((r) => r.jenis === "kecamatan" || r.jenis === "kabupaten")
    .map((r) => regionLabel(regionTitle(r), r.kode));

/** A fraction for a percentage cell, or empty when the denominator is 0 (the page's "–"). */
export const fraction = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** An ISO date as an Excel date (midnight UTC, shown by DATE_NUMFMT), or empty. */
export const excelDate = (iso: string | null | undefined): Date | null =>
  iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null;
