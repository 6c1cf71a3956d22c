vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

/** docs/indicators.md §5 (convergence, package coverage) and §7 (APBDes, pagu per sasaran): the pages' queries
 * against independent SQL written from the definitions, on a small fixture with the awkward cases — a desa whose
 * quarter is approved, one still a draft, one submitted, one without a period row; an approved murni with a draft
 * perubahan, a draft-only budget, an approved perubahan over an approved murni, a desa without APBDes; a
 * per-target amount ending in ,5. Default (approved only) and `draf=1`. */

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { Workbook } from "exceljs";
import { NextRequest } from "next/server";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import type { DbHandle } from "@/db/client";
import { apbdes, apbdesBaris, konvergensiSasaran, periodeDesa, posyandu, sasaran, users } from "@/db/schema";
import { GET as dashboardExport } from "@/app/(portal)/wilayah/[kode]/dasbor-ekspor/route";
import { GET as recapExport } from "@/app/(portal)/wilayah/[kode]/apbdes/ekspor/route";
import { GET as scorecardExport } from "@/app/(portal)/wilayah/[kode]/scorecard/ekspor/route";
import { selectRows } from "@/db/raw";
import { rebuildAllRollups } from "@/db/rollups/scorecard-desa";
import { getScorecard, listDesaScorecard } from "@/db/queries/scorecard";
import { loadDashboard } from "@/db/queries/dashboard-load";
import { getApbdesRecap } from "@/db/queries/apbdes-recap";
import { getTabel5 } from "@/db/queries/apbdes";
import { parseDashboardPeriod } from "@/lib/dashboard/period";
import { desaTable } from "@/lib/dashboard/desa-table";
import { paguPerSasaran, poolTotals, pooledPaguPerSasaran } from "@/lib/apbdes/totals";
import { buildRecapWorkbook } from "@/lib/apbdes/workbook";
import { todayIso } from "@/lib/periods";
import type { Viewer } from "@/lib/auth/viewer";

const TAHUN = 2025;
const TRIWULAN = 3;
const KAB = "19.05";
const KEC = "19.05.02";
const A = "19.05.02.2001"; // quarter approved; approved murni + draft perubahan
const B = "19.05.02.2002"; // quarter draft; draft murni only
const C = "19.05.02.2003"; // quarter submitted; approved murni + approved perubahan (pagu per sasaran ends in ,5)
const D = "19.05.02.2004"; // no period row; no APBDes
const REF = `${TAHUN}-12-31`; // the date a 2025 budget's targets are counted on (a past year: 31 December)

const viewer: Viewer = { id: 1, username: "kab", displayName: "Kabupaten", role: "kabupaten", scopeKode: KAB };
const period = parseDashboardPeriod({ periode: "triwulan", tahun: String(TAHUN), nilai: String(TRIWULAN) });

let handle: DbHandle;
let drop: () => Promise<void>;

type Target = {
  jenis: "ibu" | "anak";
  lahir: string;
  melahirkan?: string;
  hpl?: string;
  /** Scorecard result of the quarter: ibu (8) or anak (10) indicators as Y/T/-, or PAUD months [attended, due]. */
  hasil?: string;
  paud?: [number, number];
};

// Pregnant on 31 December 2025 (HPL in February: the pregnancy began in May), docs/indicators.md §0.
const IBU_HAMIL = (hasil?: string): Target => ({ jenis: "ibu", lahir: "1996-02-02", hpl: "2026-02-15", hasil });
const FIXTURE: Record<string, Target[]> = {
  [A]: [
    IBU_HAMIL("YYTYYYTY"),
    { jenis: "ibu", lahir: "1994-04-04", melahirkan: "2025-12-20", hasil: "YTTY-YTY" }, // nifas on 31 Dec
    { jenis: "ibu", lahir: "1990-01-01", melahirkan: "2025-05-01" }, // past nifas: not a target on 31 Dec
    { jenis: "anak", lahir: "2025-03-01", hasil: "YYYYTTY-YT" },
    { jenis: "anak", lahir: "2022-06-01", paud: [2, 3] }, // PAUD, not 1.000 HPK
  ],
  [B]: [
    IBU_HAMIL("YYYYYYYY"),
    { jenis: "anak", lahir: "2025-01-15", hasil: "YYYYYYYYYY" },
    { jenis: "anak", lahir: "2021-09-09", paud: [3, 3] },
  ],
  [C]: [IBU_HAMIL("TTTT-YYY"), { jenis: "anak", lahir: "2024-11-11", hasil: "TTYY--YTYT" }],
  [D]: [
    IBU_HAMIL("YYYYTTTT"),
    IBU_HAMIL(),
    { jenis: "anak", lahir: "2024-08-08", hasil: "YYYYYYYTTT" },
    { jenis: "anak", lahir: "2025-02-02" },
    { jenis: "anak", lahir: "2025-06-06", paud: undefined },
  ],
};

