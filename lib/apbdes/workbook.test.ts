import { describe, expect, it } from "vitest";
import { Workbook } from "exceljs";
import { buildTemplateWorkbook, templateRows } from "./workbook";
import { readImportFile } from "./import-file";
import { IMPORT_COLUMNS } from "./import-columns";
import { workbookBytes } from "@/lib/excel";

const fileOf = (name: string, bytes: Uint8Array) => ({ name, size: bytes.length, bytes: async () => bytes });

describe("the APBDes import template (issue 19: reports get title rows, the template does not)", () => {
  it("keeps its header on row 1, frozen and filtered, and the importer reads it back: the two example rows", async () => {
    const bytes = await workbookBytes(buildTemplateWorkbook());
    const wb = new Workbook();
    await wb.xlsx.load(bytes.buffer);
    const sheet = wb.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(IMPORT_COLUMNS.map((c) => c.header));
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const read = await readImportFile(fileOf("templat-apbdes.xlsx", bytes));
    expect(read).toMatchObject({ ok: true, rowNumbers: [2, 3] });
    if (!read.ok) return;
    const [, ...examples] = templateRows();
    expect(read.records.map((r) => IMPORT_COLUMNS.map((c) => r[c.header] ?? ""))).toEqual(examples);
  });
});
