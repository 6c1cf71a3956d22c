vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

/** Issue 20, balita 24–59 months: the three balita groups of "Tugas bulan ini" (not weighed this month, 2T,
 * stunted/wasted without a home visit or referral) and the two Excel exports (the balita list with the latest
 * weighing; the month's balita records with their measurement), on a hand-built set of children in Air Putih:
 * who is in which group, the cells of each export, NIK masking per role, and scope. */

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Workbook, type Worksheet } from "exceljs";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { userId } from "./users";
import type { DbHandle } from "@/db/client";
import { pemantauanBalita, pemantauanPaud, pengukuran, posyandu, sasaran } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { getTugasBulanIni } from "@/db/queries/tugas";
import { getActiveViewerById } from "@/db/queries/users";
import { GET as listExport } from "@/app/(portal)/wilayah/[kode]/sasaran/ekspor-balita/route";
import { GET as monthExport } from "@/app/(portal)/wilayah/[kode]/pemantauan/ekspor-balita/route";
import { addDaysIso, addMonths, currentYearMonth, formatYearMonth, monthBounds, todayIso } from "@/lib/periods";
import { calendarAgeMonths } from "@/lib/growth/age-bands";
import { maskNik } from "@/lib/people/nik";
import type { Viewer } from "@/lib/auth/viewer";
import type { YearMonth } from "@/lib/periods";

const AIR_PUTIH = "19.05.01.2004";
const BELO_LAUT = "19.05.01.2006";
const POS = "Posyandu Uji Balita";
let handle: DbHandle;
let drop: () => Promise<void>;
let pos: number;
let posBeloLaut: number;
let kpm: Viewer;
const ids: Record<string, number> = {};
const nik: Record<string, string> = {};
const today = todayIso();
const ym = currentYearMonth();
const bulan = formatYearMonth(ym);
const prev1 = addMonths(ym, -1);
const prev2 = addMonths(ym, -2);
const vitaminMonth = ym.bulan === 2 || ym.bulan === 8;
/** A date inside month `m` (its 1st; today for this month). */
const dayIn = (m: YearMonth) => (formatYearMonth(m) === bulan ? today : monthBounds(m).first);