const count = (hasil: string, c: string) => [...hasil].filter((x) => x === c).length;

async function seedFixture() {
  const db = handle.db;
  for (const [kode, targets] of Object.entries(FIXTURE)) {
    const [p] = await db
      .insert(posyandu)
      .values({ kodeWilayah: kode, nama: `Posyandu ${kode}` })
      .returning({ id: posyandu.id });
    for (const [i, t] of targets.entries()) {
      const [s] = await db
        .insert(sasaran)
        .values({
          kodeWilayah: kode,
          jenis: t.jenis,
          nama: `${t.jenis} ${kode} ${i}`,
          jenisKelamin: t.jenis === "ibu" ? "P" : "L",
          tanggalLahir: t.lahir,
          tanggalMelahirkan: t.melahirkan ?? null,
          hpl: t.hpl ?? null,
          posyanduId: p.id,
        })
        .returning({ id: sasaran.id });
      const base = { sasaranId: s.id, tahun: TAHUN, triwulan: TRIWULAN, kodeWilayah: kode, posyanduId: p.id };
      if (t.hasil)
        await db.insert(konvergensiSasaran).values({
          ...base,
          kelompok: t.jenis,
          hasil: t.hasil,
          diterima: count(t.hasil, "Y"),
          seharusnya: t.hasil.length - count(t.hasil, "-"),
        });
      if (t.paud)
        await db.insert(konvergensiSasaran).values({
          ...base,
          posyanduId: null,
          kelompok: "paud",
          hasil: "",
          diterima: t.paud[0],
          seharusnya: t.paud[1],
        });
    }
  }
  await rebuildAllRollups(db);
  await db.insert(periodeDesa).values([
    { kodeWilayah: A, tahun: TAHUN, triwulan: TRIWULAN, status: "disetujui" },
    { kodeWilayah: B, tahun: TAHUN, triwulan: TRIWULAN, status: "draft" },
    { kodeWilayah: C, tahun: TAHUN, triwulan: TRIWULAN, status: "diajukan" },
  ]);

  const header = async (kodeWilayah: string, versi: "murni" | "perubahan", status: "draft" | "disetujui") =>
    (await db.insert(apbdes).values({ kodeWilayah, tahun: TAHUN, versi, status }).returning({ id: apbdes.id }))[0].id;
  const line = (apbdesId: number, kodeWilayah: string, pagu: number, realisasi: number, tag: "SP" | null) => ({
    apbdesId,
    kodeWilayah,
    kodeKegiatan: tag ? "2.2.02" : "2.3.10",
    uraian: tag ? "PMT posyandu" : "Jalan desa",
    kodeRekening: "5.2.1.06",
    sumberDana: "DDS",
    pagu,
    realisasi,
    stuntingTag: tag,
    paketLayanan: tag ? "gizi" : null,
    insentifKpm: false,
  });
  const aMurni = await header(A, "murni", "disetujui");
  const aPerubahan = await header(A, "perubahan", "draft");
  const bMurni = await header(B, "murni", "draft");
  const cMurni = await header(C, "murni", "disetujui");
  const cPerubahan = await header(C, "perubahan", "disetujui");
  await db
    .insert(apbdesBaris)
    .values([
      line(aMurni, A, 100_000_000, 60_000_000, "SP"),
      line(aMurni, A, 50_000_000, 50_000_000, null),
      line(aPerubahan, A, 130_000_000, 60_000_000, "SP"),
      line(aPerubahan, A, 50_000_000, 50_000_000, null),
      line(bMurni, B, 70_000_000, 0, "SP"),
      line(cMurni, C, 30_000_000, 10_000_000, "SP"),
      line(cPerubahan, C, 40_000_001, 12_500_000, "SP"),
      line(cPerubahan, C, 9_000_000, 1_000_000, null),
    ]);
}

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedFixture();
});
afterAll(async () => drop());

// ---- independent SQL, written from docs/indicators.md ----

