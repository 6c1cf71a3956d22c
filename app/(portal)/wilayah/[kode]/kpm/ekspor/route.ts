import type { NextRequest } from "next/server";
import { getViewer } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getRegionInScope } from "@/db/queries/regions";
import { listKpmKinerja } from "@/db/queries/kpm-kinerja";
import { listPelatihan } from "@/db/queries/pelatihan";
import { recordAudit } from "@/db/writes/audit";
import { messageFor } from "@/lib/errors";
import { plainResponse, xlsxResponse } from "@/lib/excel";
import { parseKpmParams } from "@/lib/kpm/params";
import { kpmTable } from "@/lib/kpm/table";
import { kpmWindow } from "@/lib/kpm/window";
import { buildKpmWorkbook } from "@/lib/kpm/workbook";
import { todayIso } from "@/lib/periods";
import { regionTitle } from "@/lib/regions";

/** KPM performance (as filtered and sorted on the page) and the training events with attendees, as .xlsx.
 * Checked like the page: signed in, region in scope (else 404), read capability, kabupaten/kecamatan only. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return plainResponse(401, messageFor("unauthenticated"));
  const region = await getRegionInScope({ viewer, kode: decodeURIComponent((await params).kode) });
  if (!region || (region.jenis !== "kabupaten" && region.jenis !== "kecamatan"))
    return plainResponse(404, messageFor("not_found"));
  if (!can(viewer.role, "dashboard:read")) return plainResponse(403, messageFor("forbidden"));

  const p = parseKpmParams(Object.fromEntries(request.nextUrl.searchParams));
  const today = todayIso();
  const [all, events] = await Promise.all([
    listKpmKinerja({ viewer, kode: region.kode, bulan: p.bulan, today }),
    listPelatihan({ viewer, kode: region.kode, limit: 100_000 }),
  ]);
  const rows = kpmTable(all, { ...p, page: 1, pageSize: 1_000_000 }).rows;
  const wb = buildKpmWorkbook({
    title: `${regionTitle(region)} (${region.kode})`,
    window: kpmWindow(p.bulan, today),
    tahun: Number(today.slice(0, 4)),
    rows,
    events,
  });
  await recordAudit(viewer, {
    action: "ekspor",
    entity: "kinerja_kpm",
    kodeWilayah: region.kode,
    after: { bulan: p.bulan, baris: rows.length, pelatihan: events.length, format: "xlsx" },
  });
  return xlsxResponse(wb, `kinerja-kpm-${region.kode}-${today}.xlsx`);
}
