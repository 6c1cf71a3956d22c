import "server-only";
import { Workbook, type Worksheet } from "exceljs";
import { formatMonth } from "@/lib/format";
import { JENIS_KEGIATAN_LABELS, type JenisKegiatan } from "./labels";
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

const BOLD = { bold: true } as const;

function writeHeader(sheet: Worksheet, h: WorkbookHeader, title: string) {
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow(["Desa/Kelurahan", `${h.desa} (${h.kode})`]);
  sheet.addRow(["Kecamatan", h.kecamatan]);
  sheet.addRow(["Kabupaten", h.kabupaten]);
  sheet.addRow(["Bulan", formatMonth(h.bulan)]);
  sheet.addRow(["Nama KPM", h.kpm.join(", ") || "–"]);
  sheet.addRow([]);
}

/** The monthly activity log as .xlsx: a detail sheet (one row per activity, real Excel dates and numbers so
 * the district can sort and sum) and a per-kind recap. */
export async function buildKegiatanWorkbook(
  header: WorkbookHeader,
  rows: ReadonlyArray<WorkbookRow>,
): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new Workbook();
  wb.creator = "Tumbuh";
  wb.created = new Date();

  const detail = wb.addWorksheet("Kegiatan", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  writeHeader(detail, header, "Laporan Kegiatan Kader Pembangunan Manusia (KPM)");
  detail.addRow([
    "No",
    "Tanggal",
    "Jenis kegiatan",
    "Tempat",
    "Jumlah peserta",
    "Sasaran dikunjungi",
    "Catatan",
    "Dicatat oleh",
  ]).font = BOLD;
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

  const recap = wb.addWorksheet("Rekap per jenis");
  writeHeader(recap, header, "Rekapitulasi Kegiatan KPM per Jenis");
  recap.addRow(["Jenis kegiatan", "Jumlah kegiatan", "Jumlah peserta"]).font = BOLD;
  const totals = totalsByJenis(rows);
  for (const t of totals) recap.addRow([JENIS_KEGIATAN_LABELS[t.jenis], t.kegiatan, t.peserta]);
  recap.addRow(["Jumlah", totals.reduce((s, t) => s + t.kegiatan, 0), totals.reduce((s, t) => s + t.peserta, 0)]).font =
    BOLD;
  [36, 16, 16].forEach((width, i) => (recap.getColumn(i + 1).width = width));

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