/** §5: Σ diterima ÷ Σ seharusnya of the ibu and anak results of the desa-quarters counted: approved only, or all. */
async function refConvergence(kode: string, draf: boolean) {
  const [r] = await selectRows<{ d: number; s: number }>(
    handle.db,
    sql`select coalesce(sum(k.diterima), 0)::int as d, coalesce(sum(k.seharusnya), 0)::int as s
        from konvergensi_sasaran k
        where (k.kode_wilayah = ${kode} or k.kode_wilayah like ${`${kode}.%`}) and k.tahun = ${TAHUN} and k.triwulan = ${TRIWULAN}
          and k.kelompok in ('ibu', 'anak')
          and (${draf} or exists (select 1 from periode_desa pd where pd.kode_wilayah = k.kode_wilayah
                 and pd.tahun = k.tahun and pd.triwulan = k.triwulan and pd.status = 'disetujui'))`,
  );
  return r;
}

/** §5: PAUD paket = child indicator 10 (Y ÷ not TS) + PAUD attendance (months attended ÷ months due). */
async function refPaudPaket(draf: boolean) {
  const [r] = await selectRows<{ y: number; applicable: number }>(
    handle.db,
    sql`select (coalesce(sum(case when kelompok = 'anak' and substr(hasil, 10, 1) = 'Y' then 1 else 0 end), 0)
               + coalesce(sum(case when kelompok = 'paud' then diterima else 0 end), 0))::int as y,
               (coalesce(sum(case when kelompok = 'anak' and substr(hasil, 10, 1) <> '-' then 1 else 0 end), 0)
               + coalesce(sum(case when kelompok = 'paud' then seharusnya else 0 end), 0))::int as applicable
        from konvergensi_sasaran k
        where k.kode_wilayah like ${`${KAB}.%`} and k.tahun = ${TAHUN} and k.triwulan = ${TRIWULAN}
          and (${draf} or exists (select 1 from periode_desa pd where pd.kode_wilayah = k.kode_wilayah
                 and pd.tahun = k.tahun and pd.triwulan = k.triwulan and pd.status = 'disetujui'))`,
  );
  return r;
}

/** §7: per desa, the version that counts (approved perubahan, else approved murni; with drafts the latest
 * whatever its status), its sums, and its 1.000-HPK targets on the reference date. */
async function refBudget(draf: boolean) {
  return selectRows<{
    kode: string;
    pagu: number;
    realisasi: number;
    stunting_pagu: number;
    stunting_realisasi: number;
    sasaran: number;
    per_sasaran: number | null;
  }>(
    handle.db,
    sql`with v as (
          select distinct on (kode_wilayah) id, kode_wilayah from apbdes
          where tahun = ${TAHUN} and kode_wilayah like ${`${KAB}.%`} and (${draf} or status = 'disetujui')
          order by kode_wilayah, (versi = 'perubahan') desc),
        sums as (
          select v.kode_wilayah, sum(b.pagu)::bigint as pagu, sum(b.realisasi)::bigint as realisasi,
            coalesce(sum(b.pagu) filter (where b.stunting_tag is not null), 0)::bigint as stunting_pagu,
            coalesce(sum(b.realisasi) filter (where b.stunting_tag is not null), 0)::bigint as stunting_realisasi
          from v join apbdes_baris b on b.apbdes_id = v.id group by v.kode_wilayah),
        t as (
          select kode_wilayah, count(*)::int as n from sasaran
          where (tanggal_nonaktif is null or tanggal_nonaktif > ${REF}::date) and (
            (jenis = 'ibu' and tanggal_melahirkan is null
              and least(hpl - 280, (created_at at time zone 'Asia/Jakarta')::date) <= ${REF}::date)
            or (jenis = 'ibu' and tanggal_melahirkan <= ${REF}::date and tanggal_melahirkan + 42 >= ${REF}::date)
            or (jenis = 'anak' and tanggal_lahir <= ${REF}::date and ${REF}::date < tanggal_lahir + interval '2 years'))
          group by kode_wilayah)
        select sums.kode_wilayah as kode, sums.pagu::float8 as pagu, sums.realisasi::float8 as realisasi,
          sums.stunting_pagu::float8 as stunting_pagu, sums.stunting_realisasi::float8 as stunting_realisasi,
          coalesce(t.n, 0) as sasaran,
          case when coalesce(t.n, 0) > 0 then round(sums.stunting_pagu::numeric / t.n)::float8 end as per_sasaran
        from sums left join t using (kode_wilayah) order by 1`,
  );
}

