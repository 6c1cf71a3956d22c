vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "./test-db";
import type { Db } from "@/db/client";
import { pemantauanAnak, pemantauanBalita, pengukuran, posyandu, sasaran } from "@/db/schema";
import { getSkdnReport } from "@/db/queries/skdn";
import { getTugasBulanIni } from "@/db/queries/tugas";
import { users } from "@/db/schema";
import { actAs } from "./mock-auth";
import { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { GET as skdnExport } from "@/app/(portal)/wilayah/[kode]/posyandu/skdn/ekspor/route";
import { PERCENT_NUMFMT } from "@/lib/excel-report";
import { calendarAgeMonths } from "@/lib/growth/age-bands";
import { namesOf, skdnRatio, type SkdnCounts } from "@/lib/pemantauan/skdn";
import { formatPercent } from "@/lib/format";
import { monitoringGroupIn } from "@/lib/sasaran/kategori";
import type { Viewer } from "@/lib/auth/viewer";

/* The SKDN of a hand-built posyandu for March 2026 (docs/indicators.md "SKDN"). Desa A has posyandu Melati and
 * Mawar; desa B is next door. KBM: 300 g at 7–11 months, 200 g from 12 months (lib/pemantauan/kms.ts).
 *
 *   Melati, 0–23 months
 *     naik      born 2025-06-10, KIA   Feb 7,0 → Mar 7,4 (+400 g at 9 months ≥ 300)            D N
 *     kurang    born 2025-06-10        Jan 6,9 → Feb 7,0 → Mar 7,2 (+100, +200 < 300)         D T 2T
 *     baru      born 2026-02-10, KIA   first weighing ever in March                            D B
 *     lahir     born 2026-03-05        born in the month, not weighed                          S only
 *     keluar    born 2024-06-01, KIA   deactivated 10 March (active on the 1st), not weighed   S K
 *     duaTahun  born 2024-03-10, KIA   Feb 11,0 → Mar 11,2 (+200 at 24 months): 2B's group    D N
 *   Melati, 24–59 months
 *     turun     born 2023-01-20, KIA   Jan 11,7 → Feb 12,0 (N) → Mar 11,8 (T), WAZ −3,2        D T BGM BBK
 *     tigaT     born 2022-05-05        Jan 13,0 → Feb 13,1 → Mar 13,2 (+100, +100 < 200), −2,5 D T 2T BBK
 *     absen     born 2023-08-01, KIA   Dec 12,0, none in Feb, Mar 12,5                         D O
 *     belum     born 2024-01-15, KIA   Feb 11,0 only                                          S K
 *     limaTahun born 2021-03-15        Feb 15,5 → 10 Mar 15,8 (59 months, +300)               D N
 *     panjang   born 2023-05-01        Feb 13,0; March length only (no weight)                S
 *   Mawar
 *     pindah    born 2024-10-01, KIA   Jan 9,6 and Feb 10,0 weighed in desa B, moved to A,      D N
 *                                      Mar 10,3 (+300 at 17 months)
 *   Not in S: lulus (born 2021-02-20, 60 months before 1 March, weighed in March), nonaktif (deactivated on
 *   1 March), the child of desa B, a mother. */
const A = "19.05.01.2004";
const B = "19.05.01.2006";
const M = { tahun: 2026, bulan: 3 };

let db: Db;
let drop: () => Promise<void>;
const pos: Record<string, number> = {};
const ids: Record<string, number> = {};

const kpmA: Viewer = { id: 0, username: "k", displayName: "k", role: "kpm", scopeKode: A };
const kab: Viewer = { id: 0, username: "t", displayName: "t", role: "kabupaten", scopeKode: "19.05" };
const otherKec: Viewer = { id: 0, username: "o", displayName: "o", role: "kecamatan", scopeKode: "19.05.02" };

async function child(
  key: string,
  lahir: string,
  v: { kia?: boolean; posyandu?: string; kode?: string; nonaktif?: string; jenis?: "anak" | "ibu" } = {},
) {
  const kode = v.kode ?? A;
  const [r] = await db
    .insert(sasaran)
    .values({
      kodeWilayah: kode,
      posyanduId: pos[v.posyandu ?? "melati"],
      jenis: v.jenis ?? "anak",
      nama: `Anak ${key}`,
      jenisKelamin: "L",
      tanggalLahir: lahir,
      noKia: v.kia ? `KIA-${key}` : null,
      aktif: !v.nonaktif,
      tanggalNonaktif: v.nonaktif ?? null,
      alasanNonaktif: v.nonaktif ? "pindah_luar" : null,
    })
    .returning({ id: sasaran.id });
  ids[key] = r.id;
}

/** A month's record (2B or balita by monitoringGroupIn) and its measurement. */
async function weigh(
  key: string,
  lahir: string,
  tanggal: string,
  beratKg: number | null,
  o: { waz?: number; kode?: string; posyandu?: string } = {},
) {
  const kode = o.kode ?? A;
  const ym = { tahun: Number(tanggal.slice(0, 4)), bulan: Number(tanggal.slice(5, 7)) };
  const umur = calendarAgeMonths(lahir, tanggal);
  const common = {
    sasaranId: ids[key],
    kodeWilayah: kode,
    posyanduId: pos[o.posyandu ?? "melati"],
    tahun: ym.tahun,
    bulan: ym.bulan,
    tanggalPeriksa: tanggal,
  };
  const link =
    monitoringGroupIn(lahir, ym) === "balita_24_59"
      ? {
          pemantauanBalitaId: (
            await db
              .insert(pemantauanBalita)
              .values({ ...common, umurBulan: Math.min(umur, 59), ditimbang: beratKg !== null })
              .returning({ id: pemantauanBalita.id })
          )[0].id,
        }
      : {
          pemantauanAnakId: (
            await db
              .insert(pemantauanAnak)
              .values({ ...common, umurBulan: Math.min(umur, 23), pengukuranBeratBadan: beratKg !== null })
              .returning({ id: pemantauanAnak.id })
          )[0].id,
        };
  await db.insert(pengukuran).values({
    sasaranId: ids[key],
    ...link,
    kodeWilayah: kode,
    tanggalUkur: tanggal,
    umurHari: 30 * umur,
    umurBulan: umur,
    beratKg,
    panjangCm: beratKg === null ? 95 : null,
    waz: beratKg === null ? null : (o.waz ?? -0.5),
  });
}

const counts = (c: Partial<SkdnCounts>): SkdnCounts => ({
  S: 0,
  K: 0,
  D: 0,
  N: 0,
  T: 0,
  duaT: 0,
  O: 0,
  B: 0,
  BGM: 0,
  bbKurang: 0,
  ...c,
});

beforeAll(async () => {
  let handle;
  ({ handle, drop } = await createTestDb());
  db = handle.db;
  for (const [key, kode] of [
    ["melati", A],
    ["mawar", A],
    ["kenanga", B],
  ] as const) {
    const [p] = await db
      .insert(posyandu)
      .values({ kodeWilayah: kode, nama: `Posyandu ${key}` })
      .returning({ id: posyandu.id });
    pos[key] = p.id;
  }
  // 0–23
  await child("naik", "2025-06-10", { kia: true });
  await weigh("naik", "2025-06-10", "2026-02-20", 7.0);
  await weigh("naik", "2025-06-10", "2026-03-20", 7.4);
  await child("kurang", "2025-06-10");
  await weigh("kurang", "2025-06-10", "2026-01-20", 6.9);
  await weigh("kurang", "2025-06-10", "2026-02-20", 7.0);
  await weigh("kurang", "2025-06-10", "2026-03-20", 7.2);
  await child("baru", "2026-02-10", { kia: true });
  await weigh("baru", "2026-02-10", "2026-03-15", 4.2);
  await child("lahir", "2026-03-05");
  await child("keluar", "2024-06-01", { kia: true, nonaktif: "2026-03-10" });
  await child("duaTahun", "2024-03-10", { kia: true });
  await weigh("duaTahun", "2024-03-10", "2026-02-20", 11.0);
  await weigh("duaTahun", "2024-03-10", "2026-03-20", 11.2);
  // 24–59
  await child("turun", "2023-01-20", { kia: true });
  await weigh("turun", "2023-01-20", "2026-01-20", 11.7);
  await weigh("turun", "2023-01-20", "2026-02-20", 12.0);
  await weigh("turun", "2023-01-20", "2026-03-20", 11.8, { waz: -3.2 });
  await child("tigaT", "2022-05-05");
  await weigh("tigaT", "2022-05-05", "2026-01-20", 13.0);
  await weigh("tigaT", "2022-05-05", "2026-02-20", 13.1);
  await weigh("tigaT", "2022-05-05", "2026-03-20", 13.2, { waz: -2.5 });
  await child("absen", "2023-08-01", { kia: true });
  await weigh("absen", "2023-08-01", "2025-12-20", 12.0);
  await weigh("absen", "2023-08-01", "2026-03-20", 12.5);
  await child("belum", "2024-01-15", { kia: true });
  await weigh("belum", "2024-01-15", "2026-02-20", 11.0);
  await child("limaTahun", "2021-03-15");
  await weigh("limaTahun", "2021-03-15", "2026-02-20", 15.5);
  await weigh("limaTahun", "2021-03-15", "2026-03-10", 15.8);
  await child("panjang", "2023-05-01");
  await weigh("panjang", "2023-05-01", "2026-02-20", 13.0);
  await weigh("panjang", "2023-05-01", "2026-03-20", null);
  // Moved in from desa B: the earlier weighings were made there.
  await child("pindah", "2024-10-01", { kia: true, posyandu: "mawar" });
  await weigh("pindah", "2024-10-01", "2026-01-20", 9.6, { kode: B, posyandu: "kenanga" });
  await weigh("pindah", "2024-10-01", "2026-02-20", 10.0, { kode: B, posyandu: "kenanga" });
  await weigh("pindah", "2024-10-01", "2026-03-20", 10.3, { posyandu: "mawar" });
  // Not in S.
  await child("lulus", "2021-02-20", { kia: true });
  await weigh("lulus", "2021-02-20", "2026-02-10", 16.0);
  await weigh("lulus", "2021-02-20", "2026-03-10", 16.5);
  await child("nonaktif", "2024-06-01", { kia: true, nonaktif: "2026-03-01" });
  await weigh("nonaktif", "2024-06-01", "2026-02-20", 10.0);
  await child("desaB", "2025-01-01", { kode: B, posyandu: "kenanga", kia: true });
  await weigh("desaB", "2025-01-01", "2026-03-20", 9.0, { kode: B, posyandu: "kenanga" });
  await child("ibu", "1995-01-01", { jenis: "ibu" });
}, 120_000);

afterAll(async () => drop());

const MELATI_023 = counts({ S: 6, K: 4, D: 4, N: 2, T: 1, duaT: 1, B: 1 });
const MELATI_2459 = counts({ S: 6, K: 3, D: 4, N: 1, T: 2, duaT: 1, O: 1, BGM: 1, bbKurang: 2 });
const MELATI_059 = counts({ S: 12, K: 7, D: 8, N: 3, T: 3, duaT: 2, O: 1, B: 1, BGM: 1, bbKurang: 2 });
const MAWAR_023 = counts({ S: 1, K: 1, D: 1, N: 1 });

describe("SKDN of a hand-built desa, March 2026", () => {
  it("counts each line per posyandu and age group as written out by hand", async () => {
    const r = (await getSkdnReport({ viewer: kpmA, kode: A, ym: M }))!;
    const melati = r.posyandu.find((p) => p.id === pos.melati)!;
    const mawar = r.posyandu.find((p) => p.id === pos.mawar)!;
    expect(r.posyandu.map((p) => p.id)).toEqual([pos.mawar, pos.melati]);
    expect(melati.table.anak_0_23).toEqual(MELATI_023);
    expect(melati.table.balita_24_59).toEqual(MELATI_2459);
    expect(melati.table.semua).toEqual(MELATI_059);
    expect(mawar.table).toEqual({ anak_0_23: MAWAR_023, balita_24_59: counts({}), semua: MAWAR_023 });
    expect(r.total.semua).toEqual(counts({ S: 13, K: 8, D: 9, N: 4, T: 3, duaT: 2, O: 1, B: 1, BGM: 1, bbKurang: 2 }));
    expect(r.total.anak_0_23).toEqual(counts({ S: 7, K: 5, D: 5, N: 3, T: 1, duaT: 1, B: 1 }));
    expect(r.total.balita_24_59).toEqual(MELATI_2459);
  });

  it("D = N + T + O + B and the ratios", async () => {
    const r = (await getSkdnReport({ viewer: kpmA, kode: A, ym: M }))!;
    for (const t of [r.total, ...r.posyandu.map((p) => p.table)])
      for (const c of Object.values(t)) expect(c.D).toBe(c.N + c.T + c.O + c.B);
    const [d, s] = skdnRatio(r.total.semua, "DS");
    expect(formatPercent(d, s)).toBe(formatPercent(9, 13));
    expect(skdnRatio(r.total.semua, "ND")).toEqual([4, 9]);
    expect(skdnRatio(r.total.semua, "KS")).toEqual([8, 13]);
    expect(formatPercent(...skdnRatio(r.posyandu.find((p) => p.id === pos.mawar)!.table.balita_24_59, "ND"))).toBe("–");
  });

  it("names the children behind N, T, 2T and BGM", async () => {
    const r = (await getSkdnReport({ viewer: kpmA, kode: A, ym: M }))!;
    const names = (line: "N" | "T" | "duaT" | "BGM") => namesOf(r.children, line).map((c) => c.id);
    expect(names("N").sort()).toEqual([ids.naik, ids.duaTahun, ids.limaTahun, ids.pindah].sort());
    expect(names("T").sort()).toEqual([ids.kurang, ids.turun, ids.tigaT].sort());
    expect(names("duaT").sort()).toEqual([ids.kurang, ids.tigaT].sort());
    expect(names("BGM")).toEqual([ids.turun]);
  });

  it("one posyandu: its own children only", async () => {
    const r = (await getSkdnReport({ viewer: kpmA, kode: A, ym: M, posyanduId: pos.mawar }))!;
    expect(r.posyandu.map((p) => p.id)).toEqual([pos.mawar]);
    expect(r.total.semua).toEqual(MAWAR_023);
    expect(r.children.map((c) => c.id)).toEqual([ids.pindah]);
  });

  it("a month later the same children are O, not weighed, or gone", async () => {
    // April 2026: nobody weighed; limaTahun turned 60 on 15 March and has left.
    const r = (await getSkdnReport({ viewer: kpmA, kode: A, ym: { tahun: 2026, bulan: 4 } }))!;
    expect(r.total.semua).toEqual(counts({ S: 11, K: 7 }));
    expect(r.children.map((c) => c.id)).not.toContain(ids.limaTahun);
    expect(r.children.map((c) => c.id)).not.toContain(ids.keluar);
  });

  it("scope: the kabupaten reads it, another kecamatan and another desa's posyandu do not", async () => {
    expect((await getSkdnReport({ viewer: kab, kode: A, ym: M }))!.total.semua.S).toBe(13);
    expect(await getSkdnReport({ viewer: otherKec, kode: A, ym: M })).toBeNull();
    expect(await getSkdnReport({ viewer: kpmA, kode: B, ym: M })).toBeNull();
    expect(await getSkdnReport({ viewer: kpmA, kode: A, ym: M, posyanduId: pos.kenanga })).toBeNull();
  });
});

describe("one rule for the SKDN and the task list", () => {
  it("the task list's 2T (children under two) are the SKDN's 2T of the 0–23 column", async () => {
    const r = (await getSkdnReport({ viewer: kpmA, kode: A, ym: M }))!;
    const tugas = (await getTugasBulanIni({ viewer: kpmA, kode: A, ym: M, today: "2026-03-25" }))!;
    const skdn2T = namesOf(
      r.children.filter((c) => c.kelompok === "anak_0_23"),
      "duaT",
    ).map((c) => c.id);
    expect(tugas.duaT.map((t) => t.id)).toEqual(skdn2T);
    expect(skdn2T).toEqual([ids.kurang]);
    // Still listed in April until weighed again; gone in May.
    const april = (await getTugasBulanIni({
      viewer: kpmA,
      kode: A,
      ym: { tahun: 2026, bulan: 4 },
      today: "2026-04-05",
    }))!;
    expect(april.duaT.map((t) => t.id)).toEqual([ids.kurang]);
    const may = (await getTugasBulanIni({
      viewer: kpmA,
      kode: A,
      ym: { tahun: 2026, bulan: 5 },
      today: "2026-05-05",
    }))!;
    expect(may.duaT).toEqual([]);
  });
});

describe("the Excel export", () => {
  async function download(username: string, kode: string, query: string) {
    const [u] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
    actAs(u.id);
    return skdnExport(new NextRequest(`http://localhost/wilayah/${kode}/posyandu/skdn/ekspor?${query}`), {
      params: Promise.resolve({ kode }),
    });
  }
  const cellsOf = (wb: Workbook, sheet: string) => {
    const s = wb.getWorksheet(sheet)!;
    const h = (s.views[0] as { ySplit: number }).ySplit;
    const rows: unknown[][] = [];
    for (let r = h + 1; r <= s.rowCount; r++) rows.push((s.getRow(r).values as unknown[]).slice(1));
    return { s, h, rows };
  };

  it("has the page's figures, the ratios as percentages, the names and the legend", async () => {
    await db.insert(users).values([
      { username: "kpm.a", displayName: "KPM A", passwordHash: "x", role: "kpm", scopeKode: A },
      { username: "kec.lain", displayName: "Kec", passwordHash: "x", role: "kecamatan", scopeKode: "19.05.02" },
    ]);
    const res = await download("kpm.a", A, "bulan=2026-03");
    expect(res.status).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["SKDN", "SKDN per posyandu", "Nama anak", "Keterangan"]);
    const { s, h, rows } = cellsOf(wb, "SKDN");
    expect(String(s.getRow(1).getCell(1).value)).toContain(`(${A})`);
    expect((s.getRow(h).values as unknown[]).slice(1)).toEqual(["Kode", "Uraian", "0–23 bln", "24–59 bln", "0–59 bln"]);
    const line = (code: string) => rows.find((r) => r[0] === code)!;
    expect(line("S").slice(2)).toEqual([7, 6, 13]);
    expect(line("K").slice(2)).toEqual([5, 3, 8]);
    expect(line("D").slice(2)).toEqual([5, 4, 9]);
    expect(line("N").slice(2)).toEqual([3, 1, 4]);
    expect(line("T").slice(2)).toEqual([1, 2, 3]);
    expect(line("2T").slice(2)).toEqual([1, 1, 2]);
    expect(line("O").slice(2)).toEqual([0, 1, 1]);
    expect(line("B").slice(2)).toEqual([1, 0, 1]);
    expect(line("BGM").slice(2)).toEqual([0, 1, 1]);
    expect(line("BB kurang").slice(2)).toEqual([0, 2, 2]);
    expect(line("D/S").slice(2)).toEqual([5 / 7, 4 / 6, 9 / 13]);
    expect(line("N/D").slice(2)).toEqual([3 / 5, 1 / 4, 4 / 9]);
    const ds = rows.findIndex((r) => r[0] === "D/S");
    expect(s.getRow(h + 1 + ds).getCell(5).numFmt).toBe(PERCENT_NUMFMT);
    const per = cellsOf(wb, "SKDN per posyandu").rows;
    // Mawar first (name order), three age groups each; an empty ratio is an empty cell.
    expect(per.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["Posyandu mawar", "0–23 bln", 1],
      ["Posyandu mawar", "24–59 bln", 0],
      ["Posyandu mawar", "0–59 bln", 1],
      ["Posyandu melati", "0–23 bln", 6],
      ["Posyandu melati", "24–59 bln", 6],
      ["Posyandu melati", "0–59 bln", 12],
    ]);
    expect(per[1].length).toBeLessThan(15);
    const names = cellsOf(wb, "Nama anak").rows.map((r) => `${r[0]} ${r[1]}`);
    expect(names).toContain("2T Anak tigaT");
    expect(names).toContain("BGM Anak turun");
    expect(names.filter((n) => n.startsWith("N "))).toHaveLength(4);
    const legend = new Map<string, string>();
    wb.getWorksheet("Keterangan")!.eachRow((r) => {
      const [c, v] = [r.getCell(1).value, r.getCell(2).value];
      if (typeof c === "string" && typeof v === "string") legend.set(c, v);
    });
    for (const code of ["S", "K", "D", "N", "T", "2T", "O", "B", "BGM", "BB kurang", "D/S", "N/D", "K/S"])
      expect(legend.has(code), code).toBe(true);
  });

  it("one posyandu: its figures only; out of scope: 404", async () => {
    const res = await download("kpm.a", A, `bulan=2026-03&posyandu=${pos.mawar}`);
    const wb = new Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.getWorksheet("SKDN per posyandu")).toBeUndefined();
    const { rows } = cellsOf(wb, "SKDN");
    expect(rows.find((r) => r[0] === "S")!.slice(2)).toEqual([1, 0, 1]);
    expect((await download("kec.lain", A, "bulan=2026-03")).status).toBe(404);
    expect((await download("kpm.a", B, "bulan=2026-03")).status).toBe(404);
    expect((await download("kpm.a", A, `bulan=2026-03&posyandu=${pos.kenanga}`)).status).toBe(404);
  });
});
