vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

/**
 * THE ACCESS MATRIX, server actions half (pages: e2e/access-matrix.spec.ts).
 *
 * Every server action found in the code (tests/db/actions-inventory.ts) must have a row in ACTION_MATRIX; a new
 * action without a row fails the "covers every action" test. Each row names, per role, what must happen when a
 * real user of that role calls the action directly (not through the UI):
 *   in      — on a desa inside the user's scope (Air Putih, 19.05.01.2004);
 *   out     — on a desa outside it (Belo Laut for the desa roles, Pelangas for kecamatan, a desa of another
 *             kabupaten for kabupaten/admin), with that desa's own records;
 *   cross   — on the in-scope desa but naming a record of the out-of-scope desa (IDOR), where ids are posted;
 *   locked  — on the in-scope desa in an approved (locked) quarter, where a period lock applies;
 *   level   — on an in-scope region of a level where the action's section (lib/sections.ts) has no writes, with the
 *             records of the in-scope region.
 * A section's actions write to the demo region of its write levels (lib/sections.ts: Air Putih, or Mentok for the
 * kecamatan-level sections); the action's section is the folder it lives in under /wilayah/[kode].
 * Outcomes: "ok" = done (ok state or redirect); "denied" = 403/404 (forbidden, unauthenticated, not found);
 * "refused" = turned away for another reason (locked period, state, validation against a foreign record).
 * A cell that is not "ok" must also leave the audit log (hence every write) untouched.
 *
 * Adding an action: add one row. Each input() creates fresh records, so cells never depend on each other.
 */

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import { importAction, inventory } from "./actions-inventory";
import type { DbHandle } from "@/db/client";
import {
  apbdes,
  apbdesBaris,
  auditLog,
  kegiatanKpm,
  pelatihan,
  periodeDesa,
  posyandu,
  regions,
  sasaran,
  users,
} from "@/db/schema";
import { inScope } from "@/db/queries/scope";
import { seedDemo } from "@/db/seed/demo";
import { DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { messageFor } from "@/lib/errors";
import { addDaysIso, currentYearMonth, formatYearMonth, quarterOfMonth, todayIso } from "@/lib/periods";
import { IMPORT_COLUMNS } from "@/lib/apbdes/import-columns";
import { sasaranText } from "@/lib/i18n/sasaran";
import { scorecardText } from "@/lib/i18n/scorecard";
import { apbdesText } from "@/lib/i18n/apbdes";
import { SECTION_KEYS, SECTIONS, sectionAt, type SectionKey } from "@/lib/sections";
import { encodePayload } from "@/lib/apbdes/import-check";
import { NextRequest } from "next/server";
import { POST as sendItemPost } from "@/app/api/luring/kirim/route";
import { OUTBOX_KINDS, type OutboxKind, type SendAnswer, type SendItem } from "@/lib/offline/protocol";

const AIR_PUTIH = "19.05.01.2004";
const BELO_LAUT = "19.05.01.2006";
const PELANGAS = "19.05.02.2001";
const LUAR = "19.01.01.2001"; // a desa of another kabupaten, seeded below
const MENTOK = "19.05.01";
const MENTOK_KELURAHAN = "19.05.01.1001";

type Outcome = "ok" | "denied" | "refused";
type Context = "in" | "out" | "cross" | "locked" | "level";
type PerRole = Record<Role, Outcome>;

/** The acting demo account of each role, and the desa outside its scope. */
const ACTORS: Record<Role, { username: string; out: string }> = {
  kpm: { username: "kpm.airputih", out: BELO_LAUT },
  perangkat_desa: { username: "operator.airputih", out: BELO_LAUT },
  kepala_desa: { username: "kades.airputih", out: BELO_LAUT },
  kecamatan: { username: "tpps.mentok", out: PELANGAS },
  kabupaten: { username: "tpps.kab", out: LUAR },
  admin: { username: "admin", out: LUAR },
};

/** Demo regions by level: one inside the scope of the roles that reach that level, and per role one outside. */
const REGION_AT = {
  desa: { in: AIR_PUTIH, out: (r: Role) => ACTORS[r].out },
  kecamatan: { in: MENTOK, out: (r: Role) => (r === "kabupaten" || r === "admin" ? "19.01.01" : "19.05.02") },
  kelurahan: { in: MENTOK_KELURAHAN },
} as const;

/** The section an action writes to: the folder it lives in under /wilayah/[kode] (none for accounts and login). */
function sectionOfAction(key: string): SectionKey | undefined {
  const segment = /wilayah\/\[kode\]\/([^/]+)\//.exec(key)?.[1];
  return SECTION_KEYS.find((k) => segment && SECTIONS[k].segment === segment);
}
/** Where a section's actions write: its desa, else its kecamatan. */
const homeOf = (key: SectionKey | undefined) =>
  !key || sectionAt(key, "desa", "write") ? REGION_AT.desa : REGION_AT.kecamatan;
/** An in-scope region of a level where the section has no writes, as near the desa as there is one. */
function wrongLevelOf(key: SectionKey): string {
  const level = (["desa", "kelurahan", "kecamatan"] as const).find((l) => !sectionAt(key, l, "write"))!;
  return REGION_AT[level].in;
}

/** `allow("kpm", "admin")`: those roles "ok", every other role "denied". */
function allow(...ok: Role[]): PerRole {
  return Object.fromEntries(ROLES.map((r) => [r, ok.includes(r) ? "ok" : "denied"])) as PerRole;
}
const everyone = (o: Outcome): PerRole => Object.fromEntries(ROLES.map((r) => [r, o])) as PerRole;
const with_ = (base: PerRole, changes: Partial<PerRole>): PerRole => ({ ...base, ...changes });

type Cell = { role: Role; ctx: Context; kode: string; recKode: string; n: number };
type Row = {
  action: string;
  /** Form fields for one call; creates whatever fresh records the call names. */
  input?: (
    c: Cell,
  ) =>
    | Promise<Record<string, string | number | boolean | undefined>>
    | Record<string, string | number | boolean | undefined>;
  /** Multipart extras (uploads). */
  files?: (c: Cell) => Record<string, File>;
  /** State the call needs (e.g. a quarter in "diajukan"), set before each cell. */
  prepare?: (c: Cell) => Promise<void>;
  in?: PerRole;
  out?: PerRole;
  cross?: PerRole;
  locked?: PerRole;
  level?: PerRole;
  /** The message of the "refused" cells of the level context: the answer the action gives for that level. */
  levelMessage?: string;
  /** Public by design: no cells (the login action; covered by e2e/auth.spec.ts and throttle.test.ts). */
  public?: string;
};

const ACT = (file: string, name: string) => `app/(portal)/${file}#${name}`;
const TODAY = todayIso();
const YM = currentYearMonth();
const BULAN = formatYearMonth(YM);
const TW_NOW = { tahun: YM.tahun, triwulan: quarterOfMonth(YM.bulan) };
const TW_PAST = { tahun: YM.tahun - 1, triwulan: 1 };
const NEW_PASSWORD = "matriks-akses-kata-sandi";

let handle: DbHandle;
let drop: () => Promise<void>;
let demoHash = "";
let seq = 0;
const next = () => ++seq;
let year = 2040;

/* Fresh records, inserted directly (fixtures are not what is under test). */
const fx = {
  async posyandu(kode: string) {
    const [r] = await handle.db
      .insert(posyandu)
      .values({ kodeWilayah: kode, nama: `Posyandu Matriks ${next()}` })
      .returning({ id: posyandu.id });
    return r.id;
  },
  async firstPosyandu(kode: string) {
    const [r] = await handle.db
      .select({ id: posyandu.id })
      .from(posyandu)
      .where(and(eq(posyandu.kodeWilayah, kode), eq(posyandu.aktif, true)))
      .limit(1);
    return r?.id ?? fx.posyandu(kode);
  },
  async sasaran(kode: string, jenis: "ibu" | "anak" | "balita") {
    const ibu = jenis === "ibu";
    const [r] = await handle.db
      .insert(sasaran)
      .values({
        kodeWilayah: kode,
        jenis: ibu ? "ibu" : "anak",
        nama: `${ibu ? "Ibu" : "Anak"} Matriks ${next()}`,
        jenisKelamin: ibu ? "P" : "L",
        // A balita is 30 months old: 24–59 months on any month's first day.
        tanggalLahir: ibu ? "1995-03-12" : addDaysIso(TODAY, jenis === "balita" ? -915 : -200),
        hpl: ibu ? addDaysIso(TODAY, 90) : null,
        posyanduId: await fx.firstPosyandu(kode),
      })
      .returning({ id: sasaran.id });
    return r.id;
  },
  async kegiatan(kode: string) {
    const [r] = await handle.db
      .insert(kegiatanKpm)
      .values({ kodeWilayah: kode, jenis: "kie", tanggal: TODAY, tempat: "Balai desa", jumlahPeserta: 3 })
      .returning({ id: kegiatanKpm.id });
    return r.id;
  },
  async user(kode: string) {
    const [r] = await handle.db
      .insert(users)
      .values({
        username: `matriks.${next()}`,
        displayName: "Akun Matriks",
        passwordHash: "x",
        role: "kpm",
        scopeKode: kode,
      })
      .returning({ id: users.id });
    return r.id;
  },
  async apbdes(kode: string, status: "draft" | "diajukan" | "disetujui", lines = 1) {
    const [h] = await handle.db
      .insert(apbdes)
      .values({ kodeWilayah: kode, tahun: 3000 + next(), versi: "murni", status })
      .returning({ id: apbdes.id });
    const ids: number[] = [];
    for (let i = 0; i < lines; i++) {
      const [l] = await handle.db
        .insert(apbdesBaris)
        .values({
          apbdesId: h.id,
          kodeWilayah: kode,
          kodeKegiatan: "2.2.02",
          uraian: "PMT balita",
          kodeRekening: "5.2.1.06",
          sumberDana: "DDS",
          pagu: 1_000_000,
        })
        .returning({ id: apbdesBaris.id });
      ids.push(l.id);
    }
    return { id: h.id, lineId: ids[0] };
  },
  async kpmIn(kode: string) {
    const [r] = await handle.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "kpm"), inScope(users.scopeKode, kode)))
      .limit(1);
    return r?.id ?? fx.user(`${kode}.2001`);
  },
  async pelatihan(kode: string) {
    const [r] = await handle.db
      .insert(pelatihan)
      .values({
        kodeWilayah: kode,
        jenis: "bimtek",
        tanggal: TODAY,
        tempat: "Aula",
        topik: "Pengisian formulir",
        penyelenggara: "DPMD",
      })
      .returning({ id: pelatihan.id });
    return r.id;
  },
  async periode(kode: string, tw: { tahun: number; triwulan: number }, status: "draft" | "diajukan" | "disetujui") {
    await handle.db
      .insert(periodeDesa)
      .values({ kodeWilayah: kode, ...tw, status })
      .onConflictDoUpdate({
        target: [periodeDesa.kodeWilayah, periodeDesa.tahun, periodeDesa.triwulan],
        set: { status },
      });
  },
};

