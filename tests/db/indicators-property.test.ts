/**
 * EXPECTED TO FAIL UNTIL THE DEFINITION BRANCHES OF ISSUE 16 MERGE (children measured above 100 %, and whatever else
 * the generated data finds). Not skipped on purpose: the lead merges the definition fixes, then this must pass.
 *
 * Property (issue 16, Tests): over generated data — a few children and mothers in two desa, birthdays near the
 * period's end, measurements with and without length, monthly records saved early and late, quarters in draft and
 * approved — every percentage the dashboard and its desa table compute (db/queries/dashboard-load.ts loadDashboard,
 * the real loader) has 0 ≤ numerator ≤ denominator, so it lies in 0–100 %.
 */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarAgeMonths } from "@/lib/growth/age-bands";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { createTestDb } from "./test-db";
import type { DbHandle } from "@/db/client";
import { pemantauanAnak, pemantauanIbu, pengukuran, periodeDesa, posyandu, sasaran } from "@/db/schema";
import { loadDashboard } from "@/db/queries/dashboard-load";
import { recomputeAll } from "@/db/rollups/scorecard";
import { rebuildGrowthRollups } from "@/db/rollups/growth";
import { parseDashboardPeriod } from "@/lib/dashboard/period";
import { desaTable } from "@/lib/dashboard/desa-table";
import { countFigureMembers } from "@/db/queries/indicators";
import { FIGURE_KEYS, FIGURES, hasList } from "@/lib/indicators/figures";
import { addDaysIso } from "@/lib/periods";
import { ageInDays, completedMonths } from "@/lib/growth/age";
import type { Viewer } from "@/lib/auth/viewer";

const DESA = ["19.05.01.2004", "19.05.01.2006"] as const;
const NOW = { tahun: 2026, bulan: 12 };
const VIEWER: Viewer = { id: 0, username: "prop", displayName: "prop", role: "kabupaten", scopeKode: "19.05" };

let handle: DbHandle;
let drop: () => Promise<void>;
const posyanduOf: Record<string, number> = {};

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  for (const kode of DESA) {
    const [p] = await handle.db
      .insert(posyandu)
      .values({ kodeWilayah: kode, nama: `Posyandu ${kode}` })
      .returning({ id: posyandu.id });
    posyanduOf[kode] = p.id;
  }
});
afterAll(async () => drop());

/** A date in 2026 as an offset from 1 January. */
const day2026 = (offset: number) => addDaysIso("2026-01-01", offset);
const zScore = fc.option(
  fc.integer({ min: -450, max: 350 }).map((n) => n / 100),
  { nil: null },
);

const measurement = fc.record({
  offset: fc.integer({ min: 0, max: 333 }),
  length: fc.boolean(),
  haz: zScore,
  waz: zScore,
  whz: zScore,
});
const record = fc.record({ bulan: fc.integer({ min: 1, max: 11 }), lateDays: fc.integer({ min: 0, max: 45 }) });
const child = fc.record({
  desa: fc.integer({ min: 0, max: 1 }),
  // Born up to ~3 years before the end of November 2026, some of them on the boundary days of the periods.
  bornDaysBefore: fc.oneof(fc.integer({ min: 0, max: 1100 }), fc.constantFrom(730, 731, 729, 761, 762)),
  aktif: fc.boolean(),
  /** Day of 2026 its deactivation dates from, when not aktif. */
  nonaktifDay: fc.integer({ min: 0, max: 333 }),
  measurements: fc.array(measurement, { maxLength: 3 }),
  records: fc.uniqueArray(record, { maxLength: 3, selector: (r) => r.bulan }),
});
const mother = fc.record({
  desa: fc.integer({ min: 0, max: 1 }),
  delivered: fc.option(fc.integer({ min: 0, max: 333 }), { nil: null }),
  aktif: fc.boolean(),
  nonaktifDay: fc.integer({ min: 0, max: 333 }),
  records: fc.uniqueArray(record, { maxLength: 3, selector: (r) => r.bulan }),
});
const quarters = fc.array(fc.constantFrom("draft", "disetujui"), { minLength: 8, maxLength: 8 });
const period = fc.oneof(
  fc.integer({ min: 1, max: 11 }).map((n) => ({ periode: "bulan", nilai: n })),
  fc.integer({ min: 1, max: 4 }).map((n) => ({ periode: "triwulan", nilai: n })),
  fc.constant({ periode: "tahun", nilai: 1 }),
);
const fixture = fc.record({
  children: fc.array(child, { minLength: 1, maxLength: 6 }),
  mothers: fc.array(mother, { maxLength: 3 }),
  quarters,
  period,
});

