vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import type { DbHandle } from "@/db/client";
import { pemantauanAnak, pemantauanIbu, pengaturanTahun, posyandu, sasaran, users } from "@/db/schema";
import { selectRows } from "@/db/raw";
import { listDueWithoutRecord, listReportingByDesa, listReportingByDesaMonths } from "@/db/queries/reporting";
import { loadDashboard } from "@/db/queries/dashboard-load";
import { listKpmKinerja } from "@/db/queries/kpm-kinerja";
import { getTugasBulanIni } from "@/db/queries/tugas";
import { GET as dashboardExport } from "@/app/(portal)/wilayah/[kode]/dasbor-ekspor/route";
import { parseDashboardPeriod } from "@/lib/dashboard/period";
import { reportStatus } from "@/lib/dashboard/reporting";
import type { Viewer } from "@/lib/auth/viewer";

/* Report completeness and timeliness (docs/indicators.md §4) on a hand-made fixture, report month November 2026
 * (last day 30 Nov; default cut-off 10 Dec 2026, WIB):
 *   Air Putih  — every due target recorded: ibu hamil (on time; edited after the cut-off), anak 0–23 (saved
 *                10 Dec 23:30 WIB, on time), ibu nifas (saved 11 Dec 00:30 WIB = 10 Dec 17:30 UTC: late);
 *                a mother whose nifas ended in September (not due).
 *   Air Belo   — partial: anak recorded; anak and ibu hamil recorded in October only; a child born
 *                20 Nov (due); a child who turns 24 months on 15 Nov (not due; its November record counts nowhere);
 *                one turning 24 months on 20 Nov and a mother whose nifas ends 12 Nov, neither recorded (not due);
 *                a deactivated mother (not due).
 *   Belo Laut  — only the 2A group: ibu hamil and ibu nifas recorded (one saved 20 Dec: late), two anak 0–23
 *                without a record.
 *   Air Limau  — no due target: a 3-year-old child and a deactivated child.
 *   Pelangas   — another kecamatan: one ibu hamil recorded on time. */
const AIR_PUTIH = "19.05.01.2004";
const AIR_BELO = "19.05.01.2005";
const BELO_LAUT = "19.05.01.2006";
const AIR_LIMAU = "19.05.01.2007";
const PELANGAS = "19.05.02.2001";
const NOV = { tahun: 2026, bulan: 11 };
const kab: Viewer = { id: 0, username: "t", displayName: "t", role: "kabupaten", scopeKode: "19.05" };
const wib = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);

let handle: DbHandle;
let drop: () => Promise<void>;
const ids: Record<string, number> = {};

