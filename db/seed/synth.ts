/**
 * Synthetic districts for scale tests (issue 7): `npm run db:synth -- --scale <tiny|demo|large|province>`.
 *
 * Each synthetic kabupaten (19.71, 19.72, … "Kabupaten Sintetis Satu", …) gets its own region rows, kecamatan of
 * 10–20 desa (4-digit 2xxx desa codes), 2 posyandu per desa, households, targets (mothers with their pregnancies,
 * children 0–6 years) and 36 months of Formulir 2A/2B/2C records with WHO-scored measurements, approved quarters,
 * three years of approved APBDes murni, and accounts (kabupaten, one kecamatan, one KPM for desa 19.71.01.2001, ~160 targets).
 *
 * - Deterministic by seed and reference date (own PRNG, never Math.random).
 * - Bulk: ids are reserved from the sequences up front (tables locked for the transaction), rows go in by
 *   PostgreSQL COPY (CSV) on postgres.js, or by multi-row `json_populate_recordset` inserts on PGlite.
 * - One transaction per kabupaten. The stored quarterly results (konvergensi_sasaran) are derived in memory from
 *   the generated rows with the app's own evaluate functions, exactly as `recomputeTargets` does, and COPied in
 *   the same transaction (far faster than reading the rows back to run `recomputeTargets` in batches, see
 *   docs/scaling.md §1);
 *   tests/db/synth.test.ts proves the stored rows equal a fresh `recomputeTargets` over every target.
 */
import { Readable } from "node:stream";
import { calendarAgeMonths } from "@/lib/growth/age-bands";
import { balitaRecordLastDay, monitoringGroupIn } from "@/lib/sasaran/kategori";
import { pipeline } from "node:stream/promises";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import type { Db } from "../client";
import * as schema from "../schema";
import { selectRows } from "../raw";
import { loadSettings } from "../rollups/scorecard";
import { rebuildRollupsUnder } from "../rollups/scorecard-desa";
import { rebuildGrowthRollups } from "../rollups/growth";
import { evaluateAnak, evaluateIbu, evaluatePaud } from "@/lib/scorecard/evaluate";
import { encodeHasil, targetTotals, type Settings } from "@/lib/scorecard/types";
import { addMonths, monthBounds, quarterOfMonth, todayIso, yearMonthOfDate } from "@/lib/periods";
import { completedMonths, isoDateToDayNumber } from "@/lib/growth/age";
import { computeGrowthWho, loadGrowthTables } from "@/lib/growth/tables";
import { lmsValueAt, toWhoSex, type Sex } from "@/lib/growth/zscore";
import type { Lms } from "@/lib/growth/lms";
import { kfVisitDays, visitsInMonth } from "./nifas-visits";
import { hashPassword } from "@/lib/auth/password";

/** The generator's age windows in days (as the data sets were generated; the groups themselves are by calendar,
 * lib/sasaran/kategori.ts). Kept so a seed gives the same data. */
const ANAK_0_23_MAX_DAYS = 730;
const PAUD_MAX_DAYS = 6 * 365 + 1;

export type SynthScale = "tiny" | "demo" | "large" | "province";

export type SynthConfig = {
  kabupaten: number;
  /** Kecamatan per kabupaten: fixed count, or enough kecamatan of 10–20 desa to reach `minDesa`. */
  kecamatan?: number;
  desaPerKecamatan: [number, number];
  minDesa?: number;
  /** Births per desa per month (drives the number of targets and records). */
  births: [number, number];
  months: number;
};

export const SCALES: Record<SynthScale, SynthConfig> = {
  tiny: { kabupaten: 1, kecamatan: 2, desaPerKecamatan: [3, 3], births: [0.25, 0.4], months: 36 },
  demo: { kabupaten: 1, kecamatan: 3, desaPerKecamatan: [10, 12], births: [1, 3], months: 36 },
  large: { kabupaten: 1, desaPerKecamatan: [10, 20], minDesa: 420, births: [1.3, 3.5], months: 36 },
  province: { kabupaten: 10, desaPerKecamatan: [10, 20], minDesa: 420, births: [1.3, 3.5], months: 36 },
};

export const SYNTH_PASSWORD = "tumbuh-demo";
const KAB_NAMES = ["Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan", "Sepuluh"];
/** Kemendagri code of the i-th synthetic kabupaten (19.71 …): unused by the bundled reference data. */
export const synthKabKode = (i: number) => `19.${71 + i}`;
/** The desa with ~200 targets that the KPM account works in. */
export const synthKpmDesa = (kab: string) => `${kab}.01.2001`;
/** A large desa (~430 children 0–59 months, births 7.2 a month) for the monthly page's bench (docs/scaling.md). */
export const synthBesarDesa = (kab: string) => `${kab}.01.2002`;
const BESAR_BIRTHS = 7.2;
/** Account usernames (all share SYNTH_PASSWORD). */
export const synthUsernames = (i: number) => ({
  kabupaten: i === 0 ? "tpps.sintetis" : `tpps.sintetis${i + 1}`,
  kecamatan: i === 0 ? "tpps.sintetis.kec" : `tpps.sintetis${i + 1}.kec`,
  kpm: i === 0 ? "kpm.sintetis" : `kpm.sintetis${i + 1}`,
  /** KPM of the large desa (synthBesarDesa). */
  kpmBesar: i === 0 ? "kpm.sintetis.besar" : `kpm.sintetis${i + 1}.besar`,
});

export type SynthSummary = {
  kabupaten: string[];
  desa: number;
  posyandu: number;
  rumahTangga: number;
  sasaran: number;
  sasaranAktif: number;
  pemantauanIbu: number;
  pemantauanAnak: number;
  pemantauanPaud: number;
  pemantauanBalita: number;
  pengukuran: number;
  konvergensi: number;
  periode: number;
  apbdes: number;
  apbdesBaris: number;
  implausible: number;
  /** recompute = deriving konvergensi_sasaran in memory (same evaluate functions as recomputeTargets). */
  ms: { generate: number; write: number; recompute: number; total: number };
};

// ---------------------------------------------------------------------------------------------------
// PRNG

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float() {
    return this.next();
  }
  chance(p: number) {
    return this.next() < p;
  }
  int(lo: number, hi: number) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  uniform(lo: number, hi: number) {
    return lo + this.next() * (hi - lo);
  }
  normal(mean = 0, sd = 1) {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
}

const DAY_MS = 86_400_000;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const tsOf = (day: number, minutes: number) => new Date(day * DAY_MS + minutes * 60_000).toISOString();
const dayOf = (iso: string) => {
  const d = isoDateToDayNumber(iso);
  if (d === null) throw new Error(`Tanggal tidak valid: ${iso}`);
  return d;
};
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round1 = (x: number) => Math.round(x * 10) / 10;
const pad = (n: number, w: number) => String(n).padStart(w, "0");

