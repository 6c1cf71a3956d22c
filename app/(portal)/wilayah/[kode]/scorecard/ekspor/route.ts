import type { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { guardRoute } from "@/lib/auth/route-guard";
import { getScorecard, listRekap } from "@/db/queries/scorecard";
import { writeAudit } from "@/db/queries/audit";
import { getDb } from "@/db/client";
import { xlsxResponse } from "@/lib/excel";
import { parseQuarterParams } from "@/lib/scorecard/params";
import { ANAK_INDICATORS, IBU_INDICATORS, PAUD_INDICATOR, STAGE_LABELS } from "@/lib/scorecard/labels";
import { decodeHasil } from "@/lib/scorecard/types";
import { regionTitle } from "@/lib/regions";

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** Scorecard (Formulir 4) plus the per-target recaps (Formulir 3A/3B) as .xlsx, scoped like the page. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kode: string }> }) {
  const guard = await guardRoute((await params).kode, "scorecard:read");
  if (guard instanceof Response) return guard;
  const { viewer, region } = guard;
  const sp = Object.fromEntries(request.nextUrl.searchParams);
  const { tahun, triwulan } = parseQuarterParams(sp);
  const q = { viewer, kode: region.kode, tahun, triwulan, posyanduId: Number(sp.posyandu) || undefined };
  const [data, ibu, anak] = await Promise.all([getScorecard(q), listRekap({ ...q, kelompok: "ibu" }), listRekap({ ...q, kelompok: "anak" })]);

  const wb = new Workbook();
  wb.creator = "Tumbuh";
  const sc = wb.addWorksheet("Scorecard");
  sc.addRow([`Scorecard Konvergensi — ${regionTitle(region)} (${region.kode}) — Triwulan ${triwulan} ${tahun}`]).font = { bold: true, size: 13 };
  sc.addRow([]);
  sc.addRow(["Tabel 1", "Jumlah", "Berisiko"]).font = { bold: true };
  sc.addRow(["JTRT", data.jtrt]);
  sc.addRow(["Ibu hamil (KEK/Risti)", data.ibu.n, data.ibu.risiko]);
  sc.addRow(["Anak 0–23 bulan (GK/GB/S)", data.anak.n, data.anak.risiko]);
  sc.addRow([]);
  sc.addRow(["Tabel 2", "Anak", "Hijau", "Kuning", "Merah", "Tidak diukur"]).font = { bold: true };
  sc.addRow(["Tikar pertumbuhan", data.anak.n, data.anak.h, data.anak.k, data.anak.m, data.anak.td]);
  sc.addRow([]);
  sc.addRow(["Tabel 3", "Indikator", "Jumlah Y", "Seharusnya", "Capaian"]).font = { bold: true };
  for (const [kelompok, labels] of [["ibu", IBU_INDICATORS], ["anak", ANAK_INDICATORS]] as const) {
    labels.forEach((label, i) => {
      const c = data.indicators.find((r) => r.kelompok === kelompok && r.nomor === i + 1) ?? { y: 0, ts: 0, n: 0 };
      sc.addRow([`${kelompok === "ibu" ? "Ibu hamil" : "Anak"} ${i + 1}`, label, c.y, c.n - c.ts, ratio(c.y, c.n - c.ts)]);
    });
  }
  sc.addRow(["PAUD 1", PAUD_INDICATOR, data.paud.diterima, data.paud.seharusnya, ratio(data.paud.diterima, data.paud.seharusnya)]);
  sc.addRow([]);
  sc.addRow(["Tabel 4", "Diterima", "Seharusnya", "Konvergensi"]).font = { bold: true };
  sc.addRow(["Ibu hamil", data.ibu.diterima, data.ibu.seharusnya, ratio(data.ibu.diterima, data.ibu.seharusnya)]);
  sc.addRow(["Anak 0–23 bulan", data.anak.diterima, data.anak.seharusnya, ratio(data.anak.diterima, data.anak.seharusnya)]);
  const td = data.ibu.diterima + data.anak.diterima;
  const ts = data.ibu.seharusnya + data.anak.seharusnya;
  sc.addRow(["TOTAL", td, ts, ratio(td, ts)]).font = { bold: true };
  sc.getColumn(5).numFmt = "0.0%";
  sc.getColumn(4).numFmt = "0.0%";
  sc.getColumn(2).width = 60;
  sc.getColumn(1).width = 28;

  for (const [name, rows, labels] of [["Formulir 3A Ibu", ibu, IBU_INDICATORS], ["Formulir 3B Anak", anak, ANAK_INDICATORS]] as const) {
    const sheet = wb.addWorksheet(name);
    sheet.addRow(["No", "Nama", "No. KIA", "Desa", "Tahap/umur", "Status", ...labels.map((_, i) => `Ind. ${i + 1}`), "Diterima", "Seharusnya", "%"]).font = { bold: true };
    rows.forEach((r, i) => sheet.addRow([i + 1, r.nama, r.noKia ?? "", r.desa, STAGE_LABELS[r.stage ?? ""] ?? r.stage ?? "", r.status ?? "", ...decodeHasil(r.hasil), r.diterima, r.seharusnya, ratio(r.diterima, r.seharusnya)]));
    sheet.getColumn(labels.length + 9).numFmt = "0.0%";
    sheet.getColumn(2).width = 26;
  }
  await writeAudit(await getDb(), viewer, { action: "ekspor", entity: "scorecard", kodeWilayah: region.kode, after: { tahun, triwulan } });
  return xlsxResponse(wb, `scorecard-${region.kode}-${tahun}-T${triwulan}.xlsx`);
}