/** The definition of docs/indicators.md §4, written again from its words (not from db/queries/reporting.ts). */
async function independent(month: { tahun: number; bulan: number }, cutoff: string, prefix: string) {
  const last = new Date(Date.UTC(month.tahun, month.bulan, 0)).toISOString().slice(0, 10);
  return selectRows<{ kode: string; wajib: number; tercatat: number; tepatWaktu: number }>(
    handle.db,
    sql`with due as (
          select s.id, s.kode_wilayah from sasaran s
          where s.aktif and s.kode_wilayah like ${`${prefix}.%`}
            and ((s.jenis = 'ibu' and (s.tanggal_melahirkan is null or ${last}::date <= s.tanggal_melahirkan + 42))
              or (s.jenis = 'anak' and s.tanggal_lahir <= ${last}::date and ${last}::date < s.tanggal_lahir + interval '24 months'))),
        rec as (
          select sasaran_id, created_at from pemantauan_ibu where tahun = ${month.tahun} and bulan = ${month.bulan}
          union all
          select sasaran_id, created_at from pemantauan_anak where tahun = ${month.tahun} and bulan = ${month.bulan})
        select d.kode_wilayah as kode, count(distinct d.id)::int as wajib, count(distinct r.sasaran_id)::int as tercatat,
          count(distinct r.sasaran_id) filter (where (r.created_at at time zone 'Asia/Jakarta')::date <= ${cutoff}::date)::int as "tepatWaktu"
        from due d left join rec r on r.sasaran_id = d.id
        group by d.kode_wilayah order by 1`,
  );
}

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  const db = handle.db;
  const pos: Record<string, number> = {};
  for (const kode of [AIR_PUTIH, AIR_BELO, BELO_LAUT, AIR_LIMAU, PELANGAS]) {
    const [p] = await db
      .insert(posyandu)
      .values({ kodeWilayah: kode, nama: `Posyandu ${kode}` })
      .returning();
    pos[kode] = p.id;
  }
  const target = async (
    key: string,
    kode: string,
    jenis: "ibu" | "anak",
    tanggalLahir: string,
    extra: { tanggalMelahirkan?: string; aktif?: boolean; tanggalNonaktif?: string } = {},
  ) => {
    const [s] = await db
      .insert(sasaran)
      .values({
        kodeWilayah: kode,
        posyanduId: pos[kode],
        jenis,
        nama: key,
        jenisKelamin: jenis === "ibu" ? "P" : "L",
        tanggalLahir,
        // Registered early in the year: a pregnancy without HPL counts from its registration (docs/indicators.md §0).
        createdAt: new Date("2026-01-15T03:00:00Z"),
        ...extra,
      })
      .returning();
    ids[key] = s.id;
  };
  const record = async (key: string, at: Date, ym = NOV) => {
    const [s] = await db.select().from(sasaran).where(eq(sasaran.id, ids[key]));
    const base = {
      sasaranId: s.id,
      kodeWilayah: s.kodeWilayah,
      tahun: ym.tahun,
      bulan: ym.bulan,
      posyanduId: s.posyanduId,
      tanggalPeriksa: `${ym.tahun}-${String(ym.bulan).padStart(2, "0")}-05`,
      createdAt: at,
      updatedAt: at,
    };
    if (s.jenis === "ibu") await db.insert(pemantauanIbu).values(base);
    else await db.insert(pemantauanAnak).values({ ...base, umurBulan: 12 });
  };

  // Air Putih: complete.
  await target("putihHamil", AIR_PUTIH, "ibu", "1995-03-01");
  await target("putihAnak", AIR_PUTIH, "anak", "2025-06-01");
  await target("putihNifas", AIR_PUTIH, "ibu", "1997-01-01", { tanggalMelahirkan: "2026-11-10" });
  await target("putihSelesai", AIR_PUTIH, "ibu", "1990-01-01", { tanggalMelahirkan: "2026-08-01" });
  await record("putihHamil", wib("2026-12-05", "10:00"));
  await record("putihAnak", wib("2026-12-10", "23:30"));
  await record("putihNifas", wib("2026-12-11", "00:30"));
  // An edit after the cut-off leaves the record on time: the first save decides.
  await db
    .update(pemantauanIbu)
    .set({ updatedAt: wib("2027-01-05", "09:00"), version: 2 })
    .where(eq(pemantauanIbu.sasaranId, ids.putihHamil));

  // Air Belo: partial.
  await target("beloAnak", AIR_BELO, "anak", "2025-01-10");
  await target("beloAnakOkt", AIR_BELO, "anak", "2025-02-10");
  await target("beloHamil", AIR_BELO, "ibu", "1999-05-05");
  await target("beloBaru", AIR_BELO, "anak", "2026-11-20");
  await target("beloDuaTahun", AIR_BELO, "anak", "2024-11-15");
  await target("beloNonaktif", AIR_BELO, "ibu", "1994-04-04", { aktif: false, tanggalNonaktif: "2026-10-15" });
  // Due in October, not in November (no record): a child turning two on 20 Nov, a mother whose nifas ends 12 Nov.
  await target("beloDuaTahunTanpa", AIR_BELO, "anak", "2024-11-20");
  await target("beloNifasSelesai", AIR_BELO, "ibu", "1993-03-03", { tanggalMelahirkan: "2026-10-01" });
  await record("beloAnak", wib("2026-11-28", "08:00"));
  await record("beloAnakOkt", wib("2026-10-20", "08:00"), { tahun: 2026, bulan: 10 });
  await record("beloHamil", wib("2026-10-21", "08:00"), { tahun: 2026, bulan: 10 });
  await record("beloDuaTahun", wib("2026-12-20", "08:00"));
  await record("beloNonaktif", wib("2026-11-06", "08:00"));

  // Belo Laut: the 2A group only.
  await target("lautHamil", BELO_LAUT, "ibu", "1998-08-08");
  await target("lautNifas", BELO_LAUT, "ibu", "1996-06-06", { tanggalMelahirkan: "2026-10-25" });
  await target("lautAnak1", BELO_LAUT, "anak", "2026-02-02");
  await target("lautAnak2", BELO_LAUT, "anak", "2025-09-09");
  await record("lautHamil", wib("2026-12-01", "08:00"));
  await record("lautNifas", wib("2026-12-20", "08:00"));

  // Air Limau: nobody due.
  await target("limauPaud", AIR_LIMAU, "anak", "2023-06-01");
  await target("limauNonaktif", AIR_LIMAU, "anak", "2025-06-01", { aktif: false, tanggalNonaktif: "2026-10-15" });

  // Pelangas (kecamatan Simpang Teritip).
  await target("pelangasHamil", PELANGAS, "ibu", "2000-02-02");
  await record("pelangasHamil", wib("2026-12-02", "08:00"));
});
afterAll(async () => {
  actAs(null);
  await drop();
});

