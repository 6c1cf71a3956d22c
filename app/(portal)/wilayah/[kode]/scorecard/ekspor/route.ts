import type { NextRequest } from "next/server";
import { Workbook, type CellValue } from "exceljs";
import { guardRoute } from "@/lib/auth/route-guard";
import { getScorecard, listRekap } from "@/db/queries/scorecard";
import { recordAudit } from "@/db/writes/audit";
import { xlsxResponse } from "@/lib/excel";
import { DESA_COLUMNS, addLegendSheet, addReportSheet, desaCells, fraction, regionLabel } from "@/lib/excel-report";
import { indicatorLegend, nilaiLegend, statusGiziLegend, statusIbuLegend } from "@/lib/excel-legend";
import { todayIso } from "@/lib/periods";
import { parseScorecardParams } from "@/lib/scorecard/params";
import { ANAK_INDICATORS, IBU_INDICATORS, PAUD_INDICATOR } from "@/lib/scorecard/indicators";
import { decodeHasil } from "@/lib/scorecard/types";
import { regionTitle } from "@/lib/regions";
import { STAGE_LABELS, scorecardText } from "@/lib/i18n/scorecard";
import { commonText } from "@/lib/i18n/common";

const t = scorecardText.ekspor;

/** Scorecard (Formulir 4, Tabel 1–4 as one filterable table) plus the per-target recaps (Formulir 3A/3B) and the
 * legend of their codes, as .xlsx, scoped like the page. Percentages are fractions under a 0.0% format. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const guard = await guardRoute(request, (await params).kode, "scorecard");
  if (guard instanceof Response) return guard;
  const { viewer, region } = guard;
  const { tahun, triwulan, posyandu, draf: drafParam } = parseScorecardParams(request.nextUrl.searchParams);
  const village = region.jenis === "desa" || region.jenis === "kelurahan";
  const draf = !village && Boolean(drafParam);
  const q = { viewer, kode: region.kode, tahun, triwulan, posyanduId: village ? posyandu : undefined, draf };
  const [data, ibu, anak] = await Promise.all([
    getScorecard(q),
    listRekap({ ...q, kelompok: "ibu" }),
    listRekap({ ...q, kelompok: "anak" }),
  ]);
  const printed = todayIso();
  const title = t.title(regionLabel(regionTitle(region), region.kode));
  const period = t.period(triwulan, tahun);
  // Above a desa, say which desa-quarters the sums count (the page's switch).
  const notes = village ? [] : [draf ? t.withDrafts : t.approvedOnly];

  const rows: CellValue[][] = [
    [t.tabel[1], t.jtrt, t.jtrtText, data.jtrt, null, null],
    [t.tabel[1], t.ibuHamil, t.ibuHamil, data.ibu.n, null, null],
    [t.tabel[1], t.ibuRisiko, t.ibuRisiko, data.ibu.risiko, data.ibu.n, null],
    [t.tabel[1], t.anak023, t.anak023, data.anak.n, null, null],
    [t.tabel[1], t.anakRisiko, t.anakRisiko, data.anak.risiko, data.anak.n, null],
    ...(["h", "k", "m", "td"] as const).map((c) => [
      t.tabel[2],
      t.tikarRows[c],
      t.tikarText,
      data.anak[c],
      data.anak.n,
      null,
    ]),
  ];
  for (const [kelompok, labels] of [
    ["ibu", IBU_INDICATORS],
    ["anak", ANAK_INDICATORS],
  ] as const) {
    labels.forEach((label, i) => {
      const c = data.indicators.find((r) => r.kelompok === kelompok && r.nomor === i + 1) ?? { y: 0, ts: 0, n: 0 };
      rows.push([t.tabel[3], t.indicatorRow[kelompok](i + 1), label, c.y, c.n - c.ts, fraction(c.y, c.n - c.ts)]);
    });
  }
  rows.push([
    t.tabel[3],
    t.paudRow,
    PAUD_INDICATOR,
    data.paud.diterima,
    data.paud.seharusnya,
    fraction(data.paud.diterima, data.paud.seharusnya),
  ]);
  rows.push([
    t.tabel[4],
    t.ibu,
    t.ibu,
    data.ibu.diterima,
    data.ibu.seharusnya,
    fraction(data.ibu.diterima, data.ibu.seharusnya),
  ]);
  rows.push([
    t.tabel[4],
    t.anak,
    t.anak,
    data.anak.diterima,
    data.anak.seharusnya,
    fraction(data.anak.diterima, data.anak.seharusnya),
  ]);
  const td = data.ibu.diterima + data.anak.diterima;
  const ts = data.ibu.seharusnya + data.anak.seharusnya;

  const wb = new Workbook();
  wb.creator = commonText.app.name;
  const [h0, h1, h2, h3, h4, h5] = t.head;
  addReportSheet(wb, {
    name: t.scorecardSheet,
    title,
    period,
    notes,
    printed,
    columns: [
      { header: h0 },
      { header: h1 },
      { header: h2 },
      { header: h3, format: "integer" },
      { header: h4, format: "integer" },
      { header: h5, format: "percent" },
    ],
    rows,
    totals: [t.tabel[4], t.total, t.totalText, td, ts, fraction(td, ts)],
  });

  for (const [kelompok, name, list, labels] of [
    ["ibu", t.formulir3a, ibu, IBU_INDICATORS],
    ["anak", t.formulir3b, anak, ANAK_INDICATORS],
  ] as const) {
    addReportSheet(wb, {
      name,
      title: `${t.rekapTitle[kelompok]} — ${regionLabel(regionTitle(region), region.kode)}`,
      period,
      notes,
      printed,
      landscape: true,
      columns: [
        ...t.rekapHeadBefore.map((header) => ({ header })),
        ...DESA_COLUMNS,
        ...t.rekapHeadMiddle.map((header) => ({ header })),
        ...labels.map((_, i) => ({ header: t.indicatorCol(i + 1) })),
        { header: t.rekapHeadAfter[0], format: "integer" as const },
        { header: t.rekapHeadAfter[1], format: "integer" as const },
        { header: t.rekapHeadAfter[2], format: "percent" as const },
      ],
      rows: list.map((r, i) => [
        i + 1,
        r.nama,
        r.noKia ?? "",
        ...desaCells(r.desaKode, r.desa, r.kecamatan),
        STAGE_LABELS[r.stage ?? ""] ?? r.stage ?? "",
        r.status ?? "",
        ...decodeHasil(r.hasil),
        r.diterima,
        r.seharusnya,
        fraction(r.diterima, r.seharusnya),
      ]),
    });
  }
  addLegendSheet(wb, [
    indicatorLegend("ibu", "column"),
    indicatorLegend("anak", "column"),
    indicatorLegend("paud", "row"),
    nilaiLegend(),
    statusIbuLegend(),
    statusGiziLegend(),
  ]);
  const response = await xlsxResponse(wb, `scorecard-${region.kode}-${tahun}-T${triwulan}.xlsx`);
  await recordAudit(viewer, {
    action: "ekspor",
    entity: "scorecard",
    kodeWilayah: region.kode,
    after: { tahun, triwulan, draf },
  });
  return response;
}
