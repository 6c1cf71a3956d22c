import type { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { guardRoute } from "@/lib/auth/route-guard";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/db/writes/audit";
import { xlsxResponse } from "@/lib/excel";
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
import { formatYearMonth, todayIso } from "@/lib/periods";
import {
  DESA_COLUMNS,
  addLegendSheet,
  addReportSheet,
  desaCells,
  fraction,
  regionLabel,
  type ColumnFormat,
} from "@/lib/excel-report";
import { indicatorLegend, nilaiLegend } from "@/lib/excel-legend";
import { AGE_GROUPS, AGE_GROUP_KEYS } from "@/lib/dashboard/growth-bands";

const t = dashboardText.ekspor;

/** The dashboard's desa table and gaps-without-money list as .xlsx, scoped like the page. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const guard = await guardRoute(request, (await params).kode, "ringkasan", {
    allowed: (v) => can(v.role, "dashboard:read") || v.role === "kpm",
  });
  if (guard instanceof Response) return guard;
  const { viewer, region } = guard;
  const { period, draf, table } = parseDashboardParams(request.nextUrl.searchParams);
  const d = await loadDashboard({ viewer, kode: region.kode, period, draf });
  // The page's search and order (q, sort, dir of the URL, passed on by the download link), every page of it.
  const rows = desaTable(d.rows, period.quarters.length, {
    ...table,
    page: 1,
    pageSize: 100_000,
    minimum: d.minimumPeringkat,
  }).rows;
  const printed = todayIso();
  const title = t.title(regionLabel(regionTitle(region), region.kode));

  const wb = new Workbook();
  wb.creator = commonText.app.name;
  const rep = d.reporting;
  const laporan = t.laporan(
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
  );
  const h = t.desaHead;
  // By position in t.desaHead (its first three name the region columns, written as DESA_COLUMNS).
  const formatOf = (i: number): ColumnFormat =>
    [6, 8, 11, 15, 18, 24, 27, 29, 32].includes(i)
      ? "percent"
      : i === 19
        ? "rupiah"
        : [12, 16, 20, 21].includes(i)
          ? "text"
          : "integer";
  addReportSheet(wb, {
    name: t.desaSheet,
    title,
    period: period.label,
    notes: [laporan, draf ? t.withDrafts : t.approvedOnly],
    printed,
    landscape: true,
    columns: [...DESA_COLUMNS, ...h.slice(3).map((header, i) => ({ header, format: formatOf(i + 3) }))],
    rows: rows.map((r) => [
      ...desaCells(r.kode, r.nama, r.kecamatan),
      r.sasaran,
      r.anakPopulasi,
      r.anakDiukur,
      fraction(r.anakDiukur, r.anakPopulasi),
      r.stunted,
      fraction(r.stunted, r.measured),
      r.diterima,
      r.seharusnya,
      fraction(r.diterima, r.seharusnya),
      r.weakest ?? "",
      r.wajib,
      r.tercatat,
      fraction(r.tercatat, r.wajib),
      dashboardText.reportStatus[reportStatus(r)],
      r.tepatWaktu,
      fraction(r.tepatWaktu, r.tercatat),
      r.paguPerSasaran,
      [r.worstStunting ? t.worstStunting : "", r.worstKonvergensi ? t.worstKonvergensi : ""].filter(Boolean).join(", "),
      r.draftQuarters > 0 ? t.draft : "",
      r.measured59,
      r.stunted59,
      fraction(r.stunted59, r.measured59),
      r.whzN59,
      r.wasted59,
      fraction(r.wasted59, r.whzN59),
      r.overweight59,
      fraction(r.overweight59, r.whzN59),
      r.wazN59,
      r.underweight59,
      fraction(r.underweight59, r.wazN59),
    ]),
  });

  const g = d.growth;
  const [gInd, gAnak, gPenyebut, gPrev, gBase] = t.growthHead;
  addReportSheet(wb, {
    name: t.growthSheet,
    title,
    period: period.label,
    printed,
    columns: [
      { header: gInd },
      { header: gAnak, format: "integer" },
      { header: gPenyebut, format: "integer" },
      { header: gPrev, format: "percent" },
      { header: gBase },
    ],
    rows: (
      [
        [t.growthRows.stunting, g.stunted, g.measured],
        [t.growthRows.severe, g.severe, g.measured],
        [t.growthRows.wasting, g.wasted, g.whzN],
        [t.growthRows.overweight, g.overweight, g.whzN],
        [t.growthRows.underweight, g.underweight, g.wazN],
      ] as const
    ).map(([[label, base], n, of]) => [label, n, of, fraction(n, of), base]),
  });

  // The dashboard's band table: the six age bands, then 0–23, 24–59 and 0–59 (sums of their bands).
  const months = dashboardText.view.balita.months;
  addReportSheet(wb, {
    name: t.bandSheet,
    title,
    period: period.label,
    notes: [t.bandNote],
    printed,
    landscape: true,
    columns: t.bandHead.map((header, i) => ({
      header,
      format: i === 0 ? undefined : [3, 5, 8, 10, 13].includes(i) ? "percent" : "integer",
    })),
    rows: [
      ...d.bands.bands.map((x) => [months(x.from, x.to), x] as const),
      ...AGE_GROUP_KEYS.map((k) => [months(AGE_GROUPS[k].from, AGE_GROUPS[k].to), d.bands.groups[k]] as const),
    ].map(([label, c]) => [
      label,
      c.measured,
      c.stunted,
      fraction(c.stunted, c.measured),
      c.severe,
      fraction(c.severe, c.measured),
      c.whzN,
      c.wasted,
      fraction(c.wasted, c.whzN),
      c.overweight,
      fraction(c.overweight, c.whzN),
      c.wazN,
      c.underweight,
      fraction(c.underweight, c.wazN),
    ]),
  });

  const names = new Map(d.rows.map((r) => [r.kode, r]));
  const [, gKey, gLabel, gPaket, gY, gSeharusnya, gCakupan, gBelum] = t.gapsHead;
  addReportSheet(wb, {
    name: t.gapsSheet,
    title,
    period: period.label,
    notes: [draf ? t.withDrafts : t.approvedOnly],
    printed,
    landscape: true,
    columns: [
      ...DESA_COLUMNS,
      { header: gKey },
      { header: gLabel },
      { header: gPaket },
      { header: gY, format: "integer" },
      { header: gSeharusnya, format: "integer" },
      { header: gCakupan, format: "percent" },
      { header: gBelum, format: "integer" },
    ],
    rows: d.gaps.map((x) => [
      ...desaCells(x.kode, names.get(x.kode)?.nama ?? "", names.get(x.kode)?.kecamatan ?? ""),
      x.key,
      x.label,
      isPaket(x.paket) ? PAKET_LABELS[x.paket] : x.paket,
      x.y,
      x.applicable,
      x.coverage,
      x.affected,
    ]),
  });
  addLegendSheet(wb, [
    indicatorLegend("ibu", "key"),
    indicatorLegend("anak", "key"),
    indicatorLegend("paud", "key"),
    nilaiLegend(),
  ]);
  const response = await xlsxResponse(wb, `dasbor-${region.kode}-${period.jenis}-${period.tahun}-${period.nilai}.xlsx`);
  await recordAudit(viewer, {
    action: "ekspor",
    entity: "dasbor",
    kodeWilayah: region.kode,
    after: { periode: period.label, draf },
  });
  return response;
}
