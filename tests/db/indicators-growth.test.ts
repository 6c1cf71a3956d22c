vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { calendarAgeMonths } from "@/lib/growth/age-bands";
import { and, eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { rollupVsRebuild } from "./rollup-check";
import type { DbHandle } from "@/db/client";
import { pengukuran, posyandu, sasaran, users } from "@/db/schema";
import { selectRows } from "@/db/raw";
import { applyGrowthChange, childGrowthShare } from "@/db/rollups/growth";
import { getGrowthFigures, getPrevalenceTrend, listDesaDashboard } from "@/db/queries/dashboard";
import { listPosyanduBreakdown } from "@/db/queries/desa-overview";
import { parseDashboardPeriod } from "@/lib/dashboard/period";
import { monthPeriod, quarterPeriod, yearPeriod, type GrowthPeriod } from "@/lib/dashboard/growth-periods";
import type { Viewer } from "@/lib/auth/viewer";
import { GET as exportDashboard } from "@/app/(portal)/wilayah/[kode]/dasbor-ekspor/route";

/* docs/indicators.md §3, growth prevalences. A small fixture with the awkward cases — a weighing without length
 * after a full measurement in the same month, a child with only a weight, implausible z-scores (with and without a
 * plausible one to fall back on), a child measured in two desa, oedema, the exact cut-offs, several months — and
 * the dashboard's figures compared with one statement written here from the definition, over `pengukuran`. */

const KAB = "19.05";
const MENTOK = "19.05.01";
const A = "19.05.01.2004"; // Air Putih
const B = "19.05.01.2005"; // Air Belo
const C = "19.05.02.2001"; // Pelangas, another kecamatan
const BORN = "2025-03-01";

let handle: DbHandle;
let drop: () => Promise<void>;
const viewer = (scopeKode: string): Viewer => ({
  id: 0,
  username: "uji",
  displayName: "Uji",
  role: "kabupaten",
  scopeKode,
});

type Z = { haz?: number; whz?: number; waz?: number; oedema?: boolean; length?: boolean; weight?: boolean };
const ids = new Map<string, number>();

/** Saves a measurement the way the monthly save keeps the roll-up: the child's share before and after, the
 * difference added. */
async function measure(child: string, kode: string, tanggal: string, z: Z) {
  const sasaranId = ids.get(child)!;
  await handle.db.transaction(async (tx) => {
    const before = await childGrowthShare(tx, sasaranId, [tanggal]);
    await tx.insert(pengukuran).values({
      sasaranId,
      kodeWilayah: kode,
      tanggalUkur: tanggal,
      umurHari: Math.round((Date.parse(tanggal) - Date.parse(BORN)) / 86_400_000),
      umurBulan: calendarAgeMonths(BORN, tanggal),
      beratKg: z.weight === false ? null : 9.5,
      panjangCm: z.length === false ? null : 78.5,
      caraUkur: z.length === false ? null : "terlentang",
      oedema: z.oedema ?? false,
      haz: z.haz ?? null,
      whz: z.whz ?? null,
      waz: z.waz ?? null,
    });
    await applyGrowthChange(tx, before, await childGrowthShare(tx, sasaranId, [tanggal]));
  });
}

/** The definition, written independently: per z-score, each child's latest measurement in [from, to] whose z-score
 * lies within WHO's limits (HAZ −6…+6, WHZ −5…+5, WAZ −6…+5; oedema carries WHZ and WAZ), counted in the desa of
 * that measurement when it lies under `kode`. */
async function reference(kode: string, from: string, to: string) {
  const [row] = await selectRows<Record<string, number>>(
    handle.db,
    sql`with m as (select * from pengukuran where tanggal_ukur >= ${from}::date and tanggal_ukur <= ${to}::date),
        ranked as (
          select 'haz' as z, kode_wilayah, haz as v, false as oedema, row_number() over (partition by sasaran_id order by tanggal_ukur desc, id desc) as rn
          from m where haz >= -6 and haz <= 6
          union all
          select 'whz', kode_wilayah, whz, oedema, row_number() over (partition by sasaran_id order by tanggal_ukur desc, id desc)
          from m where (whz >= -5 and whz <= 5) or oedema
          union all
          select 'waz', kode_wilayah, waz, oedema, row_number() over (partition by sasaran_id order by tanggal_ukur desc, id desc)
          from m where (waz >= -6 and waz <= 5) or oedema),
        latest as (select * from ranked where rn = 1 and (kode_wilayah = ${kode} or kode_wilayah like ${`${kode}.%`}))
        select count(*) filter (where z = 'haz')::int as measured,
          count(*) filter (where z = 'haz' and v < -2)::int as stunted,
          count(*) filter (where z = 'haz' and v < -3)::int as severe,
          count(*) filter (where z = 'whz')::int as "whzN",
          count(*) filter (where z = 'whz' and (oedema or v < -2))::int as wasted,
          count(*) filter (where z = 'whz' and not oedema and v > 2)::int as overweight,
          count(*) filter (where z = 'waz')::int as "wazN",
          count(*) filter (where z = 'waz' and (oedema or v < -2))::int as underweight
        from latest`,
  );
  return row;
}

const PERIODS: GrowthPeriod[] = [
  monthPeriod(2026, 9),
  monthPeriod(2026, 10),
  monthPeriod(2026, 11),
  monthPeriod(2026, 12),
  quarterPeriod(2026, 3),
  quarterPeriod(2026, 4),
  yearPeriod(2026),
];

async function figures(kode: string, p: GrowthPeriod) {
  const g = await getGrowthFigures({ viewer: viewer(KAB), kode, periode: p.key, to: p.to });
  return {
    measured: g.measured,
    stunted: g.stunted,
    severe: g.severe,
    whzN: g.whzN,
    wasted: g.wasted,
    overweight: g.overweight,
    wazN: g.wazN,
    underweight: g.underweight,
  };
}

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  const pos = new Map<string, number>();
  for (const kode of [A, B, C]) {
    const [p] = await handle.db
      .insert(posyandu)
      .values({ kodeWilayah: kode, nama: `Posyandu Uji ${kode}` })
      .returning({ id: posyandu.id });
    pos.set(kode, p.id);
  }
  // The desa of each child's target; c5 and c10 are measured in B later in November as well.
  const home: Record<string, string> = {
    c1: A,
    c2: A,
    c3: A,
    c4: A,
    c5: A,
    c6: A,
    c7: B,
    c8: C,
    c9: B,
    c10: A,
    c11: B,
    c12: A,
  };
  for (const [nama, kode] of Object.entries(home)) {
    const [s] = await handle.db
      .insert(sasaran)
      .values({
        kodeWilayah: kode,
        posyanduId: pos.get(kode)!,
        jenis: "anak",
        nama,
        jenisKelamin: "L",
        tanggalLahir: BORN,
      })
      .returning({ id: sasaran.id });
    ids.set(nama, s.id);
  }
  // c1: full in October and early November, then weighings without length (no WHZ) on 20 Nov and 2 Dec.
  await measure("c1", A, "2026-10-15", { haz: -2.1, whz: -1.0, waz: -1.2 });
  await measure("c1", A, "2026-11-05", { haz: -2.5, whz: -2.5, waz: -1.5 });
  await measure("c1", A, "2026-11-20", { length: false, waz: -1.0 });
  await measure("c1", A, "2026-12-02", { length: false, waz: -0.9 });
  // c2: only ever weighed.
  await measure("c2", A, "2026-11-10", { length: false, waz: -2.5 });
  // c3: plausible on 3 Nov, every z-score implausible on 25 Nov (falls back to 3 Nov).
  await measure("c3", A, "2026-10-10", { haz: -2.2, whz: -2.1, waz: -2.3 });
  await measure("c3", A, "2026-11-03", { haz: -1.0, whz: -1.0, waz: -0.5 });
  await measure("c3", A, "2026-11-25", { haz: -6.5, whz: 5.5, waz: -6.2 });
  // c4: implausible HAZ and WHZ with nothing to fall back on; plausible WAZ.
  await measure("c4", A, "2026-11-08", { haz: 6.5, whz: -5.5, waz: -1.0 });
  // c5: full in A, then weighed only in B: HAZ and WHZ stay in A, WAZ goes to B.
  await measure("c5", A, "2026-11-04", { haz: -2.2, whz: 0, waz: 0 });
  await measure("c5", B, "2026-11-18", { length: false, waz: -2.1 });
  // c6: oedema (no WHZ or WAZ computed): wasted and underweight.
  await measure("c6", A, "2026-11-12", { haz: -1.0, oedema: true });
  // c7: overweight.
  await measure("c7", B, "2026-11-14", { haz: 0.5, whz: 2.5, waz: 1.8 });
  // c8: another kecamatan, severe on every index.
  await measure("c8", C, "2026-11-09", { haz: -3.5, whz: -3.2, waz: -3.1 });
  // c9, c11: the exact cut-offs and plausibility limits.
  await measure("c9", B, "2026-11-16", { haz: -3.0, whz: -2.0, waz: -6.0 });
  await measure("c11", B, "2026-11-17", { haz: 6.0, whz: 5.0, waz: 5.0 });
  // c10: stunted in A in October and early November, then measured in full in B (counted there for November).
  await measure("c10", A, "2026-10-20", { haz: -2.4, whz: -1.0, waz: -1.5 });
  await measure("c10", A, "2026-11-02", { haz: -2.3, whz: -1.0, waz: -1.4 });
  await measure("c10", B, "2026-11-22", { haz: -1.0, whz: -0.5, waz: -0.4 });
  // c12: September only.
  await measure("c12", A, "2026-09-20", { haz: -2.6, whz: -2.2, waz: -2.4 });
});
afterAll(async () => drop());

