import type { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { guardRoute } from "@/lib/auth/route-guard";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/db/writes/audit";
import { xlsxResponse } from "@/lib/excel";
import { parseDashboardPeriod } from "@/lib/dashboard/period";
import { loadDashboard } from "@/db/queries/dashboard-load";
import { desaTable } from "@/lib/dashboard/desa-table";
import { regionTitle } from "@/lib/regions";
import { dashboardText } from "@/lib/i18n/dashboard";
import { commonText } from "@/lib/i18n/common";
import { PAKET_LABELS } from "@/lib/i18n/apbdes";
import { isPaket } from "@/lib/apbdes/codes";

const t = dashboardText.ekspor;

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** The dashboard's desa table and gaps-without-money list as .xlsx, scoped like the page. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const guard = await guardRoute(request, (await params).kode, "ringkasan", {
    allowed: (v) => can(v.role, "dashboard:read") || v.role === "kpm",
  });
  if (guard instanceof Response) return guard;
  const { viewer, region } = guard;
  const period = parseDashboardPeriod(request.nextUrl.searchParams);
  const d = await loadDashboard({ viewer, kode: region.kode, period });
  const rows = desaTable(d.rows, period.quarters.length, { pageSize: 100_000 }).rows;

  const wb = new Workbook();
  wb.creator = commonText.app.name;
  const sheet = wb.addWorksheet(t.desaSheet);
  sheet.addRow([t.title(regionTitle(region), region.kode, period.label)]).font = { bold: true, size: 13 };
  sheet.addRow([]);
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
      r.reported ? (r.onTime ? t.onTime : t.late) : t.notReported,
      r.paguPerSasaran === null ? null : Math.round(r.paguPerSasaran),
      [r.worstStunting ? t.worstStunting : "", r.worstKonvergensi ? t.worstKonvergensi : ""].filter(Boolean).join(", "),
    ]);
  }
  for (const c of [7, 9, 12]) sheet.getColumn(c).numFmt = "0.0%";
  sheet.getColumn(15).numFmt = '"Rp" #,##0';
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
    after: { periode: period.label },
  });
  return response;
}
