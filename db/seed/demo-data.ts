/**
 * Realistic demo data for the demo district (Kabupaten Bangka Barat, 19.05): households, targets
 * (ibu hamil, mothers delivered in the last 12 months with their babies, anak 0–23 bulan, balita 24–59 bulan,
 * PAUD 2–6) and 12 months of Formulir 2A/2B/2C and balita records with WHO-scored measurements.
 *
 * Balita (issue 20): every child in its balita months (`monitoringGroupIn`) gets monthly balita records with
 * weighings from a stream of its own, and each desa gets older children until it has about 1.2–1.5 balita per
 * child 0–23 (36 birth months against 24), so everything generated before the balita stayed as it was.
 *
 * Deterministic by seed (own PRNG, never Math.random), idempotent (does nothing once any target exists),
 * bulk inserts inside one transaction. No "server-only" here: it runs from scripts and instrumentation.
 */
import { count, getTableColumns, sql } from "drizzle-orm";
import { calendarAgeMonths } from "@/lib/growth/age-bands";
import { balitaRecordLastDay, monitoringGroupIn } from "@/lib/sasaran/kategori";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import {
  pemantauanAnak,
  pemantauanBalita,
  pemantauanIbu,
  pemantauanPaud,
  pengukuran,
  posyandu,
  regions,
  rumahTangga,
  sasaran,
} from "../schema";
import { addMonths, monthBounds, todayIso, yearMonthOfDate, type YearMonth } from "@/lib/periods";
import { reportCutoff } from "@/lib/dashboard/reporting";
import { completedMonths, isoDateToDayNumber } from "@/lib/growth/age";
import { computeGrowthWho, loadGrowthTables } from "@/lib/growth/tables";
import { lmsValueAt, toWhoSex, type GrowthResult, type Sex } from "@/lib/growth/zscore";
import type { Lms } from "@/lib/growth/lms";
import { kfVisitDays, visitsInMonth } from "./nifas-visits";
import type { JenisSasaran } from "@/lib/enums";

/** The generator's PAUD window in days (as the demo was generated; the groups themselves are by calendar,
 * lib/sasaran/kategori.ts). Kept so the demo data stay the same. */
const PAUD_MAX_DAYS = 6 * 365 + 1;

export interface DemoDataOptions {
  /** Reference date, YYYY-MM-DD (default: today in Asia/Jakarta). */
  today?: string;
  /** PRNG seed (default 20260401). */
  seed?: number;
}

export interface DemoDataSummary {
  rumahTangga: number;
  sasaran: number;
  ibu: number;
  anak: number;
  pemantauanIbu: number;
  pemantauanAnak: number;
  pemantauanPaud: number;
  pemantauanBalita: number;
  pengukuran: number;
  /** Measurements dropped because WHO flagged a z-score as implausible (expected: 0). */
  implausible: number;
  ms: number;
}

/** Desa that the demo accounts work in: it gets a fixed, richer composition. */
export const DEMO_DESA_AIR_PUTIH = "19.05.01.2004";
const MENTOK = "19.05.01";
const MONTHS_BACK = 12;
const CHUNK = 500;
const DEFAULT_SEED = 20260401;

// ---------------------------------------------------------------------------------------------------
// PRNG and small helpers

/** mulberry32: tiny, fast, good enough for demo data. */
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
  float(): number {
    return this.next();
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  uniform(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }
  normal(mean = 0, sd = 1): number {
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
function dayOf(iso: string): number {
  const d = isoDateToDayNumber(iso);
  if (d === null) throw new Error(`Tanggal tidak valid: ${iso}`);
  return d;
}
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round1 = (x: number) => Math.round(x * 10) / 10;
const pad = (n: number, w: number) => String(n).padStart(w, "0");

// ---------------------------------------------------------------------------------------------------
// Names (Bangka Malay, with some Bangka Chinese families)

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
  "Yusril Ihza",
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
  "Bujang",
  "Amran",
  "Erwin Syahputra",
  "Saparudin",
  "Marzuki",
  "Usman",
  "Hamdani",
  "Arifin",
  "Samsudin",
  "Sukardi",
  "Rosidi",
  "Hasan Basri",
  "Ismail",
  "Jumadi",
  "Kurniadi",
  "Muslim",
  "Rudi Hartono",
  "Sofyan",
  "Edi Susanto",
  "Fadli",
  "Heri Gunawan",
  "Indra Jaya",
  "Mulyadi",
  "Syafrudin",
  "Tarmizi",
  "Zulfikar",
] as const;

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
  "Indah Permata Sari",
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
  "Erna Wati",
  "Suryani",
  "Ratna Dewi",
  "Fadillah",
  "Nur Azizah",
  "Elvina",
  "Yenni",
  "Misnawati",
  "Rahayu",
  "Aprilia",
  "Putri Ramadhani",
  "Sri Mulyani",
  "Nova Yanti",
  "Ria Anggraini",
  "Siti Khadijah",
  "Yusmiati",
  "Dahlia",
  "Rosnani",
  "Leni Marlina",
  "Mardiana",
  "Nuraini",
  "Sumarni",
  "Tri Wahyuni",
  "Wati",
  "Zuraida",
] as const;

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
  "Kenzo",
  "Abizar",
  "Arsyad",
  "Hafiz",
  "Rayyan",
  "Syafiq",
  "Fadhil",
  "Umar",
  "Ibrahim",
  "Farel",
  "Gibran",
  "Athar",
  "Ilham",
  "Dzaky",
  "Naufal",
  "Alif",
  "Satria",
  "Bima",
  "Fatir",
] as const;
const CHILD_L2 = [
  "Al Fatih",
  "Ramadhan",
  "Pratama",
  "Saputra",
  "Hidayat",
  "Alfarezi",
  "Maulana",
  "Akbar",
  "Al Hakim",
  "Rizqullah",
  "Firmansyah",
  "Putra",
  "Aditya",
  "Fadillah",
  "Nugraha",
  "Alvaro",
  "Kurniawan",
  "Syahputra",
] as const;
const CHILD_P = [
  "Aisyah",
  "Naura",
  "Khansa",
  "Zahra",
  "Alesha",
  "Shaqila",
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
  "Zaskia",
  "Adiba",
  "Qirani",
  "Fatimah",
  "Hana",
  "Keisha",
  "Raisa",
  "Medina",
  "Alya",
  "Nabila",
  "Annisa",
] as const;
const CHILD_P2 = [
  "Putri",
  "Humaira",
  "Ramadhani",
  "Azzahra",
  "Nur Fadhilah",
  "Safitri",
  "Maharani",
  "Khairunnisa",
  "Az Zahra",
  "Anindya",
  "Salsabila",
  "Rahmadani",
  "Aulia",
  "Zahira",
  "Kirana",
  "Syakira",
] as const;