type Ukur = Partial<typeof pengukuran.$inferInsert>;

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  const db = handle.db;
  [{ id: pos }] = await db
    .insert(posyandu)
    .values({ kodeWilayah: AIR_PUTIH, nama: POS })
    .returning({ id: posyandu.id });
  [{ id: posBeloLaut }] = await db
    .select({ id: posyandu.id })
    .from(posyandu)
    .where(eq(posyandu.kodeWilayah, BELO_LAUT))
    .limit(1);
  let n = 0;
  const child = async (
    key: string,
    nama: string,
    tanggalLahir: string,
    more: Partial<typeof sasaran.$inferInsert> = {},
  ) => {
    nik[key] = `190501${String(100000 + ++n).padStart(10, "0")}`;
    [{ id: ids[key] }] = await db
      .insert(sasaran)
      .values({
        kodeWilayah: AIR_PUTIH,
        posyanduId: pos,
        jenis: "anak",
        nama,
        nik: nik[key],
        jenisKelamin: n % 2 ? "L" : "P",
        tanggalLahir,
        noKia: `KIA-${n}`,
        ...more,
      })
      .returning({ id: sasaran.id });
  };
  /** A balita record of month `m` with its measurement (when `ukur` is given). */
  const record = async (key: string, m: YearMonth, rec: Partial<typeof pemantauanBalita.$inferInsert>, ukur?: Ukur) => {
    const [s] = await db.select().from(sasaran).where(eq(sasaran.id, ids[key]));
    const tanggal = dayIn(m);
    const [{ id }] = await db
      .insert(pemantauanBalita)
      .values({
        sasaranId: s.id,
        kodeWilayah: s.kodeWilayah,
        tahun: m.tahun,
        bulan: m.bulan,
        tanggalPeriksa: tanggal,
        posyanduId: s.posyanduId,
        umurBulan: calendarAgeMonths(s.tanggalLahir, tanggal),
        ditimbang: ukur?.beratKg != null,
        ...rec,
      })
      .returning({ id: pemantauanBalita.id });
    if (ukur) await measure(key, tanggal, { pemantauanBalitaId: id, ...ukur });
    return id;
  };
  const measure = async (key: string, tanggal: string, ukur: Ukur) => {
    const [s] = await db.select().from(sasaran).where(eq(sasaran.id, ids[key]));
    await db.insert(pengukuran).values({
      sasaranId: s.id,
      kodeWilayah: s.kodeWilayah,
      tanggalUkur: tanggal,
      umurHari: Math.round((Date.parse(tanggal) - Date.parse(s.tanggalLahir)) / 86_400_000),
      umurBulan: calendarAgeMonths(s.tanggalLahir, tanggal),
      ...ukur,
    });
  };
  const normal = {
    haz: 0.1,
    kategoriHaz: "normal",
    waz: 0.2,
    kategoriWaz: "normal",
    whz: 0.3,
    kategoriWhz: "gizi_baik",
    baz: 0.25,
    kategoriBaz: "gizi_baik",
  };
  const ago = (days: number) => addDaysIso(today, -days);

  // Balita of this month (balitaIn): born 30–45 months ago.
  await child("ditimbang", "Balita Ditimbang", ago(915));
  await record(
    "ditimbang",
    ym,
    { vitaminA: vitaminMonth, obatCacing: true, pmt: true, imunisasiLanjutan: false },
    {
      beratKg: 12.35,
      panjangCm: 88.4,
      caraUkur: "terlentang",
      panjangKoreksiCm: 87.7,
      haz: -1.23,
      kategoriHaz: "normal",
      waz: -0.5,
      kategoriWaz: "normal",
      whz: 0.41,
      kategoriWhz: "gizi_baik",
      baz: 0.38,
      kategoriBaz: "gizi_baik",
    },
  );
  await db.insert(pemantauanPaud).values({
    sasaranId: ids.ditimbang,
    kodeWilayah: AIR_PUTIH,
    tahun: ym.tahun,
    bulan: ym.bulan,
    status: "mengikuti",
  });
  await child("belum", "Balita Belum Dicatat", ago(1100));
  await child("tanpaTimbang", "Balita Tidak Ditimbang", ago(1220));
  await record("tanpaTimbang", ym, { ditimbang: false });
  // 2T: 13,0 → 13,0 → 12,9 over three months.
  await child("duaT", "Balita Dua T", ago(1370));
  await record("duaT", prev2, {}, { beratKg: 13, ...normal });
  await record("duaT", prev1, {}, { beratKg: 13, ...normal });
  await record("duaT", ym, {}, { beratKg: 12.9, ...normal });
  // Stunted, this month's record without visit or referral; stunted and referred; wasted and visited.
  await child("pendek", "Balita Pendek", ago(1000));
  await record("pendek", ym, {}, { beratKg: 11, ...normal, haz: -2.5, kategoriHaz: "pendek" });
  await child("dirujuk", "Balita Pendek Dirujuk", ago(1010));
  await record("dirujuk", ym, { rujukan: true }, { beratKg: 11, ...normal, haz: -3.2, kategoriHaz: "sangat_pendek" });
  await child("dikunjungi", "Balita Kurus Dikunjungi", ago(1020));
  await record(
    "dikunjungi",
    ym,
    { kunjunganRumah: true },
    { beratKg: 10, ...normal, whz: -2.4, kategoriWhz: "gizi_kurang" },
  );
  // Wasted by a measurement of last month, no record this month: listed (and not weighed).
  await child("kurusLalu", "Balita Kurus Bulan Lalu", ago(1030));
  await record("kurusLalu", prev1, {}, { beratKg: 10, ...normal, whz: -3.4, kategoriWhz: "gizi_buruk" });

  // Not balita this month: a 0–23 child with 2T (the 0–23 group), a child whose fifth birthday is before the
  // month's first day, an inactive balita, a balita of another desa.
  await child("bayi", "Anak Dua T", ago(400));
  for (const [i, w] of [9, 8.9, 8.9].entries()) await measure("bayi", ago(70 - 30 * i), { beratKg: w, ...normal });
  const first = monthBounds(ym).first;
  const lima = `${Number(first.slice(0, 4)) - 5}${addDaysIso(first, -1).slice(4)}`;
  await child("lima", "Anak Lima Tahun", lima);
  await child("nonaktif", "Balita Nonaktif", ago(1100), {
    aktif: false,
    tanggalNonaktif: ago(10),
    alasanNonaktif: "pindah_luar",
  });
  await child("beloLaut", "Balita Belo Laut", ago(1100), { kodeWilayah: BELO_LAUT, posyanduId: posBeloLaut });
  kpm = (await getActiveViewerById(await userId(db, "kpm.airputih")))!;
}, 120_000);
afterAll(async () => drop());

const idsOf = (items: { id: number }[]) => items.map((i) => i.id);
const mine = (items: { id: number }[]) =>
  idsOf(items)
    .filter((id) => Object.values(ids).includes(id))
    .map((id) => Object.keys(ids).find((k) => ids[k] === id))
    .sort();