describe("report completeness and timeliness (docs/indicators.md §4)", () => {
  it("per desa: equals the independent statement of the definition, and the fixture's story", async () => {
    const got = await listReportingByDesa({ viewer: kab, kode: "19.05", ym: NOV });
    expect(got.cutoff).toBe("2026-12-10");
    const sorted = [...got.rows].sort((a, b) => a.kode.localeCompare(b.kode));
    expect(sorted).toEqual(await independent(NOV, "2026-12-10", "19.05"));
    expect(sorted).toEqual([
      { kode: AIR_PUTIH, wajib: 3, tercatat: 3, tepatWaktu: 2 },
      { kode: AIR_BELO, wajib: 4, tercatat: 1, tepatWaktu: 1 },
      { kode: BELO_LAUT, wajib: 4, tercatat: 2, tepatWaktu: 1 },
      { kode: PELANGAS, wajib: 1, tercatat: 1, tepatWaktu: 1 },
    ]);
  });

  it("is scoped: a kecamatan sees its own desa only, a desa viewer outside the region sees nothing", async () => {
    const mentok = await listReportingByDesa({ viewer: kab, kode: "19.05.01", ym: NOV });
    expect(mentok.rows.map((r) => r.kode).sort()).toEqual([AIR_PUTIH, AIR_BELO, BELO_LAUT]);
    const outside = await listReportingByDesa({
      viewer: { ...kab, role: "kecamatan", scopeKode: "19.05.02" },
      kode: "19.05.01",
      ym: NOV,
    });
    expect(outside.rows).toEqual([]);
  });

  it("dashboard: the desa table's counts and lengkap status, and the pooled card figure", async () => {
    const period = parseDashboardPeriod({ periode: "bulan", tahun: "2026", nilai: "11" }, { tahun: 2026, bulan: 12 });
    const d = await loadDashboard({ viewer: kab, kode: "19.05.01", period });
    const row = (kode: string) => d.rows.find((r) => r.kode === kode)!;
    expect(reportStatus(row(AIR_PUTIH))).toBe("lengkap");
    expect(reportStatus(row(AIR_BELO))).toBe("sebagian");
    expect(reportStatus(row(BELO_LAUT))).toBe("sebagian");
    expect(reportStatus(row(AIR_LIMAU))).toBe("tidak_ada_sasaran");
    expect(row(AIR_LIMAU)).toMatchObject({ wajib: 0, tercatat: 0, tepatWaktu: 0 });
    // Every desa of Mentok is a row; only the three with a due target count in "desa lengkap dari w".
    expect(d.reporting).toEqual({
      wajib: 11,
      tercatat: 6,
      tepatWaktu: 4,
      desaWajib: 3,
      desaLengkap: 1,
      cutoff: "2026-12-10",
    });
  });

  it("the dashboard's Excel file carries the same columns and the pooled line", async () => {
    const [u] = await handle.db
      .insert(users)
      .values({ username: "tpps.uji", displayName: "Uji", passwordHash: "x", role: "kabupaten", scopeKode: "19.05" })
      .returning();
    actAs(u.id);
    const res = await dashboardExport(
      new NextRequest("http://localhost/wilayah/19.05.01/dasbor-ekspor?periode=bulan&tahun=2026&nilai=11"),
      { params: Promise.resolve({ kode: "19.05.01" }) },
    );
    expect(res.status).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.getWorksheet("Desa")!;
    const header = (sheet.views[0] as { ySplit: number }).ySplit;
    const titleLines = Array.from({ length: header - 1 }, (_, i) => String(sheet.getRow(i + 1).getCell(1).value));
    expect(titleLines.join("\n")).toContain("6 dari 11 sasaran tercatat; 1 dari 3 desa lengkap");
    const head = (sheet.getRow(header).values as unknown[]).slice(1).map(String);
    const at = (name: string) => head.indexOf(name) + 1;
    const rowOf = (kode: string) => {
      for (let i = header + 1; i <= sheet.rowCount; i++)
        if (sheet.getRow(i).getCell(1).value === kode) return sheet.getRow(i);
      throw new Error(kode);
    };
    const cells = (kode: string) =>
      ["Sasaran wajib lapor", "Sasaran tercatat", "Status laporan", "Laporan tepat waktu"].map(
        (h) => rowOf(kode).getCell(at(h)).value,
      );
    expect(cells(AIR_PUTIH)).toEqual([3, 3, "Lengkap", 2]);
    expect(cells(AIR_BELO)).toEqual([4, 1, "Belum lengkap", 1]);
    expect(cells(AIR_LIMAU)).toEqual([0, 0, "Tidak ada sasaran", 0]);
    expect(rowOf(BELO_LAUT).getCell(at("% tepat waktu")).value).toBe(0.5);
  });

  it("the year's cut-off setting moves the deadline", async () => {
    await handle.db.insert(pengaturanTahun).values({ tahun: 2026, batasLaporanHari: 3 });
    try {
      const got = await listReportingByDesa({ viewer: kab, kode: "19.05", ym: NOV });
      expect(got.cutoff).toBe("2026-12-03");
      const sorted = [...got.rows].sort((a, b) => a.kode.localeCompare(b.kode));
      expect(sorted).toEqual(await independent(NOV, "2026-12-03", "19.05"));
      // Air Putih's 5 Dec and 10 Dec records are now late; Pelangas's 2 Dec one is not.
      expect(sorted.find((r) => r.kode === AIR_PUTIH)!.tepatWaktu).toBe(0);
      expect(sorted.find((r) => r.kode === PELANGAS)!.tepatWaktu).toBe(1);
    } finally {
      await handle.db.delete(pengaturanTahun).where(eq(pengaturanTahun.tahun, 2026));
    }
  });

  it("KPM page: the window sums the same monthly figures", async () => {
    const rows = await listKpmKinerja({ viewer: kab, kode: "19.05.01", bulan: 3, today: "2026-12-02" });
    const months = await listReportingByDesaMonths({
      viewer: kab,
      kode: "19.05.01",
      months: [{ tahun: 2026, bulan: 9 }, { tahun: 2026, bulan: 10 }, NOV],
    });
    for (const kode of [AIR_PUTIH, AIR_BELO, BELO_LAUT, AIR_LIMAU]) {
      const m = months.filter((x) => x.kode === kode);
      const r = rows.find((x) => x.desaKode === kode)!;
      expect({ kode, wajib: r.wajibLapor, tercatat: r.tercatat, tepat: r.tepatWaktu, lengkap: r.bulanLengkap }).toEqual(
        {
          kode,
          wajib: m.reduce((a, x) => a + x.wajib, 0),
          tercatat: m.reduce((a, x) => a + x.tercatat, 0),
          tepat: m.reduce((a, x) => a + x.tepatWaktu, 0),
          lengkap: m.filter((x) => x.wajib > 0 && x.tercatat === x.wajib).length,
        },
      );
    }
    // Air Belo in October: four children and two mothers were due (the newborn was not born yet; the two who leave
    // their group in November were still in it), two recorded; November as above.
    const belo = rows.find((x) => x.desaKode === AIR_BELO)!;
    expect(months.find((x) => x.kode === AIR_BELO && x.ym === "2026-10")).toMatchObject({ wajib: 6, tercatat: 2 });
    expect(belo).toMatchObject({ tercatat: 0 + 2 + 1, bulanLengkap: 0 });
    expect(rows.find((x) => x.desaKode === AIR_PUTIH)).toMatchObject({ tercatat: 3, tepatWaktu: 2 });
  });

  it("the KPM's task list names exactly the due targets without a record", async () => {
    const kpm: Viewer = { ...kab, role: "kpm", scopeKode: AIR_BELO };
    const tugas = (await getTugasBulanIni({ viewer: kpm, kode: AIR_BELO, ym: NOV, today: "2026-11-30" }))!;
    expect(tugas.belumDicatat.map((t) => t.id).sort((a, b) => a - b)).toEqual(
      [ids.beloAnakOkt, ids.beloHamil, ids.beloBaru].sort((a, b) => a - b),
    );
    const due = (await listDueWithoutRecord({ viewer: kpm, kode: AIR_BELO, ym: NOV })).map((t) => t.id);
    for (const key of ["beloDuaTahun", "beloDuaTahunTanpa", "beloNifasSelesai", "beloNonaktif"])
      expect(due).not.toContain(ids[key]);
  });
});
