import type { NextRequest } from "next/server";
import { guardRoute } from "@/lib/auth/route-guard";
import { listApbdesLines, listApbdesVersions } from "@/db/queries/apbdes";
import { getApbdesRecap } from "@/db/queries/apbdes-recap";
import { recordAudit } from "@/db/writes/audit";
import { messageFor } from "@/lib/errors";
import { plainResponse, xlsxResponse } from "@/lib/excel";
import { regionTitle } from "@/lib/regions";
import { regionLabel, trailNotes } from "@/lib/excel-report";
import { getRegionTrail } from "@/db/queries/regions";
import { todayIso } from "@/lib/periods";
import { filterAndSortRecap } from "@/lib/apbdes/recap";
import { parseApbdesParams } from "@/lib/apbdes/params";
import { buildLinesWorkbook, buildRecapWorkbook } from "@/lib/apbdes/workbook";

/** Excel of a desa's lines (the version shown on the page) or of the kecamatan/kabupaten recap, checked like the page. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const guard = await guardRoute(request, (await params).kode, "apbdes");
  if (guard instanceof Response) return guard;
  const { viewer, region } = guard;
  const today = todayIso();
  const sp = parseApbdesParams(request.nextUrl.searchParams, Number(today.slice(0, 4)));
  const { tahun } = sp;

  if (region.jenis === "desa") {
    const versions = await listApbdesVersions({ viewer, kode: region.kode, tahun });
    const v =
      versions.find((x) => x.versi === sp.versi) ?? versions.find((x) => x.versi === "perubahan") ?? versions[0];
    if (!v) return plainResponse(404, messageFor("not_found"));
    const [lines, trail] = await Promise.all([
      listApbdesLines({ viewer, kode: region.kode, apbdesId: v.id }),
      getRegionTrail(region.kode),
    ]);
    const wb = buildLinesWorkbook(
      {
        desa: regionTitle(region),
        kode: region.kode,
        tahun,
        versi: v.versi,
        status: v.status,
        notes: trailNotes(trail),
        printed: today,
      },
      lines,
    );
    const response = await xlsxResponse(wb, `apbdes-${region.kode}-${tahun}-${v.versi}.xlsx`);
    await recordAudit(viewer, {
      action: "ekspor",
      entity: "apbdes",
      entityId: v.id,
      kodeWilayah: region.kode,
      after: { jumlahBaris: lines.length },
    });
    return response;
  }

  const p = sp.recap;
  const recap = await getApbdesRecap({ viewer, kode: region.kode, tahun, today, draf: p.draf });
  const shown = filterAndSortRecap(recap.rows, p);
  const response = await xlsxResponse(
    buildRecapWorkbook(regionLabel(regionTitle(region), region.kode), tahun, shown, {
      draf: recap.draf,
      tanggal: recap.tanggal,
      printed: today,
    }),
    `rekap-apbdes-${region.kode}-${tahun}.xlsx`,
  );
  await recordAudit(viewer, {
    action: "ekspor",
    entity: "apbdes_rekap",
    kodeWilayah: region.kode,
    after: { tahun, jumlahDesa: shown.length, filter: p },
  });
  return response;
}
