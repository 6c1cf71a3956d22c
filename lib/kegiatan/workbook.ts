import "server-only";
import { Workbook, type Worksheet } from "exceljs";
import { formatMonth } from "@/lib/format";
import type { JenisKegiatan } from "@/lib/enums";
import { commonText } from "@/lib/i18n/common";
import { JENIS_KEGIATAN_LABELS, kegiatanText } from "@/lib/i18n/kegiatan";
import { totalsByJenis } from "./report";

export type WorkbookRow = {
  tanggal: string;
  jenis: JenisKegiatan;
  tempat: string;
  jumlahPeserta: number;
  catatan: string | null;
  kpmNama: string | null;
  sasaran: ReadonlyArray<{ nama: string }>;
};

export type WorkbookHeader = {
  desa: string;
  kecamatan: string;
  kabupaten: string;
  kode: string;
  bulan: string;
  kpm: string[];
};

const t = kegiatanText.workbook;
const BOLD = { bold: true } as const;

function writeHeader(sheet: Worksheet, h: WorkbookHeader, title: string) {
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow([t.header.desa, `${h.desa} (${h.kode})`]);
  sheet.addRow([t.header.kecamatan, h.kecamatan]);
  sheet.addRow([t.header.kabupaten, h.kabupaten]);
  sheet.addRow([t.header.bulan, formatMonth(h.bulan)]);
  sheet.addRow([t.header.kpm, h.kpm.join(", ") || "–"]);
  sheet.addRow([]);
}

/** The monthly activity log as .xlsx: a detail sheet (one row per activity, real Excel dates and numbers so
 * the district can sort and sum) and a per-kind recap. */
export function buildKegiatanWorkbook(header: WorkbookHeader, rows: ReadonlyArray<WorkbookRow>): Workbook {
  const wb = new Workbook();
  wb.creator = commonText.app.name;
  wb.created = new Date();

  const detail = wb.addWorksheet(t.detailSheet, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  writeHeader(detail, header, t.detailTitle);
  detail.addRow([...t.detailHead]).font = BOLD;
  rows.forEach((r, i) => {
    const row = detail.addRow([
      i + 1,
      new Date(`${r.tanggal}T00:00:00Z`),
      JENIS_KEGIATAN_LABELS[r.jenis],
      r.tempat,
      r.jumlahPeserta,
      r.sasaran.map((s) => s.nama).join(", "),
      r.catatan ?? "",
      r.kpmNama ?? "",
    ]);
    row.getCell(2).numFmt = "dd/mm/yyyy";
    row.alignment = { vertical: "top", wrapText: true };
  });
  [5, 14, 32, 28, 10, 36, 40, 24].forEach((width, i) => (detail.getColumn(i + 1).width = width));

  const recap = wb.addWorksheet(t.recapSheet);
  writeHeader(recap, header, t.recapTitle);
  recap.addRow([...t.recapHead]).font = BOLD;
  const totals = totalsByJenis(rows);
  for (const r of totals) recap.addRow([JENIS_KEGIATAN_LABELS[r.jenis], r.kegiatan, r.peserta]);
  recap.addRow([t.total, totals.reduce((s, r) => s + r.kegiatan, 0), totals.reduce((s, r) => s + r.peserta, 0)]).font =
    BOLD;
  [36, 16, 16].forEach((width, i) => (recap.getColumn(i + 1).width = width));

  return wb;
}
