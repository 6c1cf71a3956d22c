vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "./test-db";
import type { Db, DbHandle } from "@/db/client";
import { pemantauanAnak, pengukuran, posyandu, sasaran, users } from "@/db/schema";
import { getKepalaDesaName, getMonitoringSummary } from "@/db/queries/laporan-kegiatan";
import { addDaysIso, addMonths, addYearsIso, currentYearMonth, monthBounds, todayIso } from "@/lib/periods";
import type { Viewer } from "@/lib/auth/viewer";

/* The laporan kegiatan's monitoring summary (docs/indicators.md §2a–2c) on a hand-made month in Air Putih, three
 * months back (so its reference date is its last day):
 *   both        — child 0–23, weighed and length-measured in the month, registered in the month
 *   weighOnly   — child 0–23, weighed only (and weighOnly2, on the month's last day)
 *   lengthOnly  — child 0–23, length only (no weight)
 *   neither     — child 0–23, measured the month before only
 *   old         — child of 3 (PAUD), weighed in the month: in no child figure, but a record of the month
 *   hamil       — pregnant, registered 00:30 WIB on the month's first day (still the previous day in UTC)
 *   lateIbu     — registered 00:30 WIB on the day after the month (the month's last day in UTC): not new here
 *   Belo Laut   — a child registered in the month: another desa. */
const A = "19.05.01.2004";
const B = "19.05.01.2006";
const M = addMonths(currentYearMonth(), -3);
const { first, last } = monthBounds(M);
const mid = addDaysIso(first, 10);
const wib = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);
const before = wib(addDaysIso(first, -40), "09:00");

let handle: DbHandle;
let drop: () => Promise<void>;
let db: Db;
const pos: Record<string, number> = {};
const ids: Record<string, number> = {};

async function target(
  key: string,
  v: { kode?: string; jenis: "ibu" | "anak"; lahir: string; hpl?: string; createdAt: Date },
) {
  const kode = v.kode ?? A;
  const [r] = await db
    .insert(sasaran)
    .values({
      kodeWilayah: kode,
      posyanduId: pos[kode],
      jenis: v.jenis,
      nama: `Sasaran ${key}`,
      jenisKelamin: "P",
      tanggalLahir: v.lahir,
      hpl: v.hpl ?? null,
      createdAt: v.createdAt,
    })
    .returning({ id: sasaran.id });
  ids[key] = r.id;
}

async function measure(key: string, tanggal: string, m: { weight: boolean; length: boolean }) {
  const [t] = await db.select().from(sasaran).where(eq(sasaran.id, ids[key]));
  const [rec] = await db
    .insert(pemantauanAnak)
    .values({
      sasaranId: t.id,
      kodeWilayah: t.kodeWilayah,
      posyanduId: t.posyanduId,
      tahun: Number(tanggal.slice(0, 4)),
      bulan: Number(tanggal.slice(5, 7)),
      tanggalPeriksa: tanggal,
      umurBulan: 10,
      pengukuranBeratBadan: m.weight,
      pengukuranTinggiBadan: m.length,
      statusTikar: "H",
      imunisasiCampak: "belum",
    })
    .returning({ id: pemantauanAnak.id });
  await db.insert(pengukuran).values({
    sasaranId: t.id,
    pemantauanAnakId: rec.id,
    kodeWilayah: t.kodeWilayah,
    tanggalUkur: tanggal,
    umurHari: 300,
    umurBulan: 9,
    beratKg: m.weight ? 8.5 : null,
    panjangCm: m.length ? 70 : null,
    haz: m.length ? -1 : null,
    waz: m.weight ? -0.5 : null,
  });
}

