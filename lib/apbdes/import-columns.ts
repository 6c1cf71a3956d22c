import type { LineField } from "./line-schema";
import { apbdesText } from "@/lib/i18n/apbdes";

/** Columns of the import file, documented on the import page and used for the template. Headers are matched
 * case-insensitively, with spaces or dashes read as underscores; what each holds, and the example cells, are in
 * apbdesText.importColumns. */
const COLUMNS = [
  { header: "kode_kegiatan", field: "kodeKegiatan", wajib: true },
  { header: "uraian", field: "uraian", wajib: true },
  { header: "kode_rekening", field: "kodeRekening", wajib: true },
  { header: "sumber_dana", field: "sumberDana", wajib: true },
  { header: "volume", field: "volume", wajib: false },
  { header: "satuan", field: "satuan", wajib: false },
  { header: "pagu", field: "pagu", wajib: true },
  { header: "realisasi", field: "realisasi", wajib: false },
  { header: "tag_stunting", field: "stuntingTag", wajib: false },
  { header: "paket_layanan", field: "paketLayanan", wajib: false },
  { header: "indikator", field: "indikator", wajib: false },
  { header: "insentif_kpm", field: "insentifKpm", wajib: false },
] as const satisfies ReadonlyArray<{ header: string; field: LineField; wajib: boolean }>;

export const IMPORT_COLUMNS: ReadonlyArray<{
  header: string;
  field: LineField;
  wajib: boolean;
  keterangan: string;
  contoh: readonly [string, string];
}> = COLUMNS.map((c) => ({ ...c, ...apbdesText.importColumns[c.header] }));

export const MAX_IMPORT_ROWS = 500;
/** Server actions accept bodies up to 1 MB (Next's default), so the file must stay below it. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** What one upload may cost, each enforced while the file is read (lib/apbdes/import-file.ts, xlsx-inspect.ts), so
 * a small hostile file is refused before it is unpacked or turned into rows (docs/security.md, "Uploads"). */
export const IMPORT_LIMITS = {
  /** Size of the uploaded file. */
  bytes: MAX_IMPORT_BYTES,
  /** Budget lines (non-empty rows below the header). */
  rows: MAX_IMPORT_ROWS,
  /** Columns of any row or line, empty ones included (the template has 12). */
  columns: 50,
  /** Characters of one CSV line, all its fields together. */
  lineChars: 10_000,
  /** Rows an .xlsx sheet may reach, blank and formatted rows included (a title above the table, rows below it). */
  sheetRows: 5_000,
  /** Cells of all sheets of an .xlsx, counting each cell a merged range or a data validation covers. */
  cells: 50_000,
  /** Entries of the .xlsx shared-string table. */
  sharedStrings: 50_000,
  /** Files inside the .xlsx and their total unpacked size. */
  zipEntries: 500,
  unpackedBytes: 10_000_000,
  /** Wall-clock time to read the file, after which it is refused. */
  timeMs: 5_000,
} as const;

export type ImportLimits = { [K in keyof typeof IMPORT_LIMITS]: number };

const YES = new Set(["ya", "y", "1", "true", "x", "on", "v"]);

function headerKey(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** The value of each import column in a file row, in IMPORT_COLUMNS order ("" when the file lacks it). */
export function importColumnValues(record: Record<string, string>): string[] {
  const byHeader = new Map(Object.entries(record).map(([k, v]) => [headerKey(k), (v ?? "").trim()]));
  return IMPORT_COLUMNS.map((c) => byHeader.get(c.header) ?? "");
}

/** File columns → form field values; "-" in tag or paket means "none", empty means "as the kegiatan". */
export function mapImportRow(record: Record<string, string>): Record<string, string> {
  const values = importColumnValues(record);
  const out: Record<string, string> = {};
  for (const [i, c] of IMPORT_COLUMNS.entries()) {
    const v = values[i];
    if (c.field === "stuntingTag") out[c.field] = v === "" ? "auto" : v === "-" ? "" : v.toUpperCase();
    else if (c.field === "paketLayanan") out[c.field] = v === "" ? "auto" : v === "-" ? "" : v.toLowerCase();
    else if (c.field === "insentifKpm") out[c.field] = YES.has(v.toLowerCase()) ? "on" : "";
    else out[c.field] = v;
  }
  return out;
}

/** Required columns the file's header lacks. */
export function missingColumns(headers: ReadonlyArray<string>): string[] {
  const have = new Set(headers.map(headerKey));
  return IMPORT_COLUMNS.filter((c) => c.wajib && !have.has(c.header)).map((c) => c.header);
}
