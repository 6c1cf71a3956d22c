import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Workbook } from "exceljs";
import { csvField, csvResponse, neutraliseFormula, workbookBytes } from "./excel";

describe("formula-like text in exports (issue 17, finding 13)", () => {
  it("prefixes text starting with =, +, -, @, a tab or a CR (full-width forms too) with an apostrophe", () => {
    for (const v of ['=HYPERLINK("http://x","y")', "@SUM(A1)", "+62 812", "-1+2", "\t=1", "\r=1", "＝1+1", "＠SUM(A1)"])
      expect(neutraliseFormula(v), JSON.stringify(v)).toBe(`'${v}`);
  });

  it("leaves other text alone, a formula character later in the text included", () => {
    for (const v of ["Siti Aminah", "", " =1+1", "a=b", "Rp 12.500.000", "2.2.02", "–", "'already text"])
      expect(neutraliseFormula(v)).toBe(v);
  });

  it("a workbook keeps numbers, dates and booleans as they are and neutralises every text cell", async () => {
    const wb = new Workbook();
    const sheet = wb.addWorksheet("A");
    sheet.addRow([-5, 1.5, new Date("2026-01-02T00:00:00Z"), true, "=1+1", "Siti"]);
    wb.addWorksheet("B").addRow([
      null,
      { richText: [{ text: "@x" }, { text: "y" }] },
      { text: "-z", hyperlink: "#A1" },
    ]);
    const back = new Workbook();
    await back.xlsx.load((await workbookBytes(wb)).buffer);
    const a = back.getWorksheet("A")!.getRow(1);
    expect([1, 2, 4, 5, 6].map((c) => a.getCell(c).value)).toEqual([-5, 1.5, true, "'=1+1", "Siti"]);
    expect(a.getCell(3).value).toEqual(new Date("2026-01-02T00:00:00Z"));
    const b = back.getWorksheet("B")!.getRow(1);
    expect(b.getCell(2).value).toEqual({ richText: [{ text: "'@x" }, { text: "y" }] });
    expect(b.getCell(3).value).toMatchObject({ text: "'-z", hyperlink: "#A1" });
  });

  it("a CSV field: neutralised and quoted, numbers bare", async () => {
    expect(csvField(-1500)).toBe("-1500");
    expect(csvField("-1500")).toBe(`"'-1500"`);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField("a,b")).toBe(`"a,b"`);
    expect(csvField("plain")).toBe("plain");
    expect(csvField(null)).toBe("");
    const res = csvResponse(
      [
        ["nama", "catatan"],
        ["Siti", "@SUM(A1)"],
      ],
      "x.csv",
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(`nama,catatan\nSiti,"'@SUM(A1)"\n`);
  });

  it("every workbook and CSV leaves through lib/excel.ts (nothing else serialises one)", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && full !== path.join("lib", "excel.ts")) {
          const src = fs.readFileSync(full, "utf8");
          // A file input's `accept="text/csv"` is an upload, not a download.
          if (/\.writeBuffer\(|\.csv\.write|new Response\([^)]*csv|["']Content-Type["']: ?["']text\/csv/.test(src))
            offenders.push(full);
        }
      }
    };
    for (const root of ["app", "lib", "db"]) walk(root);
    expect(offenders).toEqual([]);
  });
});