const LINE = {
  kodeKegiatan: "02.02.02.",
  uraian: "PMT balita",
  kodeRekening: "5.2.1.06",
  sumberDana: "DDS",
  pagu: "Rp 12.500.000",
  realisasi: "",
  stuntingTag: "auto",
  paketLayanan: "auto",
  indikator: "anak:4",
};
const IMPORT_ROW = ["02.04.12.", "Pipanisasi", "5.3.8", "DD-APBN", "10", "sambungan", "40.000.000", "10.000.000"];
const importCsv = () =>
  new File(
    [
      `${IMPORT_COLUMNS.slice(0, 8)
        .map((c) => c.header)
        .join(",")}\n${IMPORT_ROW.join(",")}\n`,
    ],
    "baris.csv",
    { type: "text/csv" },
  );
const importPayload = () => {
  const headers = IMPORT_COLUMNS.slice(0, 8).map((c) => c.header);
  return encodePayload({
    headers,
    records: [Object.fromEntries(headers.map((h, i) => [h, IMPORT_ROW[i]]))],
    rowNumbers: [2],
  });
};

/** Pemantauan writes run in the current quarter: open for in/out/cross, approved for "locked". */
const monthLock = async (c: Cell) => fx.periode(c.kode, TW_NOW, c.ctx === "locked" ? "disetujui" : "draft");
/** Records live in the kode's desa, except for "cross", where they belong to the out-of-scope desa. */
const desaWrite: Pick<Row, "in" | "out"> = { in: allow("kpm", "admin"), out: everyone("denied") };
const actionsOf = (key: SectionKey, file = "actions.ts") => `wilayah/[kode]/${SECTIONS[key].segment}/${file}`;
const SASARAN = actionsOf("sasaran");
const PEMANTAUAN = actionsOf("pemantauan");
const POSYANDU = actionsOf("posyandu");
const KEGIATAN = actionsOf("kegiatan");
const SCORECARD = actionsOf("scorecard");
const APBDES = actionsOf("apbdes");
const IMPORT = actionsOf("apbdes", "import-actions.ts");
const KPM = actionsOf("kpm");
const USERS = "admin/pengguna/actions.ts";

