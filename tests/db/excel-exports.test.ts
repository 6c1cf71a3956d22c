vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

/** Issue 19: every Excel export is a report. Each download, as the roles that have it (desa: KPM, operator,
 * kepala desa; kecamatan: tpps.mentok; kabupaten: tpps.kab), opened with exceljs: a title block naming the region
 * with its code and the print date, the header row frozen with an auto-filter over the table, region names beside
 * every region code (desa and kecamatan), a "Keterangan" sheet wherever a column holds codes (each code of the
 * file spelled out), rupiah and percentages as number formats. Plus the laporan kegiatan's monitoring summary and
 * the kepala desa's name in its signature block. The import template is the exception: header on row 1. */

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Workbook, type Worksheet } from "exceljs";
import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { userId } from "./users";
import type { DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { getMonthCounters } from "@/db/queries/pemantauan";
import { GET as sasaranExport } from "@/app/(portal)/wilayah/[kode]/sasaran/ekspor/route";
import { GET as scorecardExport } from "@/app/(portal)/wilayah/[kode]/scorecard/ekspor/route";
import { GET as apbdesExport } from "@/app/(portal)/wilayah/[kode]/apbdes/ekspor/route";
import { GET as templateGet } from "@/app/(portal)/wilayah/[kode]/apbdes/templat/route";
import { GET as kpmExport } from "@/app/(portal)/wilayah/[kode]/kpm/ekspor/route";
import { GET as kegiatanExport } from "@/app/(portal)/wilayah/[kode]/kegiatan/ekspor/route";
import { GET as dashboardExport } from "@/app/(portal)/wilayah/[kode]/dasbor-ekspor/route";
import { GET as skdnExport } from "@/app/(portal)/wilayah/[kode]/posyandu/skdn/ekspor/route";
import { currentYearMonth, formatYearMonth } from "@/lib/periods";
import { INDICATORS } from "@/lib/scorecard/indicators";
import { RUPIAH_NUMFMT } from "@/lib/format";
import { PERCENT_NUMFMT } from "@/lib/excel-report";
import type { Viewer } from "@/lib/auth/viewer";

const AIR_PUTIH = "19.05.01.2004";
const MENTOK = "19.05.01";
const KAB = "19.05";
const LEGEND = "Keterangan";

type Get = (r: NextRequest, c: { params: Promise<{ kode: string }> }) => Promise<Response>;

let handle: DbHandle;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
});
afterAll(async () => drop());

async function download(username: string, get: Get, kode: string, path: string): Promise<Workbook> {
  actAs(await userId(handle.db, username));
  const res = await get(new NextRequest(`http://localhost/wilayah/${kode}/${path}`), {
    params: Promise.resolve({ kode }),
  });
  expect(res.status, `${username} ${path}`).toBe(200);
  const wb = new Workbook();
  const buf = await res.arrayBuffer();
  await wb.xlsx.load(buf);
  return wb;
}

const headerRowOf = (s: Worksheet) => (s.views[0] as { ySplit?: number } | undefined)?.ySplit ?? 0;
const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
const headersOf = (s: Worksheet) => (s.getRow(headerRowOf(s)).values as unknown[]).slice(1).map(text);

/** The pairs (code column → name column) every region code must have beside it. */
const NAME_BESIDE: Record<string, string> = { "Kode desa": "Desa/kelurahan", "Kode kecamatan": "Kecamatan" };

