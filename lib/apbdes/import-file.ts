import { parse, type CsvError } from "csv-parse";
import { IMPORT_LIMITS, type ImportLimits } from "./import-columns";
import { inspectXlsx } from "./xlsx-inspect";
import { readSheetRows } from "./xlsx-worker";
import { formatInteger } from "@/lib/format";
import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.importFile;

export type ImportTable =
  | {
      ok: true;
      headers: string[];
      records: Array<Record<string, string>>;
      /** spreadsheet row number of each record */ rowNumbers: number[];
    }
  | { ok: false; message: string };

/** Why a file was refused; each has its message (refusalMessage). */
export type ImportRefusal =
  | {
      kind:
        | "noFile"
        | "tooBig"
        | "empty"
        | "noRows"
        | "unsupported"
        | "unreadable"
        | "xlsxUnreadable"
        | "rows"
        | "unpacked"
        | "cells"
        | "slow";
    }
  | { kind: "columns"; cell?: string }
  | { kind: "sheetRows"; row: number }
  | { kind: "line"; line: number };

/** The table, or the refusal and how many bytes of the file were read before it (the limits stop reading). */
export type ImportRead = Extract<ImportTable, { ok: true }> | { ok: false; refusal: ImportRefusal; bytesRead: number };

export type ImportFile = { name: string; size: number; bytes: () => Promise<Uint8Array> };
export type ReadOptions = { limits?: Partial<ImportLimits> };

export function refusalMessage(r: ImportRefusal, limits: ImportLimits = IMPORT_LIMITS): string {
  const n = formatInteger;
  switch (r.kind) {
    case "noFile":
      return apbdesText.importActions.noFile;
    case "tooBig":
      return apbdesText.importForm.tooBig;
    case "rows":
      return t.tooManyRows(n(limits.rows));
    case "columns":
      return t.tooManyColumns(n(limits.columns), r.cell);
    case "sheetRows":
      return t.sheetTooLong(n(r.row), n(limits.sheetRows));
    case "line":
      return t.lineTooLong(n(r.line), n(limits.lineChars));
    case "unpacked":
      return t.xlsxTooLarge(n(limits.unpackedBytes / 1_000_000));
    case "cells":
      return t.xlsxTooManyCells(n(limits.cells));
    case "slow":
      return t.tooSlow(n(limits.timeMs / 1000));
    default:
      return t[r.kind];
  }
}

/** Header row, then records; the row limit is applied as each row arrives, not after the whole file. */
class TableBuilder {
  private headers: string[] | null = null;
  private records: Array<Record<string, string>> = [];
  private rowNumbers: number[] = [];
  constructor(private readonly limits: ImportLimits) {}

  add(cells: string[], n: number): ImportRefusal | null {
    if (!cells.some((c) => c !== "")) return null;
    if (!this.headers) {
      this.headers = cells;
      return null;
    }
    if (this.records.length >= this.limits.rows) return { kind: "rows" };
    const headers = this.headers;
    this.records.push(Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ""])));
    this.rowNumbers.push(n);
    return null;
  }

  finish(bytesRead: number): ImportRead {
    if (!this.headers) return { ok: false, refusal: { kind: "empty" }, bytesRead };
    if (!this.records.length) return { ok: false, refusal: { kind: "noRows" }, bytesRead };
    return { ok: true, headers: this.headers, records: this.records, rowNumbers: this.rowNumbers };
  }
}

type Clock = { overdue: () => boolean; deadline: number };

function clock(limits: ImportLimits): Clock {
  const deadline = performance.now() + limits.timeMs;
  return { overdue: () => performance.now() >= deadline, deadline };
}

const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Bytes handed to the CSV parser per turn of the event loop: other requests are served between two. */
const CSV_CHUNK = 4 * 1024;

class Refused extends Error {
  constructor(readonly refusal: ImportRefusal) {
    super(refusal.kind);
  }
}