const CN_SURNAME = ["Lie", "Tjhin", "Bong", "Liu", "Tjong", "Phang", "Fung", "Lim"] as const;
const CN_GIVEN_M = [
  "Kim Hin",
  "Ket Fong",
  "Sui Min",
  "Fuk Kiong",
  "Jun Kiat",
  "Tjin Fo",
  "Kian Liong",
  "Fui Khiong",
  "Nam Fo",
  "Sen Liong",
] as const;
const CN_GIVEN_F = [
  "Mei Lan",
  "Siu Fa",
  "Ai Ling",
  "Fui Lan",
  "Mei Fung",
  "Lie Fa",
  "Siu Lan",
  "Nyuk Fa",
  "Sui Jin",
  "Moi Fa",
] as const;
const CN_CHILD_L = [
  "Kevin",
  "Jonathan",
  "Steven",
  "Felix",
  "Vincent",
  "Nathan",
  "Jason",
  "Calvin",
  "Wilson",
  "Darren",
] as const;
const CN_CHILD_P = [
  "Jessica",
  "Felicia",
  "Angelina",
  "Michelle",
  "Vanessa",
  "Cindy",
  "Clarissa",
  "Grace",
  "Stella",
  "Olivia",
] as const;

const STREETS = [
  "Jl. Raya Mentok",
  "Jl. Jenderal Sudirman",
  "Jl. Pelabuhan",
  "Jl. Pantai",
  "Jl. Masjid Jamik",
  "Jl. Kampung Baru",
  "Jl. Bukit Menumbing",
  "Jl. Sungai",
  "Jl. Lintas Timur",
  "Jl. Kebun Lada",
  "Jl. Tanjung Kalian",
  "Jl. Air Bersih",
  "Jl. Sekolah",
  "Jl. Pasar",
  "Jl. Kuburan",
  "Jl. Perumnas",
  "Gg. Melati",
  "Gg. Mawar",
  "Gg. Kenanga",
  "Jl. Parit",
] as const;
const ROMAN = ["I", "II", "III", "IV", "V"] as const;

type Family = { chinese: boolean; surname: string };

function familyOf(rng: Rng): Family {
  const chinese = rng.chance(0.08);
  return { chinese, surname: chinese ? rng.pick(CN_SURNAME) : "" };
}
function husbandName(rng: Rng, f: Family): string {
  return f.chinese ? `${f.surname} ${rng.pick(CN_GIVEN_M)}` : rng.pick(MALE);
}
function motherName(rng: Rng, f: Family): string {
  return f.chinese ? `${rng.pick(CN_SURNAME)} ${rng.pick(CN_GIVEN_F)}` : rng.pick(FEMALE);
}
function childName(rng: Rng, f: Family, sex: Sex): string {
  if (f.chinese) return `${rng.pick(sex === "L" ? CN_CHILD_L : CN_CHILD_P)} ${f.surname}`;
  const first = rng.pick(sex === "L" ? CHILD_L : CHILD_P);
  if (!rng.chance(0.75)) return first;
  let second = rng.pick(sex === "L" ? CHILD_L2 : CHILD_P2);
  if (second === first) second = sex === "L" ? "Pratama" : "Putri";
  return `${first} ${second}`;
}

// ---------------------------------------------------------------------------------------------------
// Plan (pure, in memory) — inserted afterwards

type Village = { kode: string; nama: string; jenis: "desa" | "kelurahan" };

type HouseholdPlan = {
  kodeWilayah: string;
  kepalaKeluarga: string;
  alamat: string;
  dusun: string;
  rt: string;
  rw: string;
  airMinumLayak: boolean;
  jambanLayak: boolean;
};

type PersonPlan = {
  jenis: JenisSasaran;
  hh: number;
  kodeWilayah: string;
  nama: string;
  nik: string | null;
  jenisKelamin: Sex;
  tanggalLahir: string;
  noKia: string;
  posyanduId: number;
  mother: number | null;
  hpl: string | null;
  tanggalMelahirkan: string | null;
  beratLahirKg: number | null;
  panjangLahirCm: number | null;
};

type IbuRowPlan = Omit<typeof pemantauanIbu.$inferInsert, "sasaranId"> & { person: number };
type MeasurePlan = Omit<typeof pengukuran.$inferInsert, "sasaranId" | "pemantauanAnakId">;
type AnakRowPlan = Omit<typeof pemantauanAnak.$inferInsert, "sasaranId"> & {
  person: number;
  measure: MeasurePlan | null;
};
type PaudRowPlan = Omit<typeof pemantauanPaud.$inferInsert, "sasaranId"> & { person: number };
type BalitaMeasurePlan = Omit<typeof pengukuran.$inferInsert, "sasaranId" | "pemantauanBalitaId">;
type BalitaRowPlan = Omit<typeof pemantauanBalita.$inferInsert, "sasaranId"> & {
  person: number;
  measure: BalitaMeasurePlan | null;
};

type Plan = {
  households: HouseholdPlan[];
  people: PersonPlan[];
  ibuRows: IbuRowPlan[];
  anakRows: AnakRowPlan[];
  paudRows: PaudRowPlan[];
  balitaRows: BalitaRowPlan[];
  implausible: number;
};

type MonthInfo = YearMonth & { first: number; last: number; current: boolean; index: number };

type Ctx = {
  rng: Rng;
  /** Postnatal visits draw from their own stream, so adding them left every other generated figure as it was. */
  kfRng: Rng;
  /** Balita months and the older children added for them: their own stream as well. */
  bRng: Rng;
  today: number;
  months: MonthInfo[];
  niks: Set<string>;
  plan: Plan;
  /** Family of each planned household (index = household index). */
  families: Family[];
  lhfa: (sex: Sex, ageDays: number) => Lms;
  wfa: (sex: Sex, ageDays: number) => Lms;
  posyanduDay: Map<number, number>;
  villages: VillageCtx[];
};

/** A posyandu opens on about the same day every month. */
function visitDay(ctx: Ctx, m: MonthInfo, posyanduId: number): number {
  const { rng } = ctx;
  const base = ctx.posyanduDay.get(posyanduId) ?? 10;
  let dom = clamp(base + ((m.index * 5 + posyanduId) % 3) - 1, 1, 28);
  // Home visit or a catch-up session on another day.
  if (rng.chance(0.12)) dom = rng.int(1, 28);
  let d = Math.min(m.first + dom - 1, m.last);
  if (m.current && d > ctx.today) d = rng.int(m.first, ctx.today);
  return d;
}

