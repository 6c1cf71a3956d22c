import type { FormState } from "@/lib/form-state";
import {
  IMPORT_COLUMNS,
  IMPORT_LIMITS,
  MAX_IMPORT_ROWS,
  importColumnValues,
  mapImportRow,
  missingColumns,
} from "./import-columns";
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

/** Rows with errors the dry run lists, and rows it shows as a sample: the answer stays small whatever the file. */
export const PREVIEW_ERROR_ROWS = 20;
export const PREVIEW_SAMPLE_ROWS = 5;

/** The payload on the wire: the import columns only, one array per row ([row number, ...values in
 * IMPORT_COLUMNS order]), so it is no larger than the columns the import reads. */
type WirePayload = { v: 2; rows: Array<[number, ...string[]]> };

export function encodePayload(table: ImportPayload): string {
  const rows = table.records.map((record, i): [number, ...string[]] => [
    table.rowNumbers[i] ?? i + 2,
    ...importColumnValues(record),
  ]);
  return JSON.stringify({ v: 2, rows } satisfies WirePayload);
}

/** The table the page posted back to apply: the compact form, or the whole table as pages loaded before the
 * compact form post it. Either is bounded like an upload and checked again in full. */
export function parsePayload(text: string | undefined): ImportPayload | null {
  if (!text) return null;
  try {
    const p = JSON.parse(text) as WirePayload | ImportPayload;
    return "v" in p ? fromWire(p) : fromTable(p);
  } catch {
    return null;
  }
}

const isText = (v: unknown) => typeof v === "string" && v.length <= IMPORT_LIMITS.lineChars;

function fromWire(p: WirePayload): ImportPayload | null {
  if (p.v !== 2 || !Array.isArray(p.rows) || !p.rows.length || p.rows.length > MAX_IMPORT_ROWS) return null;
  const width = IMPORT_COLUMNS.length + 1;
  for (const r of p.rows)
    if (!Array.isArray(r) || r.length !== width || !Number.isSafeInteger(r[0]) || !r.slice(1).every(isText))
      return null;
  return {
    headers: IMPORT_COLUMNS.map((c) => c.header),
    records: p.rows.map((r) => Object.fromEntries(IMPORT_COLUMNS.map((c, i) => [c.header, r[i + 1] as string]))),
    rowNumbers: p.rows.map((r) => r[0]),
  };
}

function fromTable(p: ImportPayload): ImportPayload | null {
  if (!Array.isArray(p.headers) || !Array.isArray(p.records) || !Array.isArray(p.rowNumbers)) return null;
  if (p.headers.length > IMPORT_LIMITS.columns || p.records.length > MAX_IMPORT_ROWS) return null;
  const isRecord = (o: unknown) =>
    !!o && typeof o === "object" && Object.keys(o).length <= IMPORT_LIMITS.columns && Object.values(o).every(isText);
  return p.headers.every(isText) && p.records.every(isRecord) ? p : null;
}

/** A row of the file equal to a line already in the draft (lib/apbdes/duplicates.ts), as stored codes. */
export type DuplicateRow = {
  baris: number;
  kodeKegiatan: string;
  kodeRekening: string;
  sumberDana: string;
  uraian: string;
  pagu: number;
};

/** Duplicate rows the dry run lists; the count covers them all. */
export const PREVIEW_DUPLICATE_ROWS = 20;

/** What the dry run answers: counts, the first rows with errors and a sample, never the whole table. */
export type ImportPreview = {
  fileName: string;
  /** Rows in the file and rows with errors. */
  total: number;
  bad: number;
  /** The sample and the first rows with errors, in file order. */
  rows: PreviewRow[];
  /** Rows with errors beyond those listed. */
  moreBad: number;
  missing: string[];
  valid: boolean;
  /** The table to apply (encodePayload), only when every row is valid. */
  payload: string;
  /** Valid rows equal to a line already in the draft (none with replace), and the first of them. */
  duplicate: number;
  duplicateRows: DuplicateRow[];
};

/** What the import actions return: the usual form state plus the dry-run summary. */
export type ImportState = FormState & { preview?: ImportPreview; applied?: number; skipped?: number };

/** `duplicates`: one flag per line of a valid check (markDuplicates against the draft). */
export function summarizeCheck(
  check: ImportCheck,
  fileName: string,
  table: ImportPayload,
  duplicates: ReadonlyArray<boolean> = [],
): ImportPreview {
  const bad = check.rows.filter((r) => r.errors.length);
  // Lines and rows pair up one to one only when every row is valid, the only case duplicates are looked for.
  const dupRows: DuplicateRow[] = check.valid
    ? check.lines.flatMap((l, i) =>
        duplicates[i]
          ? [
              {
                baris: check.rows[i].baris,
                kodeKegiatan: l.kodeKegiatan,
                kodeRekening: l.kodeRekening,
                sumberDana: l.sumberDana,
                uraian: l.uraian,
                pagu: l.pagu,
              },
            ]
          : [],
      )
    : [];
  const listedBad = new Set(bad.slice(0, PREVIEW_ERROR_ROWS));
  const rows = check.rows.filter((r, i) => i < PREVIEW_SAMPLE_ROWS || listedBad.has(r));
  return {
    fileName,
    total: check.rows.length,
    bad: bad.length,
    rows,
    moreBad: bad.length - listedBad.size,
    missing: check.missing,
    valid: check.valid,
    payload: check.valid ? encodePayload(table) : "",
    duplicate: dupRows.length,
    duplicateRows: dupRows.slice(0, PREVIEW_DUPLICATE_ROWS),
  };
}

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
