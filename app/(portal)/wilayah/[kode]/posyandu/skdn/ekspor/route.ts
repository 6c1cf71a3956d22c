import type { NextRequest } from "next/server";
import { guardRoute } from "@/lib/auth/route-guard";
import { plainResponse, xlsxResponse } from "@/lib/excel";
import { messageFor } from "@/lib/errors";
import { getRegionTrail } from "@/db/queries/regions";
import { getSkdnReport } from "@/db/queries/skdn";
import { recordAudit } from "@/db/writes/audit";
import { trailNotes } from "@/lib/excel-report";
import { parseSkdnParams } from "@/lib/pemantauan/skdn-params";
import { buildSkdnWorkbook } from "@/lib/pemantauan/skdn-workbook";
import { skdnText } from "@/lib/i18n/skdn";
import { formatYearMonth, todayIso } from "@/lib/periods";

/** Excel export of the posyandu's monthly SKDN (the page's figures and names). Checked like the page: signed in,
 * region in scope (else 404), the posyandu section's read capability, desa/kelurahan only. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const guard = await guardRoute(request, (await params).kode, "posyandu");
  if (guard instanceof Response) return guard;
  const { viewer, region } = guard;
  const { bulan, posyandu } = parseSkdnParams(request.nextUrl.searchParams);
  const ym = formatYearMonth(bulan);
  const [report, trail] = await Promise.all([
    getSkdnReport({ viewer, kode: region.kode, ym: bulan, posyanduId: posyandu }),
    getRegionTrail(region.kode),
  ]);
  if (!report) return plainResponse(404, messageFor("not_found"));
  const names = new Map(report.posyandu.map((p) => [p.id, p.nama]));
  const wb = buildSkdnWorkbook({
    desa: { kode: region.kode, nama: region.nama },
    notes: trailNotes(trail),
    bulan: ym,
    posyandu: posyandu !== undefined ? (names.get(posyandu) ?? null) : null,
    total: report.total,
    perPosyandu: posyandu !== undefined ? [] : report.posyandu,
    children: report.children,
    posyanduNames: names,
    printed: todayIso(),
  });
  const response = await xlsxResponse(
    wb,
    skdnText.workbook.fileName(region.kode, posyandu !== undefined ? `${ym}-${posyandu}` : ym),
  );
  // Exports are audited (they take names out of the system), once the file is built.
  await recordAudit(viewer, {
    action: "ekspor",
    entity: "skdn",
    kodeWilayah: region.kode,
    after: { bulan: ym, posyandu: posyandu ?? null, jumlah: report.children.length, format: "xlsx" },
  });
  return response;
}
