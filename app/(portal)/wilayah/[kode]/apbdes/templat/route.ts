import type { NextRequest } from "next/server";
import { z } from "zod";
import { guardRoute } from "@/lib/auth/route-guard";
import { csvResponse, xlsxResponse } from "@/lib/excel";
import { parseQuery, queryParam } from "@/lib/route-params";
import { buildTemplateWorkbook, templateRows } from "@/lib/apbdes/workbook";

const query = z.object({ format: queryParam.oneOf(["xlsx", "csv"]) });

/** The import template (XLSX by default, or CSV), for the desa's own writers. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const guard = await guardRoute(request, (await params).kode, "apbdes", { use: "write" });
  if (guard instanceof Response) return guard;
  if (parseQuery(query, request.nextUrl.searchParams).format === "csv")
    return csvResponse(templateRows(), "templat-apbdes.csv");
  return xlsxResponse(buildTemplateWorkbook(), "templat-apbdes.xlsx");
}