function makeNik(ctx: Ctx, kode: string, birthIso: string, sex: Sex): string {
  const kec = kode.split(".")[2];
  const [y, mo, da] = birthIso.split("-").map(Number);
  const dd = sex === "P" ? da + 40 : da;
  const prefix = `1905${kec}${pad(dd, 2)}${pad(mo, 2)}${pad(y % 100, 2)}`;
  let serial = ctx.rng.int(1, 2500);
  for (;;) {
    const nik = prefix + pad(serial, 4);
    if (!ctx.niks.has(nik)) {
      ctx.niks.add(nik);
      return nik;
    }
    serial = (serial % 9999) + 1;
  }
}

type Growth = {
  hazBirth: number;
  hazSlope: number;
  wazBirth: number;
  wazSlope: number;
};

function growthParams(rng: Rng, desaEffect: number): Growth {
  // HAZ falls with age (as in Indonesian surveys); WAZ follows HAZ so that wasting stays uncommon.
  const hazBirth = -0.8 + desaEffect + rng.normal(0, 0.85);
  const hazSlope = rng.normal(-0.8, 0.35);
  const wazBirth = -0.65 + 0.7 * (hazBirth + 0.8) + 0.3 * desaEffect + rng.normal(0, 0.6);
  const wazSlope = 0.6 * hazSlope + rng.normal(0, 0.25);
  return { hazBirth, hazSlope, wazBirth, wazSlope };
}

type VillageCtx = {
  v: Village;
  posyanduIds: number[];
  dusunCount: number;
  streets: string[];
  airRate: number;
  jambanRate: number;
  desaEffect: number;
  kia: number;
  /** Names already used in this desa (avoid two "Siti Aminah" in one small register). */
  names: Set<string>;
};

function uniqueName(vc: VillageCtx, make: () => string): string {
  let name = make();
  for (let i = 0; i < 8 && vc.names.has(name); i++) name = make();
  vc.names.add(name);
  return name;
}

function addHousehold(ctx: Ctx, vc: VillageCtx, fam: Family): { hh: number; posyanduId: number } {
  const { rng } = ctx;
  const kepala = uniqueName(vc, () => husbandName(rng, fam));
  const dusunIdx = rng.int(0, vc.dusunCount - 1);
  const prefix = vc.v.jenis === "kelurahan" ? "Lingkungan" : "Dusun";
  ctx.plan.households.push({
    kodeWilayah: vc.v.kode,
    kepalaKeluarga: kepala,
    alamat: `${rng.pick(vc.streets)} No. ${rng.int(1, 120)}`,
    dusun: `${prefix} ${ROMAN[dusunIdx]}`,
    rt: pad(dusunIdx * 3 + rng.int(1, 3), 3),
    rw: pad(dusunIdx + 1, 3),
    airMinumLayak: rng.chance(vc.airRate),
    jambanLayak: rng.chance(vc.jambanRate),
  });
  ctx.families.push(fam);
  // Each dusun goes to one posyandu.
  return { hh: ctx.plan.households.length - 1, posyanduId: vc.posyanduIds[dusunIdx % vc.posyanduIds.length] };
}

function nextKia(vc: VillageCtx): string {
  vc.kia += 1;
  return `KIA-${vc.v.kode.slice(-4)}-${pad(vc.kia, 3)}`;
}

// --- ibu (Formulir 2A) ----------------------------------------------------------------------------

function addMother(ctx: Ctx, vc: VillageCtx, kind: "pregnant" | "delivered"): number {
  const { rng, plan } = ctx;
  const fam = familyOf(rng);
  const { hh, posyanduId } = addHousehold(ctx, vc, fam);
  const ageYears = 18 + Math.floor(((rng.float() + rng.float()) / 2) * 24);
  const birth = ctx.today - Math.round(ageYears * 365.25) - rng.int(0, 364);
  const birthIso = isoOf(birth);

  let hpl: number;
  let delivery: number | null = null;
  if (kind === "pregnant") {
    hpl = ctx.today + rng.int(10, 235);
  } else {
    delivery = ctx.today - rng.int(5, 355);
    const offset = rng.chance(0.06) ? -rng.int(21, 50) : rng.int(-14, 10);
    hpl = delivery - offset;
  }
  const lmp = hpl - 280;
  const known = lmp + rng.int(40, 105);

  const ageNow = (ctx.today - birth) / 365.25;
  const risky = ageNow < 20 || ageNow > 35;
  const status: "normal" | "risti" | "kek" = rng.chance(risky ? 0.45 : 0.06)
    ? "risti"
    : rng.chance(0.08)
      ? "kek"
      : "normal";
  const lila = status === "kek" ? rng.uniform(21, 23.3) : rng.uniform(23.7, 30.5);
  const pAnc = clamp(rng.normal(0.82, 0.12), 0.4, 1);
  const pFe = clamp(rng.normal(0.76, 0.15), 0.3, 1);
  const pKons = clamp(rng.normal(0.6, 0.18), 0.15, 1);
  const hasJkn = rng.chance(0.85);
  const recordCurrent = rng.chance(0.5);

  const mother = plan.people.length;
  plan.people.push({
    jenis: "ibu",
    hh,
    kodeWilayah: vc.v.kode,
    nama: uniqueName(vc, () => motherName(rng, fam)),
    nik: rng.chance(0.93) ? makeNik(ctx, vc.v.kode, birthIso, "P") : null,
    jenisKelamin: "P",
    tanggalLahir: birthIso,
    noKia: nextKia(vc),
    posyanduId,
    mother: null,
    hpl: isoOf(hpl),
    tanggalMelahirkan: delivery === null ? null : isoOf(delivery),
    beratLahirKg: null,
    panjangLahirCm: null,
  });
  const house = plan.households[hh];

  // KF1–KF4 on the days they happened; each month's record counts those of its month.
  const kfDays = delivery === null ? [] : kfVisitDays(ctx.kfRng, delivery, ctx.today, ctx.kfRng.uniform(0.75, 1.15));
  let nifasRecords = 0;
  let pregnancyRecords = 0;
  for (const m of ctx.months) {
    if (m.current && !recordCurrent) continue;
    const d = visitDay(ctx, m, posyanduId);
    const base = {
      person: mother,
      kodeWilayah: vc.v.kode,
      tahun: m.tahun,
      bulan: m.bulan,
      tanggalPeriksa: isoOf(d),
      posyanduId,
      statusKehamilan: status,
      aksesAirBersih: house.airMinumLayak,
      kepemilikanJamban: house.jambanLayak,
      jaminanKesehatan: hasJkn,
    };
    if (delivery !== null && d >= delivery) {
      if (m.first > delivery + 42) break;
      const fe = rng.chance(0.4);
      plan.ibuRows.push({
        ...base,
        usiaKehamilan: nifasRecords === 0 ? clamp(Math.round((delivery - lmp) / 30.4375), 7, 9) : null,
        tanggalMelahirkan: isoOf(delivery),
        pemeriksaanKehamilan: false,
        konsumsiPilFe: fe,
        butirPilFe: fe ? rng.int(10, 30) : null,
        // A month's visits are sometimes left off the form (the draw that once ticked the yes/no box).
        kunjunganNifas: rng.chance(0.92) ? visitsInMonth(kfDays, m.first, m.last) : 0,
        konselingGizi: rng.chance(0.5),
        kunjunganRumah: rng.chance(status === "normal" ? 0.25 : 0.7),
        lilaCm: null,
      });
      nifasRecords += 1;
    } else if (d >= known) {
      // The first record is usually the K1 visit that registered the pregnancy.
      const anc = pregnancyRecords === 0 || rng.chance(pAnc);
      pregnancyRecords += 1;
      const fe = rng.chance(pFe);
      plan.ibuRows.push({
        ...base,
        usiaKehamilan: clamp(Math.round((d - lmp) / 30.4375), 1, 9),
        tanggalMelahirkan: null,
        pemeriksaanKehamilan: anc,
        konsumsiPilFe: fe,
        butirPilFe: fe ? (rng.chance(0.7) ? 30 : rng.int(10, 29)) : null,
        // The posyandu visit came before the delivery; KF visits later in the same month go on this record.
        kunjunganNifas: visitsInMonth(kfDays, m.first, m.last),
        konselingGizi: rng.chance(pKons),
        kunjunganRumah: rng.chance(status === "normal" ? 0.08 : 0.7),
        lilaCm: anc
          ? round1(
              status === "kek"
                ? Math.min(lila + rng.normal(0, 0.15), 23.4)
                : Math.max(lila + rng.normal(0, 0.15), 23.6),
            )
          : null,
      });
    }
  }

  if (delivery !== null) {
    const sex: Sex = rng.chance(0.51) ? "L" : "P";
    addChild(ctx, vc, {
      birth: delivery,
      sex,
      fam,
      hh,
      posyanduId,
      mother,
      noKia: plan.people[mother].noKia,
      withBirthSize: true,
    });
  }
  return mother;
}

