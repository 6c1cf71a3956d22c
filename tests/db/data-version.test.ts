vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import { redirectOf } from "./redirect";
import type { DbHandle } from "@/db/client";
import { apbdes, apbdesBaris, periodeDesa, posyandu, regions, sasaran } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { selectRows } from "@/db/raw";
import { cachedUnder, dataVersion } from "@/db/queries/cached";
import { getActiveViewerById } from "@/db/queries/users";
import { getScorecard, listDesaScorecard } from "@/db/queries/scorecard";
import { getApbdesRecap } from "@/db/queries/apbdes-recap";
import { loadDashboard } from "@/db/queries/dashboard-load";
import { parseDashboardPeriod } from "@/lib/dashboard/period";
import { saveAnakMonth } from "@/app/(portal)/wilayah/[kode]/pemantauan/actions";
import { addDaysIso, currentYearMonth, formatYearMonth, quarterOfMonth, todayIso } from "@/lib/periods";

const KAB = "19.05";
const MENTOK = "19.05.01";
const AIR_PUTIH = "19.05.01.2004";
let OTHER_KEC_DESA: string;
let handle: DbHandle;
let drop: () => Promise<void>;
const viewerOf = async (u: string) => (await getActiveViewerById(await userId(handle.db, u)))!;
const now = currentYearMonth();
const idx = now.tahun * 4 + quarterOfMonth(now.bulan) - 1 - 2;
const q = { tahun: Math.floor(idx / 4), triwulan: (idx % 4) + 1 };

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  const [other] = await selectRows<{ kode: string }>(
    handle.db,
    sql`select kode from regions where jenis = 'desa' and kode like ${`${KAB}.%`} and kode not like ${`${MENTOK}.%`} order by kode limit 1`,
  );
  OTHER_KEC_DESA = other.kode;
});
afterAll(async () => drop());

const versions = async () => ({
  desa: await dataVersion(AIR_PUTIH),
  kec: await dataVersion(MENTOK),
  kab: await dataVersion(KAB),
  other: await dataVersion(OTHER_KEC_DESA),
});