/** Only the desa's own perangkat desa / kepala desa write its APBDes (admin reads and reviews). */
const apbdesWriters = allow("perangkat_desa", "kepala_desa");

const ACTION_MATRIX: Row[] = [
  {
    action: "app/(auth)/login/actions.ts#loginAction",
    public: "login: anyone may try; throttled (throttle.test.ts) and covered by e2e/auth.spec.ts",
  },

  // ── Sasaran ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    action: ACT(SASARAN, "createIbuHamil"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: sasaranText.actions.villageOnly,
    ...desaWrite,
    cross: with_(everyone("denied"), { kpm: "refused", admin: "refused" }),
    input: async (c) => ({
      kode: c.kode,
      nama: `Ibu Baru ${c.n}`,
      tanggalLahir: "1994-05-06",
      hpl: addDaysIso(TODAY, 60),
      posyanduId: await fx.firstPosyandu(c.recKode),
    }),
  },
  {
    action: ACT(SASARAN, "createAnak"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: sasaranText.actions.villageOnly,
    ...desaWrite,
    cross: with_(everyone("denied"), { kpm: "refused", admin: "refused" }),
    input: async (c) => ({
      kode: c.kode,
      nama: `Anak Baru ${c.n}`,
      jenisKelamin: "P",
      tanggalLahir: addDaysIso(TODAY, -30),
      posyanduId: await fx.firstPosyandu(c.recKode),
    }),
  },
  {
    action: ACT(SASARAN, "updateIbu"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: sasaranText.actions.posyanduInactive,
    ...desaWrite,
    cross: with_(everyone("denied"), { kpm: "refused", admin: "refused" }),
    input: async (c) => ({
      kode: c.kode,
      id: await fx.sasaran(c.recKode, "ibu"),
      nama: `Ibu Diubah ${c.n}`,
      tanggalLahir: "1995-03-12",
      posyanduId: await fx.firstPosyandu(c.recKode),
    }),
  },
  {
    action: ACT(SASARAN, "updateAnak"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: sasaranText.actions.posyanduInactive,
    ...desaWrite,
    cross: with_(everyone("denied"), { kpm: "refused", admin: "refused" }),
    input: async (c) => ({
      kode: c.kode,
      id: await fx.sasaran(c.recKode, "anak"),
      nama: `Anak Diubah ${c.n}`,
      jenisKelamin: "L",
      tanggalLahir: addDaysIso(TODAY, -200),
      posyanduId: await fx.firstPosyandu(c.recKode),
    }),
  },
  {
    action: ACT(SASARAN, "createRumahTangga"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: sasaranText.actions.villageOnly,
    ...desaWrite,
    input: (c) => ({ kode: c.kode, kepalaKeluarga: `KK Matriks ${c.n}` }),
  },
  {
    action: ACT(SASARAN, "markMelahirkan"),
    level: everyone("denied"),
    ...desaWrite,
    cross: everyone("denied"),
    // A target just registered asks "Yakin?" first (lib/sasaran/birth.ts): the fixture confirms the date.
    input: async (c) => ({
      kode: c.kode,
      id: await fx.sasaran(c.recKode, "ibu"),
      tanggalMelahirkan: TODAY,
      konfirmasi: "on",
      konfirmasiTanggal: TODAY,
    }),
  },
  // Deactivating a target (died, moved out): the desa's KPM; a date inside an approved quarter is refused.
  {
    action: ACT(SASARAN, "nonaktifkanSasaran"),
    level: everyone("denied"),
    ...desaWrite,
    cross: everyone("denied"),
    locked: with_(allow("admin"), { kpm: "refused" }),
    prepare: monthLock,
    input: async (c) => ({
      kode: c.kode,
      id: await fx.sasaran(c.recKode, "anak"),
      tanggalNonaktif: TODAY,
      alasanNonaktif: "pindah_luar",
    }),
  },
  // Moving a family: kecamatan and kabupaten (and admin), between desa both inside their scope.
  {
    action: ACT(SASARAN, "pindahkanSasaran"),
    level: everyone("denied"),
    in: allow("kecamatan", "kabupaten", "admin"),
    out: everyone("denied"),
    cross: everyone("denied"),
    input: async (c) => ({
      kode: c.kode,
      id: await fx.sasaran(c.recKode, "anak"),
      keKode: c.kode === AIR_PUTIH ? BELO_LAUT : AIR_PUTIH,
      alasan: "Pindah domisili",
    }),
  },

  // ── Pemantauan (monthly forms; the quarter lock applies; admin may correct a locked quarter) ───────────────
  {
    action: ACT(PEMANTAUAN, "saveIbuMonth"),
    level: everyone("denied"),
    ...desaWrite,
    cross: everyone("denied"),
    locked: with_(allow("admin"), { kpm: "refused" }),
    prepare: monthLock,
    input: async (c) => ({
      kode: c.kode,
      sasaranId: await fx.sasaran(c.recKode, "ibu"),
      bulan: BULAN,
      tanggalPeriksa: TODAY,
      posyanduId: await fx.firstPosyandu(c.kode),
      pemeriksaanKehamilan: true,
    }),
  },
  {
    action: ACT(PEMANTAUAN, "saveAnakMonth"),
    level: everyone("denied"),
    ...desaWrite,
    cross: everyone("denied"),
    locked: with_(allow("admin"), { kpm: "refused" }),
    prepare: monthLock,
    input: async (c) => ({
      kode: c.kode,
      sasaranId: await fx.sasaran(c.recKode, "anak"),
      bulan: BULAN,
      tanggalPeriksa: TODAY,
      posyanduId: await fx.firstPosyandu(c.kode),
      statusTikar: "H",
      imunisasiCampak: "belum",
    }),
  },
  {
    action: ACT(PEMANTAUAN, "saveBalitaMonth"),
    level: everyone("denied"),
    ...desaWrite,
    cross: everyone("denied"),
    locked: with_(allow("admin"), { kpm: "refused" }),
    prepare: monthLock,
    input: async (c) => ({
      kode: c.kode,
      sasaranId: await fx.sasaran(c.recKode, "balita"),
      bulan: BULAN,
      tanggalPeriksa: TODAY,
      posyanduId: await fx.firstPosyandu(c.kode),
      beratKg: "12,5",
    }),
  },
  {
    action: ACT(PEMANTAUAN, "savePaudMonth"),
    level: everyone("denied"),
    ...desaWrite,
    cross: everyone("denied"),
    locked: with_(allow("admin"), { kpm: "refused" }),
    prepare: monthLock,
    input: async (c) => ({
      kode: c.kode,
      sasaranId: await fx.sasaran(c.recKode, "anak"),
      bulan: BULAN,
      status: "mengikuti",
    }),
  },

  // ── Posyandu (KPM and kepala desa keep the list) ─────────────────────────────────────────────────────────
  {
    action: ACT(POSYANDU, "createPosyanduAction"),
    level: with_(everyone("denied"), { kpm: "refused", kepala_desa: "refused", admin: "refused" }),
    levelMessage: messageFor("invalid_input"),
    in: allow("kpm", "kepala_desa", "admin"),
    out: everyone("denied"),
    input: (c) => ({ kode: c.kode, nama: `Posyandu Baru ${c.n}` }),
  },
  {
    action: ACT(POSYANDU, "updatePosyanduAction"),
    level: with_(everyone("denied"), { kpm: "refused", kepala_desa: "refused", admin: "refused" }),
    levelMessage: messageFor("invalid_input"),
    in: allow("kpm", "kepala_desa", "admin"),
    out: everyone("denied"),
    cross: everyone("denied"),
    input: async (c) => ({ kode: c.kode, id: await fx.posyandu(c.recKode), nama: `Posyandu Ganti ${c.n}` }),
  },
  {
    action: ACT(POSYANDU, "setPosyanduStatusAction"),
    level: with_(everyone("denied"), { kpm: "refused", kepala_desa: "refused", admin: "refused" }),
    levelMessage: messageFor("invalid_input"),
    in: allow("kpm", "kepala_desa", "admin"),
    out: everyone("denied"),
    cross: everyone("denied"),
    input: async (c) => ({ kode: c.kode, id: await fx.posyandu(c.recKode), aktif: "0" }),
  },

  // ── Kegiatan KPM ─────────────────────────────────────────────────────────────────────────────────────────
  {
    action: ACT(KEGIATAN, "createKegiatanAction"),
    level: with_(everyone("denied"), { kpm: "refused", admin: "refused" }),
    levelMessage: messageFor("invalid_input"),
    ...desaWrite,
    input: (c) => ({ kode: c.kode, jenis: "kie", tanggal: TODAY, tempat: `Posyandu ${c.n}`, jumlahPeserta: "12" }),
  },
  {
    action: ACT(KEGIATAN, "updateKegiatanAction"),
    level: with_(everyone("denied"), { kpm: "refused", admin: "refused" }),
    levelMessage: messageFor("invalid_input"),
    ...desaWrite,
    cross: everyone("denied"),
    input: async (c) => ({
      kode: c.kode,
      id: await fx.kegiatan(c.recKode),
      jenis: "koordinasi",
      tanggal: TODAY,
      tempat: "Kantor desa",
      jumlahPeserta: "4",
    }),
  },
  {
    action: ACT(KEGIATAN, "deleteKegiatanAction"),
    level: with_(everyone("denied"), { kpm: "refused", admin: "refused" }),
    levelMessage: messageFor("invalid_input"),
    ...desaWrite,
    cross: everyone("denied"),
    input: async (c) => ({ kode: c.kode, id: await fx.kegiatan(c.recKode) }),
  },

  // ── Scorecard quarter workflow (past quarter; "locked" = already approved) ─────────────────────────────────
  {
    action: ACT(SCORECARD, "ajukanTriwulan"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: scorecardText.actions.notDesa,
    in: allow("kpm", "admin"),
    out: everyone("denied"),
    locked: with_(everyone("denied"), { kpm: "refused", admin: "refused" }),
    prepare: (c) => fx.periode(c.kode, TW_PAST, c.ctx === "locked" ? "disetujui" : "draft"),
    input: (c) => ({ kode: c.kode, ...TW_PAST }),
  },
  {
    action: ACT(SCORECARD, "setujuiTriwulan"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: scorecardText.actions.notDesa,
    in: allow("kepala_desa", "admin"),
    out: everyone("denied"),
    locked: with_(everyone("denied"), { kepala_desa: "refused", admin: "refused" }),
    prepare: (c) => fx.periode(c.kode, TW_PAST, c.ctx === "locked" ? "disetujui" : "diajukan"),
    input: (c) => ({ kode: c.kode, ...TW_PAST }),
  },
  {
    action: ACT(SCORECARD, "kembalikanTriwulan"),
    level: with_(everyone("denied"), { kecamatan: "refused", admin: "refused" }),
    levelMessage: scorecardText.actions.notDesa,
    in: allow("kepala_desa", "kecamatan", "admin"),
    out: everyone("denied"),
    locked: with_(everyone("denied"), { kepala_desa: "refused", kecamatan: "refused", admin: "refused" }),
    prepare: (c) => fx.periode(c.kode, TW_PAST, c.ctx === "locked" ? "disetujui" : "diajukan"),
    input: (c) => ({ kode: c.kode, ...TW_PAST, catatan: "Lengkapi data bulan Februari" }),
  },
  {
    action: ACT(SCORECARD, "bukaKunciTriwulan"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: scorecardText.actions.notDesa,
    in: allow("admin"),
    out: everyone("denied"),
    locked: allow("admin"),
    prepare: (c) => fx.periode(c.kode, TW_PAST, "disetujui"),
    input: (c) => ({ kode: c.kode, ...TW_PAST, catatan: "Koreksi data timbang" }),
  },

  // ── APBDes ───────────────────────────────────────────────────────────────────────────────────────────────
  {
    action: ACT(APBDES, "createApbdesAction"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: apbdesText.actions.kelurahan,
    in: apbdesWriters,
    out: everyone("denied"),
    input: (c) => ({ kode: c.kode, tahun: year++, versi: "murni" }),
  },
  {
    action: ACT(APBDES, "createLineAction"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: apbdesText.actions.kelurahan,
    in: apbdesWriters,
    out: everyone("denied"),
    cross: everyone("denied"),
    input: async (c) => ({ kode: c.kode, apbdesId: (await fx.apbdes(c.recKode, "draft")).id, ...LINE }),
  },
  {
    action: ACT(APBDES, "updateLineAction"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: apbdesText.actions.kelurahan,
    in: apbdesWriters,
    out: everyone("denied"),
    cross: everyone("denied"),
    input: async (c) => ({
      kode: c.kode,
      id: (await fx.apbdes(c.recKode, "draft")).lineId,
      version: 1,
      ...LINE,
      pagu: "9.000.000",
    }),
  },
  {
    action: ACT(APBDES, "deleteLineAction"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: apbdesText.actions.kelurahan,
    in: apbdesWriters,
    out: everyone("denied"),
    cross: everyone("denied"),
    input: async (c) => ({ kode: c.kode, id: (await fx.apbdes(c.recKode, "draft")).lineId, version: 1 }),
  },
  {
    action: ACT(APBDES, "submitApbdesAction"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: apbdesText.actions.kelurahan,
    in: apbdesWriters,
    out: everyone("denied"),
    cross: everyone("denied"),
    input: async (c) => ({ kode: c.kode, apbdesId: (await fx.apbdes(c.recKode, "draft")).id }),
  },
  {
    action: ACT(APBDES, "approveApbdesAction"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: apbdesText.actions.kelurahan,
    in: allow("kepala_desa"),
    out: everyone("denied"),
    cross: everyone("denied"),
    input: async (c) => ({ kode: c.kode, apbdesId: (await fx.apbdes(c.recKode, "diajukan")).id }),
  },
  {
    action: ACT(APBDES, "returnApbdesAction"),
    level: with_(everyone("denied"), { admin: "refused" }),
    levelMessage: apbdesText.actions.kelurahan,
    in: allow("kepala_desa"),
    out: everyone("denied"),
    cross: everyone("denied"),
    input: async (c) => ({
      kode: c.kode,
      apbdesId: (await fx.apbdes(c.recKode, "diajukan")).id,
      catatan: "Pagu PMT terlalu kecil",
    }),
  },
  {
    action: ACT(IMPORT, "previewImportAction"),
    level: everyone("denied"),
    in: apbdesWriters,
    out: everyone("denied"),
    cross: everyone("denied"),
    input: async (c) => ({ kode: c.kode, apbdesId: (await fx.apbdes(c.recKode, "draft", 0)).id }),
    files: () => ({ berkas: importCsv() }),
  },
  {
    action: ACT(IMPORT, "applyImportAction"),
    level: everyone("denied"),
    in: apbdesWriters,
    out: everyone("denied"),
    cross: everyone("denied"),
    input: async (c) => ({
      kode: c.kode,
      apbdesId: (await fx.apbdes(c.recKode, "draft", 0)).id,
      payload: importPayload(),
    }),
  },

  // ── Pembinaan KPM (Aksi 5): organised by a kecamatan or the kabupaten, never a desa ──────────────────────
  {
    action: ACT(KPM, "createPelatihanAction"),
    level: with_(everyone("denied"), { kecamatan: "refused", kabupaten: "refused", admin: "refused" }),
    levelMessage: messageFor("invalid_input"),
    // A kecamatan team records trainings for its own kecamatan (issue 19), as the kabupaten does.
    in: allow("kecamatan", "kabupaten", "admin"),
    out: everyone("denied"),
    input: async (c) => ({
      kode: c.kode,
      jenis: "bimtek",
      tanggal: TODAY,
      tempat: "Aula kecamatan",
      topik: `Bimtek ${c.n}`,
      penyelenggara: "DPMD",
      pesertaIds: String(await fx.kpmIn(c.kode)),
      tamuNama0: "KPM tanpa akun",
      tamuDesa0: AIR_PUTIH,
    }),
  },
  {
    action: ACT(KPM, "updatePelatihanAction"),
    level: with_(everyone("denied"), { kecamatan: "refused", kabupaten: "refused", admin: "refused" }),
    levelMessage: messageFor("invalid_input"),
    in: allow("kecamatan", "kabupaten", "admin"),
    out: everyone("denied"),
    // The in-scope kecamatan naming an event of the out-of-scope region: not found, nothing written.
    cross: everyone("denied"),
    input: async (c) => ({
      kode: c.kode,
      id: await fx.pelatihan(c.recKode),
      jenis: "rakor",
      tanggal: TODAY,
      tempat: "Kantor camat",
      topik: `Rakor ${c.n}`,
      penyelenggara: "Kecamatan",
      pesertaIds: String(await fx.kpmIn(c.kode)),
    }),
  },
  {
    action: ACT(KPM, "deletePelatihanAction"),
    level: with_(everyone("denied"), { kecamatan: "refused", kabupaten: "refused", admin: "refused" }),
    levelMessage: messageFor("invalid_input"),
    in: allow("kecamatan", "kabupaten", "admin"),
    out: everyone("denied"),
    cross: everyone("denied"),
    input: async (c) => ({ kode: c.kode, id: await fx.pelatihan(c.recKode) }),
  },

  // ── Accounts (admin only; the region is the target account's scope) ──────────────────────────────────────
  {
    action: ACT(USERS, "createUserAction"),
    in: allow("admin"),
    out: everyone("denied"),
    input: (c) => ({ username: `baru.${c.n}.${c.role}`, displayName: "Akun Baru", role: "kpm", scopeKode: c.kode }),
  },
  {
    action: ACT(USERS, "updateUserAction"),
    in: allow("admin"),
    out: everyone("denied"),
    input: async (c) => ({ id: await fx.user(c.kode), displayName: "Nama Baru", role: "kpm", scopeKode: c.kode }),
  },
  {
    action: ACT(USERS, "setUserActiveAction"),
    in: allow("admin"),
    out: everyone("denied"),
    input: async (c) => ({ id: await fx.user(c.kode), aktif: "0" }),
  },
  {
    action: ACT(USERS, "resetPasswordAction"),
    in: allow("admin"),
    out: everyone("denied"),
    input: async (c) => ({ id: await fx.user(c.kode) }),
  },

  // ── Per-year settings (admin only; district-wide, so no region to be out of) ────────────────────────────────
  {
    action: ACT("admin/pengaturan/actions.ts", "saveYearSettingsAction"),
    in: allow("admin"),
    input: (c) => ({ tahun: 2094, pengajuanHariSebelumAkhir: String(c.n % 30), minimumSasaranPeringkat: "10" }),
  },

  // ── Own account: everyone, for themselves only (no region to be out of) ──────────────────────────────────
  {
    action: ACT("akun/kata-sandi/actions.ts", "changeOwnPassword"),
    in: everyone("ok"),
    prepare: async (c) => {
      await handle.db
        .update(users)
        .set({ passwordHash: demoHash, mustChangePassword: false })
        .where(eq(users.username, ACTORS[c.role].username));
    },
    input: () => ({ kataSandiLama: DEMO_PASSWORD, kataSandiBaru: NEW_PASSWORD, ulangiKataSandi: NEW_PASSWORD }),
  },
];

const FORBIDDEN = new Set([messageFor("forbidden"), messageFor("unauthenticated")]);

async function outcomeOf(p: Promise<unknown>): Promise<{ outcome: Outcome; detail: string; message?: string }> {
  try {
    const r = (await p) as { status?: string; message?: string; errors?: unknown };
    if (r?.status === "ok") return { outcome: "ok", detail: r.message ?? "" };
    const detail = `${r?.message ?? ""} ${r?.errors ? JSON.stringify(r.errors) : ""}`.trim();
    if (r?.message && (FORBIDDEN.has(r.message) || /tidak ditemukan/i.test(r.message)))
      return { outcome: "denied", detail, message: r.message };
    return { outcome: "refused", detail, message: r?.message };
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { outcome: "ok", detail: digest.split(";")[2] };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;403") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404"))
      return { outcome: "denied", detail: digest };
    throw e;
  }
}

async function auditRows() {
  const [r] = await handle.db.select({ n: count() }).from(auditLog);
  return r.n;
}

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  // A second kabupaten, so kabupaten and admin users have somewhere out of scope with real records.
  await handle.db.insert(regions).values([
    { kode: "19.01", nama: "Kabupaten Bangka", jenis: "kabupaten", parentKode: "19" },
    { kode: "19.01.01", nama: "Sungailiat", jenis: "kecamatan", parentKode: "19.01" },
    { kode: LUAR, nama: "Luar Cakupan", jenis: "desa", parentKode: "19.01.01" },
  ]);
  await fx.posyandu(LUAR);
  await fx.user(LUAR);
  [{ passwordHash: demoHash }] = await handle.db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.username, "admin"));
});
afterAll(async () => drop());

const inv = inventory();
let cells = 0;
const CONTEXTS = ["in", "out", "cross", "locked", "level"] as const;

describe("access matrix: server actions × roles × scope", () => {
  it("has exactly one row for every server action in the code (a new action without a row fails here)", () => {
    const inCode = inv.actions.map((a) => a.key).sort();
    const inTable = ACTION_MATRIX.map((r) => r.action).sort();
    expect(
      inTable.filter((k) => !inCode.includes(k)),
      "rows for actions that no longer exist",
    ).toEqual([]);
    expect(
      inCode.filter((k) => !inTable.includes(k)),
      "actions without a row in ACTION_MATRIX",
    ).toEqual([]);
    expect(new Set(inTable).size).toBe(inTable.length);
    expect(
      ACTION_MATRIX.filter((r) => sectionOfAction(r.action) && !r.level).map((r) => r.action),
      "actions of a section without a level cell",
    ).toEqual([]);
  });

  for (const row of ACTION_MATRIX.filter((r) => !r.public)) {
    it(row.action.replace("app/(portal)/", ""), async () => {
      const spec = inv.actions.find((a) => a.key === row.action);
      if (!spec) throw new Error(`${row.action} is not in the code`);
      const fn = await importAction(spec);
      const mismatches: string[] = [];
      const contexts = CONTEXTS.filter((c) => row[c]);
      const home = homeOf(sectionOfAction(row.action));
      for (const ctx of contexts) {
        for (const role of ROLES) {
          const actor = ACTORS[role];
          const inKode = home.in;
          const outKode = home.out(role);
          const kode = ctx === "out" ? outKode : ctx === "level" ? wrongLevelOf(sectionOfAction(row.action)!) : inKode;
          const recKode = ctx === "out" || ctx === "cross" ? outKode : inKode;
          const cell: Cell = { role, ctx, kode, recKode, n: next() };
          await row.prepare?.(cell);
          const fd = form((await row.input?.(cell)) ?? {});
          for (const [k, f] of Object.entries(row.files?.(cell) ?? {})) fd.append(k, f);
          actAs(await userId(handle.db, actor.username));
          const before = await auditRows();
          const got = await outcomeOf(fn({ status: "idle" }, fd));
          const expected = row[ctx]![role];
          cells++;
          if (got.outcome !== expected)
            mismatches.push(`${ctx}/${role}: expected ${expected}, got ${got.outcome} (${got.detail})`);
          else if (ctx === "level" && got.outcome === "refused" && got.message !== row.levelMessage)
            mismatches.push(`level/${role}: refused with "${got.message}", expected "${row.levelMessage}"`);
          if (got.outcome !== "ok" && (await auditRows()) !== before)
            mismatches.push(`${ctx}/${role}: refused but wrote an audit row`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }

  it("reports the size of the matrix", () => {
    const expected = ACTION_MATRIX.reduce((n, r) => n + CONTEXTS.filter((c) => r[c]).length * ROLES.length, 0);
    console.log(`[access-matrix] server actions: ${ACTION_MATRIX.length} rows, ${cells} cells checked`);
    expect(cells).toBe(expected);
  });
});

/** The outbox kinds of a phone (lib/offline/protocol.ts), each the same guard, schema and write as one action. */
const SYNC_KINDS: Partial<Record<string, OutboxKind>> = {
  [ACT(PEMANTAUAN, "saveIbuMonth")]: "ibu_bulan",
  [ACT(PEMANTAUAN, "saveAnakMonth")]: "anak_bulan",
  [ACT(PEMANTAUAN, "savePaudMonth")]: "paud_bulan",
  [ACT(PEMANTAUAN, "saveBalitaMonth")]: "balita_bulan",
  [ACT(SASARAN, "createIbuHamil")]: "ibu_hamil_baru",
  [ACT(SASARAN, "createAnak")]: "bayi_baru",
};

/** The sync endpoint's answer as a matrix outcome: saved → ok; a refusal that is the guard's → denied; else refused. */
async function syncOutcome(kind: OutboxKind, fd: FormData): Promise<{ outcome: Outcome; detail: string }> {
  const fields = Object.fromEntries([...fd.entries()].map(([k, v]) => [k, String(v)]));
  const body: SendItem = { clientId: crypto.randomUUID(), kind, typedAt: new Date().toISOString(), fields };
  const res = await sendItemPost(
    new NextRequest("http://localhost:3210/api/luring/kirim", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", origin: "http://localhost:3210", host: "localhost:3210" },
    }),
  );
  const answer = (await res.json()) as SendAnswer;
  if (res.status !== 200) return { outcome: "refused", detail: `HTTP ${res.status}` };
  if (answer.status === "ok") return { outcome: "ok", detail: "" };
  const detail = `${answer.message} ${"errors" in answer && answer.errors ? JSON.stringify(answer.errors) : ""}`;
  if (FORBIDDEN.has(answer.message) || /tidak ditemukan/i.test(answer.message)) return { outcome: "denied", detail };
  return { outcome: "refused", detail };
}

describe("access matrix: the offline send endpoint (POST /api/luring/kirim) answers every cell as the action does", () => {
  it("has an action row for every outbox kind", () => {
    expect(Object.keys(SYNC_KINDS).filter((k) => !ACTION_MATRIX.some((r) => r.action === k))).toEqual([]);
    expect(new Set(Object.values(SYNC_KINDS))).toEqual(new Set(OUTBOX_KINDS));
  });

  for (const row of ACTION_MATRIX.filter((r) => SYNC_KINDS[r.action])) {
    it(`${SYNC_KINDS[row.action]} ≡ ${row.action.replace("app/(portal)/", "")}`, async () => {
      const kind = SYNC_KINDS[row.action]!;
      const mismatches: string[] = [];
      const home = homeOf(sectionOfAction(row.action));
      for (const ctx of CONTEXTS.filter((c) => row[c])) {
        for (const role of ROLES) {
          const outKode = home.out(role);
          const kode = ctx === "out" ? outKode : ctx === "level" ? wrongLevelOf(sectionOfAction(row.action)!) : home.in;
          const recKode = ctx === "out" || ctx === "cross" ? outKode : home.in;
          const cell: Cell = { role, ctx, kode, recKode, n: next() };
          await row.prepare?.(cell);
          const fd = form((await row.input?.(cell)) ?? {});
          actAs(await userId(handle.db, ACTORS[role].username));
          const before = await auditRows();
          const got = await syncOutcome(kind, fd);
          const expected = row[ctx]![role];
          // The phone cannot tell "denied" from "refused": both stay on it with the message. The outcome still
          // must be the action's, so a forbidden write never succeeds and a permitted one never fails.
          if (got.outcome !== expected)
            mismatches.push(`${ctx}/${role}: expected ${expected}, got ${got.outcome} (${got.detail})`);
          if (got.outcome !== "ok" && (await auditRows()) !== before)
            mismatches.push(`${ctx}/${role}: refused but wrote an audit row`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});