// --- anak (Formulir 2B, 2C, pengukuran) -----------------------------------------------------------

function addChild(
  ctx: Ctx,
  vc: VillageCtx,
  o: {
    birth: number;
    sex: Sex;
    fam: Family;
    hh: number;
    posyanduId: number;
    mother: number | null;
    noKia: string;
    withBirthSize: boolean;
    /** Weighed in every past balita month and no record yet this month (the acceptance e2e's 30-month-old). */
    e2eChild?: boolean;
  },
): number {
  const { rng, plan } = ctx;
  const g = growthParams(rng, vc.desaEffect);
  const birthIso = isoOf(o.birth);
  const ageNow = ctx.today - o.birth;

  let beratLahirKg: number | null = null;
  let panjangLahirCm: number | null = null;
  if (o.withBirthSize) {
    beratLahirKg = clamp(
      Math.round(lmsValueAt(clamp(g.wazBirth + 0.25 + rng.normal(0, 0.1), -3, 2.5), ctx.wfa(o.sex, 0)) * 20) / 20,
      1.8,
      4.6,
    );
    panjangLahirCm = round1(lmsValueAt(clamp(g.hazBirth + rng.normal(0, 0.1), -3.5, 2.5), ctx.lhfa(o.sex, 0)));
  }

  const child = plan.people.length;
  plan.people.push({
    jenis: "anak",
    hh: o.hh,
    kodeWilayah: vc.v.kode,
    nama: uniqueName(vc, () => childName(rng, o.fam, o.sex)),
    // Newborns often get their NIK only when the family card is updated.
    nik: rng.chance(ageNow < 60 ? 0.5 : 0.88) ? makeNik(ctx, vc.v.kode, birthIso, o.sex) : null,
    jenisKelamin: o.sex,
    tanggalLahir: birthIso,
    noKia: o.noKia,
    posyanduId: o.posyanduId,
    mother: o.mother,
    hpl: null,
    tanggalMelahirkan: null,
    beratLahirKg,
    panjangLahirCm,
  });
  const house = plan.households[o.hh];

  // Child-level habits and services.
  const recordCurrent = rng.chance(0.5);
  const completeBasic = rng.chance(0.88);
  const measlesAge = rng.chance(0.86) ? rng.int(9, 11) : null;
  const aktaAge = rng.chance(0.92) ? rng.int(0, 4) : null;
  const hasJkn = rng.chance(0.85);
  const jknAge = rng.int(0, 2);
  const pIbu = clamp(rng.normal(0.7, 0.15), 0.2, 1);
  const pAyah = clamp(rng.normal(0.15, 0.1), 0, 0.6);
  const pBkb = clamp(rng.normal(0.45, 0.2), 0.05, 0.95);
  const paudNever = rng.chance(0.12);
  const paudFrom = rng.int(30, 48);

  let arH = rng.normal(0, 0.1);
  let arW = rng.normal(0, 0.15);
  let lastLength = 0;
  let lastHaz: number | null = null;
  let lastStatus: "N" | "GK" | "GB" | "S" | null = null;
  let balita: BalitaState | null = null;

  for (const m of ctx.months) {
    arH = 0.7 * arH + rng.normal(0, 0.08);
    arW = 0.6 * arW + rng.normal(0, 0.16) - (rng.chance(0.05) ? 0.35 : 0);
    if (m.current && !recordCurrent) continue;
    if (m.last < o.birth) continue;
    let d = visitDay(ctx, m, o.posyanduId);
    if (d < o.birth) {
      // Born after this month's posyandu day: the first record is a neonatal home visit.
      d = o.birth + rng.int(2, 7);
      if (d > m.last || d > ctx.today) continue;
    }
    const ageDays = d - o.birth;
    const umurBulan = completedMonths(ageDays);
    const base = { person: child, kodeWilayah: vc.v.kode, tahun: m.tahun, bulan: m.bulan };

    if (umurBulan >= 24) {
      if (ageDays > PAUD_MAX_DAYS) continue;
      let status: "belum" | "mengikuti" | "tidak_mengikuti";
      if (paudNever) status = umurBulan < 36 ? "belum" : "tidak_mengikuti";
      else if (umurBulan < paudFrom) status = "belum";
      else status = rng.chance(m.bulan === 7 ? 0.7 : 0.88) ? "mengikuti" : "tidak_mengikuti";
      plan.paudRows.push({ ...base, status });
      if (monitoringGroupIn(birthIso, m) === "balita_24_59" && !(o.e2eChild && m.current)) {
        balita ??= balitaState(ctx.bRng, lastLength, o.e2eChild === true);
        addBalitaMonth(ctx, balita, {
          person: child,
          kode: vc.v.kode,
          sex: o.sex,
          birthIso,
          g,
          arH,
          arW,
          m,
          d,
          posyanduId: o.posyanduId,
        });
      }
      continue;
    }

    const bulanPenimbangan = m.bulan === 2 || m.bulan === 8;
    let attend = rng.chance(bulanPenimbangan ? 0.96 : 0.9);
    let measureLength = attend && (bulanPenimbangan || rng.chance(0.6));
    let measure: MeasurePlan | null = null;
    let result: GrowthResult | null = null;

    if (attend) {
      const a = Math.min(ageDays, 730) / 730;
      const zH = clamp(g.hazBirth + g.hazSlope * a + arH + rng.normal(0, 0.1), -4.5, 3.5);
      const zW = clamp(g.wazBirth + g.wazSlope * a + arW + rng.normal(0, 0.05), -4, 3.5);
      const beratKg = Math.max(1.5, round1(lmsValueAt(zW, ctx.wfa(o.sex, ageDays))));
      let panjangCm: number | null = null;
      if (measureLength) {
        panjangCm = Math.max(lastLength, round1(lmsValueAt(zH, ctx.lhfa(o.sex, ageDays))));
      }
      result = computeGrowthWho({
        sex: o.sex,
        ageDays,
        weightKg: beratKg,
        lengthCm: panjangCm,
        measured: panjangCm === null ? null : "terlentang",
        oedema: false,
      });
      const f = result.flags;
      if (f.haz || f.waz || f.whz || f.baz || result.c9moFlag) {
        // Never expected: a health worker would re-measure instead of recording this.
        plan.implausible += 1;
        attend = false;
        measureLength = false;
        result = null;
      } else {
        if (panjangCm !== null) lastLength = panjangCm;
        measure = {
          kodeWilayah: vc.v.kode,
          tanggalUkur: isoOf(d),
          umurHari: ageDays,
          umurBulan: calendarAgeMonths(birthIso, isoOf(d)),
          beratKg,
          panjangCm,
          caraUkur: panjangCm === null ? null : "terlentang",
          oedema: false,
          panjangKoreksiCm: result.correctedLengthCm,
          haz: result.haz,
          waz: result.waz,
          whz: result.whz,
          baz: result.baz,
          kategoriHaz: result.categories.haz,
          kategoriWaz: result.categories.waz,
          kategoriWhz: result.categories.whz,
          kategoriBaz: result.categories.baz,
        };
      }
    }

    // Status as the health worker writes it on the form: wasting first, then stunting.
    let statusTikar: "TD" | "M" | "K" | "H" = "TD";
    if (result) {
      if (result.haz !== null) {
        lastHaz = result.haz;
        statusTikar = result.haz < -2 ? "M" : result.haz < -1.5 ? "K" : "H";
      }
      const wasting = result.whz ?? result.waz;
      if (wasting !== null && wasting < -3) lastStatus = "GB";
      else if (wasting !== null && wasting < -2) lastStatus = "GK";
      else if (lastHaz !== null && lastHaz < -2) lastStatus = "S";
      else lastStatus = "N";
    }
    const problem = lastStatus !== null && lastStatus !== "N";

    plan.anakRows.push({
      ...base,
      tanggalPeriksa: isoOf(d),
      posyanduId: o.posyanduId,
      umurBulan,
      statusGizi: lastStatus,
      statusTikar,
      imunisasiDasar: umurBulan <= 4 ? rng.chance(0.9) : completeBasic,
      imunisasiCampak: measlesAge !== null && umurBulan >= measlesAge ? "sudah" : "belum",
      pengukuranBeratBadan: attend,
      pengukuranTinggiBadan: measureLength,
      konselingGiziIbu: rng.chance(pIbu),
      konselingGiziAyah: rng.chance(pAyah),
      kunjunganRumah: rng.chance(problem ? 0.7 : 0.08),
      airBersih: house.airMinumLayak,
      kepemilikanJamban: house.jambanLayak,
      aktaLahir: aktaAge !== null && umurBulan >= aktaAge,
      jaminanKesehatan: hasJkn && umurBulan >= jknAge,
      pengasuhanPaud: rng.chance(pBkb),
      measure,
    });
  }
  return child;
}

