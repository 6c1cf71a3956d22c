import { describe, expect, it } from "vitest";
import { Workbook } from "exceljs";
import {
  MAX_WIDTH,
  PERCENT_NUMFMT,
  addLegendSheet,
  addReportSheet,
  desaCells,
  fitWidth,
  fraction,
  kecamatanKodeOf,
} from "./excel-report";
import { indicatorLegend, nilaiLegend, stuntingTagLegend } from "./excel-legend";
import { INDICATORS } from "./scorecard/indicators";
import { RUPIAH_NUMFMT, formatPercent } from "./format";

async function roundTrip(wb: Workbook): Promise<Workbook> {
  const back = new Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

function sample() {
  const wb = new Workbook();
  addReportSheet(wb, {
    name: "Data",
    title: "Rekap — Desa Air Putih (19.05.01.2004)",
    period: "Triwulan 3 2026",
    notes: ["Hanya yang disetujui."],
    printed: "2026-12-03",
    columns: [
      { header: "Kode desa" },
      { header: "Desa/kelurahan" },
      { header: "Pagu", format: "rupiah" },
      { header: "Capaian", format: "percent" },
      { header: "Uraian" },
    ],
    rows: [
      ["19.05.01.2004", "Air Putih", 12_500_000, 0.834, "x".repeat(120)],
      ["19.05.01.2005", "Air Belo", 1_000, null, "pendek"],
    ],
    totals: ["", "Jumlah", 12_501_000, 0.5, ""],
  });
  return wb;
}

describe("report sheet (lib/excel-report.ts)", () => {
  it("writes the title block: title with region and code, period, notes, print date in id-ID", async () => {
    const s = (await roundTrip(sample())).getWorksheet("Data")!;
    expect(s.getRow(1).getCell(1).value).toBe("Rekap — Desa Air Putih (19.05.01.2004)");
    expect(s.getRow(1).font?.bold).toBe(true);
    expect(s.getRow(2).getCell(1).value).toBe("Periode: Triwulan 3 2026");
    expect(s.getRow(3).getCell(1).value).toBe("Hanya yang disetujui.");
    expect(s.getRow(4).getCell(1).value).toBe("Dicetak 3 Des 2026");
    expect(s.getRow(6).getCell(1).value).toBe("Kode desa");
  });

  it("freezes the header row and puts the auto-filter over the table only (not the totals)", async () => {
    const s = (await roundTrip(sample())).getWorksheet("Data")!;
    expect(s.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
    const f = s.autoFilter as unknown;
    expect(typeof f === "string" ? f : JSON.stringify(f)).toMatch(/A6:E8|"row":6/);
    expect(s.getRow(9).getCell(2).value).toBe("Jumlah");
    expect(s.getRow(9).font?.bold).toBe(true);
  });

  it("gives rupiah and percentage cells their number formats, values staying numbers (fractions)", async () => {
    const s = (await roundTrip(sample())).getWorksheet("Data")!;
    expect(s.getRow(7).getCell(3).numFmt).toBe(RUPIAH_NUMFMT);
    expect(s.getRow(7).getCell(3).value).toBe(12_500_000);
    expect(s.getRow(7).getCell(4).numFmt).toBe(PERCENT_NUMFMT);
    expect(s.getRow(7).getCell(4).value).toBe(0.834);
    expect(s.getRow(9).getCell(3).numFmt).toBe(RUPIAH_NUMFMT);
    // The title lines above a formatted column keep no number format.
    expect(s.getRow(1).getCell(3).numFmt ?? "").toBe("");
  });

  it("fits widths to the content, caps them and wraps what is longer", async () => {
    const s = (await roundTrip(sample())).getWorksheet("Data")!;
    expect(s.getColumn(1).width).toBe("19.05.01.2004".length + 2);
    expect(s.getColumn(3).width).toBeGreaterThanOrEqual("Rp 12.501.000".length);
    expect(s.getColumn(5).width).toBe(MAX_WIDTH);
    expect(s.getRow(7).getCell(5).alignment?.wrapText).toBe(true);
    expect(fitWidth("No", [1, 2, 3])).toBe(6);
    expect(fitWidth("Pagu", [1_000_000_000], "rupiah")).toBe("Rp 1.000.000.000".length + 2);
  });

  it("an empty table still has its header frozen and filtered", async () => {
    const wb = new Workbook();
    const { headerRow } = addReportSheet(wb, {
      name: "Kosong",
      title: "T",
      printed: "2026-01-01",
      columns: [{ header: "A" }, { header: "B" }],
      rows: [],
    });
    const s = (await roundTrip(wb)).getWorksheet("Kosong")!;
    expect(headerRow).toBe(4);
    expect(s.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(s.autoFilter).toBeTruthy();
  });

  it("region cells: kecamatan code from the desa code, names beside codes", () => {
    expect(kecamatanKodeOf("19.05.01.2004")).toBe("19.05.01");
    expect(desaCells("19.05.01.2004", "Air Putih", "Mentok")).toEqual([
      "19.05.01.2004",
      "Air Putih",
      "19.05.01",
      "Mentok",
    ]);
  });

  it("a percentage cell shows what the page shows (0.0% of the fraction = formatPercent)", () => {
    // Excel rounds the fraction × 100 half away from zero at one decimal, on its 15 significant digits.
    const excel = (v: number) => {
      const x = Number((v * 100).toPrecision(15));
      return (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;
    };
    const page = (a: number, b: number) => Number(formatPercent(a, b).replace(" %", "").replace(",", "."));
    const off: string[] = [];
    for (let b = 1; b <= 400; b++)
      for (let a = 0; a <= b; a++) if (excel(fraction(a, b)!) !== page(a, b)) off.push(`${a}/${b}`);
    expect(off).toEqual([]);
    expect(fraction(1, 0)).toBeNull();
  });
});

describe("legend sheet (Keterangan)", () => {
  it("spells out every indicator number from the product's own definitions, and Y/T/TS", async () => {
    const wb = new Workbook();
    addLegendSheet(wb, [
      indicatorLegend("ibu", "column"),
      indicatorLegend("anak", "key"),
      nilaiLegend(),
      stuntingTagLegend(),
    ]);
    const s = (await roundTrip(wb)).getWorksheet("Keterangan")!;
    const pairs = new Map<string, string>();
    s.eachRow((r) => {
      const [code, meaning] = [r.getCell(1).value, r.getCell(2).value];
      if (typeof code === "string" && typeof meaning === "string") pairs.set(code, meaning);
    });
    const ibu = INDICATORS.filter((i) => i.kelompok === "ibu");
    expect(ibu).toHaveLength(8);
    for (const i of ibu) expect(pairs.get(`Ind. ${i.nomor}`)).toBe(i.label);
    for (const i of INDICATORS.filter((i) => i.kelompok === "anak")) expect(pairs.get(i.key)).toBe(i.label);
    expect(pairs.get("TS")).toMatch(/tidak sesuai tahap/);
    expect(pairs.get("SP")).toMatch(/Spesifik/);
    expect(s.views[0]).toMatchObject({ state: "frozen" });
  });
});
