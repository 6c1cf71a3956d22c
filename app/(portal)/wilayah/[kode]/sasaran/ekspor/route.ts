import type { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { guardRoute } from "@/lib/auth/route-guard";
import { listSasaranForExport } from "@/db/queries/sasaran";
import { recordAudit } from "@/db/writes/audit";
import { parseSasaranListParams } from "@/lib/sasaran/list-params";
import { todayIso } from "@/lib/periods";
import { xlsxResponse } from "@/lib/excel";
import { regionTitle } from "@/lib/regions";
import { nikFor } from "@/lib/people/nik-visibility";
import { KATEGORI_LABELS, sasaranText } from "@/lib/i18n/sasaran";
import { commonText } from "@/lib/i18n/common";

const t = sasaranText.export;

const isoToDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

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

  const wb = new Workbook();
  wb.creator = commonText.app.name;
  const sheet = wb.addWorksheet(t.sheet);
  sheet.addRow([t.title(regionTitle(region), region.kode)]).font = { bold: true, size: 13 };
  sheet.addRow([t.downloaded(today)]);
  sheet.addRow([]);
  const header = sheet.addRow([...t.head]);
  header.font = { bold: true };
  rows.forEach((r, i) =>
    sheet.addRow([
      i + 1,
      r.nama,
      KATEGORI_LABELS[r.kelompok],
      r.jenisKelamin === "L" ? sasaranText.sex.L : sasaranText.sex.P,
      isoToDate(r.tanggalLahir),
      nikFor(viewer, r.nik, region.kode) ?? "",
      r.noKia ?? "",
      r.posyanduNama,
      r.ibuNama ?? "",
      isoToDate(r.hpl),
      isoToDate(r.tanggalMelahirkan),
      r.aktif ? t.aktif : t.nonaktif,
    ]),
  );
  for (const col of [5, 10, 11]) sheet.getColumn(col).numFmt = "dd/mm/yyyy";
  sheet.getColumn(2).width = 28;
  sheet.getColumn(6).width = 20;
  sheet.views = [{ state: "frozen", ySplit: 4 }];

  const response = await xlsxResponse(wb, `sasaran-${region.kode}-${today}.xlsx`);
  await recordAudit(viewer, {
    action: "ekspor",
    entity: "sasaran",
    kodeWilayah: region.kode,
    after: { jumlah: rows.length, filter: p },
  });
  return response;
}
