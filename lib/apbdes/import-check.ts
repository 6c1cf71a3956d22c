import type { FormState } from "@/lib/form-state";
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS, mapImportRow, missingColumns } from "./import-columns";
import { LINE_FIELD_LABELS, lineErrors, lineSchema, type LineField, type LineInput, type LineRef } from "./line-schema";
import { apbdesText } from "@/lib/i18n/apbdes";

export type PreviewRow = {
  /** Row number as the spreadsheet shows it (header is row 1 when it is the first line). */
  baris: number;
  kodeKegiatan: string;
  uraian: string;
  pagu: string;
  errors: string[];
};

export type ImportCheck = { rows: PreviewRow[]; lines: LineInput[]; valid: boolean; missing: string[] };

/** The uploaded table as the dry run saw it; posted back to apply, where it is checked again. */
export type ImportPayload = { headers: string[]; records: Array<Record<string, string>>; rowNumbers: number[] };

export function parsePayload(text: string | undefined): ImportPayload | null {
  if (!text) return null;
  try {
    const p = JSON.parse(text) as ImportPayload;
    const isStrings = (o: unknown) =>
      !!o && typeof o === "object" && Object.values(o).every((v) => typeof v === "string");
    if (!Array.isArray(p.headers) || !Array.isArray(p.records) || !Array.isArray(p.rowNumbers)) return null;
    if (
      !p.headers.every((h) => typeof h === "string") ||
      !p.records.every(isStrings) ||
      p.records.length > MAX_IMPORT_ROWS
    )
      return null;
    return p;
  } catch {
    return null;
  }
}

/** What the import actions return: the usual form state plus the dry-run table. */
export type ImportState = FormState & {
  preview?: { fileName: string; rows: PreviewRow[]; missing: string[]; valid: boolean; payload: string };
  applied?: number;
};

/** Dry run: every row checked with the same rules as the form, each error named by its column. */
export function checkImportRows(
  records: ReadonlyArray<Record<string, string>>,
  headers: ReadonlyArray<string>,
  ref: LineRef,
  rowNumbers?: ReadonlyArray<number>,
): ImportCheck {
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
        for (const m of messages ?? []) errors.push(apbdesText.importCheck.rowError(column, m));
      }
    }
    rows.push({
      baris: rowNumbers?.[i] ?? i + 2,
      kodeKegiatan: raw.kodeKegiatan,
      uraian: raw.uraian,
      pagu: raw.pagu,
      errors,
    });
  });
  return {
    rows,
    lines,
    valid: missing.length === 0 && rows.length > 0 && rows.every((r) => r.errors.length === 0),
    missing,
  };
}