/** The checks every report sheet passes; returns the headers of each sheet by name. */
function expectReport(wb: Workbook, label: string, regionKode: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of wb.worksheets) {
    if (s.name === LEGEND) continue;
    const where = `${label} / ${s.name}`;
    const h = headerRowOf(s);
    expect(s.views[0]?.state, where).toBe("frozen");
    expect(h, where).toBeGreaterThan(2);
    expect(s.autoFilter, where).toBeTruthy();
    const title = Array.from({ length: h - 1 }, (_, i) => text(s.getRow(i + 1).getCell(1).value));
    expect(title[0], where).toContain(`(${regionKode})`);
    expect(s.getRow(1).font?.bold, where).toBe(true);
    expect(
      title.some((l) => /^Dicetak \d{1,2} \S+ \d{4}$/.test(l)),
      where,
    ).toBe(true);
    const headers = headersOf(s);
    out.set(s.name, headers);
    headers.forEach((head, i) => {
      const name = NAME_BESIDE[head];
      if (!name) return;
      expect(headers[i + 1], `${where}: beside ${head}`).toBe(name);
      // Every data row with a code has the name beside it.
      for (let r = h + 1; r <= s.rowCount; r++) {
        const code = text(s.getRow(r).getCell(i + 1).value);
        if (/^\d{2}\.\d{2}\.\d{2}/.test(code))
          expect(text(s.getRow(r).getCell(i + 2).value), `${where} row ${r}`).not.toBe("");
      }
    });
    // Widths fitted: every table column has one, none wider than the cap.
    headers.forEach((_, i) => {
      // exceljs writes no <col> for a width of 9 (its default), so it reads back as none.
      const w = s.getColumn(i + 1).width ?? 9;
      expect(w, `${where} col ${i + 1}`).toBeGreaterThanOrEqual(6);
      expect(w, `${where} col ${i + 1}`).toBeLessThanOrEqual(50);
    });
  }
  return out;
}

/** Code → meaning pairs of the legend sheet. */
function legendOf(wb: Workbook): Map<string, string> {
  const s = wb.getWorksheet(LEGEND);
  expect(s, "legend sheet").toBeTruthy();
  const m = new Map<string, string>();
  s!.eachRow((r) => {
    const [c, v] = [r.getCell(1).value, r.getCell(2).value];
    if (typeof c === "string" && typeof v === "string") m.set(c, v);
  });
  return m;
}

/** numFmt of the data cells of the column named `head`. */
function formatsOf(s: Worksheet, head: string): string[] {
  const col = headersOf(s).indexOf(head) + 1;
  expect(col, head).toBeGreaterThan(0);
  const out: string[] = [];
  for (let r = headerRowOf(s) + 1; r <= s.rowCount; r++) {
    const c = s.getRow(r).getCell(col);
    if (typeof c.value === "number") out.push(c.numFmt);
  }
  return out;
}

