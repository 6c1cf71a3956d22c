vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { rollupVsRebuild } from "./rollup-check";
import type { DbHandle } from "@/db/client";
import { pemantauanBalita, pengukuran, posyandu, sasaran, users } from "@/db/schema";
import { selectRows } from "@/db/raw";
import { applyGrowthChange, childGrowthShare } from "@/db/rollups/growth";
import {
  getGrowthByBand,
  getGrowthFigures,
  getGrowthTrendByGroup,
  getPrevalenceTrend,
  listDesaDashboard,
} from "@/db/queries/dashboard";
import { countFigureMembers } from "@/db/queries/indicators";
import { calendarAgeMonths } from "@/lib/growth/age-bands";
import { parseDashboardPeriod } from "@/lib/dashboard/period";
import { sumCounts, type GrowthCounts } from "@/lib/dashboard/growth-bands";
import { monthPeriod, quarterPeriod, yearPeriod, type GrowthPeriod } from "@/lib/dashboard/growth-periods";
import type { Viewer } from "@/lib/auth/viewer";
import { GET as exportDashboard } from "@/app/(portal)/wilayah/[kode]/dasbor-ekspor/route";

/* docs/indicators.md §3a, growth of children 0–59 months by age band. A fixture of children 0–59 months with the
 * awkward cases — the 24th-month boundary inside a month, a child whose HAZ and WAZ fall in different bands, a child
 * turning 60 months (counted nowhere, no fallback), oedema, an implausible HAZ, a child moved between desa, another
 * kecamatan — saved as the monthly save keeps the roll-up, then the dashboard's band figures compared with counts
 * written out by hand and with one statement written here from the definition, over `pengukuran` and the birth
 * dates (not the roll-up, not `umur_bulan`). */

const KAB = "19.05";
const MENTOK = "19.05.01";
const A = "19.05.01.2004"; // Air Putih
const B = "19.05.01.2005"; // Air Belo
const C = "19.05.02.2001"; // Pelangas, another kecamatan

let handle: DbHandle;
let drop: () => Promise<void>;
const viewer = (scopeKode: string): Viewer => ({
  id: 0,
  username: "uji",
  displayName: "Uji",
  role: "kabupaten",
  scopeKode,
});

type Z = { haz?: number; whz?: number; waz?: number; oedema?: boolean; length?: boolean };
const children = new Map<string, { id: number; born: string; posyanduId: number }>();
const pos = new Map<string, number>();

/** Saves a measurement the way the monthly save keeps the roll-up (share before and after, the difference added);
 * a child 24–59 months gets its balita record of the month (the first measurement of the month links to it). */
async function measure(child: string, kode: string, tanggal: string, z: Z) {
  const c = children.get(child)!;
  const umurBulan = calendarAgeMonths(c.born, tanggal);
  const [tahun, bulan] = tanggal.split("-").map(Number);
  await handle.db.transaction(async (tx) => {
    const before = await childGrowthShare(tx, c.id, [tanggal]);
    let balitaId: number | null = null;
    if (umurBulan >= 24 && umurBulan <= 59) {
      const [row] = await tx
        .insert(pemantauanBalita)
        .values({
          sasaranId: c.id,
          kodeWilayah: kode,
          tahun,
          bulan,
          tanggalPeriksa: tanggal,
          posyanduId: pos.get(kode)!,
          umurBulan,
          ditimbang: true,
        })
        .onConflictDoNothing()
        .returning({ id: pemantauanBalita.id });
      balitaId = row?.id ?? null;
    }
    await tx.insert(pengukuran).values({
      sasaranId: c.id,
      pemantauanBalitaId: balitaId,
      kodeWilayah: kode,
      tanggalUkur: tanggal,
      umurHari: Math.round((Date.parse(tanggal) - Date.parse(c.born)) / 86_400_000),
      umurBulan,
      beratKg: 12.5,
      panjangCm: z.length === false ? null : 90.5,
      caraUkur: z.length === false ? null : "berdiri",
      oedema: z.oedema ?? false,
      haz: z.haz ?? null,
      whz: z.whz ?? null,
      waz: z.waz ?? null,
    });
    await applyGrowthChange(tx, before, await childGrowthShare(tx, c.id, [tanggal]));
  });
}

const BANDS = [0, 6, 12, 24, 36, 48] as const;
type Ref = GrowthCounts & { band: number | null; kode: string };

/** The definition, written independently: per z-score, each child's latest measurement in [from, to] whose z-score
 * lies within WHO's limits (HAZ −6…+6, WHZ −5…+5, WAZ −6…+5; oedema carries WHZ and WAZ), in the age band of the
 * child's completed months on that date (from the birth date: `age()`), counted in the desa of that measurement; a
 * measurement at 60 months or more in no band. One row per desa and band. */