describe("growth prevalences (docs/indicators.md §3)", () => {
  it("November, kabupaten and kecamatan: each prevalence over its own denominator, counted by hand", async () => {
    const nov = monthPeriod(2026, 11);
    // HAZ: c1 −2.5, c3 −1.0 (fallback), c5 −2.2, c6 −1.0, c7, c8 −3.5, c9 −3.00, c10 −1.0 (B), c11 6.00; not c2, c4.
    // WHZ: c1 −2.5 (5 Nov: its 20 Nov weighing has no length), c3, c5, c6 oedema, c7 2.5, c8, c9 −2.00, c10, c11 5.00.
    // WAZ: all but c12: c2 −2.5, c5 −2.1 (B), c6 oedema, c8, c9 −6.00 underweight.
    expect(await figures(KAB, nov)).toEqual({
      measured: 9,
      stunted: 4,
      severe: 1,
      whzN: 9,
      wasted: 3,
      overweight: 2,
      wazN: 11,
      underweight: 5,
    });
    expect(await figures(MENTOK, nov)).toEqual({
      measured: 8,
      stunted: 3,
      severe: 0,
      whzN: 8,
      wasted: 2,
      overweight: 2,
      wazN: 10,
      underweight: 4,
    });
  });

  const compareAll = async () => {
    for (const p of PERIODS)
      for (const kode of [KAB, MENTOK, "19.05.02", A, B, C])
        expect({ kode, p: p.key, ...(await figures(kode, p)) }).toEqual({
          kode,
          p: p.key,
          ...(await reference(kode, p.from, p.to)),
        });
    // The trend: stunting per month.
    const trend = await getPrevalenceTrend({
      viewer: viewer(KAB),
      kode: KAB,
      end: { tahun: 2026, bulan: 12 },
      months: 4,
    });
    const expected = [];
    for (const bulan of [9, 10, 11, 12]) {
      const p = monthPeriod(2026, bulan);
      const r = await reference(KAB, p.from, p.to);
      expected.push({ ym: p.key, measured: r.measured, stunted: r.stunted });
    }
    expect(trend).toEqual(expected);
    // The desa table's stunting column, for a month and a quarter.
    for (const [periode, nilai] of [
      ["bulan", "11"],
      ["triwulan", "4"],
    ]) {
      const period = parseDashboardPeriod({ periode, tahun: "2026", nilai });
      const rows = await listDesaDashboard({ viewer: viewer(KAB), kode: KAB, period, today: period.to });
      for (const kode of [A, B, C]) {
        const row = rows.find((r) => r.kode === kode)!;
        const r = await reference(kode, period.from, period.to);
        expect({ kode, periode, measured: row.measured, stunted: row.stunted }).toEqual({
          kode,
          periode,
          measured: r.measured,
          stunted: r.stunted,
        });
      }
    }
    // The desa overview's posyandu breakdown adds up to the desa's figure (c10 counts in B for November, c3 by 3 Nov).
    const nov = monthPeriod(2026, 11);
    const pos = await listPosyanduBreakdown({
      viewer: viewer(KAB),
      kode: A,
      from: nov.from,
      to: nov.to,
      today: "2026-12-02",
    });
    const r = await reference(A, nov.from, nov.to);
    expect({
      measured: pos.reduce((a, p) => a + p.measured, 0),
      stunted: pos.reduce((a, p) => a + p.stunted, 0),
    }).toEqual({ measured: r.measured, stunted: r.stunted });
    // Maintained on write = rebuilt from pengukuran.
    const { maintained, rebuilt } = await rollupVsRebuild(handle.db);
    expect(maintained.pertumbuhan.length).toBeGreaterThan(10);
    expect(maintained.pertumbuhan).toEqual(rebuilt.pertumbuhan);
  };

  it(
    "every period and region: the dashboard, trend, desa table and posyandu breakdown equal the definition",
    compareAll,
  );

  it("the dashboard export's growth sheet shows the same numerators and denominators as the dashboard", async () => {
    const [u] = await handle.db
      .insert(users)
      .values({ username: "kab.uji", displayName: "Kab Uji", passwordHash: "-", role: "kabupaten", scopeKode: KAB })
      .returning({ id: users.id });
    actAs(u.id);
    const res = await exportDashboard(
      new NextRequest(`http://localhost/wilayah/${MENTOK}/dasbor-ekspor?periode=bulan&tahun=2026&nilai=11`),
      { params: Promise.resolve({ kode: MENTOK }) },
    );
    expect(res.status).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const rows: Array<[number, number]> = [];
    const sheet = wb.getWorksheet("Pertumbuhan")!;
    const header = (sheet.views[0] as { ySplit: number }).ySplit;
    sheet.eachRow((r, n) => {
      if (n > header) rows.push([Number(r.getCell(2).value), Number(r.getCell(3).value)]);
    });
    const g = await figures(MENTOK, monthPeriod(2026, 11));
    expect(rows).toEqual([
      [g.stunted, g.measured],
      [g.severe, g.measured],
      [g.wasted, g.whzN],
      [g.overweight, g.whzN],
      [g.underweight, g.wazN],
    ]);
    expect(g.whzN).toBeGreaterThan(0);
    actAs(null);
  });

  it("after a later weighing gains a length, the child's November WHZ is that one, on write and on rebuild", async () => {
    const [row] = await handle.db
      .select()
      .from(pengukuran)
      .where(and(eq(pengukuran.sasaranId, ids.get("c1")!), eq(pengukuran.tanggalUkur, "2026-11-20")));
    await handle.db.transaction(async (tx) => {
      const before = await childGrowthShare(tx, row.sasaranId, [row.tanggalUkur]);
      await tx
        .update(pengukuran)
        .set({ panjangCm: 79, caraUkur: "terlentang", haz: -2.6, whz: -0.5 })
        .where(eq(pengukuran.id, row.id));
      await applyGrowthChange(tx, before, await childGrowthShare(tx, row.sasaranId, [row.tanggalUkur]));
    });
    const nov = await figures(KAB, monthPeriod(2026, 11));
    expect({ whzN: nov.whzN, wasted: nov.wasted, stunted: nov.stunted }).toEqual({ whzN: 9, wasted: 2, stunted: 4 });
    await compareAll();
  });
});
