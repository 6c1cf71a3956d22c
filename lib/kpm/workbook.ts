import "server-only";
import { Workbook } from "exceljs";
import { formatMonth } from "@/lib/format";
import { formatYearMonth } from "@/lib/periods";
import { JENIS_KEGIATAN, type JenisPelatihan } from "@/lib/enums";
import { commonText } from "@/lib/i18n/common";
import { DESA_COLUMNS, addReportSheet, desaCells, excelDate, fraction } from "@/lib/excel-report";
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

/** KPM performance (the page's filters and order), training events and their attendees as .xlsx, with real numbers
 * and dates so the district can sort and sum. `title` names the region with its code. */
export function buildKpmWorkbook({
  title,
  window: w,
  tahun,
  rows,
  events,
  printed,
}: {
  title: string;
  window: KpmWindow;
  tahun: number;
  rows: KpmKinerjaRow[];
  events: WorkbookEvent[];
  printed: string;
}): Workbook {
  const wb = new Workbook();
  wb.creator = commonText.app.name;
  wb.created = new Date();

  addReportSheet(wb, {
    name: t.kinerjaSheet,
    title: t.kinerjaTitle(title),
    period: t.window(formatMonth(formatYearMonth(w.start)), formatMonth(formatYearMonth(w.end)), w.bulan),
    printed,
    landscape: true,
    columns: [
      ...DESA_COLUMNS,
      { header: h.kpm },
      { header: h.wajibLapor, format: "integer" },
      { header: h.tercatat, format: "integer" },
      { header: h.kelengkapan, format: "percent" },
      { header: h.bulanLengkap, format: "integer" },
      { header: h.jumlahBulan, format: "integer" },
      { header: h.tepatWaktu, format: "integer" },
      { header: h.ketepatan, format: "percent" },
      { header: h.sasaran, format: "integer" },
      ...JENIS_KEGIATAN.map((j) => ({ header: JENIS_KEGIATAN_LABELS[j], format: "integer" as const })),
      { header: h.totalKegiatan, format: "integer" },
      { header: h.kegiatanPerBulan, format: "decimal" },
      { header: h.pelatihanTerakhir, format: "date" },
      { header: h.topikTerakhir },
      { header: h.pelatihan12 },
      { header: h.insentif(tahun) },
    ],
    rows: rows.map((r) => {
      const kpm = r.kpmId !== null;
      return [
        ...desaCells(r.desaKode, r.desaNama, r.kecamatanNama),
        r.kpmNama ?? t.noKpm,
        r.wajibLapor,
        r.tercatat,
        fraction(r.tercatat, r.wajibLapor),
        r.bulanLengkap,
        r.bulanWajib,
        r.tepatWaktu,
        fraction(r.tepatWaktu, r.tercatat),
        r.sasaran,
        ...JENIS_KEGIATAN.map((j) => (kpm ? r.kegiatan[j] : null)),
        kpm ? r.kegiatanTotal : null,
        kpm ? r.kegiatanTotal / r.bulan : null,
        excelDate(r.pelatihanTerakhir),
        r.pelatihanTopik ?? "",
        kpm ? (r.pelatihan12Bulan ? t.yes : t.no) : "",
        INSENTIF_LABELS[r.insentifKpm],
      ];
    }),
  });

  const [no, tanggal, jenis, topik, tempat, penyelenggara, wilayah, jumlah, hadir, jumlahTamu, tamu] = t.pelatihanHead;
  addReportSheet(wb, {
    name: t.pelatihanSheet,
    title: t.pelatihanTitle(title),
    printed,
    landscape: true,
    columns: [
      { header: no, format: "integer" },
      { header: tanggal, format: "date" },
      { header: jenis },
      { header: topik },
      { header: tempat },
      { header: penyelenggara },
      { header: wilayah },
      { header: jumlah, format: "integer" },
      { header: hadir },
      { header: jumlahTamu, format: "integer" },
      { header: tamu },
    ],
    rows: events.map((ev, i) => [
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
    ]),
  });

  const [pTanggal, pJenis, pTopik, pNama, pKode, pDesa, pKeterangan] = t.pesertaHead;
  addReportSheet(wb, {
    name: t.pesertaSheet,
    title: t.pelatihanTitle(title),
    printed,
    columns: [
      { header: pTanggal, format: "date" },
      { header: pJenis },
      { header: pTopik },
      { header: pNama },
      { header: pKode },
      { header: pDesa },
      { header: pKeterangan },
    ],
    rows: events.flatMap((ev) => [
      ...ev.peserta.map((x) => [
        excelDate(ev.tanggal),
        JENIS_PELATIHAN_LABELS[ev.jenis],
        ev.topik,
        x.nama,
        x.desaKode,
        x.desaNama,
        "",
      ]),
      ...ev.tamu.map((x) => [
        excelDate(ev.tanggal),
        JENIS_PELATIHAN_LABELS[ev.jenis],
        ev.topik,
        x.nama,
        x.desaKode,
        x.desaNama,
        t.tanpaAkun,
      ]),
    ]),
  });
  return wb;
}
