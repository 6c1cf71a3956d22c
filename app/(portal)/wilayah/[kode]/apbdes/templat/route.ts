import type { NextRequest } from "next/server";
import { guardRoute } from "@/lib/auth/route-guard";
import { xlsxResponse } from "@/lib/excel";
import { buildTemplateWorkbook, templateCsv } from "@/lib/apbdes/workbook";

/** The import template (XLSX by default, or CSV), for the desa's own writers. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const guard = await guardRoute(request, (await params).kode, "apbdes", { use: "write" });
  if (guard instanceof Response) return guard;
  if (request.nextUrl.searchParams.get("format") === "csv") {
    return new Response(`\uFEFF${templateCsv()}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="templat-apbdes.csv"',
        "Cache-Control": "no-store",
      },
    });
  }
  return xlsxResponse(buildTemplateWorkbook(), "templat-apbdes.xlsx");
}
