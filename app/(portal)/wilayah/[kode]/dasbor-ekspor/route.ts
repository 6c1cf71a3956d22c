import type { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { guardRoute } from "@/lib/auth/route-guard";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/db/writes/audit";
import { xlsxResponse } from "@/lib/excel";
import { RUPIAH_NUMFMT } from "@/lib/format";
import { parseDashboardParams } from "@/lib/dashboard/period";
import { loadDashboard } from "@/db/queries/dashboard-load";
import { desaTable } from "@/lib/dashboard/desa-table";
import { regionTitle } from "@/lib/regions";
import { dashboardText } from "@/lib/i18n/dashboard";
import { commonText } from "@/lib/i18n/common";
import { PAKET_LABELS } from "@/lib/i18n/apbdes";
import { isPaket } from "@/lib/apbdes/codes";
import { reportStatus } from "@/lib/dashboard/reporting";
import { formatDate, formatInteger, formatMonth, formatPercent } from "@/lib/format";
import { formatYearMonth } from "@/lib/periods";

const t = dashboardText.ekspor;

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** The dashboard's desa table and gaps-without-money list as .xlsx, scoped like the page. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const guard = await guardRoute(request, (await params).kode, "ringkasan", {
    allowed: (v) => can(v.role, "dashboard:read") || v.role === "kpm",
  });
  if (guard instanceof Response) return guard;
  const { viewer, region } = guard;
  const { period, draf } = parseDashboardParams(request.nextUrl.searchParams);
  const d = await loadDashboard({ viewer, kode: region.kode, period, draf });
  const rows = desaTable(d.rows, period.quarters.length, { pageSize: 100_000, minimum: d.minimumPeringkat }).rows;

  const wb = new Workbook();
  wb.creator = commonText.app.name;
  const sheet = wb.addWorksheet(t.desaSheet);
  sheet.addRow([t.title(regionTitle(region), region.kode, period.label)]).font = { bold: true, size: 13 };
  const rep = d.reporting;
  sheet.addRow([
    t.laporan(
      dashboardText.view.laporan.label(formatMonth(formatYearMonth(period.reportMonth))),
      formatPercent(rep.tercatat, rep.wajib),
      dashboardText.view.laporan.detail({
        tercatat: formatInteger(rep.tercatat),
        wajib: formatInteger(rep.wajib),
        desaLengkap: formatInteger(rep.desaLengkap),
        desaWajib: formatInteger(rep.desaWajib),
        tepatWaktu: formatPercent(rep.tepatWaktu, rep.tercatat),
        batas: formatDate(rep.cutoff),
      }),
    ),
  ]);
  sheet.addRow([draf ? t.withDrafts : t.approvedOnly]);
  sheet.addRow([...t.desaHead]).font = { bold: true };
  for (const r of rows) {
    sheet.addRow([
      r.kode,
      r.nama,
      r.kecamatan,
      r.sasaran,
      r.anakPopulasi,
      r.anakDiukur,
      ratio(r.anakDiukur, r.anakPopulasi),
      r.stunted,
      ratio(r.stunted, r.measured),
      r.diterima,
      r.seharusnya,
      ratio(r.diterima, r.seharusnya),
      r.weakest ?? "",
      r.wajib,
      r.tercatat,
      ratio(r.tercatat, r.wajib),
      dashboardText.reportStatus[reportStatus(r)],
      r.tepatWaktu,
      ratio(r.tepatWaktu, r.tercatat),
      r.paguPerSasaran,
      [r.worstStunting ? t.worstStunting : "", r.worstKonvergensi ? t.worstKonvergensi : ""].filter(Boolean).join(", "),
      r.draftQuarters > 0 ? t.draft : "",
    ]);
  }
  for (const c of [7, 9, 12, 16, 19]) sheet.getColumn(c).numFmt = "0.0%";
  sheet.getColumn(20).numFmt = RUPIAH_NUMFMT;
  const growth = wb.addWorksheet(t.growthSheet);
  growth.addRow([t.title(regionTitle(region), region.kode, period.label)]).font = { bold: true, size: 13 };
  growth.addRow([]);
  growth.addRow([...t.growthHead]).font = { bold: true };
  const g = d.growth;
  for (const [[label, base], n, of] of [
    [t.growthRows.stunting, g.stunted, g.measured],
    [t.growthRows.severe, g.severe, g.measured],
    [t.growthRows.wasting, g.wasted, g.whzN],
    [t.growthRows.overweight, g.overweight, g.whzN],
    [t.growthRows.underweight, g.underweight, g.wazN],
  ] as const)
    growth.addRow([label, n, of, ratio(n, of), base]);
  growth.getColumn(4).numFmt = "0.0%";
  const gaps = wb.addWorksheet(t.gapsSheet);
  gaps.addRow([...t.gapsHead]).font = { bold: true };
  for (const g of d.gaps)
    gaps.addRow([
      g.kode,
      g.label,
      isPaket(g.paket) ? PAKET_LABELS[g.paket] : g.paket,
      g.y,
      g.applicable,
      g.coverage,
      g.affected,
    ]);
  gaps.getColumn(6).numFmt = "0.0%";
  const response = await xlsxResponse(wb, `dasbor-${region.kode}-${period.jenis}-${period.tahun}-${period.nilai}.xlsx`);
  await recordAudit(viewer, {
    action: "ekspor",
    entity: "dasbor",
    kodeWilayah: region.kode,
    after: { periode: period.label, draf },
  });
  return response;
}