describe("convergence: approved quarters by default, drafts behind draf=1 (§5)", () => {
  it("kabupaten: dashboard and scorecard equal the definition, and each other", async () => {
    for (const draf of [false, true]) {
      const ref = await refConvergence(KAB, draf);
      const d = await loadDashboard({ viewer, kode: KAB, period, draf });
      const sc = await getScorecard({ viewer, kode: KAB, tahun: TAHUN, triwulan: TRIWULAN, draf });
      expect(d.konvergensi).toEqual(ref);
      expect({ d: sc.ibu.diterima + sc.anak.diterima, s: sc.ibu.seharusnya + sc.anak.seharusnya }).toEqual(ref);
    }
    // The fixture makes the two views differ: only desa A is approved.
    expect(await refConvergence(KAB, false)).not.toEqual(await refConvergence(KAB, true));
  });

  it("kecamatan: the scorecard's per-desa table adds up to its pooled total and marks what is not counted", async () => {
    for (const draf of [false, true]) {
      const p = { viewer, kode: KEC, tahun: TAHUN, triwulan: TRIWULAN, draf };
      const [sc, rows] = await Promise.all([getScorecard(p), listDesaScorecard(p)]);
      const ref = await refConvergence(KEC, draf);
      expect({ d: sc.ibu.diterima + sc.anak.diterima, s: sc.ibu.seharusnya + sc.anak.seharusnya }).toEqual(ref);
      const sum = rows.reduce(
        (a, r) => ({ d: a.d + r.ibuDiterima + r.anakDiterima, s: a.s + r.ibuSeharusnya + r.anakSeharusnya }),
        { d: 0, s: 0 },
      );
      expect(sum).toEqual(ref);
      const byKode = new Map(rows.map((r) => [r.kode, r]));
      expect(byKode.get(A)).toMatchObject({ status: "disetujui", counted: true });
      expect(byKode.get(B)).toMatchObject({ status: "draft", counted: draf });
      expect(byKode.get(C)).toMatchObject({ status: "diajukan", counted: draf });
      expect(byKode.get(D)).toMatchObject({ status: null, counted: draf });
      if (!draf) expect(byKode.get(B)!.ibuSeharusnya).toBe(0);
    }
  });

  it("a desa's own scorecard shows its quarter whatever the status (the form being approved)", async () => {
    const sc = await getScorecard({ viewer, kode: B, tahun: TAHUN, triwulan: TRIWULAN });
    expect({ d: sc.ibu.diterima + sc.anak.diterima, s: sc.ibu.seharusnya + sc.anak.seharusnya }).toEqual(
      await refConvergence(B, true),
    );
  });

  it("the dashboard's desa table marks desa counted with an unapproved quarter", async () => {
    const byKode = async (draf: boolean) =>
      new Map((await loadDashboard({ viewer, kode: KAB, period, draf })).rows.map((r) => [r.kode, r]));
    const off = await byKode(false);
    const on = await byKode(true);
    expect([A, B, C, D].map((k) => off.get(k)!.draftQuarters)).toEqual([0, 0, 0, 0]);
    expect([A, B, C, D].map((k) => on.get(k)!.draftQuarters)).toEqual([0, 1, 1, 1]);
    expect(off.get(B)!.seharusnya).toBe(0);
    expect(on.get(B)!.seharusnya).toBeGreaterThan(0);
  });
});

describe("package coverage includes PAUD attendance (§5)", () => {
  it("the PAUD paket is child indicator 10 plus PAUD months attended ÷ months due", async () => {
    for (const draf of [false, true]) {
      const d = await loadDashboard({ viewer, kode: KAB, period, draf });
      const paud = d.paketCoverage.find((p) => p.paket === "paud")!;
      expect({ y: paud.y, applicable: paud.applicable }).toEqual(await refPaudPaket(draf));
    }
  });
});

