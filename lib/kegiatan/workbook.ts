import "server-only";
import { Workbook, type Worksheet } from "exceljs";
import { formatDate, formatMonth } from "@/lib/format";
import type { JenisKegiatan } from "@/lib/enums";
import { commonText } from "@/lib/i18n/common";
import { JENIS_KEGIATAN_LABELS, kegiatanText } from "@/lib/i18n/kegiatan";
import { addReportSheet, excelDate, fraction, regionLabel } from "@/lib/excel-report";
import { totalsByJenis } from "./report";
import { summaryRows, type MonitoringSummary } from "./summary";

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
  kecamatanKode: string;
  kabupaten: string;
  kabupatenKode: string;
  kode: string;
  kelurahan: boolean;
  bulan: string;
  kpm: string[];
};

const t = kegiatanText.workbook;
const r = kegiatanText.report;

/** The lines under every sheet's title: the kecamatan and kabupaten with their codes, the KPM. */
function headerNotes(h: WorkbookHeader): string[] {
  return [
    `${t.header.kecamatan}: ${regionLabel(h.kecamatan, h.kecamatanKode)}`,
    `${t.header.kabupaten}: ${regionLabel(h.kabupaten, h.kabupatenKode)}`,
    `${t.header.kpm}: ${h.kpm.join(", ") || "–"}`,
  ];
}

/** The print page's signature block under a sheet's table: the kepala desa's name from the desa's active account
 * (blank dots for a handwritten name without one), the KPM's name. */
function signatures(sheet: Worksheet, h: WorkbookHeader, kepalaDesa: string | null, printed: string) {
  sheet.addRow([]);
  sheet.addRow(["", "", `${h.desa}, ${formatDate(printed)}`]);
  sheet.addRow([r.knowing, "", ""]);
  sheet.addRow([`${h.kelurahan ? r.lurah : r.kepalaDesa} ${h.desa}`, "", r.kpm]);
  sheet.addRow([]);
  sheet.addRow([]);
  const names = sheet.addRow([
    kepalaDesa ?? "(..............................)",
    "",
    h.kpm[0] ?? "(..............................)",
  ]);
  names.font = { bold: true, underline: true };
}

/** The monthly activity report as .xlsx: the activities (real Excel dates and numbers so the district can sort
 * and sum), the recap per kind, and the month's monitoring summary with the signature block. */
export function buildKegiatanWorkbook(
  header: WorkbookHeader,
  rows: ReadonlyArray<WorkbookRow>,
  extra: { summary: MonitoringSummary; kepalaDesa: string | null; printed: string; asOf: string },
): Workbook {
  const wb = new Workbook();
  wb.creator = commonText.app.name;
  wb.created = new Date();
  const title = (what: string) => `${what} — ${regionLabel(header.desa, header.kode)}`;
  const common = { period: formatMonth(header.bulan), notes: headerNotes(header), printed: extra.printed };

  const [no, tanggal, jenis, tempat, peserta, sasaran, catatan, oleh] = t.detailHead;
  addReportSheet(wb, {
    name: t.detailSheet,
    title: title(t.detailTitle),
    ...common,
    landscape: true,
    columns: [
      { header: no, format: "integer" },
      { header: tanggal, format: "date" },
      { header: jenis },
      { header: tempat },
      { header: peserta, format: "integer" },
      { header: sasaran },
      { header: catatan },
      { header: oleh },
    ],
    rows: rows.map((x, i) => [
      i + 1,
      excelDate(x.tanggal),
      JENIS_KEGIATAN_LABELS[x.jenis],
      x.tempat,
      x.jumlahPeserta,
      x.sasaran.map((s) => s.nama).join(", "),
      x.catatan ?? "",
      x.kpmNama ?? "",
    ]),
  });

  const totals = totalsByJenis(rows);
  const [rJenis, rKegiatan, rPeserta] = t.recapHead;
  addReportSheet(wb, {
    name: t.recapSheet,
    title: title(t.recapTitle),
    ...common,
    columns: [{ header: rJenis }, { header: rKegiatan, format: "integer" }, { header: rPeserta, format: "integer" }],
    rows: totals.map((x) => [JENIS_KEGIATAN_LABELS[x.jenis], x.kegiatan, x.peserta]),
    totals: [t.total, totals.reduce((s, x) => s + x.kegiatan, 0), totals.reduce((s, x) => s + x.peserta, 0)],
  });

  const s = kegiatanText.summary;
  const [sUraian, sJumlah, sDari, sPersen] = s.head;
  const { sheet } = addReportSheet(wb, {
    name: s.sheet,
    title: title(s.title),
    ...common,
    notes: [...common.notes, extra.asOf],
    columns: [
      { header: sUraian },
      { header: sJumlah, format: "integer" },
      { header: sDari, format: "integer" },
      { header: sPersen, format: "percent" },
    ],
    rows: summaryRows(extra.summary).map((x) => [
      x.label,
      x.value,
      x.of,
      x.of === null ? null : fraction(x.value, x.of),
    ]),
  });
  signatures(sheet, header, extra.kepalaDesa, extra.printed);
  return wb;
}
