import { inflateRaw } from "node:zlib";
import type { ImportLimits } from "./import-columns";
import type { ImportRefusal } from "./import-file";

/* An .xlsx is a ZIP of XML parts. exceljs unpacks every part into memory and then builds an object for every
 * cell, every cell a merged range covers, every cell of a data validation's range and every cell of a defined
 * name's range; a 2 kB file can ask for a billion of them. So the parts are read here first, with the limits,
 * and the file reaches exceljs only when what it would build is known to be small. */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

type Entry = { name: string; method: number; packed: number; size: number; offset: number };

/** Same names exceljs reads as worksheets (it does not anchor the pattern either). */
const WORKSHEET = /xl\/worksheets\/sheet\d+[.]xml/;

const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function centralDirectory(b: Buffer, limits: ImportLimits): Entry[] | ImportRefusal {
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--)
    if (b.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  if (end < 0) return { kind: "xlsxUnreadable" };
  const count = b.readUInt16LE(end + 10);
  const cdSize = b.readUInt32LE(end + 12);
  let at = b.readUInt32LE(end + 16);
  // ZIP64 markers: a file under 1 MB never needs them.
  if (count === 0xffff || at === 0xffffffff || at + cdSize > end) return { kind: "xlsxUnreadable" };
  if (count > limits.zipEntries) return { kind: "unpacked" };
  const entries: Entry[] = [];
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || b.readUInt32LE(at) !== CENTRAL) return { kind: "xlsxUnreadable" };
    const flags = b.readUInt16LE(at + 8);
    const method = b.readUInt16LE(at + 10);
    const packed = b.readUInt32LE(at + 20);
    const size = b.readUInt32LE(at + 24);
    const nameLength = b.readUInt16LE(at + 28);
    const skip = nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
    const offset = b.readUInt32LE(at + 42);
    const name = b.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (flags & 1 || (method !== 0 && method !== 8) || packed === 0xffffffff) return { kind: "xlsxUnreadable" };
    total += size;
    if (size === 0xffffffff || total > limits.unpackedBytes) return { kind: "unpacked" };
    entries.push({ name: name.replace(/^\//, ""), method, packed, size, offset });
  }
  return entries;
}

/** The part unpacked, never past the size it declares (a part that lies about its size is a zip bomb). */
function unpack(b: Buffer, e: Entry): Promise<Buffer | ImportRefusal> {
  if (e.offset + 30 > b.length || b.readUInt32LE(e.offset) !== LOCAL)
    return Promise.resolve({ kind: "xlsxUnreadable" });
  const start = e.offset + 30 + b.readUInt16LE(e.offset + 26) + b.readUInt16LE(e.offset + 28);
  if (start + e.packed > b.length) return Promise.resolve({ kind: "xlsxUnreadable" });
  const data = b.subarray(start, start + e.packed);
  if (e.method === 0) return Promise.resolve(data.length === e.size ? data : { kind: "xlsxUnreadable" });
  // zlib runs on libuv's thread pool: unpacking does not hold the event loop.
  return new Promise((resolve) =>
    inflateRaw(data, { maxOutputLength: Math.max(1, e.size) }, (err, out) => {
      if (err)
        resolve({ kind: (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "unpacked" : "xlsxUnreadable" });
      else resolve(out.length === e.size ? out : { kind: "xlsxUnreadable" });
    }),
  );
}

/** Column number of letters (A → 1, XFD → 16384). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

type Cell = { row: number; col: number; ref: string };

function parseCell(ref: string): Cell | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  return m ? { col: columnNumber(m[1]), row: Number(m[2]), ref: `${m[1].toUpperCase()}${m[2]}` } : null;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The XML parser exceljs uses decodes references (`&#88;FD1` is XFD1), so the scan reads what it will read. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] !== "#") return ENTITIES[e] ?? all;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

const ATTR_CACHE = new Map<string, RegExp>();

/** One attribute's value, decoded; undefined when absent. */
function attr(text: string, name: string): string | undefined {
  let re = ATTR_CACHE.get(name);
  if (!re) ATTR_CACHE.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(text);
  return m ? decode(m[1] ?? m[2] ?? "") : undefined;
}

/** Running count of the cells exceljs would build, over the whole workbook. */
type Tally = { cells: number; limits: ImportLimits };

function outside(cell: Cell, limits: ImportLimits): ImportRefusal | null {
  if (cell.col > limits.columns) return { kind: "columns", cell: cell.ref };
  if (cell.row > limits.sheetRows) return { kind: "sheetRows", row: cell.row };
  return null;
}

function add(t: Tally, n: number): ImportRefusal | null {
  t.cells += n;
  return t.cells > t.limits.cells ? { kind: "cells" } : null;
}

/** A range's far corner within the limits, and every cell it covers counted. A range exceljs cannot read as
 * cells ("A:C") builds nothing and is passed over. */
function placeRange(t: Tally, ref: string, count = true): ImportRefusal | null {
  const [a, b = a] = ref.split(":");
  const from = parseCell(a);
  const to = parseCell(b);
  if (!from || !to) return null;
  const far = { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col), ref: to.ref };
  return (
    outside(far, t.limits) ??
    (count ? add(t, (Math.abs(to.row - from.row) + 1) * (Math.abs(to.col - from.col) + 1)) : null)
  );
}

/** Opening tags that place cells. An attribute value may hold ">", so values are matched whole. */
const TAG =
  /<(?:[A-Za-z_][\w.-]*:)?(dimension|row|c|mergeCell|dataValidation)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
/** Characters scanned between two turns of the event loop. */
const SLICE = 64 * 1024;

/** Every cell, row, merged range and data validation of a sheet placed within the limits; the declared
 * dimension too. exceljs refuses a row or cell without its reference, so the scan does as well. */
async function scanSheet(xml: string, t: Tally, overdue: () => boolean): Promise<ImportRefusal | null> {
  // A regex of its own: the scan yields, and another upload's scan may run in between.
  const tags = new RegExp(TAG.source, "g");
  let mark = SLICE;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    if (tags.lastIndex > mark) {
      mark = tags.lastIndex + SLICE;
      await yieldTurn();
      if (overdue()) return { kind: "slow" };
    }
    const [, tag, text] = m;
    let refusal: ImportRefusal | null = null;
    if (tag === "dimension") refusal = placeRange(t, attr(text, "ref") ?? "", false);
    else if (tag === "row") {
      const r = Number(attr(text, "r"));
      if (!Number.isSafeInteger(r) || r < 1) return { kind: "xlsxUnreadable" };
      if (r > t.limits.sheetRows) refusal = { kind: "sheetRows", row: r };
    } else if (tag === "c") {
      const cell = parseCell(attr(text, "r") ?? "");
      if (!cell) return { kind: "xlsxUnreadable" };
      refusal = outside(cell, t.limits) ?? add(t, 1);
    } else {
      const refs = (attr(text, tag === "mergeCell" ? "ref" : "sqref") ?? "").split(/\s+/).filter(Boolean);
      for (const ref of refs) if ((refusal = placeRange(t, ref))) break;
    }
    if (refusal) return refusal;
  }
  return null;
}