describe("Tugas bulan ini: balita 24–59 months", () => {
  it("not weighed this month: no record, or a record without a weighing; never the 0–23, over-five, inactive", async () => {
    const t = (await getTugasBulanIni({ viewer: kpm, kode: AIR_PUTIH, ym, today }))!;
    expect(mine(t.balitaBelumDitimbang!)).toEqual(["belum", "kurusLalu", "tanpaTimbang"]);
  });

  it("2T: the balita in the balita group, the 0–23 child in the 0–23 group (one rule, split by group)", async () => {
    const t = (await getTugasBulanIni({ viewer: kpm, kode: AIR_PUTIH, ym, today }))!;
    expect(mine(t.balitaDuaT!)).toEqual(["duaT"]);
    expect(t.balitaDuaT!.find((i) => i.id === ids.duaT)?.detail).toBe("13|13|12.9");
    expect(mine(t.duaT)).toEqual(["bayi"]);
  });

  it("stunted/wasted without a home visit or a referral this month", async () => {
    const t = (await getTugasBulanIni({ viewer: kpm, kode: AIR_PUTIH, ym, today }))!;
    expect(mine(t.balitaKunjungan!)).toEqual(["kurusLalu", "pendek"]);
    expect(t.balitaKunjungan!.find((i) => i.id === ids.pendek)?.detail).toBe("anak: pendek gizi_baik");
    // The 0–23 home-visit group does not take balita.
    expect(mine(t.kunjunganRumah)).toEqual([]);
  });

  it("another desa's KPM gets nothing for Air Putih; Belo Laut's list has its own balita only", async () => {
    const other = (await getActiveViewerById(await userId(handle.db, "kpm.belolaut")))!;
    expect(await getTugasBulanIni({ viewer: other, kode: AIR_PUTIH, ym, today })).toBeNull();
    const t = (await getTugasBulanIni({ viewer: other, kode: BELO_LAUT, ym, today }))!;
    expect(mine(t.balitaBelumDitimbang!)).toEqual(["beloLaut"]);
  });
});

type Get = (r: NextRequest, c: { params: Promise<{ kode: string }> }) => Promise<Response>;

async function download(username: string, get: Get, kode: string, path: string) {
  actAs(await userId(handle.db, username));
  return get(new NextRequest(`http://localhost/wilayah/${kode}/${path}`), { params: Promise.resolve({ kode }) });
}

async function sheetOf(res: Response): Promise<{ sheet: Worksheet; wb: Workbook; rows: Map<string, unknown[]> }> {
  expect(res.status).toBe(200);
  const wb = new Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const sheet = wb.worksheets[0];
  const header = (sheet.views[0] as { ySplit?: number }).ySplit!;
  const head = (sheet.getRow(header).values as unknown[]).slice(1).map(String);
  const rows = new Map<string, unknown[]>();
  for (let r = header + 1; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1);
    const row = head.map((_, i) => values[i] ?? null);
    rows.set(String(row[1]), row);
  }
  rows.set("__head", head);
  return { sheet, wb, rows };
}

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("Excel: balita list (sasaran/ekspor-balita)", () => {
  it("the desa's balita of this month with the latest weighing; full NIK for the desa's KPM", async () => {
    const { sheet, wb, rows } = await sheetOf(
      await download("kpm.airputih", listExport, AIR_PUTIH, "sasaran/ekspor-balita"),
    );
    expect(String(sheet.getRow(1).getCell(1).value)).toBe("Daftar balita 24–59 bulan — Desa Air Putih (19.05.01.2004)");
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Balita", "Keterangan"]);
    expect(rows.get("__head")).toEqual([
      "No",
      "Nama",
      "NIK",
      "Jenis kelamin",
      "Tanggal lahir",
      "Umur (bulan)",
      "Posyandu",
      "No. KIA",
      "Tanggal timbang terakhir",
      "Berat (kg)",
      "Tinggi/panjang (cm)",
      "Cara ukur",
      "TB/U z",
      "Kategori TB/U",
      "BB/U z",
      "Kategori BB/U",
      "BB/TB z",
      "Kategori BB/TB",
      "IMT/U z",
      "Kategori IMT/U",
    ]);
    const names = [...rows.keys()];
    for (const n of ["Balita Ditimbang", "Balita Belum Dicatat", "Balita Dua T", "Balita Kurus Bulan Lalu"])
      expect(names).toContain(n);
    for (const n of ["Anak Dua T", "Anak Lima Tahun", "Balita Nonaktif", "Balita Belo Laut"])
      expect(names).not.toContain(n);
    const [s] = await handle.db.select().from(sasaran).where(eq(sasaran.id, ids.ditimbang));
    expect(rows.get("Balita Ditimbang")!.slice(2)).toEqual([
      nik.ditimbang,
      "Laki-laki",
      date(s.tanggalLahir),
      calendarAgeMonths(s.tanggalLahir, today),
      POS,
      "KIA-1",
      date(today),
      12.35,
      88.4,
      "Terlentang (panjang badan)",
      -1.23,
      "Normal",
      -0.5,
      "Normal",
      0.41,
      "Gizi baik",
      0.38,
      "Gizi baik",
    ]);
    // The latest weighing of three; a child never weighed has empty cells.
    expect(rows.get("Balita Dua T")![9]).toBe(12.9);
    expect(rows.get("Balita Belum Dicatat")!.slice(8)).toEqual(Array(12).fill(null));
    expect(sheet.getRow((sheet.views[0] as { ySplit: number }).ySplit + 1).getCell(13).numFmt).toBe("0.00");
  });

  it("NIK masked for the kecamatan and kabupaten; another desa's KPM gets a 404", async () => {
    for (const u of ["tpps.mentok", "tpps.kab"]) {
      const { rows } = await sheetOf(await download(u, listExport, AIR_PUTIH, "sasaran/ekspor-balita"));
      expect(rows.get("Balita Ditimbang")![2], u).toBe(maskNik(nik.ditimbang));
    }
    expect((await download("kpm.belolaut", listExport, AIR_PUTIH, "sasaran/ekspor-balita")).status).toBe(404);
  });
});

