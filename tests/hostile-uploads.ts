/** Hostile upload files for the APBDes import, built byte by byte so each one is exactly the shape an adversary
 * would send (issue 17, finding 3). Shared by the unit, DB and e2e tests and by scripts/measure-uploads.ts. */
import { deflateRawSync } from "node:zlib";
import { Workbook } from "exceljs";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export type ZipEntry = {
  name: string;
  data: string | Uint8Array;
  /** Lie about the unpacked size in both headers (a zip bomb that hides its size). */
  declaredSize?: number;
  /** Stored rather than deflated. */
  store?: boolean;
};

/** A ZIP with deflated entries (what Excel writes), no data descriptors, no zip64. */
export function zip(entries: ReadonlyArray<ZipEntry>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : Buffer.from(e.data);
    const packed = e.store ? raw : deflateRawSync(raw, { level: 9 });
    const name = Buffer.from(e.name, "utf8");
    const size = e.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(e.store ? 0 : 8, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(e.store ? 0 : 8, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

export const TEMPLATE_HEADERS = [
  "kode_kegiatan",
  "uraian",
  "kode_rekening",
  "sumber_dana",
  "volume",
  "satuan",
  "pagu",
  "realisasi",
] as const;

const GOOD_ROW = ["2.2.02", "PMT balita", "5.2.1.06", "DDS", "12", "bulan", "12500000", "0"] as const;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Column letters of a 1-based column number (1 → A, 16384 → XFD). */
export function columnLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export type SheetCell = { ref: string; text?: string; number?: number };

/** A sheet row as XML: inline strings for text, plain values for numbers. */
function cellXml(c: SheetCell): string {
  if (c.number !== undefined) return `<c r="${c.ref}"><v>${c.number}</v></c>`;
  return `<c r="${c.ref}" t="inlineStr"><is><t>${esc(c.text ?? "")}</t></is></c>`;
}

export function rowXml(n: number, cells: ReadonlyArray<SheetCell>): string {
  return `<row r="${n}">${cells.map(cellXml).join("")}</row>`;
}

/** Cells of one row from values, starting at column A. */
export function rowCells(n: number, values: ReadonlyArray<string | number>): SheetCell[] {
  return values.map((v, i) => ({
    ref: `${columnLetters(i + 1)}${n}`,
    ...(typeof v === "number" ? { number: v } : { text: v }),
  }));
}

export type XlsxParts = {
  /** `<dimension ref>` of sheet1; omitted when undefined. */
  dimension?: string;
  /** The `<sheetData>` body of sheet1. */
  sheetData: string;
  /** Elements after `<sheetData>` (merged cells, data validations). */
  afterSheetData?: string;
  /** `<definedNames>` of the workbook. */
  definedNames?: string;
  sharedStrings?: string;
  /** Override or add entries (a lying size, an extra sheet). */
  extra?: ZipEntry[];
  /** Declared unpacked size of sheet1 (a lie, for the zip-bomb case). */
  sheetDeclaredSize?: number;
  /** Every part stored, not deflated. */
  store?: boolean;
};

/** A minimal workbook Excel and exceljs both open: one sheet, optional shared strings. */
export function xlsx(p: XlsxParts): Uint8Array {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const entries: ZipEntry[] = [
    {
      name: "[Content_Types].xml",
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        (p.sharedStrings
          ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          : "") +
        "</Types>",
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="Baris" sheetId="1" r:id="rId1"/></sheets>${p.definedNames ? `<definedNames>${p.definedNames}</definedNames>` : ""}</workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
        (p.sharedStrings ? `<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
        "</Relationships>",
    },
    {
      name: "xl/worksheets/sheet1.xml",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${ns}>${p.dimension ? `<dimension ref="${p.dimension}"/>` : ""}<sheetData>${p.sheetData}</sheetData>${p.afterSheetData ?? ""}</worksheet>`,
      declaredSize: p.sheetDeclaredSize,
    },
  ];
  if (p.sharedStrings) entries.push({ name: "xl/sharedStrings.xml", data: p.sharedStrings });
  for (const e of p.extra ?? []) {
    const i = entries.findIndex((x) => x.name === e.name);
    if (i >= 0) entries[i] = e;
    else entries.push(e);
  }
  return zip(p.store ? entries.map((e) => ({ ...e, store: true })) : entries);
}

/** One cell at XFD1048576, nothing else (issue: 8 s and +290 MB). */
export function xlsxFarCell(): Uint8Array {
  return xlsx({ dimension: "XFD1048576", sheetData: rowXml(1048576, [{ ref: "XFD1048576", number: 1 }]) });
}

/** A template-shaped sheet whose rows each end in a cell in column XFD: every row is 16,384 columns wide
 * (issue: a 2.8 kB file, 8.4 s and +400 MB). */
export function xlsxWide(rows = 35): Uint8Array {
  const body = [rowXml(1, [...rowCells(1, TEMPLATE_HEADERS), { ref: "XFD1", text: "x" }])];
  for (let r = 2; r <= rows + 1; r++) body.push(rowXml(r, [...rowCells(r, GOOD_ROW), { ref: `XFD${r}`, number: r }]));
  return xlsx({ dimension: `A1:XFD${rows + 1}`, sheetData: body.join("") });
}

/** A sheet that unpacks to `mb` megabytes of cells (honest sizes in the ZIP headers). */
export function xlsxBomb(mb = 200, { lie = false } = {}): Uint8Array {
  const row = rowXml(2, rowCells(2, GOOD_ROW));
  const header = rowXml(1, rowCells(1, TEMPLATE_HEADERS));
  // Whitespace between rows is legal XML and deflates about 1000:1.
  const filler = " ".repeat(mb * 1024 * 1024);
  return xlsx({ dimension: "A1:H2", sheetData: header + filler + row, sheetDeclaredSize: lie ? 4096 : undefined });
}

/** Shared strings declaring (and holding) `count` entries for a one-cell sheet; `declared` may lie. */
export function xlsxSharedStringsFlood(count = 1_000_000, declared = count): Uint8Array {
  const si = "<si><t>a</t></si>".repeat(count);
  return xlsx({
    dimension: "A1",
    sheetData: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`,
    sharedStrings: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${declared}" uniqueCount="${declared}">${si}</sst>`,
  });
}

/** The template header and one good row, as sheet rows. */
export function templateSheetData(rows = 1): string {
  const out = [rowXml(1, rowCells(1, TEMPLATE_HEADERS))];
  for (let r = 2; r <= rows + 1; r++) out.push(rowXml(r, rowCells(r, GOOD_ROW)));
  return out.join("");
}

/** A small, valid sheet with one merged range over the whole grid: exceljs would build 17 billion cells. */
export function xlsxMergeBomb(): Uint8Array {
  return xlsx({
    dimension: "A1:H2",
    sheetData: templateSheetData(),
    afterSheetData: '<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>',
  });
}

/** A data validation over a whole column (Excel writes D2:D1048576 for "the whole column"). */
export function xlsxValidationColumn(): Uint8Array {
  return xlsx({
    dimension: "A1:H2",
    sheetData: templateSheetData(),
    afterSheetData:
      '<dataValidations count="1"><dataValidation type="list" sqref="D2:D1048576"><formula1>"DDS,ADD"</formula1></dataValidation></dataValidations>',
  });
}

/** A defined name over the whole grid. */
export function xlsxDefinedNameBomb(): Uint8Array {
  return xlsx({
    dimension: "A1:H2",
    sheetData: templateSheetData(),
    definedNames: '<definedName name="semua">Baris!$A$1:$XFD$1048576</definedName>',
  });
}

/** A far cell written with a character reference (&#88; is X), which the XML parser decodes. */
export function xlsxEncodedFarCell(): Uint8Array {
  return xlsx({ sheetData: templateSheetData() + `<row r="3"><c r="&#88;FD3"><v>1</v></c></row>` });
}

/** A CSV whose header has `names` columns (the template's first, then c9, c10, …) and `rows` template rows
 * (issue: 100,000 names, 690 kB, 33 s during which /login took 26 s). */
export function csvManyHeaders(names = 100_000, rows = 100): Uint8Array {
  const header = [...TEMPLATE_HEADERS];
  for (let i = header.length + 1; i <= names; i++) header.push(`c${i}` as never);
  const lines = [header.join(",")];
  for (let r = 0; r < rows; r++) lines.push(GOOD_ROW.join(","));
  return new TextEncoder().encode(lines.join("\n") + "\n");
}

/** A valid CSV of `rows` template rows padded to about `kb` kilobytes, for the size of the dry-run answer
 * (issue: a 60 kB CSV gave a 2.26 MB response). */
export function csvOfSize(kb = 60, rows = 480): Uint8Array {
  const header = TEMPLATE_HEADERS.join(",");
  const lines = [header];
  const per = Math.floor((kb * 1000 - header.length) / rows);
  for (let i = 0; i < rows; i++) {
    const head = `2.2.02,PMT balita dan ibu hamil KEK dusun ${i + 1} `;
    const tail = ",5.2.1.06,DDS,12,bulan,12500000,";
    lines.push(head + "x".repeat(Math.max(0, per - 1 - head.length - tail.length)) + tail);
  }
  return new TextEncoder().encode(lines.join("\n") + "\n");
}

/** A CSV over the upload size limit. */
export function csvOversized(bytes = 1_200_000): Uint8Array {
  const line = GOOD_ROW.join(",") + "\n";
  return new TextEncoder().encode(TEMPLATE_HEADERS.join(",") + "\n" + line.repeat(Math.ceil(bytes / line.length)));
}

const IMPORT_HEADERS = [...TEMPLATE_HEADERS, "tag_stunting", "paket_layanan", "indikator", "insentif_kpm"] as const;

/** A valid row of all 12 import columns with a long uraian. */
function fullRow(i: number): Array<string | number> {
  return [
    "2.2.02",
    `PMT balita ${i} ${"x".repeat(200)}`,
    "5.2.1.06",
    "DDS",
    12,
    "bulan",
    12_500_000,
    0,
    "SP",
    "gizi",
    "ibu:1",
    "ya",
  ];
}

/** The largest table an import takes, as Excel would save it: 500 rows of the 12 columns (not hostile). */
export async function xlsxAtLimits(rows = 500): Promise<Uint8Array> {
  const wb = new Workbook();
  const sheet = wb.addWorksheet("Baris");
  sheet.addRow([...IMPORT_HEADERS]);
  for (let i = 0; i < rows; i++) sheet.addRow(fullRow(i));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** 500 rows of the 12 columns and a column of the person's own, padded to just under 1 MB (not hostile). */
export function csvAtLimits(): Uint8Array {
  const pad = "y".repeat(1_600);
  const lines = [[...IMPORT_HEADERS, "catatan"].join(";")];
  for (let i = 0; i < 500; i++) lines.push([...fullRow(i), pad].join(";"));
  return new TextEncoder().encode(lines.join("\n"));
}
