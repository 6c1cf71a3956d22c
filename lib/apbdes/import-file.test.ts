import { afterEach, describe, expect, it, vi } from "vitest";
import { Workbook } from "exceljs";
import { readImportFile, readImportTable, refusalMessage } from "./import-file";
import { IMPORT_LIMITS } from "./import-columns";
import { readSheetRows } from "./xlsx-worker";
import { inspectXlsx } from "./xlsx-inspect";
import * as H from "@/tests/hostile-uploads";

/* Issue 17, finding 3: the import parsed before it limited. Each hostile file must be refused quickly, with its
 * message, and without exceljs building a workbook or the CSV parser reading on past the first limit. */

// Where exceljs opens a file (in a worker thread): a refused .xlsx must never get there.
vi.mock("./xlsx-worker", async (original) => {
  const real = await original<typeof import("./xlsx-worker")>();
  return { ...real, readSheetRows: vi.fn(real.readSheetRows) };
});
const xlsxLoad = vi.mocked(readSheetRows);
afterEach(() => xlsxLoad.mockClear());

const fileOf = (name: string, bytes: Uint8Array) => ({ name, size: bytes.length, bytes: async () => bytes });

/** Refused within `ms`, with a message matching `message`. */
async function refused(name: string, bytes: Uint8Array, message: RegExp, ms = 1_000) {
  const start = performance.now();
  const r = await readImportFile(fileOf(name, bytes));
  const took = performance.now() - start;
  expect(r).toEqual({ ok: false, message: expect.stringMatching(message) });
  expect(took, `${name} took ${Math.round(took)} ms`).toBeLessThan(ms);
  return r;
}