describe("Excel: the month's balita records (pemantauan/ekspor-balita)", () => {
  it("one row per record of the month with every field and the measurement", async () => {
    const { sheet, rows } = await sheetOf(
      await download("operator.airputih", monthExport, AIR_PUTIH, `pemantauan/ekspor-balita?bulan=${bulan}`),
    );
    expect(String(sheet.getRow(1).getCell(1).value)).toContain("Pemantauan bulanan balita 24–59 bulan");
    const names = [...rows.keys()].filter((k) => k !== "__head");
    // Only records of this month (the demo may add its own: keep ours).
    expect(names.filter((n) => n.startsWith("Balita")).sort()).toEqual([
      "Balita Ditimbang",
      "Balita Dua T",
      "Balita Kurus Dikunjungi",
      "Balita Pendek",
      "Balita Pendek Dirujuk",
      "Balita Tidak Ditimbang",
    ]);
    const [s] = await handle.db.select().from(sasaran).where(eq(sasaran.id, ids.ditimbang));
    const yes = (v: boolean) => (v ? "Ya" : "Tidak");
    expect(rows.get("Balita Ditimbang")!.slice(2)).toEqual([
      nik.ditimbang,
      "Laki-laki",
      date(s.tanggalLahir),
      POS,
      date(today),
      calendarAgeMonths(s.tanggalLahir, today),
      "Ya",
      12.35,
      88.4,
      "Terlentang (panjang badan)",
      87.7,
      "Tidak",
      -1.23,
      "Normal",
      -0.5,
      "Normal",
      0.41,
      "Gizi baik",
      0.38,
      "Gizi baik",
      yes(vitaminMonth),
      "Ya",
      "Tidak",
      "Ya",
      "Tidak",
      "Tidak",
      "Mengikuti PAUD",
    ]);
    const tidak = rows.get("Balita Tidak Ditimbang")!;
    expect([tidak[8], tidak[9], tidak[14]]).toEqual(["Tidak", null, null]);
    expect(rows.get("Balita Pendek Dirujuk")![26]).toBe("Ya");
    expect(rows.get("Balita Kurus Dikunjungi")![27]).toBe("Ya");
  });

  it("last month: the records of last month only; another desa's KPM gets a 404", async () => {
    const { rows } = await sheetOf(
      await download(
        "kpm.airputih",
        monthExport,
        AIR_PUTIH,
        `pemantauan/ekspor-balita?bulan=${formatYearMonth(prev1)}`,
      ),
    );
    expect([...rows.keys()].filter((n) => n.startsWith("Balita")).sort()).toEqual([
      "Balita Dua T",
      "Balita Kurus Bulan Lalu",
    ]);
    expect(
      (await download("kpm.belolaut", monthExport, AIR_PUTIH, `pemantauan/ekspor-balita?bulan=${bulan}`)).status,
    ).toBe(404);
  });
});
