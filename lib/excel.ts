import "server-only";
import type { CellValue, Workbook } from "exceljs";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Text a spreadsheet would read as a formula: `=`, `+`, `-`, `@` (and their full-width forms, which Excel also
 * accepts), or a tab or CR before one. Typed into a name or a note, it is inert in the .xlsx we write, but comes
 * alive when someone saves the sheet as CSV, or edits the cell. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Such text with a leading apostrophe: Excel's and LibreOffice's mark for "this is text", in a cell and in CSV. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function neutraliseValue(value: CellValue): CellValue {
  if (typeof value === "string") return neutraliseFormula(value);
  if (value && typeof value === "object" && "richText" in value && value.richText.length) {
    const [first, ...rest] = value.richText;
    return { richText: [{ ...first, text: neutraliseFormula(first.text) }, ...rest] };
  }
  if (value && typeof value === "object" && "hyperlink" in value && typeof value.text === "string")
    return { ...value, text: neutraliseFormula(value.text) };
  // Numbers, dates, booleans and our own formulas stay what they are: -5 is a number, not text.
  return value;
}

/** The one way a workbook leaves the server: every text cell of every sheet neutralised, then serialised. */
export async function workbookBytes(wb: Workbook): Promise<Uint8Array<ArrayBuffer>> {
  wb.eachSheet((sheet) =>
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = neutraliseValue(cell.value);
        if (value !== cell.value) cell.value = value;
      }),
    ),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An .xlsx download; never cached, since it holds personal data. */
export async function xlsxResponse(wb: Workbook, filename: string): Promise<Response> {
  return download(await workbookBytes(wb), XLSX_TYPE, filename);
}

/** One CSV field: text neutralised like a cell, then quoted when it holds a separator, a quote or a line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = neutraliseFormula(value);
  return /[",;\r\n]/.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV download (UTF-8 with a BOM, so Excel reads the accents), each field through csvField. */
export function csvResponse(rows: ReadonlyArray<ReadonlyArray<string | number | null>>, filename: string): Response {
  const text = `\uFEFF${rows.map((r) => r.map(csvField).join(",")).join("\n")}\n`;
  return download(new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>, "text/csv; charset=utf-8", filename);
}

function download(body: Uint8Array<ArrayBuffer>, type: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Content-Length": String(body.byteLength),
      "Cache-Control": "private, no-store",
    },
  });
}

export function plainResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
