import type { NextRequest } from "next/server";
import { guardRoute } from "@/lib/auth/route-guard";
import { listKpmKinerja } from "@/db/queries/kpm-kinerja";
import { listPelatihan } from "@/db/queries/pelatihan";
import { recordAudit } from "@/db/writes/audit";
import { xlsxResponse } from "@/lib/excel";
import { parseKpmParams } from "@/lib/kpm/params";
import { kpmTable } from "@/lib/kpm/table";
import { kpmWindow } from "@/lib/kpm/window";
import { buildKpmWorkbook } from "@/lib/kpm/workbook";
import { todayIso } from "@/lib/periods";
import { regionTitle } from "@/lib/regions";
import { regionLabel } from "@/lib/excel-report";

/** KPM performance (as filtered and sorted on the page) and the training events with attendees, as .xlsx.
 * Checked like the page (guardRoute). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const guard = await guardRoute(request, (await params).kode, "kpm");
  if (guard instanceof Response) return guard;
  const { viewer, region } = guard;

  const p = parseKpmParams(Object.fromEntries(request.nextUrl.searchParams));
  const today = todayIso();
  const [all, events] = await Promise.all([
    listKpmKinerja({ viewer, kode: region.kode, bulan: p.bulan, today }),
    listPelatihan({ viewer, kode: region.kode, limit: 100_000 }),
  ]);
  const rows = kpmTable(all, { ...p, page: 1, pageSize: 1_000_000 }).rows;
  const wb = buildKpmWorkbook({
    title: regionLabel(regionTitle(region), region.kode),
    window: kpmWindow(p.bulan, today),
    tahun: Number(today.slice(0, 4)),
    rows,
    events,
    printed: today,
  });
  const response = await xlsxResponse(wb, `kinerja-kpm-${region.kode}-${today}.xlsx`);
  await recordAudit(viewer, {
    action: "ekspor",
    entity: "kinerja_kpm",
    kodeWilayah: region.kode,
    after: { bulan: p.bulan, baris: rows.length, pelatihan: events.length, format: "xlsx" },
  });
  return response;
}