type Fixture = typeof fixture extends fc.Arbitrary<infer T> ? T : never;

async function load(f: Fixture) {
  const db = handle.db;
  await db.execute(sql`delete from pengukuran`);
  await db.execute(sql`delete from pemantauan_anak`);
  await db.execute(sql`delete from pemantauan_ibu`);
  await db.execute(sql`delete from konvergensi_sasaran`);
  await db.execute(sql`delete from konvergensi_desa`);
  await db.execute(sql`delete from periode_desa`);
  await db.execute(sql`delete from pertumbuhan_desa`);
  await db.execute(sql`delete from sasaran`);
  const savedAt = (bulan: number, lateDays: number) =>
    new Date(`${addDaysIso(`2026-${String(bulan).padStart(2, "0")}-28`, lateDays)}T10:00:00+07:00`);
  for (const c of f.children) {
    const kode = DESA[c.desa];
    const lahir = addDaysIso("2026-11-30", -c.bornDaysBefore);
    const [s] = await db
      .insert(sasaran)
      .values({
        kodeWilayah: kode,
        jenis: "anak",
        nama: "Anak",
        jenisKelamin: "L",
        tanggalLahir: lahir,
        posyanduId: posyanduOf[kode],
        aktif: c.aktif,
        tanggalNonaktif: c.aktif ? null : day2026(c.nonaktifDay),
      })
      .returning({ id: sasaran.id });
    for (const m of c.measurements) {
      const tanggal = day2026(m.offset);
      if (tanggal < lahir) continue;
      await db.insert(pengukuran).values({
        sasaranId: s.id,
        kodeWilayah: kode,
        tanggalUkur: tanggal,
        umurHari: ageInDays(lahir, tanggal) ?? 0,
        umurBulan: calendarAgeMonths(lahir, tanggal),
        beratKg: 8,
        panjangCm: m.length ? 70 : null,
        haz: m.length ? m.haz : null,
        whz: m.length ? m.whz : null,
        waz: m.waz,
      });
    }
    for (const r of c.records) {
      const tanggal = `2026-${String(r.bulan).padStart(2, "0")}-15`;
      if (tanggal < lahir) continue;
      await db.insert(pemantauanAnak).values({
        sasaranId: s.id,
        kodeWilayah: kode,
        tahun: 2026,
        bulan: r.bulan,
        tanggalPeriksa: tanggal,
        posyanduId: posyanduOf[kode],
        umurBulan: completedMonths(ageInDays(lahir, tanggal) ?? 0),
        createdAt: savedAt(r.bulan, r.lateDays),
      });
    }
  }
  for (const m of f.mothers) {
    const kode = DESA[m.desa];
    const [s] = await db
      .insert(sasaran)
      .values({
        kodeWilayah: kode,
        jenis: "ibu",
        nama: "Ibu",
        jenisKelamin: "P",
        tanggalLahir: "1996-05-05",
        tanggalMelahirkan: m.delivered === null ? null : day2026(m.delivered),
        posyanduId: posyanduOf[kode],
        aktif: m.aktif,
        tanggalNonaktif: m.aktif ? null : day2026(m.nonaktifDay),
      })
      .returning({ id: sasaran.id });
    for (const r of m.records)
      await db.insert(pemantauanIbu).values({
        sasaranId: s.id,
        kodeWilayah: kode,
        tahun: 2026,
        bulan: r.bulan,
        tanggalPeriksa: `2026-${String(r.bulan).padStart(2, "0")}-15`,
        posyanduId: posyanduOf[kode],
        createdAt: savedAt(r.bulan, r.lateDays),
      });
  }
  await recomputeAll(db);
  await rebuildGrowthRollups(db);
  await db.insert(periodeDesa).values(
    f.quarters.map((status, i) => ({
      kodeWilayah: DESA[i % 2],
      tahun: 2026,
      triwulan: Math.floor(i / 2) + 1,
      status: status as "draft" | "disetujui",
    })),
  );
}