async function reference(from: string, to: string): Promise<Ref[]> {
  return selectRows<Ref>(
    handle.db,
    sql`with m as (
          select u.*, (extract(year from age(u.tanggal_ukur, s.tanggal_lahir)) * 12 + extract(month from age(u.tanggal_ukur, s.tanggal_lahir)))::int as bulan
          from pengukuran u join sasaran s on s.id = u.sasaran_id
          where u.tanggal_ukur >= ${from}::date and u.tanggal_ukur <= ${to}::date),
        ranked as (
          select 'haz' as z, kode_wilayah, bulan, haz as v, false as oedema, row_number() over (partition by sasaran_id order by tanggal_ukur desc, id desc) as rn
          from m where haz >= -6 and haz <= 6
          union all
          select 'whz', kode_wilayah, bulan, whz, oedema, row_number() over (partition by sasaran_id order by tanggal_ukur desc, id desc)
          from m where (whz >= -5 and whz <= 5) or oedema
          union all
          select 'waz', kode_wilayah, bulan, waz, oedema, row_number() over (partition by sasaran_id order by tanggal_ukur desc, id desc)
          from m where (waz >= -6 and waz <= 5) or oedema),
        latest as (
          select *, case when bulan < 0 then null when bulan <= 5 then 0 when bulan <= 11 then 6 when bulan <= 23 then 12
            when bulan <= 35 then 24 when bulan <= 47 then 36 when bulan <= 59 then 48 end as band
          from ranked where rn = 1)
        select kode_wilayah as kode, band,
          count(*) filter (where z = 'haz')::int as measured,
          count(*) filter (where z = 'haz' and v < -2)::int as stunted,
          count(*) filter (where z = 'haz' and v < -3)::int as severe,
          count(*) filter (where z = 'whz')::int as "whzN",
          count(*) filter (where z = 'whz' and (oedema or v < -2))::int as wasted,
          count(*) filter (where z = 'whz' and not oedema and v > 2)::int as overweight,
          count(*) filter (where z = 'waz')::int as "wazN",
          count(*) filter (where z = 'waz' and (oedema or v < -2))::int as underweight
        from latest group by kode_wilayah, band`,
  );
}

const within = (kode: string) => (r: { kode: string }) => r.kode === kode || r.kode.startsWith(`${kode}.`);
/** The reference's counts under `kode` for the bands in `bands` (null band: 60 months and over, never counted). */
const refSum = (rows: Ref[], kode: string, bands: readonly number[]) =>
  sumCounts(rows.filter((r) => within(kode)(r) && r.band !== null && bands.includes(r.band)));
const only = (c: GrowthCounts) => ({
  measured: c.measured,
  stunted: c.stunted,
  severe: c.severe,
  whzN: c.whzN,
  wasted: c.wasted,
  overweight: c.overweight,
  wazN: c.wazN,
  underweight: c.underweight,
});

