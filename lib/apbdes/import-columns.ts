import type { LineField } from "./line-schema";

/** Columns of the import file, documented on the import page and used for the template. Headers are matched
 * case-insensitively, with spaces or dashes read as underscores. */
export const IMPORT_COLUMNS: ReadonlyArray<{
  header: string;
  field: LineField;
  wajib: boolean;
  keterangan: string;
  contoh: [string, string];
}> = [
  {
    header: "kode_kegiatan",
    field: "kodeKegiatan",
    wajib: true,
    keterangan: "Kode kegiatan Permendagri 20/2018, misalnya 2.2.02; gaya Siskeudes 02.02.02. juga diterima.",
    contoh: ["2.2.02", "02.04.12."],
  },
  {
    header: "uraian",
    field: "uraian",
    wajib: true,
    keterangan: "Uraian singkat belanja.",
    contoh: ["PMT balita dan ibu hamil KEK", "Pipanisasi air bersih Dusun II"],
  },
  {
    header: "kode_rekening",
    field: "kodeRekening",
    wajib: true,
    keterangan: "Rekening belanja 5.x.y atau 5.x.y.zz, misalnya 5.2.1.06.",
    contoh: ["5.2.1.06", "5.3.7"],
  },
  {
    header: "sumber_dana",
    field: "sumberDana",
    wajib: true,
    keterangan: "DDS, ADD, PAD, PBH, PBP, PBK, SWD, PDL, DLL atau SILPA; label seperti DD-APBN dan BAN-PROV dikenali.",
    contoh: ["DDS", "DD-APBN"],
  },
  {
    header: "volume",
    field: "volume",
    wajib: false,
    keterangan: "Angka keluaran, boleh desimal dengan koma.",
    contoh: ["12", "1"],
  },
  {
    header: "satuan",
    field: "satuan",
    wajib: false,
    keterangan: "Satuan keluaran, misalnya bulan, orang, unit.",
    contoh: ["bulan", "paket"],
  },
  {
    header: "pagu",
    field: "pagu",
    wajib: true,
    keterangan: "Rupiah bulat: 12.500.000, 12500000 atau Rp 12.500.000.",
    contoh: ["24.000.000", "85000000"],
  },
  {
    header: "realisasi",
    field: "realisasi",
    wajib: false,
    keterangan: "Rupiah bulat, tidak melebihi pagu; kosong berarti 0.",
    contoh: ["12.000.000", ""],
  },
  {
    header: "tag_stunting",
    field: "stuntingTag",
    wajib: false,
    keterangan: "SP, SN atau TK; kosong = mengikuti bawaan kode kegiatan; tanda - = bukan stunting.",
    contoh: ["", "SN"],
  },
  {
    header: "paket_layanan",
    field: "paketLayanan",
    wajib: false,
    keterangan: "kia, gizi, air_sanitasi, perlindungan_sosial, paud atau tata_kelola; kosong = bawaan; - = tidak ada.",
    contoh: ["gizi", ""],
  },
  {
    header: "indikator",
    field: "indikator",
    wajib: false,
    keterangan: "Kode indikator dipisah koma, misalnya ibu:4, anak:2.",
    contoh: ["ibu:4, anak:4", "ibu:6, anak:6"],
  },
  {
    header: "insentif_kpm",
    field: "insentifKpm",
    wajib: false,
    keterangan: "Isi ya bila baris ini insentif/operasional KPM.",
    contoh: ["", ""],
  },
];

export const MAX_IMPORT_ROWS = 500;
/** Server actions accept bodies up to 1 MB (Next's default), so the file must stay below it. */
export const MAX_IMPORT_BYTES = 1_000_000;

const YES = new Set(["ya", "y", "1", "true", "x", "on", "v"]);

function headerKey(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** File columns → form field values; "-" in tag or paket means "none", empty means "as the kegiatan". */
export function mapImportRow(record: Record<string, string>): Record<string, string> {
  const byHeader = new Map(Object.entries(record).map(([k, v]) => [headerKey(k), (v ?? "").trim()]));
  const out: Record<string, string> = {};
  for (const c of IMPORT_COLUMNS) {
    const v = byHeader.get(c.header) ?? "";
    if (c.field === "stuntingTag") out[c.field] = v === "" ? "auto" : v === "-" ? "" : v.toUpperCase();
    else if (c.field === "paketLayanan") out[c.field] = v === "" ? "auto" : v === "-" ? "" : v.toLowerCase();
    else if (c.field === "insentifKpm") out[c.field] = YES.has(v.toLowerCase()) ? "on" : "";
    else out[c.field] = v;
  }
  return out;
}

/** Required columns the file's header lacks. */
export function missingColumns(headers: ReadonlyArray<string>): string[] {
  const have = new Set(headers.map(headerKey));
  return IMPORT_COLUMNS.filter((c) => c.wajib && !have.has(c.header)).map((c) => c.header);
}