/** Every ratio the dashboard and its desa table show, as [what, numerator, denominator]. */
async function ratios(f: Fixture): Promise<Array<[string, number, number]>> {
  const period = parseDashboardPeriod({ periode: f.period.periode, tahun: "2026", nilai: String(f.period.nilai) }, NOW);
  const out: Array<[string, number, number]> = [];
  for (const kode of ["19.05", "19.05.01", DESA[0]]) {
    const d = await loadDashboard({ viewer: VIEWER, kode, period });
    const g = d.growth;
    out.push(
      [`${kode} anak diukur`, g.anakDiukur, g.anakPopulasi],
      [`${kode} stunting`, g.stunted, g.measured],
      [`${kode} sangat pendek`, g.severe, g.measured],
      [`${kode} wasting`, g.wasted, g.whzN],
      [`${kode} overweight`, g.overweight, g.whzN],
      [`${kode} underweight`, g.underweight, g.wazN],
      [`${kode} konvergensi`, d.konvergensi.d, d.konvergensi.s],
      [`${kode} kelengkapan`, d.reporting.tercatat, d.reporting.wajib],
      [`${kode} desa lengkap`, d.reporting.desaLengkap, d.reporting.desaWajib],
      [`${kode} ketepatan`, d.reporting.tepatWaktu, d.reporting.tercatat],
    );
    for (const p of d.paketCoverage) out.push([`${kode} paket ${p.paket}`, p.y, p.applicable]);
    for (const m of d.trend) out.push([`${kode} tren ${m.ym}`, m.stunted, m.measured]);
    for (const r of desaTable(d.rows, period.quarters.length, { pageSize: 1000 }).rows)
      out.push(
        [`${r.nama} diukur`, r.anakDiukur, r.anakPopulasi],
        [`${r.nama} stunting`, r.stunted, r.measured],
        [`${r.nama} konvergensi`, r.diterima, r.seharusnya],
        [`${r.nama} kelengkapan`, r.tercatat, r.wajib],
        [`${r.nama} ketepatan`, r.tepatWaktu, r.tercatat],
      );
  }
  return out;
}

describe("every percentage lies in 0–100 %", () => {
  it("numerator ≤ denominator for every figure, on generated districts", async () => {
    await fc.assert(
      fc.asyncProperty(fixture, async (f) => {
        await load(f);
        const bad = (await ratios(f)).filter(([, n, d]) => n < 0 || n > d || (d > 0 && (n / d) * 100 > 100));
        expect(bad, JSON.stringify(f.period)).toEqual([]);
      }),
      { numRuns: 40, seed: 16, endOnFailure: true },
    );
  }, 240_000);
});

describe("the drill-down lists hold to the same property", () => {
  it("for every percentage with lists: 0 ≤ numerator count ≤ denominator count", async () => {
    await fc.assert(
      fc.asyncProperty(fixture, async (f) => {
        await load(f);
        const period = parseDashboardPeriod(
          { periode: f.period.periode, tahun: "2026", nilai: String(f.period.nilai) },
          NOW,
        );
        const bad: string[] = [];
        for (const kode of ["19.05", DESA[0]])
          for (const key of FIGURE_KEYS) {
            if (FIGURES[key].unit !== "percent" || !hasList(key, "pembilang") || !hasList(key, "penyebut")) continue;
            const s = { viewer: VIEWER, kode };
            const n = (await countFigureMembers(s, period, key, "pembilang"))!;
            const d = (await countFigureMembers(s, period, key, "penyebut"))!;
            if (n < 0 || n > d) bad.push(`${kode} ${key}: ${n}/${d}`);
          }
        expect(bad, JSON.stringify(f.period)).toEqual([]);
      }),
      { numRuns: 30, seed: 16 },
    );
  }, 240_000);
});
