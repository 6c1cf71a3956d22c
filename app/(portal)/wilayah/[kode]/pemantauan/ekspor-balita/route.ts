import type { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { guardRoute } from "@/lib/auth/route-guard";
import { listBalitaMonthForExport } from "@/db/queries/balita-export";
import { getRegionTrail } from "@/db/queries/regions";
import { recordAudit } from "@/db/writes/audit";
import { formatYearMonth, todayIso } from "@/lib/periods";
import { xlsxResponse } from "@/lib/excel";
import { addLegendSheet, addReportSheet, excelDate, trailNotes } from "@/lib/excel-report";
import { growthIndexLegend } from "@/lib/excel-legend";
import { formatMonth } from "@/lib/format";
import { regionTitle } from "@/lib/regions";
import { nikFor } from "@/lib/people/nik-visibility";
import { parsePemantauanParams } from "@/lib/pemantauan/params";
import { caraUkurCell, yesNo, zscoreCells, zscoreFormats } from "@/lib/pemantauan/balita-export";
import { balitaEksporText } from "@/lib/i18n/balita-ekspor";
import { STATUS_PAUD_LABELS } from "@/lib/i18n/pemantauan";
import { sasaranText } from "@/lib/i18n/sasaran";
import { commonText } from "@/lib/i18n/common";

const t = balitaEksporText.month;

/** Excel export of the balita records of one month (`bulan=YYYY-MM`, the month list's month: never a future one),
 * one row per child with every field of the record and its measurement. Checked like the month's list. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const guard = await guardRoute(request, (await params).kode, "pemantauan");
  if (guard instanceof Response) return guard;
  const { viewer, region } = guard;
  const { ym } = parsePemantauanParams(Object.fromEntries(request.nextUrl.searchParams));
  const bulan = formatYearMonth(ym);
  const today = todayIso();
  const [rows, trail] = await Promise.all([
    listBalitaMonthForExport({ viewer, kode: region.kode, ym }),
    getRegionTrail(region.kode),
  ]);

  const wb = new Workbook();
  wb.creator = commonText.app.name;
  const [no, nama, nik, jk, lahir, pos, periksa, umur, ditimbang, berat, tinggi, cara, koreksi, oedema, ...rest] =
    t.head;
  const z = rest.slice(0, 8);
  const services = rest.slice(8);
  addReportSheet(wb, {
    name: t.sheet,
    title: t.title(regionTitle(region), region.kode),
    period: formatMonth(bulan),
    notes: trailNotes(trail),
    printed: today,
    landscape: true,
    columns: [
      { header: no, format: "integer" },
      { header: nama },
      { header: nik },
      { header: jk },
      { header: lahir, format: "date" },
      { header: pos },
      { header: periksa, format: "date" },
      { header: umur, format: "integer" },
      { header: ditimbang },
      { header: berat, format: "decimal" },
      { header: tinggi, format: "decimal" },
      { header: cara },
      { header: koreksi, format: "decimal" },
      { header: oedema },
      ...zscoreFormats(z),
      ...services.map((header) => ({ header })),
    ],
    rows: rows.map((r, i) => [
      i + 1,
      r.nama,
      nikFor(viewer, r.nik, region.kode) ?? "",
      r.jenisKelamin === "L" ? sasaranText.sex.L : sasaranText.sex.P,
      excelDate(r.tanggalLahir),
      r.posyanduNama,
      excelDate(r.tanggalPeriksa),
      r.umurBulan,
      yesNo(r.ditimbang),
      r.beratKg,
      r.panjangCm,
      caraUkurCell(r.caraUkur),
      r.panjangKoreksiCm === null ? null : Math.round(r.panjangKoreksiCm * 10) / 10,
      yesNo(r.oedema),
      ...zscoreCells(r),
      yesNo(r.vitaminA),
      yesNo(r.obatCacing),
      yesNo(r.imunisasiLanjutan),
      yesNo(r.pmt),
      yesNo(r.rujukan),
      yesNo(r.kunjunganRumah),
      r.statusPaud ? STATUS_PAUD_LABELS[r.statusPaud] : null,
    ]),
  });
  addLegendSheet(wb, [growthIndexLegend()]);

  const response = await xlsxResponse(wb, `pemantauan-balita-${region.kode}-${bulan}.xlsx`);
  await recordAudit(viewer, {
    action: "ekspor",
    entity: "pemantauan_balita",
    kodeWilayah: region.kode,
    after: { jumlah: rows.length, bulan },
  });
  return response;
}