const PERIODS: GrowthPeriod[] = [
  monthPeriod(2026, 6),
  monthPeriod(2026, 10),
  monthPeriod(2026, 11),
  quarterPeriod(2026, 2),
  quarterPeriod(2026, 4),
  yearPeriod(2026),
];
const REGIONS = [KAB, MENTOK, "19.05.02", A, B, C];

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  for (const kode of [A, B, C]) {
    const [p] = await handle.db
      .insert(posyandu)
      .values({ kodeWilayah: kode, nama: `Posyandu Uji ${kode}` })
      .returning({ id: posyandu.id });
    pos.set(kode, p.id);
  }
  const born: Record<string, [string, string]> = {
    a1: [A, "2025-03-01"],
    a2: [A, "2026-08-01"],
    a3: [B, "2025-10-15"],
    b1: [A, "2024-06-10"],
    b2: [A, "2023-11-10"],
    b3: [A, "2021-11-15"],
    b4: [A, "2021-11-01"],
    b5: [A, "2022-09-20"],
    b6: [B, "2022-05-05"],
    b7: [C, "2024-07-01"],
    b8: [A, "2023-02-14"],
    b9: [A, "2024-04-25"],
    b10: [A, "2023-05-03"],
  };
  for (const [nama, [kode, tanggalLahir]] of Object.entries(born)) {
    const [s] = await handle.db
      .insert(sasaran)
      .values({ kodeWilayah: kode, posyanduId: pos.get(kode)!, jenis: "anak", nama, jenisKelamin: "P", tanggalLahir })
      .returning({ id: sasaran.id });
    children.set(nama, { id: s.id, born: tanggalLahir, posyanduId: pos.get(kode)! });
  }
  // 0–23 months in November: a1 20 months, a2 3 months, a3 12 months (in B).
  await measure("a1", A, "2026-11-05", { haz: -2.5, whz: -1.0, waz: -1.5 });
  await measure("a2", A, "2026-11-10", { haz: -1.0, whz: -2.5, waz: -2.1 });
  await measure("a3", B, "2026-11-12", { haz: -3.2, whz: 0, waz: -2.5 });
  // b1: 23 months on 9 June, 24 months on 10 June (June counts the 10th, in band 24); 29 months in November.
  await measure("b1", A, "2026-06-09", { haz: -2.2, whz: -1.0, waz: -1.0 });
  await measure("b1", A, "2026-06-10", { haz: -1.9, whz: -1.0, waz: -1.0 });
  await measure("b1", A, "2026-11-20", { haz: -2.4, whz: -2.2, waz: -2.3 });
  // b2: 35 months on 3 November (full), 36 months on 20 November (weighed only): HAZ/WHZ in 24–35, WAZ in 36–47.
  await measure("b2", A, "2026-11-03", { haz: -2.1, whz: 0.5, waz: -1.0 });
  await measure("b2", A, "2026-11-20", { length: false, waz: -2.2 });
  // b3: 59 months: stunted and overweight in 48–59.
  await measure("b3", A, "2026-11-14", { haz: -2.6, whz: 2.4, waz: -0.5 });
  // b4: 59 months in October, 60 months on 5 November: counted nowhere from then on (no fallback to October).
  await measure("b4", A, "2026-10-20", { haz: -3.1, whz: -1.0, waz: -2.5 });
  await measure("b4", A, "2026-11-05", { haz: -3.0, whz: -1.0, waz: -2.4 });
  // b5: oedema at 49 months (wasted and underweight); b6 overweight at 54 months in B.
  await measure("b5", A, "2026-11-18", { haz: -1.5, oedema: true });
  await measure("b6", B, "2026-11-07", { haz: 0.3, whz: 2.6, waz: 1.2 });
  // b7: another kecamatan, severe on every index at 28 months.
  await measure("b7", C, "2026-11-09", { haz: -3.4, whz: -3.1, waz: -3.3 });
  // b8: implausible HAZ at 44 months (out of HAZ), plausible WHZ and WAZ.
  await measure("b8", A, "2026-11-11", { haz: -6.5, whz: -1.0, waz: -1.2 });
  // b9: stunted in A on 2 November, measured again in B on 22 November (30 months, counted in B, not stunted).
  await measure("b9", A, "2026-11-02", { haz: -2.3, whz: -1.0, waz: -1.5 });
  await measure("b9", B, "2026-11-22", { haz: -1.9, whz: -0.5, waz: -0.4 });
  // b10: the exact cut-offs at 41 months, October only.
  await measure("b10", A, "2026-10-10", { haz: -2.05, whz: -2.0, waz: -2.0 });
});
afterAll(async () => drop());

const bandsOf = async (kode: string, p: GrowthPeriod) => getGrowthByBand({ viewer: viewer(KAB), kode, periode: p.key });