describe("APBDes: approved versions by default, drafts behind draf=1 (§7)", () => {
  it("recap rows and totals equal the definition; realisation and pagu come from the same versions", async () => {
    for (const draf of [false, true]) {
      const ref = await refBudget(draf);
      const { rows } = await getApbdesRecap({ viewer, kode: KAB, tahun: TAHUN, today: todayIso(), draf });
      const counted = rows.filter((r) => r.hasBudget);
      expect(counted.map((r) => r.kode)).toEqual(ref.map((r) => r.kode));
      for (const r of counted) {
        const x = ref.find((y) => y.kode === r.kode)!;
        expect([r.pagu, r.realisasi, r.stuntingPagu, r.stuntingRealisasi, r.sasaran]).toEqual([
          x.pagu,
          x.realisasi,
          x.stunting_pagu,
          x.stunting_realisasi,
          x.sasaran,
        ]);
        expect(paguPerSasaran(r)).toBe(x.per_sasaran);
      }
      const total = poolTotals(rows);
      expect(total).toEqual({
        pagu: ref.reduce((a, r) => a + r.pagu, 0),
        realisasi: ref.reduce((a, r) => a + r.realisasi, 0),
        stuntingPagu: ref.reduce((a, r) => a + r.stunting_pagu, 0),
        stuntingRealisasi: ref.reduce((a, r) => a + r.stunting_realisasi, 0),
      });
    }
    const { rows } = await getApbdesRecap({ viewer, kode: KAB, tahun: TAHUN, today: todayIso() });
    const byKode = new Map(rows.map((r) => [r.kode, r]));
    // A: the approved murni counts and the draft perubahan waits; B: only a draft, so nothing counts by default.
    expect(byKode.get(A)).toMatchObject({
      status: "disetujui",
      versi: "murni",
      pending: "draft",
      stuntingPagu: 100_000_000,
    });
    expect(byKode.get(B)).toMatchObject({ status: null, hasBudget: false, pending: "draft", stuntingPagu: 0 });
    expect(byKode.get(C)).toMatchObject({ status: "disetujui", versi: "perubahan", pending: null });
    expect(byKode.get(D)).toMatchObject({ status: null, hasBudget: false, pending: null });
  });

  it("the dashboard's budget cards and chart, and Tabel 5, are the recap's sums", async () => {
    for (const draf of [false, true]) {
      const ref = await refBudget(draf);
      const d = await loadDashboard({ viewer, kode: KAB, period, draf });
      expect(d.budget).toMatchObject({
        pagu: ref.reduce((a, r) => a + r.stunting_pagu, 0),
        realisasi: ref.reduce((a, r) => a + r.stunting_realisasi, 0),
        jumlahDesa: ref.length,
      });
      expect(d.budgetByPaket).toEqual([{ paket: "gizi", pagu: ref.reduce((a, r) => a + r.stunting_pagu, 0) }]);
      const t5 = await getTabel5({ viewer, kode: KAB, tahun: TAHUN, draf });
      expect(t5.rows.reduce((a, r) => a + r.stuntingPagu, 0)).toBe(d.budget.pagu);
      expect(t5.rows.reduce((a, r) => a + r.totalPagu, 0)).toBe(ref.reduce((a, r) => a + r.pagu, 0));
    }
  });
});

describe("pagu per sasaran: the targets of the desa that have the budget (§7)", () => {
  it("desa table, recap, kabupaten figure and the Excel file agree with the definition", async () => {
    const ref = await refBudget(false);
    const { rows, tanggal, draf } = await getApbdesRecap({ viewer, kode: KAB, tahun: TAHUN, today: todayIso() });
    const d = await loadDashboard({ viewer, kode: KAB, period });
    const table = new Map(desaTable(d.rows, 1, { pageSize: 1000 }).rows.map((r) => [r.kode, r.paguPerSasaran]));
    for (const kode of [A, B, C, D]) {
      const want = ref.find((r) => r.kode === kode)?.per_sasaran ?? null;
      expect(table.get(kode)).toBe(want);
      expect(paguPerSasaran(rows.find((r) => r.kode === kode)!)).toBe(want);
    }
    expect(table.get(A)).toBe(33_333_333); // 100 000 000 ÷ 3: the nifas mother counts on 31 Dec, the past one not
    expect(table.get(C)).toBe(20_000_001); // 40 000 001 ÷ 2 = 20 000 000,5: half up, not truncated
    expect(table.get(D)).toBeNull(); // no APBDes: no figure, not Rp 0
    expect(tanggal).toBe(REF);
    // Kabupaten: Σ pagu ÷ Σ targets of A and C only (D's targets and B's draft stay out).
    const paguSum = ref.reduce((a, r) => a + r.stunting_pagu, 0);
    const sasaranSum = ref.reduce((a, r) => a + r.sasaran, 0);
    const pooled = pooledPaguPerSasaran(rows);
    expect(pooled).toMatchObject({ pagu: paguSum, sasaran: sasaranSum, desa: 2 });
    expect(pooled.value).toBe(Math.round(paguSum / sasaranSum));
    expect(pooled.value).toBe(28_000_000);
    expect(d.budget.paguPerSasaran.value).toBe(pooled.value);

    // The recap's Excel: the same figures in the same cells as the page.
    const sheet = buildRecapWorkbook("Kabupaten", TAHUN, rows, { draf, tanggal, printed: tanggal }).worksheets[0];
    const cells = new Map<string, unknown>();
    sheet.eachRow((row) => {
      const kode = row.getCell(1).value;
      const name = row.getCell(2).value;
      cells.set(typeof kode === "string" && kode ? kode : String(name), row.getCell(13).value);
    });
    expect(cells.get(A)).toBe(33_333_333);
    expect(cells.get(C)).toBe(20_000_001);
    expect(cells.get(D)).toBeNull();
    expect([...cells.values()].at(-1)).toBe(28_000_000);
  });
});