// --- balita 24–59 bulan (pemantauan_balita, pengukuran) -------------------------------------------

type BalitaState = {
  /** Share of months the child is weighed (~75–85 % on average). */
  attend: number;
  /** HAZ regained from 24 to 60 months (as in surveys: stunting falls after the 24–35 band). */
  catchUp: number;
  /** Last length/height as a lying length (cm), so a standing height never "shrinks" below the last record. */
  lastLying: number;
  lastWeight: number | null;
  /** Months running without weight gain. */
  noGain: number;
  always: boolean;
};

function balitaState(rng: Rng, lastLength: number, always: boolean): BalitaState {
  return {
    attend: clamp(rng.normal(0.8, 0.1), 0.45, 0.97),
    catchUp: rng.normal(0.35, 0.3),
    lastLying: lastLength,
    lastWeight: null,
    noGain: 0,
    always,
  };
}

/** One balita month: the record (when the child came or was visited) and its weighing, scored by the same WHO code
 * as the form (standing height from 24 months, lying accepted with the 0.7 cm rule). Draws only from `ctx.bRng`. */
function addBalitaMonth(
  ctx: Ctx,
  st: BalitaState,
  o: {
    person: number;
    kode: string;
    sex: Sex;
    birthIso: string;
    g: Growth;
    arH: number;
    arW: number;
    m: MonthInfo;
    d: number;
    posyanduId: number;
  },
): void {
  const rng = ctx.bRng;
  const { m } = o;
  // The month of the fifth birthday is still a balita month; its record is dated before the birthday.
  const d = Math.min(o.d, dayOf(balitaRecordLastDay(o.birthIso)));
  const vitaminMonth = m.bulan === 2 || m.bulan === 8;
  const weighed = st.always || rng.chance(clamp(st.attend + (vitaminMonth ? 0.08 : 0), 0, 0.99));
  // Not weighed: most months leave no record; some a home visit or a vitamin A round at home.
  if (!weighed && !rng.chance(vitaminMonth ? 0.45 : 0.1)) return;
  const ageDays = d - dayOf(o.birthIso);
  const t = (ageDays - 730) / 1096;
  let measure: BalitaMeasurePlan | null = null;
  let result: GrowthResult | null = null;
  if (weighed) {
    const zH = clamp(
      o.g.hazBirth + o.g.hazSlope + o.arH + 0.5 * Math.min(1, t * 3) + st.catchUp * t + rng.normal(0, 0.08),
      -4.5,
      3.5,
    );
    const zW = clamp(
      o.g.wazBirth + o.g.wazSlope + o.arW + 0.3 * Math.min(1, t * 3) + 0.8 * st.catchUp * t + rng.normal(0, 0.05),
      -4,
      3.5,
    );
    const beratKg = round1(lmsValueAt(zW, ctx.wfa(o.sex, ageDays)));
    let tinggi: number | null = null;
    let cara: "berdiri" | "terlentang" | null = null;
    if (vitaminMonth || rng.chance(0.25)) {
      const standing = Math.max(st.lastLying - 0.7, round1(lmsValueAt(zH, ctx.lhfa(o.sex, ageDays))));
      // Mostly standing; a few posyandu still lay a two-year-old on the length board.
      cara = ageDays < 1000 && rng.chance(0.08) ? "terlentang" : "berdiri";
      tinggi = cara === "terlentang" ? round1(standing + 0.7) : standing;
    }
    result = computeGrowthWho({
      sex: o.sex,
      ageDays,
      weightKg: beratKg,
      lengthCm: tinggi,
      measured: cara,
      oedema: false,
    });
    const f = result.flags;
    if (f.haz || f.waz || f.whz || f.baz || result.c9moFlag) {
      ctx.plan.implausible += 1;
      return;
    }
    if (tinggi !== null) st.lastLying = cara === "terlentang" ? tinggi : tinggi + 0.7;
    measure = {
      kodeWilayah: o.kode,
      tanggalUkur: isoOf(d),
      umurHari: ageDays,
      umurBulan: calendarAgeMonths(o.birthIso, isoOf(d)),
      beratKg,
      panjangCm: tinggi,
      caraUkur: cara,
      oedema: false,
      panjangKoreksiCm: result.correctedLengthCm,
      haz: result.haz,
      waz: result.waz,
      whz: result.whz,
      baz: result.baz,
      kategoriHaz: result.categories.haz,
      kategoriWaz: result.categories.waz,
      kategoriWhz: result.categories.whz,
      kategoriBaz: result.categories.baz,
    };
    st.noGain = st.lastWeight !== null && beratKg <= st.lastWeight ? st.noGain + 1 : 0;
    st.lastWeight = beratKg;
  }
  const thin = result !== null && ((result.waz ?? 0) < -2 || (result.whz ?? 0) < -2);
  const stunted = result !== null && (result.haz ?? 0) < -2;
  ctx.plan.balitaRows.push({
    person: o.person,
    kodeWilayah: o.kode,
    tahun: m.tahun,
    bulan: m.bulan,
    tanggalPeriksa: isoOf(d),
    posyanduId: o.posyanduId,
    umurBulan: calendarAgeMonths(o.birthIso, isoOf(d)),
    ditimbang: measure !== null,
    vitaminA: vitaminMonth && rng.chance(0.9),
    obatCacing: vitaminMonth && rng.chance(0.7),
    imunisasiLanjutan: rng.chance(0.03),
    pmt: rng.chance(thin ? 0.8 : 0.02),
    rujukan: rng.chance(st.noGain >= 2 ? 0.35 : thin ? 0.15 : 0.005),
    kunjunganRumah: rng.chance(thin || stunted ? 0.5 : 0.05),
    measure,
  });
}

