/** Time, memory (peak RSS growth) and the longest event-loop block of reading each hostile upload of issue 17
 * (finding 3), each in a fresh process:  npx tsx bench/uploads.ts  (or  npx tsx bench/uploads.ts <name>). */
import { execFileSync } from "node:child_process";
import * as H from "../tests/hostile-uploads";
import { readImportFile } from "../lib/apbdes/import-file";
import { checkImportRows, summarizeCheck } from "../lib/apbdes/import-check";

const FILES: Record<string, () => [string, Uint8Array] | Promise<[string, Uint8Array]>> = {
  "XFD1048576 cell .xlsx": () => ["jauh.xlsx", H.xlsxFarCell()],
  "wide .xlsx": () => ["lebar.xlsx", H.xlsxWide()],
  "100,000-header CSV": () => ["kolom.csv", H.csvManyHeaders()],
  "zip bomb .xlsx (30 MB sheet)": () => ["bom.xlsx", H.xlsxBomb(30)],
  "merged-range bomb .xlsx": () => ["gabung.xlsx", H.xlsxMergeBomb()],
  "60 kB CSV, dry run": () => ["baris.csv", H.csvOfSize(60)],
  "CSV at the limits, dry run": () => ["batas.csv", H.csvAtLimits()],
  ".xlsx at the limits, dry run": async () => ["batas.xlsx", await H.xlsxAtLimits()],
};

// Reference data as the demo seed has it for the rows of csvOfSize, so the dry run finds them valid.
const REF = {
  kegiatan: new Map([["2.2.02", { nama: "PMT", subBidang: "Kesehatan", stuntingTag: "SP", paketLayanan: "gizi" }]]),
  rekeningJenis: new Set(["5.2.1"]),
  sumberDana: new Set(["DDS"]),
} as Parameters<typeof checkImportRows>[2];

async function measure(label: string) {
  // Warm up as a running server is: the parsers compiled, the exceljs worker started.
  for (const [name, bytes] of [
    ["baris.csv", H.csvOfSize(2, 5)],
    ["baris.xlsx", H.xlsx({ sheetData: H.templateSheetData(5) })],
  ] as const) {
    const table = await readImportFile({ name, size: bytes.length, bytes: async () => bytes });
    if (table.ok) checkImportRows(table.records, table.headers, REF, table.rowNumbers);
  }
  const [name, bytes] = await FILES[label]();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  let last = performance.now();
  let held = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    held = Math.max(held, now - last);
    last = now;
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 2);
  const start = performance.now();
  const table = await readImportFile({ name, size: bytes.length, bytes: async () => bytes });
  let answer = 0;
  if (table.ok) {
    const check = checkImportRows(table.records, table.headers, REF, table.rowNumbers);
    answer = JSON.stringify({ preview: summarizeCheck(check, name, table) }).length;
  }
  const ms = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(tick);
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  console.log(
    [
      label.padEnd(30),
      kb(bytes.length).padStart(10),
      `${Math.round(ms)} ms`.padStart(9),
      `+${Math.round((peak - rss0) / 1e6)} MB`.padStart(8),
      `loop ${Math.round(held)} ms`.padStart(13),
      table.ok ? `ok, ${table.records.length} rows, answer ${kb(answer)}` : table.message.slice(0, 70),
    ].join("  "),
  );
}

const only = process.argv[2];
if (only) void measure(only);
else
  for (const label of Object.keys(FILES))
    execFileSync(process.execPath, [...process.execArgv, process.argv[1], label], { stdio: "inherit" });