describe("the Excel files carry the pages' figures (default and draf=1)", () => {
  /** Rows of the first sheet of a download, as arrays of cell values (index = column number). */
  async function sheetRows(
    get: (r: NextRequest, c: { params: Promise<{ kode: string }> }) => Promise<Response>,
    url: string,
  ): Promise<unknown[][]> {
    const res = await get(new NextRequest(`http://localhost${url}`), { params: Promise.resolve({ kode: KAB }) });
    expect(res.status, url).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const out: unknown[][] = [];
    wb.worksheets[0].eachRow((row) => out.push(row.values as unknown[]));
    return out;
  }

  beforeAll(async () => {
    const [u] = await handle.db
      .insert(users)
      .values({ username: "tpps.uji", displayName: "TPPS uji", passwordHash: "x", role: "kabupaten", scopeKode: KAB })
      .returning({ id: users.id });
    actAs(u.id);
  });

  it("dashboard Excel: konvergensi per desa and pagu per sasaran as on the page", async () => {
    for (const draf of [false, true]) {
      const rows = await sheetRows(
        dashboardExport,
        `/wilayah/${KAB}/dasbor-ekspor?periode=triwulan&tahun=${TAHUN}&nilai=${TRIWULAN}${draf ? "&draf=1" : ""}`,
      );
      // Columns by their heading, so other columns can come and go.
      const head = rows.find((r) => r[1] === "Kode desa")!;
      const col = (h: string) => head.indexOf(h);
      const d = await loadDashboard({ viewer, kode: KAB, period, draf });
      const page = desaTable(d.rows, 1, { pageSize: 1000 }).rows;
      for (const kode of [A, B, C, D]) {
        const x = rows.find((r) => r[1] === kode)!;
        const p = page.find((r) => r.kode === kode)!;
        expect([
          x[col("Konvergensi diterima")],
          x[col("Konvergensi seharusnya")],
          x[col("Pagu stunting / sasaran")],
          x[col("Status konvergensi")],
        ]).toEqual([
          p.diterima,
          p.seharusnya,
          p.paguPerSasaran ?? undefined, // an empty cell
          p.draftQuarters > 0 ? "Draf" : "",
        ]);
      }
    }
  });

  it("scorecard Excel (kabupaten): Tabel 4's total is the pooled convergence of the view", async () => {
    for (const draf of [false, true]) {
      const rows = await sheetRows(
        scorecardExport,
        `/wilayah/${KAB}/scorecard/ekspor?tahun=${TAHUN}&triwulan=${TRIWULAN}${draf ? "&draf=1" : ""}`,
      );
      const ref = await refConvergence(KAB, draf);
      const total = rows.at(-1)!;
      expect([total[4], total[5]]).toEqual([ref.d, ref.s]);
    }
  });

  it("recap Excel: per-desa and total pagu per sasaran, and the versions counted", async () => {
    for (const draf of [false, true]) {
      const rows = await sheetRows(recapExport, `/wilayah/${KAB}/apbdes/ekspor?tahun=${TAHUN}${draf ? "&draf=1" : ""}`);
      const { rows: recap } = await getApbdesRecap({ viewer, kode: KAB, tahun: TAHUN, today: todayIso(), draf });
      for (const r of recap.filter((x) => [A, B, C, D].includes(x.kode))) {
        const x = rows.find((y) => y[1] === r.kode)!;
        expect([x[8], x[13]]).toEqual([r.stuntingPagu, paguPerSasaran(r) ?? undefined]);
      }
      expect(rows.at(-1)![13]).toBe(pooledPaguPerSasaran(recap).value);
      expect(rows.at(-1)![8]).toBe((await refBudget(draf)).reduce((a, r) => a + r.stunting_pagu, 0));
    }
  });
});
