import type { NextRequest } from "next/server";
import { getViewer } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getRegionInScope } from "@/db/queries/regions";
import { messageFor } from "@/lib/errors";
import { plainResponse, xlsxResponse } from "@/lib/excel";
import { buildTemplateWorkbook, templateCsv } from "@/lib/apbdes/workbook";

/** The import template (XLSX by default, or CSV), for the desa's own writers. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return plainResponse(401, messageFor("unauthenticated"));
  const { kode } = await params;
  const region = await getRegionInScope({ viewer, kode: decodeURIComponent(kode) });
  if (!region || region.jenis !== "desa") return plainResponse(404, messageFor("not_found"));
  if (!can(viewer.role, "apbdes:read")) return plainResponse(403, messageFor("forbidden"));
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