/** A child whose mother is not (or no longer) a registered target: own household and KIA number. */
function addLoneChild(ctx: Ctx, vc: VillageCtx, ageDays: number, siblingOf: number | null, e2eChild = false): number {
  const { rng, plan } = ctx;
  let fam: Family;
  let hh: number;
  let posyanduId: number;
  if (siblingOf !== null) {
    const sib = plan.people[siblingOf];
    hh = sib.hh;
    posyanduId = sib.posyanduId;
    fam = ctx.families[hh];
  } else {
    fam = familyOf(rng);
    ({ hh, posyanduId } = addHousehold(ctx, vc, fam));
  }
  const sex: Sex = rng.chance(0.51) ? "L" : "P";
  return addChild(ctx, vc, {
    birth: ctx.today - ageDays,
    sex,
    fam,
    hh,
    posyanduId,
    mother: null,
    noKia: nextKia(vc),
    withBirthSize: rng.chance(0.8),
    e2eChild,
  });
}

type Composition = { pregnant: number; delivered: number; young: number; older: number; paud: number };

function compositionOf(rng: Rng, v: Village): Composition {
  if (v.kode === DEMO_DESA_AIR_PUTIH) return { pregnant: 10, delivered: 7, young: 4, older: 11, paud: 6 };
  const n = v.kode.startsWith(`${MENTOK}.`) ? rng.int(30, 50) : rng.int(8, 15);
  const pregnant = Math.max(1, Math.round(n * rng.uniform(0.17, 0.24)));
  const delivered = Math.max(1, Math.round(n * rng.uniform(0.1, 0.15)));
  const paud = Math.max(1, Math.round(n * rng.uniform(0.12, 0.18)));
  const rest = Math.max(0, n - pregnant - 2 * delivered - paud);
  const young = Math.round(rest * 0.3);
  return { pregnant, delivered, young, older: rest - young, paud };
}

function planVillage(ctx: Ctx, v: Village, posyanduIds: number[]) {
  const { rng } = ctx;
  const vc: VillageCtx = {
    v,
    posyanduIds,
    dusunCount: rng.int(3, 5),
    streets: [rng.pick(STREETS), rng.pick(STREETS), rng.pick(STREETS)],
    airRate: rng.uniform(0.72, 0.96),
    jambanRate: rng.uniform(0.62, 0.93),
    desaEffect: rng.normal(0, 0.35),
    kia: 0,
    names: new Set(),
  };
  ctx.villages.push(vc);
  const c = compositionOf(rng, v);
  const mothers: number[] = [];
  for (let i = 0; i < c.pregnant; i++) mothers.push(addMother(ctx, vc, "pregnant"));
  for (let i = 0; i < c.delivered; i++) addMother(ctx, vc, "delivered");
  const youngChildren: number[] = [];
  for (let i = 0; i < c.young; i++) youngChildren.push(addLoneChild(ctx, vc, rng.int(20, 360), null));
  for (let i = 0; i < c.older; i++) addLoneChild(ctx, vc, rng.int(366, 715), null);
  for (let i = 0; i < c.paud; i++) {
    // An older sibling in PAUD often lives in a household that already has a target.
    const pool = rng.chance(0.5) ? mothers : youngChildren;
    const sibling = rng.chance(0.4) && pool.length ? rng.pick(pool) : null;
    addLoneChild(ctx, vc, rng.int(745, 2150), sibling);
  }
}

/** Children aged 24–59 months, after every village is planned and from `bRng` (so nothing planned before moves):
 * each desa gets about 1.2–1.5 times as many as it has children 0–23 (36 birth months against 24), half of them in
 * a household that already has a target. In Air Putih the first is 30 months old and was weighed every month, for
 * the acceptance e2e. */