async function readCsv(bytes: Uint8Array, limits: ImportLimits, time: Clock): Promise<ImportRead> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const firstLine = buf.toString("utf8", 0, Math.min(buf.length, limits.lineChars)).split(/\r?\n/, 1)[0] ?? "";
  // Excel in Indonesian locale saves CSV with semicolons.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const table = new TableBuilder(limits);
  let records = 0;
  /** Parser byte offset where the last complete record ended. */
  let recordEnd = 0;
  let failure: unknown = null;
  const parser = parse({
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    delimiter,
    max_record_size: limits.lineChars,
    on_record: (record: string[], info) => {
      records++;
      recordEnd = info.bytes;
      if (record.length > limits.columns) throw new Refused({ kind: "columns" });
      const refusal = table.add(record, records);
      if (refusal) throw new Refused(refusal);
      // Kept by the table builder: the stream itself carries nothing.
      return null;
    },
  });
  const ended = new Promise<void>((resolve) => parser.on("end", resolve));
  parser.on("error", (e) => (failure ??= e));
  parser.resume();
  let read = 0;
  while (read < buf.length && !failure) {
    const chunk = buf.subarray(read, read + CSV_CHUNK);
    read += chunk.length;
    parser.write(chunk);
    await yieldTurn();
    // A line still open after a chunk (one huge header, a run of delimiters) is refused before it is finished.
    const open = parser.info.bytes - recordEnd;
    if (!failure && open > limits.lineChars) {
      const span = buf.subarray(Math.max(0, recordEnd), Math.min(buf.length, parser.info.bytes));
      const delimiters = span.reduce((n, b) => n + (b === delimiter.charCodeAt(0) ? 1 : 0), 0);
      failure = new Refused(
        delimiters >= limits.columns ? { kind: "columns" } : { kind: "line", line: parser.info.lines },
      );
    }
    if (!failure && time.overdue()) failure = new Refused({ kind: "slow" });
  }
  if (!failure) {
    parser.end();
    await Promise.race([ended, new Promise<void>((resolve) => parser.on("error", () => resolve()))]);
  }
  if (failure) {
    parser.destroy();
    if (failure instanceof Refused) return { ok: false, refusal: failure.refusal, bytesRead: read };
    const e = failure as CsvError & { index?: number; lines?: number };
    if (e.code === "CSV_MAX_RECORD_SIZE") {
      // The fields read so far tell a line of many columns from one long text.
      const columns = Number(e.index ?? 0) >= limits.columns;
      const line = Number(e.lines ?? records + 1);
      return { ok: false, refusal: columns ? { kind: "columns" } : { kind: "line", line }, bytesRead: read };
    }
    return { ok: false, refusal: { kind: "unreadable" }, bytesRead: read };
  }
  return table.finish(read);
}

async function readXlsx(bytes: Uint8Array, limits: ImportLimits, time: Clock): Promise<ImportRead> {
  const refuse = (refusal: ImportRefusal): ImportRead => ({ ok: false, refusal, bytesRead: bytes.length });
  // An .xlsx is a ZIP: anything else under that name is not a spreadsheet.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return refuse({ kind: "xlsxUnreadable" });
  const refusal = await inspectXlsx(bytes, limits, time.overdue);
  if (refusal) return refuse(refusal);
  const sheet = await readSheetRows(bytes, limits, time.deadline);
  if (!sheet.ok) return refuse({ kind: sheet.kind });
  const table = new TableBuilder(limits);
  for (const [n, cells] of sheet.rows) {
    const stop = table.add(cells, n);
    if (stop) return refuse(stop);
  }
  return table.finish(bytes.length);
}

/** A CSV (comma or semicolon) or XLSX upload as header + records, read within IMPORT_LIMITS: the size before
 * reading, the columns, line length and rows while reading, an .xlsx's parts before exceljs opens it, and a time
 * budget throughout. Reading yields to the event loop between slices, so other requests are served meanwhile. */
export async function readImportTable(file: ImportFile, options: ReadOptions = {}): Promise<ImportRead> {
  const limits: ImportLimits = { ...IMPORT_LIMITS, ...options.limits };
  if (!file.size) return { ok: false, refusal: { kind: "noFile" }, bytesRead: 0 };
  if (file.size > limits.bytes) return { ok: false, refusal: { kind: "tooBig" }, bytesRead: 0 };
  const name = file.name.toLowerCase();
  const isXlsx = name.endsWith(".xlsx");
  if (!isXlsx && !name.endsWith(".csv")) return { ok: false, refusal: { kind: "unsupported" }, bytesRead: 0 };
  const time = clock(limits);
  const bytes = await file.bytes();
  if (bytes.length > limits.bytes) return { ok: false, refusal: { kind: "tooBig" }, bytesRead: 0 };
  try {
    return isXlsx ? await readXlsx(bytes, limits, time) : await readCsv(bytes, limits, time);
  } catch {
    return { ok: false, refusal: { kind: "unreadable" }, bytesRead: bytes.length };
  }
}

/** readImportTable with the refusal as the message shown beside the file field. */
export async function readImportFile(file: ImportFile, options: ReadOptions = {}): Promise<ImportTable> {
  const r = await readImportTable(file, options);
  if (r.ok) return r;
  return { ok: false, message: refusalMessage(r.refusal, { ...IMPORT_LIMITS, ...options.limits }) };
}