describe("hostile uploads are refused while reading", () => {
  it("an .xlsx with one cell at XFD1048576: refused from its dimension, exceljs never opens it", async () => {
    await refused("jauh.xlsx", H.xlsxFarCell(), /lebih dari 50 kolom \(terpakai sampai sel XFD1048576\)/);
    expect(xlsxLoad).not.toHaveBeenCalled();
    // The same cell without a declared dimension is found among the cells.
    const hidden = H.xlsx({ sheetData: H.rowXml(1, [{ ref: "XFD1048576", number: 1 }]) });
    await refused("jauh.xlsx", hidden, /lebih dari 50 kolom \(terpakai sampai sel XFD1048576\)/);
    const deep = H.xlsx({ sheetData: H.templateSheetData() + H.rowXml(1048576, [{ ref: "A1048576", number: 1 }]) });
    await refused("dalam.xlsx", deep, /terpakai sampai baris 1\.048\.576; paling banyak 5\.000 baris/);
    expect(xlsxLoad).not.toHaveBeenCalled();
  });

  it("a 2.8 kB wide .xlsx (every row reaching column XFD): refused, exceljs never opens it", async () => {
    const wide = H.xlsxWide();
    expect(wide.length).toBeLessThan(3_000);
    await refused("lebar.xlsx", wide, /lebih dari 50 kolom \(terpakai sampai sel XFD/);
    expect(xlsxLoad).not.toHaveBeenCalled();
  });

  it("a 690 kB CSV with 100,000 header names: refused after its first slice, not after the whole line", async () => {
    const csv = H.csvManyHeaders();
    expect(csv.length).toBeGreaterThan(680_000);
    await refused("kolom.csv", csv, /lebih dari 50 kolom; paling banyak 50 kolom/);
    const r = await readImportTable(fileOf("kolom.csv", csv));
    expect(r).toMatchObject({ ok: false, refusal: { kind: "columns" } });
    expect(!r.ok && r.bytesRead).toBeLessThanOrEqual(32 * 1024);
    // A line of nothing but delimiters (no characters in any field) is stopped the same way.
    const commas = new TextEncoder().encode(",".repeat(900_000));
    const r2 = await readImportTable(fileOf("koma.csv", commas));
    expect(r2).toMatchObject({ ok: false, refusal: { kind: "columns" } });
    expect(!r2.ok && r2.bytesRead).toBeLessThanOrEqual(16 * 1024);
  });

  it("a file over 1 MB is refused from its size, before its bytes are read", async () => {
    const big = H.csvOversized();
    const bytes = vi.fn(async () => big);
    expect(await readImportFile({ name: "besar.csv", size: big.length, bytes })).toEqual({
      ok: false,
      message: "Berkas terlalu besar; paling besar 1 MB.",
    });
    expect(bytes).not.toHaveBeenCalled();
    const xlsx = vi.fn(async () => big);
    await readImportFile({ name: "besar.xlsx", size: 5_000_000, bytes: xlsx });
    expect(xlsx).not.toHaveBeenCalled();
  });

  it("zip bombs: a sheet that unpacks to 30 MB, or hides it behind a small declared size", async () => {
    await refused("bom.xlsx", H.xlsxBomb(30), /terlalu besar setelah dibuka \(lebih dari 10 MB\)/);
    await refused("bom.xlsx", H.xlsxBomb(50, { lie: true }), /terlalu besar setelah dibuka/);
    await refused("bom.xlsx", H.xlsxSharedStringsFlood(), /terlalu besar setelah dibuka/);
    expect(H.xlsxSharedStringsFlood().length).toBeLessThan(50_000);
    expect(xlsxLoad).not.toHaveBeenCalled();
  });

  it("what exceljs would expand: shared strings, merged ranges, data validations, defined names", async () => {
    await refused("teks.xlsx", H.xlsxSharedStringsFlood(60_000), /terlalu banyak sel, teks/);
    await refused("teks.xlsx", H.xlsxSharedStringsFlood(1, 10_000_000), /terlalu banyak sel, teks/);
    await refused("gabung.xlsx", H.xlsxMergeBomb(), /terpakai sampai sel XFD1048576/);
    await refused("validasi.xlsx", H.xlsxValidationColumn(), /terpakai sampai baris 1\.048\.576/);
    await refused("nama.xlsx", H.xlsxDefinedNameBomb(), /terpakai sampai sel XFD1048576/);
    await refused("entitas.xlsx", H.xlsxEncodedFarCell(), /terpakai sampai sel XFD3/);
    const manyCells = H.xlsx({
      sheetData: Array.from({ length: 1_100 }, (_, r) =>
        H.rowXml(
          r + 1,
          H.rowCells(
            r + 1,
            Array.from({ length: 50 }, () => 1),
          ),
        ),
      ).join(""),
    });
    await refused("sel.xlsx", manyCells, /terlalu banyak sel/);
    expect(xlsxLoad).not.toHaveBeenCalled();
  });

  it("CSV rows, line length and the time budget", async () => {
    await refused("baris.csv", H.csvOfSize(80, 501), /lebih dari 500 baris anggaran/);
    const long = new TextEncoder().encode(`kode_kegiatan,uraian\n2.2.02,${"x".repeat(12_000)}\n`);
    expect(await readImportFile(fileOf("panjang.csv", long))).toEqual({
      ok: false,
      message:
        "Baris 2 terlalu panjang; satu baris paling banyak 10.000 karakter. Periksa pemisah kolom dan tanda kutip.",
    });
    for (const [name, bytes] of [
      ["baris.csv", H.csvOfSize(60)],
      ["baris.xlsx", H.xlsx({ sheetData: H.templateSheetData(3) })],
    ] as const)
      expect(await readImportFile(fileOf(name, bytes), { limits: { timeMs: 0 } })).toEqual({
        ok: false,
        message:
          "Berkas terlalu lama diproses (lebih dari 0 detik) dan dihentikan. Perkecil berkas atau gunakan templat.",
      });
  });

  it("two uploads read at once do not disturb each other's scan", async () => {
    // The scans yield between 64 kB slices. The second starts while the first is midway (from the first's time
    // check; stored parts need no inflating, so it begins at once); its far cell sits in its second slice, which a
    // scan sharing its position with the first would jump over.
    const rows = (n: number, text: string) =>
      Array.from({ length: n }, (_, i) => H.rowXml(i + 1, H.rowCells(i + 1, ["2.2.02", text])));
    const long = H.xlsx({ sheetData: rows(2_000, "x".repeat(600)).join(""), store: true });
    const far = H.xlsx({
      sheetData: [...rows(700, "x".repeat(60)), H.rowXml(701, [{ ref: "XFD701", number: 1 }])].join(""),
      store: true,
    });
    let second: Promise<unknown> | null = null;
    const first = inspectXlsx(long, IMPORT_LIMITS, () => {
      second ??= inspectXlsx(far, IMPORT_LIMITS, () => false);
      return false;
    });
    expect(await first).toBeNull();
    expect(await second).toEqual({ kind: "columns", cell: "XFD701" });
  });

  it("names every refusal in Bahasa Indonesia with the limit", () => {
    expect(refusalMessage({ kind: "rows" })).toMatch(/paling banyak 500 baris/);
    expect(refusalMessage({ kind: "columns" })).toMatch(/paling banyak 50 kolom/);
    expect(refusalMessage({ kind: "slow" })).toMatch(/lebih dari 5 detik/);
    expect(refusalMessage({ kind: "cells" })).toMatch(/lebih dari 50\.000/);
    expect(refusalMessage({ kind: "unpacked" })).toMatch(/lebih dari 10 MB/);
  });
});

describe("normal files read as before", () => {
  it("a hand-built .xlsx and an Excel-written one give the same table", async () => {
    const mine = await readImportFile(fileOf("baris.xlsx", H.xlsx({ sheetData: H.templateSheetData(2) })));
    expect(mine).toMatchObject({ ok: true, rowNumbers: [2, 3] });
    const wb = new Workbook();
    const sheet = wb.addWorksheet("Baris");
    sheet.addRow([...H.TEMPLATE_HEADERS]);
    sheet.addRow(["2.2.02", "PMT balita", "5.2.1.06", "DDS", "12", "bulan", "12500000", "0"]);
    sheet.addRow(["2.2.02", "PMT balita", "5.2.1.06", "DDS", "12", "bulan", "12500000", "0"]);
    sheet.mergeCells("J5:K6");
    const excel = await readImportFile(fileOf("baris.xlsx", new Uint8Array(await wb.xlsx.writeBuffer())));
    expect(excel).toEqual(mine);
  });

  it("a table at the limits is read, and the event loop is never held for long", async () => {
    const xlsx = await H.xlsxAtLimits();
    const csv = H.csvAtLimits();
    expect(csv.length).toBeLessThan(IMPORT_LIMITS.bytes);
    expect(csv.length).toBeGreaterThan(900_000);
    for (const [name, bytes] of [
      ["batas.xlsx", xlsx],
      ["batas.csv", csv],
      ["kolom.csv", H.csvManyHeaders()],
    ] as const) {
      let last = performance.now();
      let gap = 0;
      const tick = setInterval(() => {
        gap = Math.max(gap, performance.now() - last);
        last = performance.now();
      }, 2);
      const r = await readImportFile(fileOf(name, bytes));
      await new Promise((resolve) => setTimeout(resolve, 10));
      clearInterval(tick);
      if (name !== "kolom.csv") expect(r, name).toMatchObject({ ok: true, rowNumbers: expect.any(Array) });
      if (r.ok) expect(r.records).toHaveLength(500);
      // Another request waits at most one slice of the parse, far below a second.
      expect(gap, `${name}: event loop held ${Math.round(gap)} ms`).toBeLessThan(250);
    }
  });
});