/** Inverse standard normal CDF (Acklam), to place a desa's mean HAZ for a wanted stunting prevalence. */
function probit(p: number): number {
  const a = [
    -39.6968302866538, 220.946098424521, -275.928510446969, 138.357751867269, -30.6647980661472, 2.50662827745924,
  ];
  const b = [-54.4760987982241, 161.585836858041, -155.698979859887, 66.8013118877197, -13.2806815528857];
  const c = [
    -0.00778489400243029, -0.322396458041136, -2.40075827716184, -2.54973253934373, 4.37466414146497, 2.93816398269878,
  ];
  const d = [0.00778469570904146, 0.32246712907004, 2.445134137143, 3.75440866190742];
  const q = p < 0.5 ? p : 1 - p;
  let x: number;
  if (q < 0.02425) {
    const r = Math.sqrt(-2 * Math.log(q));
    x =
      (((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5]) /
      ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
    x = -x;
  } else {
    const r = q - 0.5;
    const s = r * r;
    x =
      ((((((a[0] * s + a[1]) * s + a[2]) * s + a[3]) * s + a[4]) * s + a[5]) * r) /
      (((((b[0] * s + b[1]) * s + b[2]) * s + b[3]) * s + b[4]) * s + 1);
  }
  return p < 0.5 ? x : -x;
}

// ---------------------------------------------------------------------------------------------------
// Names

const KEC_A = [
  "Air",
  "Sungai",
  "Tanjung",
  "Bukit",
  "Pangkal",
  "Teluk",
  "Batu",
  "Simpang",
  "Padang",
  "Lubuk",
  "Muara",
  "Kuala",
  "Pulau",
  "Tebing",
  "Kelapa",
  "Parit",
];
const KEC_B = [
  "Gegas",
  "Lalang",
  "Raya",
  "Besar",
  "Tinggi",
  "Panjang",
  "Rusa",
  "Layang",
  "Jering",
  "Kemuning",
  "Pinang",
  "Rambai",
  "Merbau",
  "Bulin",
  "Selan",
  "Tempilang",
  "Gading",
  "Nibung",
];
const DESA_A = [
  "Air",
  "Sungai",
  "Tanjung",
  "Bukit",
  "Teluk",
  "Batu",
  "Simpang",
  "Padang",
  "Suka",
  "Karya",
  "Mekar",
  "Sido",
  "Kampung",
  "Lubuk",
  "Kayu",
  "Rantau",
  "Tebat",
  "Pasir",
];
const DESA_B = [
  "Jaya",
  "Makmur",
  "Baru",
  "Lama",
  "Indah",
  "Rejo",
  "Mulya",
  "Sari",
  "Harapan",
  "Putih",
  "Merah",
  "Hitam",
  "Limau",
  "Durian",
  "Pandan",
  "Nangka",
  "Asam",
  "Bakau",
  "Tembaga",
  "Kemang",
  "Kundur",
  "Belo",
  "Mas",
  "Bening",
];
const MALE = [
  "Ahmad Fauzi",
  "Rusli",
  "Hendra Saputra",
  "Syamsul Bahri",
  "Zulkarnain",
  "Abdul Rahman",
  "Muhammad Yusuf",
  "Rahmat Hidayat",
  "Junaidi",
  "Irwansyah",
  "Suhaimi",
  "Darmawan",
  "Fikri Ramadhan",
  "Azhari",
  "Khairul Anwar",
  "Ridwan",
  "Hasbullah",
  "Agus Salim",
  "Dedi Kurniawan",
  "Firmansyah",
  "Herman",
  "Iskandar",
  "Jamaluddin",
  "Mahmud",
  "Nasrullah",
  "Rizal Effendi",
  "Sahrul",
  "Taufik Hidayat",
  "Wahyudi",
  "Yudi Pratama",
  "Zainal Abidin",
  "Amran",
  "Marzuki",
  "Usman",
  "Hamdani",
  "Arifin",
  "Samsudin",
  "Sukardi",
  "Hasan Basri",
  "Ismail",
  "Rudi Hartono",
  "Sofyan",
  "Indra Jaya",
  "Mulyadi",
];
const FEMALE = [
  "Siti Aminah",
  "Nurhayati",
  "Rosmawati",
  "Yusnani",
  "Marliana",
  "Hasanah",
  "Rusmini",
  "Sartika",
  "Yuniarti",
  "Fitri Handayani",
  "Wulandari",
  "Dewi Sartika",
  "Sri Wahyuni",
  "Nurul Aini",
  "Rahmawati",
  "Lestari",
  "Herlina",
  "Susanti",
  "Novita Sari",
  "Desi Ratnasari",
  "Ayu Lestari",
  "Eka Putri",
  "Rina Marlina",
  "Mega Puspita",
  "Yulia Safitri",
  "Anisa Rahma",
  "Nurjanah",
  "Halimah",
  "Salmah",
  "Zubaidah",
  "Fatimah",
  "Maimunah",
  "Juliana",
  "Suryani",
  "Ratna Dewi",
  "Nur Azizah",
  "Rahayu",
  "Aprilia",
  "Sri Mulyani",
  "Ria Anggraini",
  "Siti Khadijah",
  "Mardiana",
  "Nuraini",
  "Zuraida",
];
const CHILD_L = [
  "Muhammad",
  "Ahmad",
  "Rizky",
  "Arkan",
  "Azka",
  "Rafka",
  "Alfatih",
  "Fathan",
  "Raffi",
  "Daffa",
  "Zidan",
  "Abizar",
  "Arsyad",
  "Hafiz",
  "Rayyan",
  "Fadhil",
  "Umar",
  "Ibrahim",
  "Farel",
  "Gibran",
  "Athar",
  "Ilham",
  "Naufal",
  "Alif",
  "Satria",
  "Bima",
];
const CHILD_P = [
  "Aisyah",
  "Naura",
  "Khansa",
  "Zahra",
  "Alesha",
  "Aqila",
  "Nadhira",
  "Hafsah",
  "Azzahra",
  "Syifa",
  "Kayla",
  "Nayla",
  "Salsabila",
  "Humaira",
  "Aira",
  "Rania",
  "Adiba",
  "Fatimah",
  "Hana",
  "Keisha",
  "Alya",
  "Nabila",
  "Annisa",
];
const CHILD_2 = [
  "Ramadhan",
  "Pratama",
  "Saputra",
  "Putri",
  "Maharani",
  "Aulia",
  "Hidayat",
  "Maulana",
  "Akbar",
  "Azzahra",
  "Kirana",
  "Nugraha",
  "Safitri",
];
const STREETS = [
  "Jl. Raya",
  "Jl. Pelabuhan",
  "Jl. Pantai",
  "Jl. Masjid",
  "Jl. Kampung Baru",
  "Jl. Sungai",
  "Jl. Kebun Lada",
  "Jl. Sekolah",
  "Jl. Pasar",
  "Gg. Melati",
  "Gg. Mawar",
  "Jl. Parit",
];
const POSYANDU = ["Posyandu Melati", "Posyandu Mawar"];
const ROMAN = ["I", "II", "III", "IV", "V"];

// ---------------------------------------------------------------------------------------------------
// Bulk writer: COPY on postgres.js, json_populate_recordset on PGlite

type Cell = string | number | boolean | null | string[];
type Table = { name: string; cols: string[]; rows: Cell[][] };

function csvCell(v: Cell): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "t" : "f";
  if (typeof v === "number") return String(v);
  const s = Array.isArray(v) ? `{${v.map((x) => `"${x.replace(/["\\]/g, "\\$&")}"`).join(",")}}` : v;
  return /[",\n\r]/.test(s) || s === "" ? `"${s.replace(/"/g, '""')}"` : s;
}

interface Writer {
  kind: "postgres" | "pglite";
  db: Db;
  write(t: Table): Promise<void>;
}

/** `db` is a Drizzle postgres-js transaction; its session's client is the reserved postgres.js connection. */
function copyWriter(db: Db): Writer {
  const tx = (db as unknown as { session: { client: postgres.TransactionSql } }).session.client;
  if (typeof tx?.unsafe !== "function") throw new Error("Klien postgres.js transaksi tidak ditemukan");
  return {
    kind: "postgres",
    db,
    async write(t) {
      if (!t.rows.length) return;
      const stream = await tx.unsafe(`copy ${t.name} (${t.cols.join(", ")}) from stdin with (format csv)`).writable();
      const rows = t.rows;
      async function* lines() {
        let buf = "";
        for (let i = 0; i < rows.length; i++) {
          buf += rows[i].map(csvCell).join(",") + "\n";
          if (buf.length > 1 << 16) {
            yield buf;
            buf = "";
          }
        }
        if (buf) yield buf;
      }
      await pipeline(Readable.from(lines()), stream);
    },
  };
}

function insertWriter(db: Db): Writer {
  return {
    kind: "pglite",
    db,
    async write(t) {
      for (let i = 0; i < t.rows.length; i += 1000) {
        const payload = t.rows.slice(i, i + 1000).map((r) => Object.fromEntries(t.cols.map((c, j) => [c, r[j]])));
        const list = sql.raw(t.cols.join(", "));
        await db.execute(
          sql`insert into ${sql.raw(t.name)} (${list}) select ${list} from json_populate_recordset(null::${sql.raw(t.name)}, ${JSON.stringify(payload)}::json)`,
        );
      }
    },
  };
}

/** Reserves `n` ids from a serial column's sequence; the caller holds an exclusive lock on the table. */
async function reserveIds(db: Db, table: string, n: number): Promise<number> {
  const [row] = await selectRows<{ first: number }>(
    db,
    sql`select (greatest(coalesce((select max(id) from ${sql.raw(table)}), 0), (select last_value from ${sql.raw(`${table}_id_seq`)})) + 1)::int as first`,
  );
  if (n > 0) await db.execute(sql`select setval(${`${table}_id_seq`}, ${row.first + n - 1})`);
  return row.first;
}

// ---------------------------------------------------------------------------------------------------
// Plan

type Month = { tahun: number; bulan: number; first: number; last: number; index: number; current: boolean };
type Desa = { kode: string; nama: string; posyanduIds: number[] };

type Gen = {
  rng: Rng;
  /** Postnatal visit days: their own stream, so they leave every other generated value as it was. */
  kfRng: Rng;
  /** Balita months (24–59): their own stream, so the rest of the data is what it was before they were added. */
  bRng: Rng;
  today: number;
  months: Month[];
  lhfa: (sex: Sex, ageDays: number) => Lms;
  wfa: (sex: Sex, ageDays: number) => Lms;
  nik: number;
  niks: Set<string>;
  ids: { rt: number; sasaran: number; ibu: number; anak: number; paud: number; balita: number; ukur: number };
  t: { rt: Table; sasaran: Table; ibu: Table; anak: Table; paud: Table; balita: Table; ukur: Table };
  /** Targets written, for the recomputation; (kode, tahun, triwulan) with records, for the approvals. */
  sasaranIds: number[];
  aktif: number;
  quarters: Map<string, Set<number>>;
  implausible: number;
};

type DesaCtx = {
  d: Desa;
  /** Mean HAZ at 24 months that gives this desa its stunting prevalence. */
  hazMean: number;
  /** Indicator propensities: coverage differs by indicator and by desa. */
  p: {
    anc: number;
    fe: number;
    kons: number;
    nifas: number;
    imun: number;
    campak: number;
    akta: number;
    jkn: number;
    konsIbu: number;
    konsAyah: number;
    bkb: number;
    paud: number;
    attend: number;
    air: number;
    jamban: number;
  };
  /** Reporting behaviour: days after the posyandu day the records are typed; months at the end not reported. */
  lateDays: [number, number];
  silentMonths: number;
  posDay: number[];
  kia: number;
};

const IBU_COLS = [
  "id",
  "sasaran_id",
  "kode_wilayah",
  "tahun",
  "bulan",
  "tanggal_periksa",
  "posyandu_id",
  "status_kehamilan",
  "usia_kehamilan",
  "tanggal_melahirkan",
  "pemeriksaan_kehamilan",
  "konsumsi_pil_fe",
  "butir_pil_fe",
  "kunjungan_nifas",
  "konseling_gizi",
  "kunjungan_rumah",
  "akses_air_bersih",
  "kepemilikan_jamban",
  "jaminan_kesehatan",
  "lila_cm",
  "created_at",
  "updated_at",
];
const ANAK_COLS = [
  "id",
  "sasaran_id",
  "kode_wilayah",
  "tahun",
  "bulan",
  "tanggal_periksa",
  "posyandu_id",
  "umur_bulan",
  "status_gizi",
  "status_tikar",
  "imunisasi_dasar",
  "imunisasi_campak",
  "pengukuran_berat_badan",
  "pengukuran_tinggi_badan",
  "konseling_gizi_ibu",
  "konseling_gizi_ayah",
  "kunjungan_rumah",
  "air_bersih",
  "kepemilikan_jamban",
  "akta_lahir",
  "jaminan_kesehatan",
  "pengasuhan_paud",
  "created_at",
  "updated_at",
];
const PAUD_COLS = ["id", "sasaran_id", "kode_wilayah", "tahun", "bulan", "status", "created_at", "updated_at"];
const BALITA_COLS = [
  "id",
  "sasaran_id",
  "kode_wilayah",
  "tahun",
  "bulan",
  "tanggal_periksa",
  "posyandu_id",
  "umur_bulan",
  "ditimbang",
  "vitamin_a",
  "obat_cacing",
  "imunisasi_lanjutan",
  "pmt",
  "rujukan",
  "kunjungan_rumah",
  "created_at",
  "updated_at",
];
const UKUR_COLS = [
  "id",
  "sasaran_id",
  "pemantauan_anak_id",
  "kode_wilayah",
  "tanggal_ukur",
  "umur_hari",
  "umur_bulan",
  "berat_kg",
  "panjang_cm",
  "cara_ukur",
  "oedema",
  "panjang_koreksi_cm",
  "haz",
  "waz",
  "whz",
  "baz",
  "kategori_haz",
  "kategori_waz",
  "kategori_whz",
  "kategori_baz",
  "created_at",
  "updated_at",
  "pemantauan_balita_id",
];
const SASARAN_COLS = [
  "id",
  "kode_wilayah",
  "jenis",
  "nama",
  "nik",
  "jenis_kelamin",
  "tanggal_lahir",
  "no_kia",
  "rumah_tangga_id",
  "posyandu_id",
  "ibu_id",
  "hpl",
  "tanggal_melahirkan",
  "berat_lahir_kg",
  "panjang_lahir_cm",
  "aktif",
  "tanggal_nonaktif",
  "alasan_nonaktif",
  "created_at",
  "updated_at",
];
const RT_COLS = [
  "id",
  "kode_wilayah",
  "kepala_keluarga",
  "alamat",
  "dusun",
  "rt",
  "rw",
  "air_minum_layak",
  "jamban_layak",
];

function emptyTables(): Gen["t"] {
  return {
    rt: { name: "rumah_tangga", cols: RT_COLS, rows: [] },
    sasaran: { name: "sasaran", cols: SASARAN_COLS, rows: [] },
    ibu: { name: "pemantauan_ibu", cols: IBU_COLS, rows: [] },
    anak: { name: "pemantauan_anak", cols: ANAK_COLS, rows: [] },
    paud: { name: "pemantauan_paud", cols: PAUD_COLS, rows: [] },
    balita: { name: "pemantauan_balita", cols: BALITA_COLS, rows: [] },
    ukur: { name: "pengukuran", cols: UKUR_COLS, rows: [] },
  };
}

/** Day of the month's posyandu session and the moment the KPM typed the record (null: month not reported). */
function visit(g: Gen, dc: DesaCtx, m: Month, pos: number): { day: number; entered: string } | null {
  if (m.index >= g.months.length - dc.silentMonths) return null;
  let day = Math.min(m.first + dc.posDay[pos] - 1 + g.rng.int(-1, 1), m.last);
  if (g.rng.chance(0.1)) day = g.rng.int(m.first, m.last);
  if (m.current && day > g.today) {
    if (g.rng.chance(0.5)) return null;
    day = g.rng.int(m.first, g.today);
  }
  let enteredDay = day + g.rng.int(dc.lateDays[0], dc.lateDays[1]);
  if (enteredDay > g.today) enteredDay = g.today;
  return { day, entered: tsOf(enteredDay, g.rng.int(7 * 60, 20 * 60)) };
}

function noteQuarter(g: Gen, kode: string, m: Month) {
  const key = `${kode}|${m.tahun}`;
  (g.quarters.get(key) ?? g.quarters.set(key, new Set()).get(key)!).add(quarterOfMonth(m.bulan));
}

function makeNik(g: Gen, kode: string, birthIso: string, sex: Sex): string {
  const [y, mo, da] = birthIso.split("-").map(Number);
  const prefix = `${kode.slice(0, 5).replace(".", "")}${kode.slice(6, 8)}${pad(sex === "P" ? da + 40 : da, 2)}${pad(mo, 2)}${pad(y % 100, 2)}`;
  for (;;) {
    g.nik = (g.nik % 9999) + 1;
    const nik = prefix + pad(g.nik, 4);
    if (!g.niks.has(nik)) {
      g.niks.add(nik);
      return nik;
    }
  }
}

function addHousehold(g: Gen, dc: DesaCtx): { rt: number; pos: number; air: boolean; jamban: boolean } {
  const { rng } = g;
  const id = g.ids.rt++;
  const dusun = rng.int(0, 3);
  const air = rng.chance(dc.p.air);
  const jamban = rng.chance(dc.p.jamban);
  g.t.rt.rows.push([
    id,
    dc.d.kode,
    rng.pick(MALE),
    `${rng.pick(STREETS)} No. ${rng.int(1, 150)}`,
    `Dusun ${ROMAN[dusun]}`,
    pad(dusun * 3 + rng.int(1, 3), 3),
    pad(dusun + 1, 3),
    air,
    jamban,
  ]);
  return { rt: id, pos: dusun % dc.d.posyanduIds.length, air, jamban };
}

/** A mother: pregnancy records from about the 3rd month, then nifas records up to 42 days after delivery. */
function addMother(
  g: Gen,
  dc: DesaCtx,
  hh: ReturnType<typeof addHousehold>,
  delivery: number | null,
  hpl: number,
): number {
  const { rng } = g;
  const id = g.ids.sasaran++;
  const kode = dc.d.kode;
  const birth = (delivery ?? hpl) - Math.round(rng.uniform(18, 41) * 365.25);
  const birthIso = isoOf(birth);
  const lmp = hpl - 280;
  const known = lmp + rng.int(40, 105);
  const status = rng.chance(0.1) ? "risti" : rng.chance(0.08) ? "kek" : "normal";
  const lila = status === "kek" ? rng.uniform(21, 23.3) : rng.uniform(23.7, 30.5);
  const hasJkn = rng.chance(dc.p.jkn);
  // Still a 1.000-HPK target while pregnant or within a year of delivery.
  const aktif = delivery === null || g.today - delivery <= 365;
  if (aktif) g.aktif++;
  dc.kia += 1;
  const noKia = `KIA-${kode.slice(-4)}-${pad(dc.kia, 4)}`;
  const created = tsOf(Math.max(known, g.months[0].first), 600);
  g.t.sasaran.rows.push([
    id,
    kode,
    "ibu",
    rng.pick(FEMALE),
    rng.chance(0.93) ? makeNik(g, kode, birthIso, "P") : null,
    "P",
    birthIso,
    noKia,
    hh.rt,
    dc.d.posyanduIds[hh.pos],
    null,
    isoOf(hpl),
    delivery === null ? null : isoOf(delivery),
    null,
    null,
    aktif,
    // No longer followed from the day after the year (the day it left the lists).
    aktif ? null : isoOf(delivery! + 366),
    aktif ? null : "lainnya",
    created,
    created,
  ]);
  g.sasaranIds.push(id);
  // KF1–KF4 on the days they happened (more often where the desa's nifas coverage is high); each month's record
  // counts those of its month.
  const kfDays = delivery === null ? [] : kfVisitDays(g.kfRng, delivery, g.today, 0.45 + dc.p.nifas * 0.6);
  let nifas = 0;
  let preg = 0;
  for (const m of g.months) {
    if (m.last < known) continue;
    if (delivery !== null && m.first > delivery + 42) break;
    const v = visit(g, dc, m, hh.pos);
    if (!v || v.day < known) continue;
    const common = [id, kode, m.tahun, m.bulan, isoOf(v.day), dc.d.posyanduIds[hh.pos], status];
    const tail = [hh.air, hh.jamban, hasJkn];
    if (delivery !== null && v.day >= delivery) {
      if (v.day > delivery + 42 && nifas > 0) break;
      const fe = rng.chance(0.4);
      g.t.ibu.rows.push([
        g.ids.ibu++,
        ...common,
        nifas === 0 ? clamp(Math.round((delivery - lmp) / 30.4375), 7, 9) : null,
        isoOf(delivery),
        false,
        fe,
        fe ? rng.int(10, 30) : null,
        // A month's visits are sometimes left off the form (one draw, as the yes/no box it replaces took).
        rng.chance(0.7 + dc.p.nifas * 0.25) ? visitsInMonth(kfDays, m.first, m.last) : 0,
        rng.chance(0.5),
        rng.chance(status === "normal" ? 0.25 : 0.7),
        ...tail,
        null,
        v.entered,
        v.entered,
      ] as Cell[]);
      nifas++;
    } else {
      const anc = preg === 0 || rng.chance(dc.p.anc);
      const fe = rng.chance(dc.p.fe);
      g.t.ibu.rows.push([
        g.ids.ibu++,
        ...common,
        clamp(Math.round((v.day - lmp) / 30.4375), 1, 9),
        null,
        anc,
        fe,
        fe ? (rng.chance(0.7) ? 30 : rng.int(10, 29)) : null,
        // The posyandu visit came before the delivery; KF visits later in the same month go on this record.
        visitsInMonth(kfDays, m.first, m.last),
        rng.chance(dc.p.kons),
        rng.chance(status === "normal" ? 0.08 : 0.7),
        ...tail,
        anc ? round1(status === "kek" ? Math.min(lila, 23.4) : Math.max(lila, 23.6)) : null,
        v.entered,
        v.entered,
      ] as Cell[]);
      preg++;
    }
    noteQuarter(g, kode, m);
  }
  return id;
}

/** A child: Formulir 2B rows with measurements until 24 months, then PAUD rows until 6 years. */
function addChild(
  g: Gen,
  dc: DesaCtx,
  hh: ReturnType<typeof addHousehold>,
  birth: number,
  mother: number | null,
  noKia: string,
) {
  const { rng } = g;
  const id = g.ids.sasaran++;
  const kode = dc.d.kode;
  const sex: Sex = rng.chance(0.51) ? "L" : "P";
  const birthIso = isoOf(birth);
  const level = rng.normal(dc.hazMean, 0.9);
  const wLevel = -0.4 + 0.6 * (level - dc.hazMean) + 0.3 * dc.hazMean + rng.normal(0, 0.6);
  const beratLahir = clamp(Math.round(lmsValueAt(clamp(wLevel + 0.4, -3, 2.5), g.wfa(sex, 0)) * 20) / 20, 1.8, 4.6);
  const panjangLahir = round1(lmsValueAt(clamp(level + 0.6, -3.5, 2.5), g.lhfa(sex, 0)));
  const created = tsOf(Math.max(birth + 3, g.months[0].first), 600);
  g.t.sasaran.rows.push([
    id,
    kode,
    "anak",
    `${rng.pick(sex === "L" ? CHILD_L : CHILD_P)} ${rng.pick(CHILD_2)}`,
    rng.chance(0.7) ? makeNik(g, kode, birthIso, sex) : null,
    sex,
    birthIso,
    noKia,
    hh.rt,
    dc.d.posyanduIds[hh.pos],
    mother,
    null,
    null,
    beratLahir,
    panjangLahir,
    true,
    null,
    null,
    created,
    created,
  ]);
  g.sasaranIds.push(id);
  g.aktif++;

  const completeBasic = rng.chance(dc.p.imun);
  const measlesAge = rng.chance(dc.p.campak) ? rng.int(9, 11) : null;
  const aktaAge = rng.chance(dc.p.akta) ? rng.int(0, 4) : null;
  const hasJkn = rng.chance(dc.p.jkn);
  const paudFrom = rng.chance(dc.p.paud) ? rng.int(30, 48) : null;
  let arH = 0;
  let arW = 0;
  let lastLength = 0;
  let lastHaz: number | null = null;
  let lastStatus: "N" | "GK" | "GB" | "S" | null = null;
  const pos = dc.d.posyanduIds[hh.pos];
  let balita: BalitaState | null = null;

  for (const m of g.months) {
    arH = 0.7 * arH + rng.normal(0, 0.08);
    arW = 0.6 * arW + rng.normal(0, 0.14) - (rng.chance(0.04) ? 0.3 : 0);
    if (m.last < birth) continue;
    const v = visit(g, dc, m, hh.pos);
    if (!v) continue;
    let d = v.day;
    if (d < birth) {
      d = birth + rng.int(2, 7);
      if (d > m.last || d > g.today) continue;
    }
    const ageDays = d - birth;
    if (ageDays > PAUD_MAX_DAYS) break;
    const umurBulan = completedMonths(ageDays);
    noteQuarter(g, kode, m);
    if (umurBulan >= 24) {
      const status =
        paudFrom === null
          ? umurBulan < 36
            ? "belum"
            : "tidak_mengikuti"
          : umurBulan < paudFrom
            ? "belum"
            : rng.chance(m.bulan === 7 ? 0.7 : 0.88)
              ? "mengikuti"
              : "tidak_mengikuti";
      g.t.paud.rows.push([g.ids.paud++, id, kode, m.tahun, m.bulan, status, v.entered, v.entered]);
      if (monitoringGroupIn(birthIso, m) === "balita_24_59") {
        balita ??= {
          attend: clamp(g.bRng.normal(dc.p.attend - 0.07, 0.1), 0.4, 0.97),
          catchUp: g.bRng.normal(0.35, 0.3),
          lastLying: lastLength,
          lastWeight: null,
          noGain: 0,
        };
        addBalitaMonth(g, balita, {
          id,
          kode,
          sex,
          birth,
          level,
          wLevel,
          arH,
          arW,
          m,
          day: d,
          entered: v.entered,
          pos,
        });
      }
      continue;
    }
    const bulanPenimbangan = m.bulan === 2 || m.bulan === 8;
    let attend = rng.chance(bulanPenimbangan ? Math.min(0.98, dc.p.attend + 0.06) : dc.p.attend);
    let measureLength = attend && (bulanPenimbangan || rng.chance(0.55));
    const anakId = g.ids.anak++;
    let haz: number | null = null;
    if (attend) {
      const a = Math.min(ageDays, ANAK_0_23_MAX_DAYS) / ANAK_0_23_MAX_DAYS;
      const zH = clamp(level + 0.6 * (1 - a) + arH, -4.5, 3.5);
      const zW = clamp(wLevel + 0.3 * (1 - a) + arW, -4, 3.5);
      const beratKg = Math.max(1.5, round1(lmsValueAt(zW, g.wfa(sex, ageDays))));
      const panjangCm = measureLength ? Math.max(lastLength, round1(lmsValueAt(zH, g.lhfa(sex, ageDays)))) : null;
      const r = computeGrowthWho({
        sex,
        ageDays,
        weightKg: beratKg,
        lengthCm: panjangCm,
        measured: panjangCm === null ? null : "terlentang",
        oedema: false,
      });
      if (r.flags.haz || r.flags.waz || r.flags.whz || r.flags.baz || r.c9moFlag) {
        g.implausible++;
        attend = false;
        measureLength = false;
      } else {
        if (panjangCm !== null) lastLength = panjangCm;
        haz = r.haz;
        g.t.ukur.rows.push([
          g.ids.ukur++,
          id,
          anakId,
          kode,
          isoOf(d),
          ageDays,
          calendarAgeMonths(isoOf(birth), isoOf(d)),
          beratKg,
          panjangCm,
          panjangCm === null ? null : "terlentang",
          false,
          r.correctedLengthCm,
          r.haz,
          r.waz,
          r.whz,
          r.baz,
          r.categories.haz,
          r.categories.waz,
          r.categories.whz,
          r.categories.baz,
          v.entered,
          v.entered,
          null,
        ]);
        if (r.haz !== null) lastHaz = r.haz;
        const wasting = r.whz ?? r.waz;
        lastStatus =
          wasting !== null && wasting < -3
            ? "GB"
            : wasting !== null && wasting < -2
              ? "GK"
              : lastHaz !== null && lastHaz < -2
                ? "S"
                : "N";
      }
    }
    const tikar = haz === null ? "TD" : haz < -2 ? "M" : haz < -1.5 ? "K" : "H";
    const problem = lastStatus !== null && lastStatus !== "N";
    g.t.anak.rows.push([
      anakId,
      id,
      kode,
      m.tahun,
      m.bulan,
      isoOf(d),
      pos,
      umurBulan,
      lastStatus,
      tikar,
      umurBulan <= 4 ? rng.chance(0.9) : completeBasic,
      measlesAge !== null && umurBulan >= measlesAge ? "sudah" : "belum",
      attend,
      measureLength,
      rng.chance(dc.p.konsIbu),
      rng.chance(dc.p.konsAyah),
      rng.chance(problem ? 0.7 : 0.08),
      hh.air,
      hh.jamban,
      aktaAge !== null && umurBulan >= aktaAge,
      hasJkn && umurBulan >= 1,
      rng.chance(dc.p.bkb),
      v.entered,
      v.entered,
    ]);
  }
}

type BalitaState = { attend: number; catchUp: number; lastLying: number; lastWeight: number | null; noGain: number };

/** One balita month (24–59), as the demo seed makes it (db/seed/demo-data.ts `addBalitaMonth`): weighed in ~75–85 %
 * of months, height in February and August and some other months (standing; a few lying, with the 0.7 cm rule),
 * vitamin A and deworming in February/August, PMT for underweight/wasted children, referral after two months without
 * gain, home visits for stunted/wasted children. HAZ regains some ground after 24 months. Draws from `g.bRng` only. */
function addBalitaMonth(
  g: Gen,
  st: BalitaState,
  o: {
    id: number;
    kode: string;
    sex: Sex;
    birth: number;
    level: number;
    wLevel: number;
    arH: number;
    arW: number;
    m: Month;
    day: number;
    entered: string;
    pos: number;
  },
) {
  const rng = g.bRng;
  const { m } = o;
  const birthIso = isoOf(o.birth);
  const day = Math.min(o.day, dayOf(balitaRecordLastDay(birthIso)));
  const vitaminMonth = m.bulan === 2 || m.bulan === 8;
  const weighed = rng.chance(clamp(st.attend + (vitaminMonth ? 0.08 : 0), 0, 0.99));
  if (!weighed && !rng.chance(vitaminMonth ? 0.45 : 0.1)) return;
  const ageDays = day - o.birth;
  const t = (ageDays - ANAK_0_23_MAX_DAYS) / 1096;
  const balitaId = g.ids.balita++;
  let thin = false;
  let stunted = false;
  let measured = false;
  if (weighed) {
    const zH = clamp(o.level + o.arH + 0.5 * Math.min(1, t * 3) + st.catchUp * t + rng.normal(0, 0.08), -4.5, 3.5);
    const zW = clamp(o.wLevel + o.arW + 0.3 * Math.min(1, t * 3) + 0.8 * st.catchUp * t, -4, 3.5);
    const beratKg = round1(lmsValueAt(zW, g.wfa(o.sex, ageDays)));
    let tinggi: number | null = null;
    let cara: "berdiri" | "terlentang" | null = null;
    if (vitaminMonth || rng.chance(0.25)) {
      const standing = Math.max(st.lastLying - 0.7, round1(lmsValueAt(zH, g.lhfa(o.sex, ageDays))));
      cara = ageDays < 1000 && rng.chance(0.08) ? "terlentang" : "berdiri";
      tinggi = cara === "terlentang" ? round1(standing + 0.7) : standing;
    }
    const r = computeGrowthWho({
      sex: o.sex,
      ageDays,
      weightKg: beratKg,
      lengthCm: tinggi,
      measured: cara,
      oedema: false,
    });
    if (r.flags.haz || r.flags.waz || r.flags.whz || r.flags.baz || r.c9moFlag) {
      g.implausible++;
      g.ids.balita--;
      return;
    }
    if (tinggi !== null) st.lastLying = cara === "terlentang" ? tinggi : tinggi + 0.7;
    st.noGain = st.lastWeight !== null && beratKg <= st.lastWeight ? st.noGain + 1 : 0;
    st.lastWeight = beratKg;
    thin = (r.waz ?? 0) < -2 || (r.whz ?? 0) < -2;
    stunted = (r.haz ?? 0) < -2;
    measured = true;
    g.t.ukur.rows.push([
      g.ids.ukur++,
      o.id,
      null,
      o.kode,
      isoOf(day),
      ageDays,
      calendarAgeMonths(birthIso, isoOf(day)),
      beratKg,
      tinggi,
      cara,
      false,
      r.correctedLengthCm,
      r.haz,
      r.waz,
      r.whz,
      r.baz,
      r.categories.haz,
      r.categories.waz,
      r.categories.whz,
      r.categories.baz,
      o.entered,
      o.entered,
      balitaId,
    ]);
  }
  g.t.balita.rows.push([
    balitaId,
    o.id,
    o.kode,
    m.tahun,
    m.bulan,
    isoOf(day),
    o.pos,
    calendarAgeMonths(birthIso, isoOf(day)),
    measured,
    vitaminMonth && rng.chance(0.9),
    vitaminMonth && rng.chance(0.7),
    rng.chance(0.03),
    rng.chance(thin ? 0.8 : 0.02),
    rng.chance(st.noGain >= 2 ? 0.35 : thin ? 0.15 : 0.005),
    rng.chance(thin || stunted ? 0.5 : 0.05),
    o.entered,
    o.entered,
  ]);
}

function planDesa(g: Gen, d: Desa, births: number) {
  const { rng } = g;
  const prevalence = rng.uniform(0.05, 0.4);
  const r = rng.float();
  const dc: DesaCtx = {
    d,
    // Children's HAZ drifts 0.6 SD down from birth to 24 months around this level.
    hazMean: -2 - probit(prevalence) - 0.15,
    p: {
      anc: rng.uniform(0.6, 0.97),
      fe: rng.uniform(0.5, 0.95),
      kons: rng.uniform(0.3, 0.9),
      nifas: rng.uniform(0.55, 0.95),
      imun: rng.uniform(0.7, 0.97),
      campak: rng.uniform(0.65, 0.95),
      akta: rng.uniform(0.6, 0.98),
      jkn: rng.uniform(0.6, 0.95),
      konsIbu: rng.uniform(0.4, 0.9),
      konsAyah: rng.uniform(0.05, 0.35),
      bkb: rng.uniform(0.2, 0.75),
      paud: rng.uniform(0.55, 0.95),
      attend: rng.uniform(0.78, 0.95),
      air: rng.uniform(0.6, 0.97),
      jamban: rng.uniform(0.5, 0.95),
    },
    // ~70 % enter within days, ~20 % late (after the 5th of the next month), ~6 % stopped reporting recently.
    lateDays: r < 0.7 ? [0, 6] : r < 0.94 ? [12, 35] : [0, 10],
    silentMonths: r >= 0.94 ? rng.int(1, 3) : 0,
    posDay: d.posyanduIds.map(() => rng.int(5, 20)),
    kia: 0,
  };
  const first = g.months[0].first;
  // Children born from 6 years ago until today; mothers registered for births inside the window (+ pregnancy).
  const span = PAUD_MAX_DAYS - 10;
  const nChildren = Math.round((births * span) / 30.4375);
  for (let i = 0; i < nChildren; i++) {
    const birth = g.today - rng.int(0, span);
    const hh = addHousehold(g, dc);
    let mother: number | null = null;
    dc.kia += 1;
    let noKia = `KIA-${d.kode.slice(-4)}-${pad(dc.kia, 4)}`;
    if (birth - 200 > first - 60 && rng.chance(0.85)) {
      const hpl = birth + rng.int(-14, 10);
      mother = addMother(g, dc, hh, birth, hpl);
      noKia = `KIA-${d.kode.slice(-4)}-${pad(dc.kia, 4)}`;
    }
    addChild(g, dc, hh, birth, mother, noKia);
  }
  // Pregnant now.
  const nPregnant = Math.round(births * 7);
  for (let i = 0; i < nPregnant; i++) addMother(g, dc, addHousehold(g, dc), null, g.today + rng.int(10, 230));
}

// ---------------------------------------------------------------------------------------------------
// Stored quarterly results, derived in memory exactly as db/rollups/scorecard.ts `recomputeTargets` does
// (same evaluate functions, same "last record of the quarter" rule) from the rows just planned. The test
// (tests/db/synth.test.ts) proves equality with a fresh `recomputeTargets` over every generated target.

const camel = (c: string) => c.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase());
type Rec = { sasaranId: number; tahun: number; bulan: number; kodeWilayah: string; posyanduId: number | null } & Record<
  string,
  unknown
>;

function asRecords(t: Table): Map<number, Rec[]> {
  const keys = t.cols.map(camel);
  const by = new Map<number, Rec[]>();
  for (const r of t.rows) {
    const o: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) o[keys[i]] = r[i];
    const rec = o as Rec;
    (by.get(rec.sasaranId) ?? by.set(rec.sasaranId, []).get(rec.sasaranId)!).push(rec);
  }
  return by;
}

function quartersOf(records: Rec[]) {
  const seen = new Map<string, { tahun: number; triwulan: number; last: Rec }>();
  for (const r of [...records].sort((a, b) => a.tahun * 12 + a.bulan - (b.tahun * 12 + b.bulan))) {
    const triwulan = quarterOfMonth(r.bulan);
    seen.set(`${r.tahun}-${triwulan}`, { tahun: r.tahun, triwulan, last: r });
  }
  return [...seen.values()];
}

export const KONVERGENSI_COLS = [
  "sasaran_id",
  "tahun",
  "triwulan",
  "kelompok",
  "kode_wilayah",
  "posyandu_id",
  "rumah_tangga_id",
  "status",
  "tikar",
  "stage",
  "hasil",
  "diterima",
  "seharusnya",
];

function deriveKonvergensi(t: Gen["t"], settingsOf: (tahun: number) => Settings): Cell[][] {
  const [ibuBy, anakBy, paudBy] = [asRecords(t.ibu), asRecords(t.anak), asRecords(t.paud)];
  const out: Cell[][] = [];
  for (const s of t.sasaran.rows) {
    const id = s[0] as number;
    const rt = s[8] as number | null;
    const ibu = ibuBy.get(id) ?? [];
    for (const q of quartersOf(ibu)) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const r = evaluateIbu(ibu as any, q.tahun, q.triwulan, settingsOf(q.tahun));
      if (r)
        out.push([
          id,
          q.tahun,
          q.triwulan,
          "ibu",
          q.last.kodeWilayah,
          q.last.posyanduId,
          rt,
          r.status ?? null,
          null,
          r.stage ?? null,
          encodeHasil(r.hasil),
          targetTotals(r.hasil).diterima,
          targetTotals(r.hasil).seharusnya,
        ]);
    }
    const anak = anakBy.get(id) ?? [];
    for (const q of quartersOf(anak)) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const r = evaluateAnak(anak as any, q.tahun, q.triwulan, settingsOf(q.tahun));
      if (r)
        out.push([
          id,
          q.tahun,
          q.triwulan,
          "anak",
          q.last.kodeWilayah,
          q.last.posyanduId,
          rt,
          r.status ?? null,
          r.tikar ?? null,
          String(r.kategoriUmur),
          encodeHasil(r.hasil),
          targetTotals(r.hasil).diterima,
          targetTotals(r.hasil).seharusnya,
        ]);
    }
    const paud = paudBy.get(id) ?? [];
    for (const q of quartersOf(paud)) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const r = evaluatePaud(paud as any, q.tahun, q.triwulan);
      if (r)
        out.push([
          id,
          q.tahun,
          q.triwulan,
          "paud",
          q.last.kodeWilayah,
          null,
          rt,
          null,
          null,
          null,
          "",
          r.ikut,
          r.wajib,
        ]);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Regions, posyandu, APBDes, approvals

function kecamatanSizes(rng: Rng, cfg: SynthConfig): number[] {
  const [lo, hi] = cfg.desaPerKecamatan;
  const sizes: number[] = [];
  if (cfg.kecamatan) for (let i = 0; i < cfg.kecamatan; i++) sizes.push(rng.int(lo, hi));
  else while (sizes.reduce((a, b) => a + b, 0) < (cfg.minDesa ?? 0)) sizes.push(rng.int(lo, hi));
  return sizes;
}

const APBDES_LINES: Array<
  [string, string, string, string, number, string, number, "SP" | "SN" | "TK" | null, string | null, string[], boolean]
> = [
  [
    "1.1.01",
    "Penghasilan tetap dan tunjangan kepala desa",
    "5.1.1",
    "ADD",
    12,
    "bulan",
    54_000_000,
    null,
    null,
    [],
    false,
  ],
  [
    "1.1.02",
    "Penghasilan tetap dan tunjangan perangkat desa",
    "5.1.2",
    "ADD",
    12,
    "bulan",
    312_000_000,
    null,
    null,
    [],
    false,
  ],
  ["1.4.02", "Rembuk stunting desa", "5.2.1.06", "DDS", 1, "kegiatan", 3_500_000, "TK", "tata_kelola", [], false],
  [
    "2.2.02",
    "PMT lokal balita gizi kurang dan ibu hamil KEK",
    "5.2.1.06",
    "DDS",
    12,
    "bulan",
    30_000_000,
    "SP",
    "gizi",
    ["ibu:4", "ibu:5", "anak:4", "anak:5"],
    false,
  ],
  [
    "2.2.02",
    "Insentif kader posyandu",
    "5.2.2.03",
    "DDS",
    12,
    "bulan",
    24_000_000,
    "SP",
    "kia",
    ["anak:2", "anak:3"],
    false,
  ],
  [
    "2.1.01",
    "Honor pendidik dan operasional PAUD desa",
    "5.2.2.03",
    "DDS",
    12,
    "bulan",
    36_000_000,
    "SN",
    "paud",
    ["paud:1"],
    false,
  ],
  ["3.4.91", "Insentif dan operasional KPM", "5.2.2.03", "DDS", 12, "bulan", 18_000_000, "TK", "tata_kelola", [], true],
  [
    "2.4.12",
    "Sambungan air bersih ke rumah tangga",
    "5.3.8",
    "DDS",
    40,
    "sambungan",
    80_000_000,
    "SN",
    "air_sanitasi",
    ["ibu:6", "anak:6"],
    false,
  ],
  ["2.3.10", "Pengerasan jalan desa", "5.3.5", "DDS", 350, "meter", 180_000_000, null, null, [], false],
];

// ---------------------------------------------------------------------------------------------------
// Main

export type SynthOptions = {
  scale: SynthScale;
  seed?: number;
  today?: string;
  config?: Partial<SynthConfig>;
  log?: (msg: string) => void;
  /** skip kabupaten already there */ resume?: boolean;
};

export type SynthTarget = { kind: "postgres"; sql: postgres.Sql } | { kind: "pglite"; db: Db };

const LOCKED = [
  "regions",
  "posyandu",
  "users",
  "rumah_tangga",
  "sasaran",
  "pemantauan_ibu",
  "pemantauan_anak",
  "pemantauan_paud",
  "pemantauan_balita",
  "pengukuran",
  "konvergensi_sasaran",
  "konvergensi_desa",
  "pertumbuhan_desa",
  "periode_desa",
  "apbdes",
  "apbdes_baris",
];

/** Generates the synthetic kabupaten of a scale. Refuses when one already exists, unless `resume`. */
export async function synthesize(target: SynthTarget, opts: SynthOptions): Promise<SynthSummary> {
  const cfg = { ...SCALES[opts.scale], ...opts.config };
  const seed = opts.seed ?? 7;
  const today = opts.today ?? todayIso();
  const log = opts.log ?? (() => {});
  const started = performance.now();
  const hash = await hashPassword(SYNTH_PASSWORD);
  const sum: SynthSummary = {
    kabupaten: [],
    desa: 0,
    posyandu: 0,
    rumahTangga: 0,
    sasaran: 0,
    sasaranAktif: 0,
    pemantauanIbu: 0,
    pemantauanAnak: 0,
    pemantauanPaud: 0,
    pemantauanBalita: 0,
    pengukuran: 0,
    konvergensi: 0,
    periode: 0,
    apbdes: 0,
    apbdesBaris: 0,
    implausible: 0,
    ms: { generate: 0, write: 0, recompute: 0, total: 0 },
  };

  const tables = loadGrowthTables();
  // LMS rows are looked up by whole day: cache the lookups (the z-scores themselves use computeGrowthWho).
  const cache = new Map<number, Lms>();
  const lookup = (table: typeof tables.lengthHeightForAge, tag: number) => (sex: Sex, ageDays: number) => {
    const key = tag * 100_000 + (sex === "L" ? 0 : 50_000) + ageDays;
    let lms = cache.get(key);
    if (!lms) {
      lms = table.get(toWhoSex(sex), ageDays);
      if (!lms) throw new Error(`Tabel WHO tanpa baris untuk umur ${ageDays} hari`);
      cache.set(key, lms);
    }
    return lms;
  };
  const cur = yearMonthOfDate(today);
  const months: Month[] = [];
  for (let back = cfg.months - 1; back >= 0; back--) {
    const ym = addMonths(cur, -back);
    const { first, last } = monthBounds(ym);
    months.push({ ...ym, first: dayOf(first), last: dayOf(last), current: back === 0, index: cfg.months - 1 - back });
  }

  for (let k = 0; k < cfg.kabupaten; k++) {
    const kab = synthKabKode(k);
    const rng = new Rng(seed * 1000 + k);
    const kfRng = new Rng((seed * 1000 + k) ^ 0x4b46);
    const bRng = new Rng((seed * 1000 + k) ^ 0xba11);
    // Each kabupaten is its own transaction and draws from its own generator, so a run that stopped half-way
    // continues with the next one and produces the same data.
    if (opts.resume) {
      const db = target.kind === "postgres" ? (drizzle(target.sql, { schema }) as unknown as Db) : target.db;
      const [done] = await selectRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from regions where kode = ${kab}`,
      );
      if (done.n) {
        log(`${kab}: sudah ada, dilewati (--resume)`);
        sum.kabupaten.push(kab);
        continue;
      }
    }
    const run = async (w: Writer) => {
      const db = w.db;
      await db.execute(sql.raw(`lock table ${LOCKED.join(", ")} in share row exclusive mode`));
      const [exists] = await selectRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from regions where kode = ${kab}`,
      );
      if (exists.n)
        throw new Error(`Kabupaten ${kab} sudah ada: db:synth hanya untuk basis data yang belum berisi data sintetis.`);
      const t0 = performance.now();
      // Regions.
      const sizes = kecamatanSizes(rng, cfg);
      const regionRows: Cell[][] = [
        ["19", "Kepulauan Bangka Belitung", "provinsi", null, null],
        [kab, `Kabupaten Sintetis ${KAB_NAMES[k] ?? k + 1}`, "kabupaten", "19", null],
      ];
      const desa: Desa[] = [];
      const usedKec = new Set<string>();
      sizes.forEach((n, i) => {
        const kec = `${kab}.${pad(i + 1, 2)}`;
        let nama = `${rng.pick(KEC_A)} ${rng.pick(KEC_B)}`;
        while (usedKec.has(nama)) nama = `${rng.pick(KEC_A)} ${rng.pick(KEC_B)}`;
        usedKec.add(nama);
        regionRows.push([kec, nama, "kecamatan", kab, null]);
        const used = new Set<string>();
        for (let j = 0; j < n; j++) {
          let dn = `${rng.pick(DESA_A)} ${rng.pick(DESA_B)}`;
          while (used.has(dn)) dn = `${rng.pick(DESA_A)} ${rng.pick(DESA_B)}`;
          used.add(dn);
          const kode = `${kec}.${2001 + j}`;
          regionRows.push([kode, dn, "desa", kec, null]);
          desa.push({ kode, nama: dn, posyanduIds: [] });
        }
      });
      await db.execute(
        sql`insert into regions (kode, nama, jenis, parent_kode) values ('19', 'Kepulauan Bangka Belitung', 'provinsi', null) on conflict do nothing`,
      );
      await w.write({
        name: "regions",
        cols: ["kode", "nama", "jenis", "parent_kode", "kode_bps"],
        rows: regionRows.slice(1),
      });
      // Posyandu.
      let posId = await reserveIds(db, "posyandu", desa.length * POSYANDU.length);
      const posRows: Cell[][] = [];
      for (const d of desa)
        for (const nama of POSYANDU) {
          d.posyanduIds.push(posId);
          posRows.push([posId++, d.kode, nama, `Dusun ${ROMAN[d.posyanduIds.length - 1]}`, true]);
        }
      await w.write({ name: "posyandu", cols: ["id", "kode_wilayah", "nama", "alamat", "aktif"], rows: posRows });
      // Accounts.
      const names = synthUsernames(k);
      await db.execute(sql`insert into users (username, display_name, password_hash, role, scope_kode, is_demo) values
        (${names.kabupaten}, ${`TPPS Kabupaten Sintetis ${KAB_NAMES[k] ?? k + 1}`}, ${hash}, 'kabupaten', ${kab}, true),
        (${names.kecamatan}, ${`TPPS Kecamatan ${regionRows[2][1]}`}, ${hash}, 'kecamatan', ${`${kab}.01`}, true),
        (${names.kpm}, ${`KPM ${desa[0].nama}`}, ${hash}, 'kpm', ${synthKpmDesa(kab)}, true),
        (${names.kpmBesar}, ${`KPM ${desa[1]?.nama ?? desa[0].nama}`}, ${hash}, 'kpm', ${synthBesarDesa(kab)}, true)
        on conflict (username) do nothing`);

      // Targets and monthly records, written in slices of desa to bound memory.
      const SLICE = 60;
      let ms = { gen: 0, write: 0, derive: 0 };
      const perTable: Record<string, number> = {};
      const settingsOf = await loadSettings(db);
      const allQuarters = new Map<string, Set<number>>();
      const niks = new Set<string>();
      for (let s = 0; s < desa.length; s += SLICE) {
        const part = desa.slice(s, s + SLICE);
        const tg = performance.now();
        const g: Gen = {
          rng,
          kfRng,
          bRng,
          today: dayOf(today),
          months,
          lhfa: lookup(tables.lengthHeightForAge, 1),
          wfa: lookup(tables.weightForAge, 2),
          nik: 0,
          niks,
          ids: { rt: 0, sasaran: 0, ibu: 0, anak: 0, paud: 0, balita: 0, ukur: 0 },
          t: emptyTables(),
          sasaranIds: [],
          aktif: 0,
          quarters: allQuarters,
          implausible: 0,
        };
        // Plan with local ids, then shift onto reserved id blocks.
        for (const d of part) {
          const births = d.kode === synthKpmDesa(kab) ? 1.55 : rng.uniform(cfg.births[0], cfg.births[1]);
          planDesa(g, d, d.kode === synthBesarDesa(kab) ? BESAR_BIRTHS : births);
        }
        const base = {
          rt: await reserveIds(db, "rumah_tangga", g.ids.rt),
          sasaran: await reserveIds(db, "sasaran", g.ids.sasaran),
          ibu: await reserveIds(db, "pemantauan_ibu", g.ids.ibu),
          anak: await reserveIds(db, "pemantauan_anak", g.ids.anak),
          paud: await reserveIds(db, "pemantauan_paud", g.ids.paud),
          balita: await reserveIds(db, "pemantauan_balita", g.ids.balita),
          ukur: await reserveIds(db, "pengukuran", g.ids.ukur),
        };
        const shift = (rows: Cell[][], cols: Array<[number, number]>) => {
          for (const r of rows) for (const [c, b] of cols) if (r[c] !== null) r[c] = (r[c] as number) + b;
        };
        shift(g.t.rt.rows, [[0, base.rt]]);
        shift(g.t.sasaran.rows, [
          [0, base.sasaran],
          [8, base.rt],
          [10, base.sasaran],
        ]);
        shift(g.t.ibu.rows, [
          [0, base.ibu],
          [1, base.sasaran],
        ]);
        shift(g.t.anak.rows, [
          [0, base.anak],
          [1, base.sasaran],
        ]);
        shift(g.t.paud.rows, [
          [0, base.paud],
          [1, base.sasaran],
        ]);
        shift(g.t.balita.rows, [
          [0, base.balita],
          [1, base.sasaran],
        ]);
        shift(g.t.ukur.rows, [
          [0, base.ukur],
          [1, base.sasaran],
          [2, base.anak],
          [22, base.balita],
        ]);
        ms.gen += performance.now() - tg;
        const tw = performance.now();
        const konv: Table = {
          name: "konvergensi_sasaran",
          cols: KONVERGENSI_COLS,
          rows: deriveKonvergensi(g.t, settingsOf),
        };
        sum.konvergensi += konv.rows.length;
        ms.derive += performance.now() - tw;
        const tw2 = performance.now();
        // Mothers before their children (ibu_id), monitoring before measurements.
        for (const t of [g.t.rt, g.t.sasaran, g.t.ibu, g.t.anak, g.t.paud, g.t.balita, g.t.ukur, konv]) {
          const tt = performance.now();
          await w.write(t);
          perTable[t.name] = (perTable[t.name] ?? 0) + performance.now() - tt;
        }
        ms.write += performance.now() - tw2;
        sum.rumahTangga += g.t.rt.rows.length;
        sum.sasaran += g.t.sasaran.rows.length;
        sum.sasaranAktif += g.aktif;
        sum.pemantauanIbu += g.t.ibu.rows.length;
        sum.pemantauanAnak += g.t.anak.rows.length;
        sum.pemantauanPaud += g.t.paud.rows.length;
        sum.pemantauanBalita += g.t.balita.rows.length;
        sum.pengukuran += g.t.ukur.rows.length;
        sum.implausible += g.implausible;
        log(
          `${kab}: desa ${s + part.length}/${desa.length}, ${sum.sasaran} sasaran, ${sum.pemantauanIbu + sum.pemantauanAnak + sum.pemantauanPaud + sum.pemantauanBalita} catatan bulanan (${Math.round(performance.now() - t0)} ms)`,
        );
      }
      sum.ms.generate += ms.gen;
      sum.ms.write += ms.write;
      sum.ms.recompute += ms.derive;
      log(
        `${kab}: ms generate ${Math.round(ms.gen)}, derive konvergensi ${Math.round(ms.derive)}, write ${Math.round(ms.write)} (${Object.entries(
          perTable,
        )
          .map(([k, v]) => `${k} ${Math.round(v)}`)
          .join(", ")})`,
      );
      ms = { gen: 0, write: 0, derive: 0 };

      // Quarter approvals: quarters ended two or more quarters ago are approved (except ~4 % of desa, which
      // leave one open), the last completed quarter in about half the desa, the current quarter stays draft.
      const currentQ = cur.tahun * 4 + quarterOfMonth(cur.bulan) - 1;
      const periode: Cell[][] = [];
      for (const [key, qs] of [...allQuarters].sort()) {
        const [kode, tahunS] = key.split("|");
        const tahun = Number(tahunS);
        const hash32 = [...kode].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, seed);
        for (const q of [...qs].sort()) {
          const age = currentQ - (tahun * 4 + q - 1);
          const approved =
            (age >= 2 && !(Math.abs(hash32) % 25 === 0 && age === 2)) || (age === 1 && Math.abs(hash32) % 2 === 0);
          const at = tsOf(dayOf(monthBounds({ tahun, bulan: q * 3 }).last) + 12, 600);
          if (approved) periode.push([kode, tahun, q, "disetujui", at, at, at]);
          else if (age >= 1) periode.push([kode, tahun, q, "diajukan", null, at, at]);
        }
      }
      await w.write({
        name: "periode_desa",
        cols: ["kode_wilayah", "tahun", "triwulan", "status", "disetujui_at", "diajukan_at", "updated_at"],
        rows: periode,
      });
      // Fresh statistics for the roll-up queries below (autovacuum cannot analyze while this transaction holds its lock).
      if (target.kind === "postgres")
        await db.execute(
          sql`analyze sasaran, pemantauan_ibu, pemantauan_anak, pemantauan_paud, pemantauan_balita, pengukuran, konvergensi_sasaran`,
        );
      const tr = performance.now();
      await rebuildRollupsUnder(db, kab);
      log(`${kab}: roll-up per desa per triwulan ${Math.round(performance.now() - tr)} ms`);
      const tg2 = performance.now();
      await rebuildGrowthRollups(db, kab);
      log(`${kab}: roll-up pertumbuhan per desa per periode ${Math.round(performance.now() - tg2)} ms`);
      sum.periode += periode.length;

      // APBDes: approved murni for three years in every desa.
      const nApb = desa.length * 3;
      let apbId = await reserveIds(db, "apbdes", nApb);
      let barisId = await reserveIds(db, "apbdes_baris", nApb * APBDES_LINES.length);
      const apb: Cell[][] = [];
      const baris: Cell[][] = [];
      desa.forEach((d, i) => {
        const scale = [1, 0.9, 1.15, 0.8, 1.05][i % 5];
        for (const tahun of [cur.tahun - 2, cur.tahun - 1, cur.tahun]) {
          const at = tsOf(dayOf(`${tahun - 1}-12-20`), 600);
          apb.push([apbId, d.kode, tahun, "murni", "disetujui", at, at]);
          const share = tahun < cur.tahun ? 1 : cur.bulan / 12;
          APBDES_LINES.forEach(([kg, uraian, rek, sumber, vol, sat, pagu0, tag, paket, ind, kpm], j) => {
            const pagu = rek.startsWith("5.1") ? pagu0 : Math.round((pagu0 * scale) / 100_000) * 100_000;
            const realisasi = Math.floor((pagu * Math.min(0.98, share * (0.85 + ((i + j) % 14) / 100))) / 1000) * 1000;
            baris.push([
              barisId++,
              apbId,
              d.kode,
              kg,
              uraian,
              rek,
              sumber,
              vol,
              sat,
              pagu,
              realisasi,
              tag,
              paket,
              ind,
              kpm,
            ]);
          });
          apbId++;
        }
      });
      await w.write({
        name: "apbdes",
        cols: ["id", "kode_wilayah", "tahun", "versi", "status", "diajukan_at", "disetujui_at"],
        rows: apb,
      });
      await w.write({
        name: "apbdes_baris",
        cols: [
          "id",
          "apbdes_id",
          "kode_wilayah",
          "kode_kegiatan",
          "uraian",
          "kode_rekening",
          "sumber_dana",
          "volume",
          "satuan",
          "pagu",
          "realisasi",
          "stunting_tag",
          "paket_layanan",
          "indikator",
          "insentif_kpm",
        ],
        rows: baris,
      });
      sum.apbdes += apb.length;
      sum.apbdesBaris += baris.length;
      sum.desa += desa.length;
      sum.posyandu += posRows.length;
      sum.kabupaten.push(kab);
    };
    if (target.kind === "postgres") {
      const pg = drizzle(target.sql, { schema }) as unknown as Db;
      await pg.transaction((tx) => run(copyWriter(tx as unknown as Db)));
    } else await target.db.transaction((tx) => run(insertWriter(tx as unknown as Db)));
  }
  // VACUUM, not only ANALYZE: a bulk load leaves the visibility map unset, so index-only scans (report completeness,
  // JTRT) would fetch every heap page until autovacuum gets there — not the state a live database is in.
  if (target.kind === "postgres") await target.sql`vacuum (analyze)`;
  sum.ms = {
    generate: Math.round(sum.ms.generate),
    write: Math.round(sum.ms.write),
    recompute: Math.round(sum.ms.recompute),
    total: Math.round(performance.now() - started),
  };
  return sum;
}
