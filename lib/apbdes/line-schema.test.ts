import { describe, expect, it } from "vitest";
import { Workbook } from "exceljs";
import { lineErrors, lineSchema, type LineRef } from "./line-schema";
import { checkImportRows } from "./import-check";
import { readImportFile } from "./import-file";
import { IMPORT_COLUMNS } from "./import-columns";
import { conflictErrors, lineToValues } from "./line-values";

const REF: LineRef = {
  kegiatan: new Map([
    ["2.2.02", { nama: "Posyandu", subBidang: "Kesehatan", stuntingTag: "SP", paketLayanan: "gizi" }],
    ["2.3.10", { nama: "Jalan desa", subBidang: "Pekerjaan Umum", stuntingTag: null, paketLayanan: null }],
  ]),
  rekeningJenis: new Set(["5.2.1", "5.2.2", "5.2.7", "5.3.5"]),
  sumberDana: new Set(["DDS", "ADD", "PBP"]),
};
const schema = lineSchema(REF);
const base = {
  kodeKegiatan: "2.2.02",
  uraian: "PMT balita",
  kodeRekening: "5.2.1.06",
  sumberDana: "DDS",
  pagu: "12.500.000",
  realisasi: "",
  stuntingTag: "auto",
  paketLayanan: "auto",
};
const errorsOf = (over: Record<string, string>) => {
  const r = schema.safeParse({ ...base, ...over });
  return r.success ? {} : lineErrors(r.error);
};

describe("budget line rules", () => {
  it("reads a line and takes tag and paket from the kegiatan by default", () => {
    expect(schema.parse({ ...base, kodeKegiatan: "02.02.02.", indikator: "ibu:4,anak:4", insentifKpm: "on" })).toEqual({
      kodeKegiatan: "2.2.02",
      uraian: "PMT balita",
      kodeRekening: "5.2.1.06",
      sumberDana: "DDS",
      volume: null,
      satuan: null,
      pagu: 12_500_000,
      realisasi: 0,
      stuntingTag: "SP",
      paketLayanan: "gizi",
      indikator: ["ibu:4", "anak:4"],
      insentifKpm: true,
    });
  });

  it("lets the user override or clear the default tag", () => {
    expect(schema.parse({ ...base, stuntingTag: "", paketLayanan: "" })).toMatchObject({
      stuntingTag: null,
      paketLayanan: null,
    });
    expect(
      schema.parse({ ...base, kodeKegiatan: "2.3.10", stuntingTag: "SN", paketLayanan: "air_sanitasi" }),
    ).toMatchObject({ stuntingTag: "SN", paketLayanan: "air_sanitasi" });
  });

  it("reports each problem beside its own field, all at once", () => {
    const e = errorsOf({
      kodeKegiatan: "9.9.99",
      kodeRekening: "5.2.9.01",
      sumberDana: "",
      pagu: "-5.000",
      indikator: "ibu:99",
    });
    expect(e.kodeKegiatan?.[0]).toMatch(/harus berbentuk|tidak dikenal/);
    expect(e.kodeRekening).toEqual(["Kode rekening 5.2.9.01 tidak dikenal."]);
    expect(e.sumberDana).toEqual(["Sumber dana wajib diisi."]);
    expect(e.pagu).toEqual(["Pagu tidak boleh negatif."]);
    expect(e.indikator?.[0]).toMatch(/Indikator tidak dikenal/);
    expect(e.uraian).toBeUndefined();
  });

  it("refuses realisasi above pagu on the realisasi field", () => {
    expect(errorsOf({ realisasi: "13.000.000" }).realisasi).toEqual(["Realisasi tidak boleh melebihi pagu."]);
    expect(errorsOf({ realisasi: "Rp 12.500.000" })).toEqual({});
  });

  it("refuses a rekening outside belanja and an unknown sumber dana", () => {
    expect(errorsOf({ kodeRekening: "4.2.1" }).kodeRekening?.[0]).toMatch(/5\.x\.y/);
    expect(errorsOf({ sumberDana: "APBD-Z" }).sumberDana).toEqual(["Sumber dana APBD-Z tidak dikenal."]);
    expect(schema.parse({ ...base, sumberDana: "DD-APBN" }).sumberDana).toBe("DDS");
  });
});

