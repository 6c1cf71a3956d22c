import type { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { guardRoute } from "@/lib/auth/route-guard";
import { listSasaranForExport } from "@/db/queries/sasaran";
import { recordAudit } from "@/db/writes/audit";
import { parseSasaranListParams } from "@/lib/sasaran/list-params";
import { todayIso } from "@/lib/periods";
import { xlsxResponse } from "@/lib/excel";
import { addReportSheet, excelDate, trailNotes } from "@/lib/excel-report";
import { formatDate } from "@/lib/format";
import { getRegionTrail } from "@/db/queries/regions";
import { regionTitle } from "@/lib/regions";
import { nikFor } from "@/lib/people/nik-visibility";
import { KATEGORI_LABELS, sasaranText } from "@/lib/i18n/sasaran";
import { commonText } from "@/lib/i18n/common";

const t = sasaranText.export;

/** Excel export of the filtered target list (same filters as the page), checked like the page. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const guard = await guardRoute(request, (await params).kode, "sasaran");
  if (guard instanceof Response) return guard;
  const { viewer, region } = guard;
  const p = parseSasaranListParams(Object.fromEntries(request.nextUrl.searchParams));
  const today = todayIso();
  const rows = await listSasaranForExport({
    viewer,
    kode: region.kode,
    today,
    q: p.q,
    kelompok: p.kelompok,
    posyanduId: p.posyandu,
    status: p.status,
    sort: p.sort,
    dir: p.dir,
  });

  const trail = await getRegionTrail(region.kode);
  const wb = new Workbook();
  wb.creator = commonText.app.name;
  const [no, nama, kelompok, jk, lahir, nik, kia, pos, ibu, hpl, melahirkan, status] = t.head;
  // The page's order (sort/dir of the URL, else its default), the page's filters; NIK only for the roles that see it.
  addReportSheet(wb, {
    name: t.sheet,
    title: t.title(regionTitle(region), region.kode),
    period: t.asOf(formatDate(today)),
    notes: trailNotes(trail),
    printed: today,
    landscape: true,
    columns: [
      { header: no, format: "integer" },
      { header: nama },
      { header: kelompok },
      { header: jk },
      { header: lahir, format: "date" },
      { header: nik },
      { header: kia },
      { header: pos },
      { header: ibu },
      { header: hpl, format: "date" },
      { header: melahirkan, format: "date" },
      { header: status },
    ],
    rows: rows.map((r, i) => [
      i + 1,
      r.nama,
      KATEGORI_LABELS[r.kelompok],
      r.jenisKelamin === "L" ? sasaranText.sex.L : sasaranText.sex.P,
      excelDate(r.tanggalLahir),
      nikFor(viewer, r.nik, region.kode) ?? "",
      r.noKia ?? "",
      r.posyanduNama,
      r.ibuNama ?? "",
      excelDate(r.hpl),
      excelDate(r.tanggalMelahirkan),
      r.aktif ? t.aktif : t.nonaktif,
    ]),
  });

  const response = await xlsxResponse(wb, `sasaran-${region.kode}-${today}.xlsx`);
  await recordAudit(viewer, {
    action: "ekspor",
    entity: "sasaran",
    kodeWilayah: region.kode,
    after: { jumlah: rows.length, filter: p },
  });
  return response;
}
