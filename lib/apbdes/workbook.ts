import "server-only";
import { Workbook, type Worksheet } from "exceljs";
import { IMPORT_COLUMNS } from "./import-columns";
import { isPaket } from "./codes";
import type { StatusApbdes, VersiApbdes } from "@/lib/enums";
import { commonText } from "@/lib/i18n/common";
import { PAKET_LABELS, STATUS_LABELS, VERSI_LABELS, apbdesText } from "@/lib/i18n/apbdes";
import type { RecapRow } from "./recap";
import { paguPerSasaran, pooledPaguPerSasaran, ratio } from "./totals";
import { RUPIAH_NUMFMT, formatDate } from "@/lib/format";

const t = apbdesText.workbook;
const BOLD = { bold: true } as const;
const RUPIAH = RUPIAH_NUMFMT;
const PERCENT = "0.0%";

function title(sheet: Worksheet, lines: string[]) {
  sheet.addRow([lines[0]]).font = { bold: true, size: 13 };
  for (const l of lines.slice(1)) sheet.addRow([l]);
  sheet.addRow([]);
}

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

/** A desa's lines with real numbers (rupiah format), so the district can sum and filter in Excel. */
export function buildLinesWorkbook(
  h: { desa: string; kode: string; tahun: number; versi: VersiApbdes; status: StatusApbdes },
  lines: ReadonlyArray<ExportLine>,
): Workbook {
  const wb = new Workbook();
  wb.creator = commonText.app.name;
  const sheet = wb.addWorksheet(t.linesSheet);
  title(sheet, [
    t.linesTitle(h.desa, h.kode, h.tahun),
    t.linesSubtitle(VERSI_LABELS[h.versi], STATUS_LABELS[h.status]),
  ]);
  sheet.addRow([...t.linesHead]).font = BOLD;
  lines.forEach((l, i) =>
    sheet.addRow([
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
  );
  const total = sheet.addRow([
    "",
    "",
    "",
    t.total,
    "",
    "",
    "",
    "",
    lines.reduce((t, l) => t + l.pagu, 0),
    lines.reduce((t, l) => t + l.realisasi, 0),
  ]);
  total.font = BOLD;
  for (const c of [9, 10]) sheet.getColumn(c).numFmt = RUPIAH;
  [5, 12, 40, 36, 12, 10, 8, 10, 16, 16, 8, 20, 20, 10].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.views = [{ state: "frozen", ySplit: 4 }];
  return wb;
}

/** The recap table as shown (same filters, order and version rule), shares as real Excel percentages; pagu per
 * sasaran through the same functions as the page (lib/apbdes/totals.ts), so its rounding is the page's. */
export function buildRecapWorkbook(
  heading: string,
  tahun: number,
  rows: ReadonlyArray<RecapRow>,
  view: { draf: boolean; tanggal: string },
): Workbook {
  const wb = new Workbook();
  wb.creator = commonText.app.name;
  const sheet = wb.addWorksheet(t.recapSheet);
  title(sheet, [t.recapTitle(heading, tahun), t.recapNote(view.draf, formatDate(view.tanggal))]);
  sheet.addRow([...t.recapHead]).font = BOLD;
  for (const r of rows) {
    sheet.addRow([
      r.kode,
      r.nama,
      r.kecamatan,
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
    ]);
  }
  const sum = (k: "pagu" | "stuntingPagu" | "realisasi") => rows.reduce((t, r) => t + r[k], 0);
  // The total's targets are those of the desa with a counted budget: the divisor of its pagu per sasaran.
  const pooled = pooledPaguPerSasaran(rows);
  sheet.addRow([
    "",
    t.total,
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
  ]).font = BOLD;
  for (const c of [6, 7, 9, 12]) sheet.getColumn(c).numFmt = RUPIAH;
  for (const c of [8, 10]) sheet.getColumn(c).numFmt = PERCENT;
  [16, 22, 18, 11, 11, 18, 18, 10, 18, 10, 10, 16, 12, 24].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.views = [{ state: "frozen", ySplit: 4 }];
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
  IMPORT_COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.max(14, c.header.length + 4)));
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
