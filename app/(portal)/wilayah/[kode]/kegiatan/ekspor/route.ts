import type { NextRequest } from "next/server";
import { guardRoute } from "@/lib/auth/route-guard";
import { plainResponse, xlsxResponse } from "@/lib/excel";
import { messageFor } from "@/lib/errors";
import { getKepalaDesaName, getMonitoringSummary } from "@/db/queries/laporan-kegiatan";
import { summaryDate } from "@/lib/kegiatan/summary";
import { kegiatanText } from "@/lib/i18n/kegiatan";
import { formatDate } from "@/lib/format";
import { getRegionTrail } from "@/db/queries/regions";
import { listKegiatanByMonth, listKpmNames } from "@/db/queries/kegiatan";
import { recordAudit } from "@/db/writes/audit";
import { parseKegiatanParams } from "@/lib/kegiatan/month";
import { exportFileName, reportHeader } from "@/lib/kegiatan/report";
import { buildKegiatanWorkbook } from "@/lib/kegiatan/workbook";
import { formatYearMonth, todayIso } from "@/lib/periods";

/** Excel export of one month's KPM activities. Checked like the pages: signed in, region in scope (else 404,
 * revealing nothing), read capability, desa/kelurahan only. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const guard = await guardRoute(request, (await params).kode, "kegiatan");
  if (guard instanceof Response) return guard;
  const { viewer, region } = guard;

  const { bulan } = parseKegiatanParams(request.nextUrl.searchParams);
  const ym = formatYearMonth(bulan);
  const rows = await listKegiatanByMonth({ viewer, kode: region.kode, bulan });
  const today = todayIso();
  const [trail, kpm, summary, kepalaDesa] = await Promise.all([
    getRegionTrail(region.kode),
    listKpmNames({ viewer, kode: region.kode, rows }),
    getMonitoringSummary({ viewer, kode: region.kode, bulan, today }),
    getKepalaDesaName({ viewer, kode: region.kode }),
  ]);
  if (!summary) return plainResponse(404, messageFor("not_found"));
  const wb = buildKegiatanWorkbook(reportHeader(region, trail, ym, kpm), rows, {
    summary,
    kepalaDesa,
    printed: today,
    asOf: kegiatanText.summary.asOf(formatDate(summaryDate(bulan, today))),
  });
  const response = await xlsxResponse(wb, exportFileName(region.kode, ym));
  // Exports are audited like writes (they take personal data out of the system), once the file is built.
  await recordAudit(viewer, {
    action: "ekspor",
    entity: "kegiatan_kpm",
    kodeWilayah: region.kode,
    after: { bulan: ym, jumlah: rows.length, format: "xlsx" },
  });

  return response;
}
