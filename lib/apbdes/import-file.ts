import { Workbook, type CellValue } from "exceljs";
import { parse } from "csv-parse/sync";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./import-columns";
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

/** Text of a spreadsheet cell as the person typed it; whole numbers stay digits so "12500000" parses as rupiah. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value).replace(".", ",");
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "ya" : "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("result" in value) return cellText((value.result ?? null) as CellValue);
  if ("text" in value) return String(value.text);
  return "";
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows[n - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

function toTable(rows: string[][]): ImportTable {
  const start = rows.findIndex((r) => r.some((c) => c !== ""));
  if (start < 0) return { ok: false, message: t.empty };
  const headers = rows[start];
  const body = rows
    .map((r, i) => ({ r, n: i + 1 }))
    .slice(start + 1)
    .filter(({ r }) => r.some((c) => c !== ""));
  const records = body.map(({ r }) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ""])));
  if (!records.length) return { ok: false, message: t.noRows };
  if (records.length > MAX_IMPORT_ROWS)
    return {
      ok: false,
      message: t.tooManyRows(records.length, MAX_IMPORT_ROWS),
    };
  return { ok: true, headers, records, rowNumbers: body.map(({ n }) => n) };
}

/** A CSV (comma or semicolon) or XLSX upload as header + records; a wrong type or size is refused with a message. */
export async function readImportFile(file: {
  name: string;
  size: number;
  bytes: () => Promise<Uint8Array>;
}): Promise<ImportTable> {
  if (!file.size) return { ok: false, message: apbdesText.importActions.noFile };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: apbdesText.importForm.tooBig };
  const name = file.name.toLowerCase();
  const bytes = await file.bytes();
  try {
    if (name.endsWith(".xlsx")) {
      // An .xlsx is a ZIP: anything else under that name is not a spreadsheet.
      if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, message: t.xlsxUnreadable };
      return toTable(await readXlsx(bytes));
    }
    if (name.endsWith(".csv")) {
      const text = new TextDecoder("utf-8").decode(bytes);
      const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
      // Excel in Indonesian locale saves CSV with semicolons.
      const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
      return toTable(
        parse(text, {
          bom: true,
          trim: true,
          skip_empty_lines: true,
          relax_column_count: true,
          delimiter,
        }) as string[][],
      );
    }
  } catch {
    return { ok: false, message: t.unreadable };
  }
  return { ok: false, message: t.unsupported };
}