/** Shared strings: the count the file declares, then the entries it holds. */
function scanSharedStrings(xml: string, limits: ImportLimits): ImportRefusal | null {
  const sst = /<(?:[\w.-]+:)?sst\b((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(xml)?.[1] ?? "";
  const declared = Math.max(Number(attr(sst, "count") ?? 0) || 0, Number(attr(sst, "uniqueCount") ?? 0) || 0);
  if (declared > limits.sharedStrings) return { kind: "cells" };
  const si = /<(?:[\w.-]+:)?si[\s/>]/g;
  let n = 0;
  while (si.exec(xml)) if (++n > limits.sharedStrings) return { kind: "cells" };
  return null;
}

/** Ranges of defined names (print areas, named ranges): exceljs builds a cell for each cell they cover. */
function scanWorkbook(xml: string, t: Tally): ImportRefusal | null {
  const names = /<(?:[\w.-]+:)?definedName\b[^>]*>([^<]*)</g;
  for (let m = names.exec(xml); m; m = names.exec(xml)) {
    // A reference stands alone: "eet1" inside "Sheet1!" or "LOG10(" is not one.
    const refs =
      decode(m[1]).match(/(?<![\w.$])\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?(?![\w(])/g) ?? [];
    for (const ref of refs) {
      const refusal = placeRange(t, ref);
      if (refusal) return refusal;
    }
  }
  return null;
}

/** Reads the ZIP's directory, unpacks each part within the size it declares and the total budget, and places
 * every cell, row, merged range, data validation, defined name and shared string within the limits. Null when
 * exceljs may open the file. */
export async function inspectXlsx(
  bytes: Uint8Array,
  limits: ImportLimits,
  overdue: () => boolean,
): Promise<ImportRefusal | null> {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 22) return { kind: "xlsxUnreadable" };
  const entries = centralDirectory(b, limits);
  if (!Array.isArray(entries)) return entries;
  const tally: Tally = { cells: 0, limits };
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const out = await unpack(b, e);
    if (!Buffer.isBuffer(out)) return out;
    if (overdue()) return { kind: "slow" };
    let refusal: ImportRefusal | null = null;
    if (WORKSHEET.test(e.name)) refusal = await scanSheet(out.toString("utf8"), tally, overdue);
    else if (e.name === "xl/sharedStrings.xml") refusal = scanSharedStrings(out.toString("utf8"), limits);
    else if (e.name === "xl/workbook.xml") refusal = scanWorkbook(out.toString("utf8"), tally);
    if (refusal) return refusal;
  }
  return null;
}