describe("import dry run", () => {
  const headers = IMPORT_COLUMNS.map((c) => c.header);
  const row = (over: Record<string, string> = {}) => ({
    kode_kegiatan: "02.02.02.",
    uraian: "PMT",
    kode_rekening: "5.2.1.06",
    sumber_dana: "DD-APBN",
    pagu: "12.500.000",
    ...over,
  });

  it("marks every row OK or with its column-named errors", () => {
    const r = checkImportRows(
      [row(), row({ pagu: "12,5", sumber_dana: "" }), row({ tag_stunting: "-" })],
      headers,
      REF,
      [2, 3, 4],
    );
    expect(r.valid).toBe(false);
    expect(r.rows.map((x) => x.errors.length)).toEqual([0, 2, 0]);
    expect(r.rows[1]).toMatchObject({
      baris: 3,
      errors: ["sumber_dana: Sumber dana wajib diisi.", expect.stringMatching(/^pagu: Pagu harus rupiah bulat/)],
    });
    expect(r.lines[1].stuntingTag).toBeNull();
  });

  it("needs the required columns", () => {
    const r = checkImportRows([row()], ["kode_kegiatan", "uraian", "pagu"], REF);
    expect(r.missing).toEqual(["kode_rekening", "sumber_dana"]);
    expect(r.valid).toBe(false);
  });

  it("reads XLSX and semicolon CSV files, and refuses other types", async () => {
    const wb = new Workbook();
    const sheet = wb.addWorksheet("Baris");
    sheet.addRow(headers);
    sheet.addRow(["2.2.02", "PMT", "5.2.1.06", "DDS", 12, "bulan", 12500000, 0]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const xlsx = await readImportFile({ name: "baris.xlsx", size: bytes.length, bytes: async () => bytes });
    expect(xlsx).toMatchObject({ ok: true, rowNumbers: [2] });
    if (xlsx.ok)
      expect(checkImportRows(xlsx.records, xlsx.headers, REF).lines[0]).toMatchObject({
        pagu: 12_500_000,
        volume: 12,
        satuan: "bulan",
      });

    const csv = new TextEncoder().encode(
      "kode_kegiatan;uraian;kode_rekening;sumber_dana;pagu\n2.2.02;PMT;5.2.1.06;DDS;12.500.000\n",
    );
    const parsed = await readImportFile({ name: "baris.csv", size: csv.length, bytes: async () => csv });
    expect(parsed.ok && parsed.records[0].pagu).toBe("12.500.000");

    expect(await readImportFile({ name: "baris.pdf", size: 10, bytes: async () => new Uint8Array(10) })).toEqual({
      ok: false,
      message: expect.stringMatching(/tidak didukung/),
    });
    expect(await readImportFile({ name: "besar.csv", size: 2_000_000, bytes: async () => new Uint8Array(0) })).toEqual({
      ok: false,
      message: expect.stringMatching(/terlalu besar/),
    });
  });
});

describe("edit values and conflicts", () => {
  const saved = schema.parse({ ...base, indikator: "ibu:4" });

  it("shows a stored line in the form so that saving it unchanged gives the same line", () => {
    const values = lineToValues(saved);
    expect(values).toMatchObject({ pagu: "12.500.000", stuntingTag: "SP", paketLayanan: "gizi", indikator: "ibu:4" });
    expect(schema.parse(values)).toEqual(saved);
  });

  it("names, beside each differing field, the value another user saved", () => {
    const theirs = { ...saved, pagu: 15_000_000, uraian: "PMT lokal" };
    const e = conflictErrors(theirs, saved);
    expect(e.pagu?.[0]).toMatch(/^Tersimpan oleh pengguna lain: Rp\s15\.000\.000$/);
    expect(e.uraian).toEqual(["Tersimpan oleh pengguna lain: PMT lokal"]);
    expect(Object.keys(e).sort()).toEqual(["pagu", "uraian"]);
  });
});
