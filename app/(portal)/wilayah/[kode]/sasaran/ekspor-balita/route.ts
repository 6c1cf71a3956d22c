import type { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { guardRoute } from "@/lib/auth/route-guard";
import { listBalitaForExport } from "@/db/queries/balita-export";
import { getRegionTrail } from "@/db/queries/regions";
import { recordAudit } from "@/db/writes/audit";
import { todayIso } from "@/lib/periods";
import { xlsxResponse } from "@/lib/excel";
import { addLegendSheet, addReportSheet, excelDate, trailNotes } from "@/lib/excel-report";
import { growthIndexLegend } from "@/lib/excel-legend";
import { formatDate } from "@/lib/format";
import { calendarAgeMonths } from "@/lib/growth/age-bands";
import { regionTitle } from "@/lib/regions";
import { nikFor } from "@/lib/people/nik-visibility";
import { caraUkurCell, zscoreCells, zscoreFormats } from "@/lib/pemantauan/balita-export";
import { balitaEksporText } from "@/lib/i18n/balita-ekspor";
import { sasaranText } from "@/lib/i18n/sasaran";
import { commonText } from "@/lib/i18n/common";

const t = balitaEksporText.list;

/** Excel export of the desa's balita 24–59 months (the balita record's group this month) with their latest
 * weighing. Checked like the target list; NIK only for the roles that see it. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const guard = await guardRoute(request, (await params).kode, "sasaran");
  if (guard instanceof Response) return guard;
  const { viewer, region } = guard;
  const today = todayIso();
  const [rows, trail] = await Promise.all([
    listBalitaForExport({ viewer, kode: region.kode }),
    getRegionTrail(region.kode),
  ]);

  const wb = new Workbook();
  wb.creator = commonText.app.name;
  const [no, nama, nik, jk, lahir, umur, pos, kia, tanggal, berat, tinggi, cara, ...z] = t.head;
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
      { header: nik },
      { header: jk },
      { header: lahir, format: "date" },
      { header: umur, format: "integer" },
      { header: pos },
      { header: kia },
      { header: tanggal, format: "date" },
      { header: berat, format: "decimal" },
      { header: tinggi, format: "decimal" },
      { header: cara },
      ...zscoreFormats(z),
    ],
    rows: rows.map((r, i) => [
      i + 1,
      r.nama,
      nikFor(viewer, r.nik, region.kode) ?? "",
      r.jenisKelamin === "L" ? sasaranText.sex.L : sasaranText.sex.P,
      excelDate(r.tanggalLahir),
      calendarAgeMonths(r.tanggalLahir, today),
      r.posyanduNama,
      r.noKia ?? "",
      excelDate(r.tanggalUkur),
      r.beratKg,
      r.panjangCm,
      caraUkurCell(r.caraUkur),
      ...zscoreCells(r),
    ]),
  });
  addLegendSheet(wb, [growthIndexLegend()]);

  const response = await xlsxResponse(wb, `balita-${region.kode}-${today}.xlsx`);
  await recordAudit(viewer, {
    action: "ekspor",
    entity: "sasaran",
    kodeWilayah: region.kode,
    after: { jumlah: rows.length, kelompok: "balita_24_59" },
  });
  return response;
}
