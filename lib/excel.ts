import "server-only";
import type { Workbook } from "exceljs";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** An .xlsx download; never cached, since it holds personal data. */
export async function xlsxResponse(wb: Workbook, filename: string): Promise<Response> {
  return bytesResponse(new Uint8Array(await wb.xlsx.writeBuffer()), filename);
}

export function bytesResponse(body: Uint8Array<ArrayBuffer>, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": XLSX_TYPE,
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
