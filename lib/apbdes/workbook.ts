import "server-only";
import { Workbook } from "exceljs";
import { IMPORT_COLUMNS } from "./import-columns";
import { isPaket } from "./codes";
import type { StatusApbdes, VersiApbdes } from "@/lib/enums";
import { commonText } from "@/lib/i18n/common";
import { PAKET_LABELS, STATUS_LABELS, VERSI_LABELS, apbdesText } from "@/lib/i18n/apbdes";
import type { RecapRow } from "./recap";
import { paguPerSasaran, pooledPaguPerSasaran, ratio } from "./totals";
import { formatDate } from "@/lib/format";
import { DESA_COLUMNS, addLegendSheet, addReportSheet, desaCells, fitWidth } from "@/lib/excel-report";
import { indicatorLegend, stuntingTagLegend } from "@/lib/excel-legend";

const t = apbdesText.workbook;
const BOLD = { bold: true } as const;

export type ExportLine = {
  kodeKegiatan: string;
  namaKegiatan: string | null;
  uraian: string;
  kodeRekening: string;
  sumberDana: string;
  volume: number | null;
  satuan: string | null;
  pagu: number;
  realisasi: number;
  stuntingTag: string | null;
  paketLayanan: string | null;
  indikator: string[];
  insentifKpm: boolean;
};

/** A desa's lines with real numbers (rupiah format), so the district can sum and filter in Excel; in the page's
 * order; the stunting tag and the indicator keys spelled out on the "Keterangan" sheet. */
export function buildLinesWorkbook(
  h: {
    desa: string;
    kode: string;
    tahun: number;
    versi: VersiApbdes;
    status: StatusApbdes;
    notes?: ReadonlyArray<string>;
    printed: string;
  },
  lines: ReadonlyArray<ExportLine>,
): Workbook {
  const wb = new Workbook();
  wb.creator = commonText.app.name;
  const head = t.linesHead;
  const money = new Set([8, 9]);
  addReportSheet(wb, {
    name: t.linesSheet,
    title: t.linesTitle(h.desa, h.kode, h.tahun),
    period: t.linesPeriod(h.tahun),
    notes: [t.linesSubtitle(VERSI_LABELS[h.versi], STATUS_LABELS[h.status]), ...(h.notes ?? [])],
    printed: h.printed,
    landscape: true,
    columns: head.map((header, i) => ({
      header,
      format: i === 0 ? "integer" : i === 6 ? "decimal" : money.has(i) ? "rupiah" : "text",
    })),
    rows: lines.map((l, i) => [
      i + 1,
      l.kodeKegiatan,
      l.namaKegiatan ?? apbdesText.lines.kegiatanLokal,
      l.uraian,
      l.kodeRekening,
      l.sumberDana,
      l.volume,
      l.satuan ?? "",
      l.pagu,
      l.realisasi,
      l.stuntingTag ?? "",
      isPaket(l.paketLayanan) ? PAKET_LABELS[l.paketLayanan] : "",
      l.indikator.join(", "),
      l.insentifKpm ? t.yes : "",
    ]),
    totals: [
      "",
      "",
      "",
      t.total,
      "",
      "",
      null,
      "",
      lines.reduce((t, l) => t + l.pagu, 0),
      lines.reduce((t, l) => t + l.realisasi, 0),
    ],
  });
  addLegendSheet(wb, [
    stuntingTagLegend(),
    indicatorLegend("ibu", "key"),
    indicatorLegend("anak", "key"),
    indicatorLegend("paud", "key"),
  ]);
  return wb;
}

/** The recap table as shown (same filters, order and version rule), shares as real Excel percentages; pagu per
 * sasaran through the same functions as the page (lib/apbdes/totals.ts), so its rounding is the page's. */
