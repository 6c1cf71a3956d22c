import type { NextRequest } from "next/server";
import { getViewer } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getRegionInScope, getRegionTrail } from "@/db/queries/regions";
import { listKegiatanByMonth, listKpmNames, recordKegiatanExport } from "@/db/queries/kegiatan";
import { messageFor } from "@/lib/errors";
import { resolveBulan } from "@/lib/kegiatan/month";
import { exportFileName, reportHeader } from "@/lib/kegiatan/report";
import { buildKegiatanWorkbook } from "@/lib/kegiatan/workbook";
import { formatYearMonth } from "@/lib/periods";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function plain(status: number, message: string) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** Excel export of one month's KPM activities. Checked like the pages: signed in, region in scope (else 404,
 * revealing nothing), read capability, desa/kelurahan only. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return plain(401, messageFor("unauthenticated"));
  const { kode } = await params;
  const region = await getRegionInScope({ viewer, kode: decodeURIComponent(kode) });
  if (!region || (region.jenis !== "desa" && region.jenis !== "kelurahan")) return plain(404, messageFor("not_found"));
  if (!can(viewer.role, "sasaran:read")) return plain(403, messageFor("forbidden"));

  const bulan = resolveBulan(request.nextUrl.searchParams.get("bulan") ?? undefined);
  const ym = formatYearMonth(bulan);
  const rows = await listKegiatanByMonth({ viewer, kode: region.kode, bulan });
  const [trail, kpm] = await Promise.all([getRegionTrail(region.kode), listKpmNames({ viewer, kode: region.kode, rows })]);
  const body = await buildKegiatanWorkbook(reportHeader(region, trail, ym, kpm), rows);
  await recordKegiatanExport({ viewer, kode: region.kode, bulan, jumlah: rows.length });

  return new Response(body, {
    headers: {
      "Content-Type": XLSX,
      "Content-Disposition": `attachment; filename="${exportFileName(region.kode, ym)}"`,
      "Content-Length": String(body.byteLength),
      "Cache-Control": "private, no-store",
    },
  });
}
