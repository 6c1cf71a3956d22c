import type { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { guardRoute } from "@/lib/auth/route-guard";
import { getScorecard, listRekap } from "@/db/queries/scorecard";
import { recordAudit } from "@/db/writes/audit";
import { xlsxResponse } from "@/lib/excel";
import { parseScorecardParams } from "@/lib/scorecard/params";
import { ANAK_INDICATORS, IBU_INDICATORS, PAUD_INDICATOR } from "@/lib/scorecard/indicators";
import { decodeHasil } from "@/lib/scorecard/types";
import { regionTitle } from "@/lib/regions";
import { STAGE_LABELS, scorecardText } from "@/lib/i18n/scorecard";
import { commonText } from "@/lib/i18n/common";

const t = scorecardText.ekspor;

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
/** Only the ratio cell of a row is a percentage: the scorecard's columns mix counts and ratios from table to table. */
const PERCENT = "0.0%";

/** Scorecard (Formulir 4) plus the per-target recaps (Formulir 3A/3B) as .xlsx, scoped like the page. */
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

  const wb = new Workbook();
  wb.creator = commonText.app.name;
  const sc = wb.addWorksheet(t.scorecardSheet);
  sc.addRow([t.title(regionTitle(region), region.kode, triwulan, tahun)]).font = { bold: true, size: 13 };
  // Above a desa, say which desa-quarters the sums count (the page's switch).
  sc.addRow(village ? [] : [draf ? t.withDrafts : t.approvedOnly]);
  sc.addRow([...t.tabel1Head]).font = { bold: true };
  sc.addRow([t.jtrt, data.jtrt]);
  sc.addRow([t.ibuRisiko, data.ibu.n, data.ibu.risiko]);
  sc.addRow([t.anakRisiko, data.anak.n, data.anak.risiko]);
  sc.addRow([]);
  sc.addRow([...t.tabel2Head]).font = { bold: true };
  sc.addRow([t.tikar, data.anak.n, data.anak.h, data.anak.k, data.anak.m, data.anak.td]);
  sc.addRow([]);
  sc.addRow([...t.tabel3Head]).font = { bold: true };
  for (const [kelompok, labels] of [
    ["ibu", IBU_INDICATORS],
    ["anak", ANAK_INDICATORS],
  ] as const) {
    labels.forEach((label, i) => {
      const c = data.indicators.find((r) => r.kelompok === kelompok && r.nomor === i + 1) ?? { y: 0, ts: 0, n: 0 };
      sc.addRow([t.indicatorRow[kelompok](i + 1), label, c.y, c.n - c.ts, ratio(c.y, c.n - c.ts)]).getCell(5).numFmt =
        PERCENT;
    });
  }
  sc
    .addRow([
      t.paudRow,
      PAUD_INDICATOR,
      data.paud.diterima,
      data.paud.seharusnya,
      ratio(data.paud.diterima, data.paud.seharusnya),
    ])
    .getCell(5).numFmt = PERCENT;
  sc.addRow([]);
  sc.addRow([...t.tabel4Head]).font = { bold: true };
  sc
    .addRow([t.ibu, data.ibu.diterima, data.ibu.seharusnya, ratio(data.ibu.diterima, data.ibu.seharusnya)])
    .getCell(4).numFmt = PERCENT;
  sc
    .addRow([t.anak, data.anak.diterima, data.anak.seharusnya, ratio(data.anak.diterima, data.anak.seharusnya)])
    .getCell(4).numFmt = PERCENT;
  const td = data.ibu.diterima + data.anak.diterima;
  const ts = data.ibu.seharusnya + data.anak.seharusnya;
  const total = sc.addRow([t.total, td, ts, ratio(td, ts)]);
  total.font = { bold: true };
  total.getCell(4).numFmt = PERCENT;
  sc.getColumn(2).width = 60;
  sc.getColumn(1).width = 28;

  for (const [name, rows, labels] of [
    [t.formulir3a, ibu, IBU_INDICATORS],
    [t.formulir3b, anak, ANAK_INDICATORS],
  ] as const) {
    const sheet = wb.addWorksheet(name);
    sheet.addRow([...t.rekapHeadBefore, ...labels.map((_, i) => t.indicatorCol(i + 1)), ...t.rekapHeadAfter]).font = {
      bold: true,
    };
    rows.forEach((r, i) =>
      sheet.addRow([
        i + 1,
        r.nama,
        r.noKia ?? "",
        r.desa,
        STAGE_LABELS[r.stage ?? ""] ?? r.stage ?? "",
        r.status ?? "",
        ...decodeHasil(r.hasil),
        r.diterima,
        r.seharusnya,
        ratio(r.diterima, r.seharusnya),
      ]),
    );
    sheet.getColumn(labels.length + 9).numFmt = PERCENT;
    sheet.getColumn(2).width = 26;
  }
  const response = await xlsxResponse(wb, `scorecard-${region.kode}-${tahun}-T${triwulan}.xlsx`);
  await recordAudit(viewer, {
    action: "ekspor",
    entity: "scorecard",
    kodeWilayah: region.kode,
    after: { tahun, triwulan, draf },
  });
  return response;
}