function addOlderChildren(ctx: Ctx): void {
  const main = ctx.rng;
  ctx.rng = ctx.bRng;
  try {
    const rng = ctx.bRng;
    for (const vc of ctx.villages) {
      const kids = ctx.plan.people
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => p.jenis === "anak" && p.kodeWilayah === vc.v.kode);
      const age = (p: PersonPlan) => ctx.today - dayOf(p.tanggalLahir);
      const young = kids.filter(({ p }) => age(p) < 731).length;
      const older = kids.filter(({ p }) => age(p) >= 731 && age(p) < 1826).length;
      let extra = Math.max(0, Math.round(young * rng.uniform(1.2, 1.5)) - older);
      if (vc.v.kode === DEMO_DESA_AIR_PUTIH) {
        addLoneChild(ctx, vc, 928, null, true);
        extra -= 1;
      }
      for (let k = 0; k < extra; k++) {
        const sibling = kids.length && rng.chance(0.5) ? rng.pick(kids).i : null;
        addLoneChild(ctx, vc, rng.int(745, 1815), sibling);
      }
    }
  } finally {
    ctx.rng = main;
  }
}

function monthWindow(today: string): MonthInfo[] {
  const cur = yearMonthOfDate(today);
  const out: MonthInfo[] = [];
  for (let back = MONTHS_BACK; back >= 0; back--) {
    const ym = addMonths(cur, -back);
    const { first, last } = monthBounds(ym);
    out.push({ ...ym, first: dayOf(first), last: dayOf(last), current: back === 0, index: MONTHS_BACK - back });
  }
  return out;
}

function buildPlan(villages: Village[], posyanduByDesa: Map<string, number[]>, today: string, seed: number): Plan {
  const rng = new Rng(seed);
  const tables = loadGrowthTables();
  const lookup = (table: typeof tables.lengthHeightForAge, name: string) => (sex: Sex, ageDays: number) => {
    const lms = table.get(toWhoSex(sex), ageDays);
    if (!lms) throw new Error(`Tabel ${name} tanpa baris untuk umur ${ageDays} hari`);
    return lms;
  };
  const posyanduDay = new Map<number, number>();
  for (const ids of posyanduByDesa.values()) for (const id of ids) posyanduDay.set(id, rng.int(5, 20));
  const ctx: Ctx = {
    rng,
    kfRng: new Rng(seed ^ 0x4b46),
    bRng: new Rng(seed ^ 0xba11),
    today: dayOf(today),
    months: monthWindow(today),
    niks: new Set(),
    families: [],
    plan: { households: [], people: [], ibuRows: [], anakRows: [], paudRows: [], balitaRows: [], implausible: 0 },
    lhfa: lookup(tables.lengthHeightForAge, "PB/U"),
    wfa: lookup(tables.weightForAge, "BB/U"),
    posyanduDay,
    villages: [],
  };
  for (const v of villages) {
    const ids = posyanduByDesa.get(v.kode);
    if (ids?.length) planVillage(ctx, v, ids);
  }
  addOlderChildren(ctx);
  assignSavedAt(ctx.plan, ctx.today, new Rng(seed ^ 0x5ab3));
  return ctx.plan;
}

/** When each monthly record was first saved (created_at), so the demo's report timeliness (docs/indicators.md §4)
 * looks like a district's: most desa enter within a few days of the posyandu, a few habitually after the cut-off
 * (the 10th of the next month). Its own random stream, so nothing else in the demo changes; never after today. */
function assignSavedAt(plan: Plan, today: number, rng: Rng): void {
  const habit = new Map<string, number>();
  const lateShare = (kode: string) => {
    if (!habit.has(kode)) habit.set(kode, rng.pick([0.02, 0.05, 0.05, 0.1, 0.1, 0.2, 0.45]));
    return habit.get(kode)!;
  };
  for (const r of [...plan.ibuRows, ...plan.anakRows, ...plan.balitaRows]) {
    const visit = dayOf(r.tanggalPeriksa);
    const cutoff = dayOf(reportCutoff({ tahun: r.tahun, bulan: r.bulan }));
    const day = rng.chance(lateShare(r.kodeWilayah)) ? cutoff + rng.int(1, 20) : visit + rng.int(0, 4);
    // 09:00–17:59 WIB on that day, and never in the future.
    const at = (Math.min(day, today) * DAY_MS + (2 + rng.int(0, 8)) * 3_600_000) as number;
    r.createdAt = new Date(Math.min(at, Date.now()));
  }
}

// ---------------------------------------------------------------------------------------------------
// Insert

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Row = Record<string, unknown>;

/**
 * Multi-row INSERT in chunks. Each chunk travels as ONE json parameter expanded by
 * json_populate_recordset (same SQL on PostgreSQL and PGlite): building a statement with one bind
 * parameter per value costs more than the insert itself for ~15,000 rows of 20 columns.
 * Rows are typed by the table, so field names and types are checked at compile time; `returning`
 * lists database column names.
 */
async function bulkInsert<T extends PgTable>(
  tx: Tx,
  table: T,
  rows: T["$inferInsert"][],
  returning: string[] = [],
): Promise<Row[]> {
  if (rows.length === 0) return [];
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const names = keys.map((k) => {
    const c = columns[k];
    if (!c) throw new Error(`Kolom tidak dikenal: ${k}`);
    return c.name;
  });
  const list = sql.join(
    names.map((n) => sql.identifier(n)),
    sql`, `,
  );
  const ret = returning.length
    ? sql` returning ${sql.join(
        returning.map((n) => sql.identifier(n)),
        sql`, `,
      )}`
    : sql``;
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const payload = rows.slice(i, i + CHUNK).map((r) => {
      const o: Row = {};
      keys.forEach((k, j) => {
        o[names[j]] = (r as Row)[k] ?? null;
      });
      return o;
    });
    const res = await tx.execute(
      sql`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ${JSON.stringify(payload)}::json)${ret}`,
    );
    // postgres-js returns the rows array, PGlite an object with `rows`.
    out.push(...((Array.isArray(res) ? res : (res as unknown as { rows: Row[] }).rows) as Row[]));
  }
  return out;
}