export function buildRecapWorkbook(
  heading: string,
  tahun: number,
  rows: ReadonlyArray<RecapRow>,
  view: { draf: boolean; tanggal: string; printed: string },
): Workbook {
  const wb = new Workbook();
  wb.creator = commonText.app.name;
  const [, , , versi, status, pagu, stunting, porsi, realisasi, realisasiPct, sasaran, perSasaran, insentif, pending] =
    t.recapHead;
  const sum = (k: "pagu" | "stuntingPagu" | "realisasi") => rows.reduce((t, r) => t + r[k], 0);
  // The total's targets are those of the desa with a counted budget: the divisor of its pagu per sasaran.
  const pooled = pooledPaguPerSasaran(rows);
  addReportSheet(wb, {
    name: t.recapSheet,
    title: t.recapTitle(heading, tahun),
    period: t.linesPeriod(tahun),
    notes: [t.recapNote(view.draf, formatDate(view.tanggal))],
    printed: view.printed,
    landscape: true,
    columns: [
      ...DESA_COLUMNS,
      { header: versi },
      { header: status },
      { header: pagu, format: "rupiah" },
      { header: stunting, format: "rupiah" },
      { header: porsi, format: "percent" },
      { header: realisasi, format: "rupiah" },
      { header: realisasiPct, format: "percent" },
      { header: sasaran, format: "integer" },
      { header: perSasaran, format: "rupiah" },
      { header: insentif },
      { header: pending },
    ],
    rows: rows.map((r) => [
      ...desaCells(r.kode, r.nama, r.kecamatan),
      r.versi ? VERSI_LABELS[r.versi] : "",
      r.status ? STATUS_LABELS[r.status] : apbdesText.recapTable.noApbdes,
      r.pagu,
      r.stuntingPagu,
      ratio(r.stuntingPagu, r.pagu),
      r.realisasi,
      ratio(r.realisasi, r.pagu),
      r.sasaran,
      paguPerSasaran(r),
      r.status ? (r.insentifKpm ? apbdesText.recapTable.insentifYes : apbdesText.recapTable.insentifNo) : "",
      r.pending ? t.pendingNote(STATUS_LABELS[r.pending]) : "",
    ]),
    totals: [
      "",
      t.total,
      "",
      "",
      "",
      "",
      sum("pagu"),
      sum("stuntingPagu"),
      ratio(sum("stuntingPagu"), sum("pagu")),
      sum("realisasi"),
      ratio(sum("realisasi"), sum("pagu")),
      pooled.sasaran,
      pooled.value,
    ],
  });
  return wb;
}

/** Import template: the documented columns, two example rows and a sheet explaining each column. */
export function buildTemplateWorkbook(): Workbook {
  const wb = new Workbook();
  wb.creator = commonText.app.name;
  const sheet = wb.addWorksheet(t.templateSheet);
  sheet.addRow(IMPORT_COLUMNS.map((c) => c.header)).font = BOLD;
  for (const i of [0, 1]) sheet.addRow(IMPORT_COLUMNS.map((c) => c.contoh[i]));
  // Codes are text: keep Excel from turning 2.2.02 into a number or a date.
  for (let c = 1; c <= IMPORT_COLUMNS.length; c++) sheet.getColumn(c).numFmt = "@";
  IMPORT_COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = fitWidth(c.header, c.contoh.slice(0, 2))));
  // An import template, not a report: the header stays on row 1 (the importer reads row 1 as the header), so it
  // carries no title rows; it is frozen and filtered like every report, and "Petunjuk" is its legend.
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 3, column: IMPORT_COLUMNS.length } };
  const help = wb.addWorksheet(t.helpSheet);
  help.addRow([...t.helpHead]).font = BOLD;
  for (const c of IMPORT_COLUMNS) help.addRow([c.header, c.wajib ? t.required : "", c.keterangan]);
  help.getColumn(1).width = 16;
  help.getColumn(3).width = 90;
  return wb;
}

/** The same template as CSV rows (lib/excel.ts csvResponse writes them). */
export function templateRows(): string[][] {
  return [IMPORT_COLUMNS.map((c) => c.header), ...[0, 1].map((i) => IMPORT_COLUMNS.map((c) => c.contoh[i]))];
}