describe("data version: raised by the writing transaction, under the written desa only", () => {
  it("an update of a target in one desa raises that desa, its kecamatan and kabupaten, not a desa elsewhere", async () => {
    const before = await versions();
    await handle.db
      .update(sasaran)
      .set({ nama: sql`${sasaran.nama}` })
      .where(and(eq(sasaran.kodeWilayah, AIR_PUTIH), eq(sasaran.jenis, "ibu")));
    const after = await versions();
    expect(BigInt(after.desa)).toBeGreaterThan(BigInt(before.desa));
    expect(BigInt(after.kec)).toBeGreaterThan(BigInt(before.kec));
    expect(BigInt(after.kab)).toBeGreaterThan(BigInt(before.kab));
    expect(after.other).toBe(before.other);
  });

  it("insert, update and delete of budget lines, quarter status and posyandu each raise it; a rolled-back write does not", async () => {
    const [posId] = await handle.db
      .insert(posyandu)
      .values({ kodeWilayah: AIR_PUTIH, nama: "Posyandu Versi" })
      .returning({ id: posyandu.id });
    let v = await dataVersion(AIR_PUTIH);
    const raised = async (write: () => Promise<unknown>) => {
      await write();
      const next = await dataVersion(AIR_PUTIH);
      expect(BigInt(next)).toBeGreaterThan(BigInt(v));
      v = next;
    };
    await raised(() => handle.db.update(posyandu).set({ nama: "Posyandu Versi 2" }).where(eq(posyandu.id, posId.id)));
    await raised(() => handle.db.delete(posyandu).where(eq(posyandu.id, posId.id)));
    await raised(() =>
      handle.db.update(periodeDesa).set({ catatan: "uji versi" }).where(eq(periodeDesa.kodeWilayah, AIR_PUTIH)),
    );
    const [line] = await handle.db
      .select({ id: apbdesBaris.id })
      .from(apbdesBaris)
      .where(eq(apbdesBaris.kodeWilayah, AIR_PUTIH))
      .limit(1);
    await raised(() =>
      handle.db
        .update(apbdesBaris)
        .set({ realisasi: sql`${apbdesBaris.realisasi}` })
        .where(eq(apbdesBaris.id, line.id)),
    );
    await raised(() =>
      handle.db
        .update(apbdes)
        .set({ catatan: sql`${apbdes.catatan}` })
        .where(eq(apbdes.kodeWilayah, AIR_PUTIH)),
    );
    await expect(
      handle.db.transaction(async (tx) => {
        await tx
          .update(sasaran)
          .set({ nama: sql`${sasaran.nama}` })
          .where(eq(sasaran.kodeWilayah, AIR_PUTIH));
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await dataVersion(AIR_PUTIH)).toBe(v);
  });

  it("reference data (a region's name) raises every region's version", async () => {
    const before = await versions();
    await handle.db
      .update(regions)
      .set({ nama: sql`${regions.nama}` })
      .where(eq(regions.kode, KAB));
    const after = await versions();
    for (const k of ["desa", "kec", "kab", "other"] as const)
      expect(BigInt(after[k])).toBeGreaterThan(BigInt(before[k]));
  });

  it("every table with a region code is either watched by the triggers or named here as not read by cached pages", async () => {
    const NOT_CACHED: Record<string, string> = {
      audit_log: "history pages read it live",
      kegiatan_kpm: "the KPM activity report reads it live",
      pelatihan: "the KPM performance page reads it live",
      rumah_tangga: "target pages read it live; JTRT reads households through konvergensi_sasaran",
      sasaran_pindah: "transfer history, read live",
      sasaran_kelompok_desa: "derived from sasaran (watched), filled on first read",
      data_versi: "the counters themselves",
      users: "accounts carry a scope, not data",
    };
    const tables = await selectRows<{ table_name: string }>(
      handle.db,
      sql`select distinct table_name from information_schema.columns where table_schema = 'public' and column_name in ('kode_wilayah', 'scope_kode') order by 1`,
    );
    const watched = new Set(
      (
        await selectRows<{ t: string }>(
          handle.db,
          sql`select distinct c.relname as t from pg_trigger g join pg_class c on c.oid = g.tgrelid join pg_proc p on p.oid = g.tgfoid where p.proname = 'data_versi_naik'`,
        )
      ).map((r) => r.t),
    );
    const unclassified = tables.map((r) => r.table_name).filter((t) => !watched.has(t) && !(t in NOT_CACHED));
    expect(unclassified).toEqual([]);
    expect(watched.size).toBeGreaterThanOrEqual(12);
  });
});

describe("district pages are cached exactly", () => {
  it("a second read with nothing written returns the same stored result, frozen", async () => {
    const v = await viewerOf("tpps.kab");
    const period = parseDashboardPeriod({});
    const a = await loadDashboard({ viewer: v, kode: KAB, period });
    const b = await loadDashboard({ viewer: v, kode: KAB, period });
    expect(b).toBe(a);
    expect(Object.isFrozen(a.rows)).toBe(true);
    expect(Object.isFrozen(a.rows[0])).toBe(true);
    expect(() => (a.rows as unknown as unknown[]).push({})).toThrow();
  });

  it("a monthly record saved through the KPM's form shows on the next kabupaten dashboard and scorecard read", async () => {
    const kab = await viewerOf("tpps.kab");
    const period = parseDashboardPeriod({});
    const today = todayIso();
    const before = await loadDashboard({ viewer: kab, kode: KAB, period });
    const desaBefore = before.rows.find((r) => r.kode === AIR_PUTIH)!;
    const scBefore = await getScorecard({
      viewer: kab,
      kode: KAB,
      tahun: now.tahun,
      triwulan: quarterOfMonth(now.bulan),
      draf: true, // the current quarter is still a draft: counted only with drafts included
    });

    const [pos] = await handle.db
      .select({ id: posyandu.id })
      .from(posyandu)
      .where(eq(posyandu.kodeWilayah, AIR_PUTIH))
      .limit(1);
    const [child] = await handle.db
      .insert(sasaran)
      .values({
        kodeWilayah: AIR_PUTIH,
        posyanduId: pos.id,
        jenis: "anak",
        nama: "Anak Versi",
        jenisKelamin: "L",
        tanggalLahir: addDaysIso(today, -400),
      })
      .returning({ id: sasaran.id });
    actAs(await userId(handle.db, "kpm.airputih"));
    // Severely short for 13 months: counted as stunted this month.
    const to = await redirectOf(
      saveAnakMonth(
        { status: "idle" },
        form({
          kode: AIR_PUTIH,
          sasaranId: child.id,
          bulan: formatYearMonth(now),
          tanggalPeriksa: today,
          posyanduId: pos.id,
          statusTikar: "H",
          imunisasiCampak: "belum",
          beratKg: "8,1",
          panjangCm: "68,0",
          caraUkur: "terlentang",
        }),
      ),
    );
    expect(to).toContain("tersimpan=");

    const after = await loadDashboard({ viewer: kab, kode: KAB, period });
    expect(after).not.toBe(before);
    const desaAfter = after.rows.find((r) => r.kode === AIR_PUTIH)!;
    expect(desaAfter.sasaran).toBe(desaBefore.sasaran + 1);
    expect(desaAfter.measured).toBe(desaBefore.measured + 1);
    expect(desaAfter.stunted).toBe(desaBefore.stunted + 1);
    expect(after.growth.measured).toBe(before.growth.measured + 1);
    const scAfter = await getScorecard({
      viewer: kab,
      kode: KAB,
      tahun: now.tahun,
      triwulan: quarterOfMonth(now.bulan),
      draf: true, // the current quarter is still a draft: counted only with drafts included
    });
    expect(scAfter).not.toBe(scBefore);
    expect(scAfter.anak.n).toBe(scBefore.anak.n + 1);
  });

  it("a write elsewhere in the kabupaten refreshes the kabupaten's page but keeps a kecamatan page outside it", async () => {
    const kab = await viewerOf("tpps.kab");
    const kec = await viewerOf("tpps.mentok");
    const sc = (viewer: typeof kab, kode: string) =>
      listDesaScorecard({ viewer, kode, tahun: q.tahun, triwulan: q.triwulan });
    const kabBefore = await sc(kab, KAB);
    const kecBefore = await sc(kec, MENTOK);
    await handle.db
      .update(periodeDesa)
      .set({ catatan: "di luar Mentok" })
      .where(eq(periodeDesa.kodeWilayah, OTHER_KEC_DESA));
    expect(await sc(kab, KAB)).not.toBe(kabBefore);
    expect(await sc(kec, MENTOK)).toBe(kecBefore);
  });

  it("the key holds the viewer's scope and the arguments: another year is another entry", async () => {
    const kab = await viewerOf("tpps.kab");
    const a = await getApbdesRecap({ viewer: kab, kode: KAB, tahun: now.tahun, today: todayIso() });
    const b = await getApbdesRecap({ viewer: kab, kode: KAB, tahun: now.tahun - 1, today: todayIso() });
    expect(b).not.toBe(a);
    let loads = 0;
    const load = async () => ++loads;
    await Promise.all([cachedUnder(KAB, "uji", [1], load), cachedUnder(KAB, "uji", [1], load)]);
    await cachedUnder(KAB, "uji", [2], load);
    expect(loads).toBe(2);
  });
});
