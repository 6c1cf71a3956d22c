import "server-only";
import { Workbook } from "exceljs";
import { formatMonth } from "@/lib/format";
import { formatYearMonth } from "@/lib/periods";
import { JENIS_KEGIATAN, type JenisPelatihan } from "@/lib/enums";
import { commonText } from "@/lib/i18n/common";
import { JENIS_KEGIATAN_LABELS } from "@/lib/i18n/kegiatan";
import type { KpmKinerjaRow } from "./types";
import type { KpmWindow } from "./window";
import { INSENTIF_LABELS, JENIS_PELATIHAN_LABELS, kpmText } from "@/lib/i18n/kpm";

const t = kpmText.workbook;
const h = t.kinerjaHead;

export type WorkbookEvent = {
  tanggal: string;
  jenis: JenisPelatihan;
  topik: string;
  tempat: string;
  penyelenggara: string;
  wilayahNama: string;
  jumlahPeserta: number;
  peserta: ReadonlyArray<{ nama: string; desaNama: string; desaKode: string }>;
  /** Attendees without an account: all of them, and those of the region by name. */
  jumlahTamu: number;
  tamu: ReadonlyArray<{ nama: string; desaNama: string; desaKode: string }>;
};

const BOLD = { bold: true } as const;
const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** KPM performance, training events and their attendees as .xlsx, with real numbers and dates so the district
 * can sort and sum. */
export function buildKpmWorkbook({
  title,
  window: w,
  tahun,
  rows,
  events,
}: {
  title: string;
  window: KpmWindow;
  tahun: number;
  rows: KpmKinerjaRow[];
  events: WorkbookEvent[];
}): Workbook {
  const wb = new Workbook();
  wb.creator = commonText.app.name;
  wb.created = new Date();

  const k = wb.addWorksheet(t.kinerjaSheet);
  k.addRow([t.kinerjaTitle(title)]).font = { bold: true, size: 13 };
  k.addRow([t.window(formatMonth(formatYearMonth(w.start)), formatMonth(formatYearMonth(w.end)), w.bulan)]);
  k.addRow([]);
  k.addRow([
    h.kodeDesa,
    h.desa,
    h.kecamatan,
    h.kpm,
    h.wajibLapor,
    h.tercatat,
    h.kelengkapan,
    h.bulanLengkap,
    h.jumlahBulan,
    h.tepatWaktu,
    h.ketepatan,
    h.sasaran,
    ...JENIS_KEGIATAN.map((j) => JENIS_KEGIATAN_LABELS[j]),
    h.totalKegiatan,
    h.kegiatanPerBulan,
    h.pelatihanTerakhir,
    h.topikTerakhir,
    h.pelatihan12,
    h.insentif(tahun),
  ]).font = BOLD;
  for (const r of rows) {
    const kpm = r.kpmId !== null;
    const row = k.addRow([
      r.desaKode,
      r.desaNama,
      r.kecamatanNama,
      r.kpmNama ?? t.noKpm,
      r.wajibLapor,
      r.tercatat,
      r.wajibLapor ? r.tercatat / r.wajibLapor : null,
      r.bulanLengkap,
      r.bulanWajib,
      r.tepatWaktu,
      r.tercatat ? r.tepatWaktu / r.tercatat : null,
      r.sasaran,
      ...JENIS_KEGIATAN.map((j) => (kpm ? r.kegiatan[j] : null)),
      kpm ? r.kegiatanTotal : null,
      kpm ? r.kegiatanTotal / r.bulan : null,
      r.pelatihanTerakhir ? excelDate(r.pelatihanTerakhir) : null,
      r.pelatihanTopik ?? "",
      kpm ? (r.pelatihan12Bulan ? t.yes : t.no) : "",
      INSENTIF_LABELS[r.insentifKpm],
    ]);
    row.getCell(20).numFmt = "dd/mm/yyyy";
  }
  for (const c of [7, 11]) k.getColumn(c).numFmt = "0.0%";
  k.getColumn(19).numFmt = "0.0";
  [16, 24, 18, 30, 12, 12, 12, 10, 12, 12, 12, 10, 10, 10, 10, 10, 10, 10, 12, 14, 36, 14, 24].forEach(
    (width, i) => (k.getColumn(i + 1).width = width),
  );

  const e = wb.addWorksheet(t.pelatihanSheet);
  e.addRow([t.pelatihanTitle(title)]).font = { bold: true, size: 13 };
  e.addRow([]);
  e.addRow([...t.pelatihanHead]).font = BOLD;
  events.forEach((ev, i) => {
    const row = e.addRow([
      i + 1,
      excelDate(ev.tanggal),
      JENIS_PELATIHAN_LABELS[ev.jenis],
      ev.topik,
      ev.tempat,
      ev.penyelenggara,
      ev.wilayahNama,
      ev.jumlahPeserta,
      ev.peserta.map((p) => `${p.nama} (${p.desaNama})`).join(", "),
      ev.jumlahTamu,
      ev.tamu.map((p) => `${p.nama} (${p.desaNama})`).join(", "),
    ]);
    row.getCell(2).numFmt = "dd/mm/yyyy";
    row.alignment = { vertical: "top", wrapText: true };
  });
  [5, 12, 24, 36, 28, 28, 22, 12, 60, 12, 60].forEach((width, i) => (e.getColumn(i + 1).width = width));

  const p = wb.addWorksheet(t.pesertaSheet);
  p.addRow([...t.pesertaHead]).font = BOLD;
  for (const ev of events) {
    for (const x of ev.peserta)
      p
        .addRow([excelDate(ev.tanggal), JENIS_PELATIHAN_LABELS[ev.jenis], ev.topik, x.nama, x.desaKode, x.desaNama])
        .getCell(1).numFmt = "dd/mm/yyyy";
    for (const x of ev.tamu)
      p
        .addRow([
          excelDate(ev.tanggal),
          JENIS_PELATIHAN_LABELS[ev.jenis],
          ev.topik,
          x.nama,
          x.desaKode,
          x.desaNama,
          t.tanpaAkun,
        ])
        .getCell(1).numFmt = "dd/mm/yyyy";
  }
  [12, 24, 36, 30, 16, 24, 14].forEach((width, i) => (p.getColumn(i + 1).width = width));
  return wb;
}