describe("growth 0–59 by age band (docs/indicators.md §3a)", () => {
  it("the fixture's ages: umur_bulan is the completed calendar months from the birth date", async () => {
    const bad = await selectRows<{ id: number }>(
      handle.db,
      sql`select u.id from pengukuran u join sasaran s on s.id = u.sasaran_id
          where u.umur_bulan <> (extract(year from age(u.tanggal_ukur, s.tanggal_lahir)) * 12 + extract(month from age(u.tanggal_ukur, s.tanggal_lahir)))::int`,
    );
    expect(bad).toEqual([]);
  });

  it("November, kabupaten: every band counted by hand", async () => {
    const g = await bandsOf(KAB, monthPeriod(2026, 11));
    const by = (f: keyof GrowthCounts) => g.bands.map((b) => b[f]);
    // HAZ: 0–5 a2; 12–23 a1 −2.5, a3 −3.2; 24–35 b1 −2.4, b2 −2.1, b7 −3.4, b9 −1.9 (B); 36–47 none (b8
    // implausible); 48–59 b3 −2.6, b5, b6; b4 at 60 months nowhere.
    expect(by("measured")).toEqual([1, 0, 2, 4, 0, 3]);
    expect(by("stunted")).toEqual([0, 0, 2, 3, 0, 1]);
    expect(by("severe")).toEqual([0, 0, 1, 1, 0, 0]);
    // WHZ: a2 −2.5; a1, a3; b1 −2.2, b2 0.5 (3 Nov), b7 −3.1, b9; b8; b3 2.4, b5 oedema, b6 2.6.
    expect(by("whzN")).toEqual([1, 0, 2, 4, 1, 3]);
    expect(by("wasted")).toEqual([1, 0, 0, 2, 0, 1]);
    expect(by("overweight")).toEqual([0, 0, 0, 0, 0, 2]);
    // WAZ: a2 −2.1; a1, a3 −2.5; b1 −2.3, b7 −3.3, b9; b2 −2.2 (20 Nov, 36 months), b8; b3, b5 oedema, b6.
    expect(by("wazN")).toEqual([1, 0, 2, 3, 2, 3]);
    expect(by("underweight")).toEqual([1, 0, 1, 2, 1, 1]);
    expect(only(g.groups["0-23"])).toEqual({
      measured: 3,
      stunted: 2,
      severe: 1,
      whzN: 3,
      wasted: 1,
      overweight: 0,
      wazN: 3,
      underweight: 2,
    });
    expect(only(g.groups["0-59"])).toEqual({
      measured: 10,
      stunted: 6,
      severe: 2,
      whzN: 11,
      wasted: 4,
      overweight: 2,
      wazN: 11,
      underweight: 6,
    });
    // The band label the acceptance test reads.
    expect(g.bands.map((b) => `${b.from}–${b.to}`)).toContain("24–35");
  });

  it("June: the child measured on the day it turns 24 months counts in 24–35, not in 0–23", async () => {
    const g = await bandsOf(A, monthPeriod(2026, 6));
    expect(g.bands.map((b) => b.measured)).toEqual([0, 0, 0, 1, 0, 0]);
    expect(g.groups["0-23"].measured).toBe(0);
    expect(g.groups["24-59"]).toMatchObject({ measured: 1, stunted: 0 });
  });

  const compareAll = async () => {
    for (const p of PERIODS) {
      const ref = await reference(p.from, p.to);
      for (const kode of REGIONS) {
        const g = await bandsOf(kode, p);
        for (const b of g.bands)
          expect({ kode, p: p.key, band: b.band, ...only(b) }).toEqual({
            kode,
            p: p.key,
            band: b.band,
            ...refSum(ref, kode, [b.band]),
          });
        expect(only(g.groups["0-23"]), `${kode} ${p.key} 0-23`).toEqual(refSum(ref, kode, [0, 6, 12]));
        expect(only(g.groups["24-59"]), `${kode} ${p.key} 24-59`).toEqual(refSum(ref, kode, [24, 36, 48]));
        expect(only(g.groups["0-59"]), `${kode} ${p.key} 0-59`).toEqual(refSum(ref, kode, BANDS));
        // 0–59 is the pooled sum of its bands, and 0–23 the §3 figure of the cards.
        expect(only(g.groups["0-59"])).toEqual(sumCounts(g.bands));
        const old = await getGrowthFigures({ viewer: viewer(KAB), kode, periode: p.key, to: p.to });
        expect(only(g.groups["0-23"]), `${kode} ${p.key} = §3`).toEqual(only(old));
      }
    }
  };

  it("every band and group, every period and region, equals the definition over pengukuran", compareAll);

  it("the trend: per month 0–23 and 0–59 equal the definition; 0–23 equals the stunting trend", async () => {
    const s = { viewer: viewer(KAB), kode: MENTOK, end: { tahun: 2026, bulan: 12 }, months: 12 };
    const trend = await getGrowthTrendByGroup(s);
    const old = await getPrevalenceTrend(s);
    expect(trend.map((m) => m.ym)).toEqual(old.map((m) => m.ym));
    for (const [i, m] of trend.entries()) {
      const [y, mo] = m.ym.split("-").map(Number);
      const p = monthPeriod(y, mo);
      const ref = await reference(p.from, p.to);
      expect(only(m.anak), m.ym).toEqual(refSum(ref, MENTOK, [0, 6, 12]));
      expect(only(m.balita), m.ym).toEqual(refSum(ref, MENTOK, BANDS));
      expect({ measured: m.anak.measured, stunted: m.anak.stunted }).toEqual({
        measured: old[i].measured,
        stunted: old[i].stunted,
      });
    }
    expect(trend.find((m) => m.ym === "2026-11")!.balita).toMatchObject({ measured: 9, stunted: 5 });
  });

  it("the desa table: each desa's 0–59 columns equal the definition, its 0–23 stunting unchanged", async () => {
    const period = parseDashboardPeriod({ periode: "bulan", tahun: "2026", nilai: "11" });
    const rows = await listDesaDashboard({ viewer: viewer(KAB), kode: KAB, period, today: "2026-12-03" });
    const ref = await reference(period.from, period.to);
    for (const kode of [A, B, C]) {
      const r = rows.find((x) => x.kode === kode)!;
      const e059 = refSum(ref, kode, BANDS);
      const e023 = refSum(ref, kode, [0, 6, 12]);
      expect({
        kode,
        measured: r.measured,
        stunted: r.stunted,
        measured59: r.measured59,
        stunted59: r.stunted59,
        whzN59: r.whzN59,
        wasted59: r.wasted59,
        overweight59: r.overweight59,
        wazN59: r.wazN59,
        underweight59: r.underweight59,
      }).toEqual({
        kode,
        measured: e023.measured,
        stunted: e023.stunted,
        measured59: e059.measured,
        stunted59: e059.stunted,
        whzN59: e059.whzN,
        wasted59: e059.wasted,
        overweight59: e059.overweight,
        wazN59: e059.wazN,
        underweight59: e059.underweight,
      });
    }
    // Air Putih in November: HAZ a1, a2 (0–23), b1, b2, b3, b5 (b9 counts in Air Belo, b8 implausible, b4 at 60
    // months); stunted a1, b1, b2, b3.
    expect(rows.find((x) => x.kode === A)).toMatchObject({ measured59: 6, stunted59: 4, measured: 2, stunted: 1 });
  });

  it("the drill-down lists of the 0–59 figures hold exactly the children the figures count", async () => {
    for (const nilai of ["10", "11"]) {
      const period = parseDashboardPeriod({ periode: "bulan", tahun: "2026", nilai });
      const ref = await reference(period.from, period.to);
      for (const kode of [KAB, MENTOK, A, B]) {
        const e = refSum(ref, kode, BANDS);
        const s = { viewer: viewer(KAB), kode };
        const count = (key: Parameters<typeof countFigureMembers>[2], part: "pembilang" | "penyebut") =>
          countFigureMembers(s, period, key, part);
        expect({
          kode,
          nilai,
          measured: await count("stunting-0-59", "penyebut"),
          stunted: await count("stunting-0-59", "pembilang"),
          whzN: await count("wasting-0-59", "penyebut"),
          wasted: await count("wasting-0-59", "pembilang"),
          overweight: await count("overweight-0-59", "pembilang"),
          wazN: await count("underweight-0-59", "penyebut"),
          underweight: await count("underweight-0-59", "pembilang"),
        }).toEqual({
          kode,
          nilai,
          measured: e.measured,
          stunted: e.stunted,
          whzN: e.whzN,
          wasted: e.wasted,
          overweight: e.overweight,
          wazN: e.wazN,
          underweight: e.underweight,
        });
        // The 0–23 list is unchanged by the bands above it.
        expect(await count("stunting", "penyebut")).toBe(refSum(ref, kode, [0, 6, 12]).measured);
      }
    }
  });

  it("the dashboard export has the band sheet: six bands, then 0–23, 24–59, 0–59", async () => {
    const [u] = await handle.db
      .insert(users)
      .values({ username: "kab.pita", displayName: "Kab Pita", passwordHash: "-", role: "kabupaten", scopeKode: KAB })
      .returning({ id: users.id });
    actAs(u.id);
    const res = await exportDashboard(
      new NextRequest(`http://localhost/wilayah/${KAB}/dasbor-ekspor?periode=bulan&tahun=2026&nilai=11`),
      { params: Promise.resolve({ kode: KAB }) },
    );
    actAs(null);
    expect(res.status).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.getWorksheet("Pertumbuhan per umur")!;
    const header = (sheet.views[0] as { ySplit: number }).ySplit;
    const rows: Array<[string, number, number]> = [];
    sheet.eachRow((r, n) => {
      if (n > header) rows.push([String(r.getCell(1).value), Number(r.getCell(2).value), Number(r.getCell(3).value)]);
    });
    expect(rows).toEqual([
      ["0–5 bulan", 1, 0],
      ["6–11 bulan", 0, 0],
      ["12–23 bulan", 2, 2],
      ["24–35 bulan", 4, 3],
      ["36–47 bulan", 0, 0],
      ["48–59 bulan", 3, 1],
      ["0–23 bulan", 3, 2],
      ["24–59 bulan", 7, 4],
      ["0–59 bulan", 10, 6],
    ]);
  });

  it("after a rebuild the roll-up is the one kept on write, and the figures still equal the definition", async () => {
    const { maintained, rebuilt } = await rollupVsRebuild(handle.db);
    expect(rebuilt.pertumbuhan).toEqual(maintained.pertumbuhan);
    await compareAll();
  });
});
