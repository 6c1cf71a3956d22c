import { IMPORT_COLUMNS, mapImportRow, missingColumns } from "./import-columns";
import { LINE_FIELD_LABELS, lineErrors, lineSchema, type LineField, type LineInput, type LineRef } from "./line-schema";

export type PreviewRow = {
  /** Row number as the spreadsheet shows it (header is row 1 when it is the first line). */
  baris: number;
  kodeKegiatan: string;
  uraian: string;
  pagu: string;
  errors: string[];
};

export type ImportCheck = { rows: PreviewRow[]; lines: LineInput[]; valid: boolean; missing: string[] };

/** Dry run: every row checked with the same rules as the form, each error named by its column. */
export function checkImportRows(records: ReadonlyArray<Record<string, string>>, headers: ReadonlyArray<string>, ref: LineRef, rowNumbers?: ReadonlyArray<number>): ImportCheck {
  const missing = missingColumns(headers);
  const schema = lineSchema(ref);
  const rows: PreviewRow[] = [];
  const lines: LineInput[] = [];
  records.forEach((record, i) => {
    const raw = mapImportRow(record);
    const parsed = schema.safeParse(raw);
    const errors: string[] = [];
    if (parsed.success) lines.push(parsed.data);
    else {
      for (const [field, messages] of Object.entries(lineErrors(parsed.error))) {
        const column = IMPORT_COLUMNS.find((c) => c.field === field)?.header ?? LINE_FIELD_LABELS[field as LineField];
        for (const m of messages ?? []) errors.push(`${column}: ${m}`);
      }
    }
    rows.push({ baris: rowNumbers?.[i] ?? i + 2, kodeKegiatan: raw.kodeKegiatan, uraian: raw.uraian, pagu: raw.pagu, errors });
  });
  return { rows, lines, valid: missing.length === 0 && rows.length > 0 && rows.every((r) => r.errors.length === 0), missing };
}