describe("every Excel export is a report (issue 19)", () => {
  it("desa roles: target list, scorecard, APBDes lines, activities, dashboard; the template keeps row 1", async () => {
    const sasaran = await download("kpm.airputih", sasaranExport, AIR_PUTIH, "sasaran/ekspor?sort=nama&dir=desc");
    expectReport(sasaran, "sasaran", AIR_PUTIH);
    const s0 = sasaran.worksheets[0];
    const title = Array.from({ length: headerRowOf(s0) }, (_, i) => text(s0.getRow(i + 1).getCell(1).value));
    expect(title[0]).toContain("Desa Air Putih");
    expect(title.join("\n")).toContain("Kecamatan Mentok (19.05.01)");
    // The page's order (sort=nama desc) is the file's.
    const names = s0
      .getColumn(2)
      .values.slice(headerRowOf(s0) + 1)
      .map(text);
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, "id")));
    expect(sasaran.getWorksheet(LEGEND)).toBeUndefined();

    const scorecard = await download("kpm.airputih", scorecardExport, AIR_PUTIH, "scorecard/ekspor");
    const heads = expectReport(scorecard, "scorecard desa", AIR_PUTIH);
    const legend = legendOf(scorecard);
    for (const [sheet, kelompok] of [
      ["Formulir 3A Ibu", "ibu"],
      ["Formulir 3B Anak", "anak"],
    ] as const) {
      const cols = heads.get(sheet)!.filter((h) => /^Ind\. \d+$/.test(h));
      expect(cols).toHaveLength(INDICATORS.filter((i) => i.kelompok === kelompok).length);
      expect(heads.get(sheet)).toContain("Desa/kelurahan");
    }
    // "Ind. n" is numbered per group: each group's block spells out its own numbers.
    const meanings = scorecard.getWorksheet(LEGEND)!.getColumn(2).values.map(text);
    for (const i of INDICATORS) expect(meanings).toContain(i.label);
    for (const code of ["Y", "T", "TS", "kek", "risti", "GK", "GB", "S"]) expect(legend.has(code), code).toBe(true);
    expect(formatsOf(scorecard.getWorksheet("Scorecard")!, "Persen").every((f) => f === PERCENT_NUMFMT)).toBe(true);

    const lines = await download("operator.airputih", apbdesExport, AIR_PUTIH, "apbdes/ekspor");
    expectReport(lines, "apbdes desa", AIR_PUTIH);
    const baris = lines.worksheets[0];
    expect(formatsOf(baris, "Pagu").every((f) => f === RUPIAH_NUMFMT)).toBe(true);
    expect(formatsOf(baris, "Pagu").length).toBeGreaterThan(0);
    const apbdesLegend = legendOf(lines);
    for (const tag of ["SP", "SN", "TK"]) expect(apbdesLegend.has(tag)).toBe(true);
    // Every indicator key written in a line is spelled out.
    const col = headersOf(baris).indexOf("Indikator") + 1;
    const keys = new Set<string>();
    for (let r = headerRowOf(baris) + 1; r <= baris.rowCount; r++)
      for (const k of text(baris.getRow(r).getCell(col).value).split(", ").filter(Boolean)) keys.add(k);
    for (const k of keys) expect(apbdesLegend.get(k), k).toBe(INDICATORS.find((i) => i.key === k)?.label);

    const template = await download("operator.airputih", templateGet, AIR_PUTIH, "apbdes/templat");
    const tpl = template.worksheets[0];
    expect(headerRowOf(tpl)).toBe(1);
    expect(tpl.autoFilter).toBeTruthy();
    expect(text(tpl.getRow(1).getCell(1).value)).toBe("kode_kegiatan");

    const kegiatan = await download("kades.airputih", kegiatanExport, AIR_PUTIH, "kegiatan/ekspor");
    expectReport(kegiatan, "kegiatan", AIR_PUTIH);
    const ringkasan = kegiatan.getWorksheet("Ringkasan pemantauan")!;
    const cells = ringkasan.getSheetValues().flat().map(text);
    expect(cells).toContain("Rusdi (Kades Air Putih)");
    expect(cells).toContain("Kepala Desa Air Putih");
    expect(cells.join("\n")).toContain("Kecamatan: Mentok (19.05.01)");
    const row = (label: string) => {
      for (let r = headerRowOf(ringkasan) + 1; r <= ringkasan.rowCount; r++)
        if (text(ringkasan.getRow(r).getCell(1).value) === label) return ringkasan.getRow(r);
      throw new Error(label);
    };
    const viewer: Viewer = { id: 0, username: "t", displayName: "t", role: "kabupaten", scopeKode: KAB };
    const counters = await getMonthCounters({ viewer, kode: AIR_PUTIH, ym: currentYearMonth() });
    expect(row("Catatan pemantauan anak 0–23 bulan (Formulir 2B) bulan ini").getCell(2).value).toBe(counters.anakMonth);
    const diukur = row("Anak 0–23 bulan diukur panjang/tinggi badan");
    expect(Number(diukur.getCell(2).value)).toBeLessThanOrEqual(Number(diukur.getCell(3).value));
    expect(diukur.getCell(4).numFmt).toBe(PERCENT_NUMFMT);

    const dash = await download("kpm.airputih", dashboardExport, AIR_PUTIH, "dasbor-ekspor");
    expectReport(dash, "dasbor desa", AIR_PUTIH);

    // The posyandu's SKDN, as the desa and the kabupaten read it: line codes spelled out in the legend.
    for (const user of ["kpm.airputih", "tpps.kab"]) {
      const skdn = await download(user, skdnExport, AIR_PUTIH, "posyandu/skdn/ekspor");
      const skdnHeads = expectReport(skdn, `skdn ${user}`, AIR_PUTIH);
      expect(skdnHeads.get("SKDN per posyandu")).toContain("Posyandu");
      const skdnLegend = legendOf(skdn);
      for (const code of ["S", "K", "D", "N", "T", "2T", "O", "B", "BGM", "D/S", "N/D", "K/S"])
        expect(skdnLegend.has(code), code).toBe(true);
    }
  });

  it("kecamatan and kabupaten: scorecard, APBDes recap, KPM performance, dashboard", async () => {
    for (const [user, kode] of [
      ["tpps.mentok", MENTOK],
      ["tpps.kab", KAB],
    ] as const) {
      const scorecard = await download(user, scorecardExport, kode, "scorecard/ekspor");
      expectReport(scorecard, `scorecard ${kode}`, kode);
      legendOf(scorecard);

      const recap = await download(user, apbdesExport, kode, "apbdes/ekspor?sort=pagu&dir=desc");
      const rh = expectReport(recap, `recap ${kode}`, kode);
      expect(rh.get("Rekap APBDes")!.slice(0, 4)).toEqual([
        "Kode desa",
        "Desa/kelurahan",
        "Kode kecamatan",
        "Kecamatan",
      ]);
      const rs = recap.worksheets[0];
      expect(formatsOf(rs, "Pagu stunting").every((f) => f === RUPIAH_NUMFMT)).toBe(true);
      expect(formatsOf(rs, "Porsi stunting").every((f) => f === PERCENT_NUMFMT)).toBe(true);

      const kpm = await download(user, kpmExport, kode, "kpm/ekspor");
      expectReport(kpm, `kpm ${kode}`, kode);
      expect(formatsOf(kpm.worksheets[0], "Kelengkapan").every((f) => f === PERCENT_NUMFMT)).toBe(true);

      const dash = await download(user, dashboardExport, kode, "dasbor-ekspor?sort=nama&dir=desc");
      const dh = expectReport(dash, `dasbor ${kode}`, kode);
      const desa = dash.getWorksheet("Desa")!;
      expect(dh.get("Desa")!.slice(0, 4)).toEqual(["Kode desa", "Desa/kelurahan", "Kode kecamatan", "Kecamatan"]);
      const names = desa
        .getColumn(2)
        .values.slice(headerRowOf(desa) + 1)
        .map(text);
      expect(names.length).toBeGreaterThan(1);
      expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, "id")));
      expect(formatsOf(desa, "Pagu stunting / sasaran").every((f) => f === RUPIAH_NUMFMT)).toBe(true);
      const legend = legendOf(dash);
      const gaps = dash.getWorksheet("Celah tanpa anggaran")!;
      const keyCol = headersOf(gaps).indexOf("Kode indikator") + 1;
      for (let r = headerRowOf(gaps) + 1; r <= gaps.rowCount; r++) {
        const k = text(gaps.getRow(r).getCell(keyCol).value);
        expect(legend.get(k), k).toBe(INDICATORS.find((i) => i.key === k)?.label);
      }
    }
  });

  it("laporan kegiatan: without an active kepala desa account the signature line stays blank", async () => {
    await handle.db
      .update(users)
      .set({ active: false })
      .where(and(eq(users.scopeKode, AIR_PUTIH), eq(users.role, "kepala_desa")));
    try {
      const wb = await download(
        "kpm.airputih",
        kegiatanExport,
        AIR_PUTIH,
        `kegiatan/ekspor?bulan=${formatYearMonth(currentYearMonth())}`,
      );
      const cells = wb.getWorksheet("Ringkasan pemantauan")!.getSheetValues().flat().map(text);
      expect(cells).not.toContain("Rusdi (Kades Air Putih)");
      expect(cells).toContain("(..............................)");
    } finally {
      await handle.db
        .update(users)
        .set({ active: true })
        .where(and(eq(users.scopeKode, AIR_PUTIH), eq(users.role, "kepala_desa")));
    }
  });
});