const kab: Viewer = { id: 0, username: "t", displayName: "t", role: "kabupaten", scopeKode: "19.05" };
const otherKec: Viewer = { id: 0, username: "k", displayName: "k", role: "kecamatan", scopeKode: "19.05.02" };

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  db = handle.db;
  for (const kode of [A, B]) {
    const [p] = await db
      .insert(posyandu)
      .values({ kodeWilayah: kode, nama: `Posyandu ${kode}` })
      .returning({ id: posyandu.id });
    pos[kode] = p.id;
  }
  const baby = addDaysIso(first, -300);
  await target("both", { jenis: "anak", lahir: baby, createdAt: wib(mid, "10:00") });
  for (const k of ["weighOnly", "weighOnly2", "lengthOnly", "neither"])
    await target(k, { jenis: "anak", lahir: baby, createdAt: before });
  await target("old", { jenis: "anak", lahir: addYearsIso(first, -3), createdAt: before });
  await target("hamil", {
    jenis: "ibu",
    lahir: "1996-01-01",
    hpl: addDaysIso(last, 90),
    createdAt: wib(first, "00:30"),
  });
  await target("lateIbu", {
    jenis: "ibu",
    lahir: "1997-01-01",
    hpl: addDaysIso(last, 120),
    createdAt: wib(addDaysIso(last, 1), "00:30"),
  });
  await target("beloLaut", { kode: B, jenis: "anak", lahir: baby, createdAt: wib(mid, "10:00") });
  await measure("both", mid, { weight: true, length: true });
  await measure("weighOnly", mid, { weight: true, length: false });
  await measure("weighOnly2", last, { weight: true, length: false });
  await measure("lengthOnly", mid, { weight: false, length: true });
  await measure("neither", addDaysIso(first, -10), { weight: true, length: true });
  await measure("old", mid, { weight: true, length: false });
  await db.insert(users).values([
    { username: "kades.a", displayName: "Budi Santoso", passwordHash: "x", role: "kepala_desa", scopeKode: A },
    {
      username: "kades.lama",
      displayName: "Ahmad (lama)",
      passwordHash: "x",
      role: "kepala_desa",
      scopeKode: A,
      active: false,
    },
    { username: "op.a", displayName: "Aan Operator", passwordHash: "x", role: "perangkat_desa", scopeKode: A },
    { username: "kades.b", displayName: "Hasan", passwordHash: "x", role: "kepala_desa", scopeKode: B },
  ]);
});
afterAll(async () => drop());

describe("laporan kegiatan: the month's monitoring summary", () => {
  it("equals the hand count: targets, records, weighed and measured of one population, new registrations", async () => {
    const s = await getMonitoringSummary({ viewer: kab, kode: A, bulan: M, today: todayIso() });
    expect(s).toEqual({
      // lateIbu counts as pregnant: her pregnancy (HPL − 280 days) began before the month (§0), registered later.
      sasaran: { ibuHamil: 2, ibuNifas: 0, anak023: 5, total: 7, paud: 1 },
      catatanIbu: 0,
      catatanAnak: 5, // both, weighOnly(2), lengthOnly, old: every 2B record of the month (domain §5.5)
      anakPopulasi: 5,
      anakDitimbang: 3, // both, weighOnly, weighOnly2
      anakDiukur: 2, // both, lengthOnly
      baruIbu: 1, // hamil (00:30 WIB on the first day); not lateIbu
      baruAnak: 1, // both; not Belo Laut's
    });
  });

  it("answers nothing outside the viewer's scope", async () => {
    expect(await getMonitoringSummary({ viewer: otherKec, kode: A, bulan: M, today: todayIso() })).toBeNull();
    expect(await getKepalaDesaName({ viewer: otherKec, kode: A })).toBeNull();
  });

  it("the signature names the desa's active kepala desa account, or nobody", async () => {
    expect(await getKepalaDesaName({ viewer: kab, kode: A })).toBe("Budi Santoso");
    expect(await getKepalaDesaName({ viewer: kab, kode: B })).toBe("Hasan");
    await db.update(users).set({ active: false }).where(eq(users.username, "kades.a"));
    expect(await getKepalaDesaName({ viewer: kab, kode: A })).toBeNull();
  });
});