async function insertPlan(tx: Tx, plan: Plan): Promise<number> {
  const hhRet = await bulkInsert(tx, rumahTangga, plan.households, ["id", "kepala_keluarga"]);
  const hhIds = hhRet.map((r, i) => {
    if (r.kepala_keluarga !== plan.households[i].kepalaKeluarga)
      throw new Error("Urutan RETURNING rumah_tangga tidak terduga");
    return Number(r.id);
  });

  const personIds = new Array<number>(plan.people.length);
  // A demo target was registered on the day of its first monthly record (else today): its "registered" date then
  // reads as in real use (new registrations of a month, the early-delivery question, docs/birth-flow.md).
  const firstVisit = new Map<number, string>();
  for (const r of [...plan.ibuRows, ...plan.anakRows, ...plan.balitaRows, ...plan.paudRows]) {
    const d =
      "tanggalPeriksa" in r && r.tanggalPeriksa
        ? r.tanggalPeriksa
        : `${r.tahun}-${String(r.bulan).padStart(2, "0")}-01`;
    const seen = firstVisit.get(r.person);
    if (!seen || d < seen) firstVisit.set(r.person, d);
  }
  const registeredAt = (i: number) => {
    const d = firstVisit.get(i);
    return new Date(d ? Math.min(Date.parse(`${d}T08:00:00+07:00`), Date.now()) : Date.now());
  };
  const insertPeople = async (jenis: JenisSasaran) => {
    const idx = plan.people.map((p, i) => (p.jenis === jenis ? i : -1)).filter((i) => i >= 0);
    const rows = idx.map((i): typeof sasaran.$inferInsert => {
      const p = plan.people[i];
      return {
        kodeWilayah: p.kodeWilayah,
        jenis: p.jenis,
        nama: p.nama,
        nik: p.nik,
        jenisKelamin: p.jenisKelamin,
        tanggalLahir: p.tanggalLahir,
        noKia: p.noKia,
        rumahTanggaId: hhIds[p.hh],
        posyanduId: p.posyanduId,
        ibuId: p.mother === null ? null : personIds[p.mother],
        hpl: p.hpl,
        tanggalMelahirkan: p.tanggalMelahirkan,
        beratLahirKg: p.beratLahirKg,
        panjangLahirCm: p.panjangLahirCm,
        createdAt: registeredAt(i),
      };
    });
    const ret = await bulkInsert(tx, sasaran, rows, ["id", "kode_wilayah", "no_kia"]);
    ret.forEach((r, k) => {
      const p = plan.people[idx[k]];
      if (r.kode_wilayah !== p.kodeWilayah || r.no_kia !== p.noKia)
        throw new Error("Urutan RETURNING sasaran tidak terduga");
      personIds[idx[k]] = Number(r.id);
    });
  };
  await insertPeople("ibu");
  await insertPeople("anak");

  await bulkInsert(
    tx,
    pemantauanIbu,
    plan.ibuRows.map(({ person, ...r }) => ({ ...r, sasaranId: personIds[person] })),
  );
  await bulkInsert(
    tx,
    pemantauanPaud,
    plan.paudRows.map(({ person, ...r }) => ({ ...r, sasaranId: personIds[person] })),
  );
  const anakRet = await bulkInsert(
    tx,
    pemantauanAnak,
    plan.anakRows.map(({ person, measure, ...r }) => {
      void measure;
      return { ...r, sasaranId: personIds[person] };
    }),
    ["id", "sasaran_id", "tahun", "bulan"],
  );
  const byKey = new Map(anakRet.map((r) => [`${r.sasaran_id}:${r.tahun}:${r.bulan}`, Number(r.id)]));
  const measurements = plan.anakRows.flatMap((r) => {
    if (r.measure === null) return [];
    const sasaranId = personIds[r.person];
    const pemantauanAnakId = byKey.get(`${sasaranId}:${r.tahun}:${r.bulan}`);
    if (pemantauanAnakId === undefined) throw new Error("pemantauan_anak tidak ditemukan untuk pengukuran");
    return [{ ...r.measure, sasaranId, pemantauanAnakId }];
  });
  await bulkInsert(tx, pengukuran, measurements);
  const balitaRet = await bulkInsert(
    tx,
    pemantauanBalita,
    plan.balitaRows.map(({ person, measure, ...r }) => {
      void measure;
      return { ...r, sasaranId: personIds[person] };
    }),
    ["id", "sasaran_id", "tahun", "bulan"],
  );
  const balitaKey = new Map(balitaRet.map((r) => [`${r.sasaran_id}:${r.tahun}:${r.bulan}`, Number(r.id)]));
  const weighings = plan.balitaRows.flatMap((r) => {
    if (r.measure === null) return [];
    const sasaranId = personIds[r.person];
    const pemantauanBalitaId = balitaKey.get(`${sasaranId}:${r.tahun}:${r.bulan}`);
    if (pemantauanBalitaId === undefined) throw new Error("pemantauan_balita tidak ditemukan untuk pengukuran");
    return [{ ...r.measure, sasaranId, pemantauanBalitaId }];
  });
  await bulkInsert(tx, pengukuran, weighings);
  return measurements.length + weighings.length;
}

/** Loads demo targets and 12 months of monitoring for every desa/kelurahan that has a posyandu.
 * Returns null (and does nothing) when any target already exists. */
export async function seedDemoData(db: Db, opts: DemoDataOptions = {}): Promise<DemoDataSummary | null> {
  const started = performance.now();
  const [existing] = await db.select({ n: count() }).from(sasaran);
  if ((existing?.n ?? 0) > 0) return null;

  const today = opts.today ?? todayIso();
  if (isoDateToDayNumber(today) === null) throw new Error(`today tidak valid: ${today}`);

  const villageRows = await db.select({ kode: regions.kode, nama: regions.nama, jenis: regions.jenis }).from(regions);
  const villages = villageRows
    .filter((r): r is Village => r.jenis === "desa" || r.jenis === "kelurahan")
    .sort((a, b) => a.kode.localeCompare(b.kode));
  const posRows = await db
    .select({ id: posyandu.id, kode: posyandu.kodeWilayah, aktif: posyandu.aktif })
    .from(posyandu);
  const posyanduByDesa = new Map<string, number[]>();
  for (const p of posRows.filter((r) => r.aktif).sort((a, b) => a.id - b.id)) {
    posyanduByDesa.set(p.kode, [...(posyanduByDesa.get(p.kode) ?? []), p.id]);
  }

  const plan = buildPlan(villages, posyanduByDesa, today, opts.seed ?? DEFAULT_SEED);
  let nPengukuran: number | null = null;
  await db.transaction(async (tx) => {
    // Re-checked inside the transaction, just before writing.
    const [again] = await tx.select({ n: count() }).from(sasaran);
    if ((again?.n ?? 0) > 0) return;
    nPengukuran = await insertPlan(tx, plan);
  });
  if (nPengukuran === null) return null;

  return {
    rumahTangga: plan.households.length,
    sasaran: plan.people.length,
    ibu: plan.people.filter((p) => p.jenis === "ibu").length,
    anak: plan.people.filter((p) => p.jenis === "anak").length,
    pemantauanIbu: plan.ibuRows.length,
    pemantauanAnak: plan.anakRows.length,
    pemantauanPaud: plan.paudRows.length,
    pemantauanBalita: plan.balitaRows.length,
    pengukuran: nPengukuran,
    implausible: plan.implausible,
    ms: Math.round(performance.now() - started),
  };
}
