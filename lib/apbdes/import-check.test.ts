import { describe, expect, it } from "vitest";
import { encodePayload, parsePayload, summarizeCheck, type ImportCheck, type PreviewRow } from "./import-check";
import { IMPORT_COLUMNS } from "./import-columns";

const headers = IMPORT_COLUMNS.map((c) => c.header);
const record = (i: number) => ({ kode_kegiatan: "2.2.02", uraian: `PMT ${i}`, Pagu: "12.500.000", catatan: "x" });
const table = (n: number) => ({
  headers: ["kode_kegiatan", "uraian", "Pagu", "catatan"],
  records: Array.from({ length: n }, (_, i) => record(i)),
  rowNumbers: Array.from({ length: n }, (_, i) => i + 2),
});
const row = (baris: number, bad: boolean): PreviewRow => ({
  baris,
  kodeKegiatan: "2.2.02",
  uraian: "PMT",
  pagu: "1",
  errors: bad ? ["pagu: salah"] : [],
});

describe("dry-run summary", () => {
  it("lists the first 5 rows and the first 20 rows with errors, and counts the rest", () => {
    const rows = Array.from({ length: 300 }, (_, i) => row(i + 2, i % 3 === 0));
    const check: ImportCheck = { rows, lines: [], valid: false, missing: [] };
    const s = summarizeCheck(check, "baris.csv", table(300));
    expect(s).toMatchObject({ total: 300, bad: 100, moreBad: 80, valid: false, payload: "" });
    // Rows 2–6, then the bad rows 8, 11, … 59 (2 and 5, also bad, are among the first five).
    expect(s.rows.map((r) => r.baris)).toEqual([2, 3, 4, 5, 6, ...Array.from({ length: 18 }, (_, k) => 8 + 3 * k)]);
  });

  it("carries, when valid, only the import columns; parsing gives the same values back", () => {
    const t = table(3);
    const check: ImportCheck = {
      rows: [row(2, false), row(3, false), row(4, false)],
      lines: [],
      valid: true,
      missing: [],
    };
    const s = summarizeCheck(check, "baris.csv", t);
    expect(s.payload).not.toContain("catatan");
    const back = parsePayload(s.payload)!;
    expect(back.headers).toEqual(headers);
    expect(back.rowNumbers).toEqual([2, 3, 4]);
    expect(back.records[1]).toMatchObject({ kode_kegiatan: "2.2.02", uraian: "PMT 1", pagu: "12.500.000", volume: "" });
    expect(encodePayload(back)).toBe(s.payload);
  });

  it("reads the whole-table payload of pages loaded earlier, bounded like an upload", () => {
    expect(parsePayload(JSON.stringify(table(2)))).toEqual(table(2));
    expect(parsePayload(JSON.stringify(table(501)))).toBeNull();
    const wide = table(1);
    wide.headers = Array.from({ length: 51 }, (_, i) => `c${i}`);
    expect(parsePayload(JSON.stringify(wide))).toBeNull();
    expect(parsePayload(JSON.stringify({ ...table(1), records: [{ uraian: "x".repeat(10_001) }] }))).toBeNull();
    for (const bad of ["", "null", "5", "[]", '{"v":2,"rows":[[2,"a"]]}', '{"v":3,"rows":[]}', "{"])
      expect(parsePayload(bad), bad).toBeNull();
  });
});
