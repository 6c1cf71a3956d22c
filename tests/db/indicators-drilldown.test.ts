vi.mock("@/auth", () => import("./mock-auth"));

/**
 * The lists behind each figure (issue 16, item 3): on the demo district, for every figure and part that has a list,
 * the list holds exactly as many targets (for a list of desa: its total) as the figure's membership count; the
 * membership follows the written definition (docs/indicators.md), checked against independent SQL; the figures whose
 * definition the dashboard already shares agree with the dashboard's loader; and nothing outside the viewer's scope
 * is listed, by query or by page.
 */

import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { userId } from "./users";
import type { DbHandle } from "@/db/client";
import { seedDemo } from "@/db/seed/demo";
import { selectRows } from "@/db/raw";
import { getActiveViewerById } from "@/db/queries/users";
import { countFigureMembers, listFigureMembers, type FigureMembers } from "@/db/queries/indicators";
import { loadDashboard } from "@/db/queries/dashboard-load";
import { parseDashboardPeriod, type DashboardPeriod } from "@/lib/dashboard/period";
import { FIGURE_KEYS, FIGURE_PARTS, FIGURES, hasList, type FigureKey } from "@/lib/indicators/figures";
import { kategoriOf } from "@/lib/sasaran/kategori";
import { todayIso } from "@/lib/periods";
import type { Viewer } from "@/lib/auth/viewer";

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";

const TODAY = "2026-12-02";
const NOW = { tahun: 2026, bulan: 12 };
const MENTOK = "19.05.01";
const AIR_PUTIH = "19.05.01.2004";
const periodOf = (periode: string, nilai?: number): DashboardPeriod =>
  parseDashboardPeriod({ periode, tahun: "2026", nilai: nilai === undefined ? undefined : String(nilai) }, NOW);
const PERIODS = { november: periodOf("bulan", 11), q3: periodOf("triwulan", 3), tahun: periodOf("tahun") };

let handle: DbHandle;
let drop: () => Promise<void>;
const viewers: Record<string, Viewer> = {};

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db, { today: TODAY });
  for (const u of ["tpps.kab", "tpps.mentok", "tpps.simpangteritip", "kpm.airputih"])
    viewers[u] = (await getActiveViewerById(await userId(handle.db, u)))!;
});
afterAll(async () => drop());

const sizeOf = (m: FigureMembers) => (m.kind === "desa" ? m.rows.reduce((a, r) => a + r.nilai, 0) : m.rows.length);
const codesOf = (m: FigureMembers) =>
  m.kind === "desa" ? m.rows.map((r) => r.kode) : m.rows.map((r) => r.kodeWilayah);

describe("every list holds what its figure counts", () => {
  for (const [name, period] of Object.entries(PERIODS))
    it(`kabupaten and kecamatan, ${name}: list size = count twin, for every figure and part with a list`, async () => {
      let nonEmpty = 0;
      for (const viewer of [viewers["tpps.kab"], viewers["tpps.mentok"]])
        for (const key of FIGURE_KEYS)
          for (const part of FIGURE_PARTS) {
            if (!hasList(key, part)) {
              expect(await listFigureMembers({ viewer, kode: viewer.scopeKode }, period, key, part)).toBeNull();
              continue;
            }
            const s = { viewer, kode: viewer.scopeKode };
            const list = (await listFigureMembers(s, period, key, part))!;
            const n = (await countFigureMembers(s, period, key, part))!;
            expect(sizeOf(list), `${viewer.username} ${key} ${part}`).toBe(n);
            if (n > 0) nonEmpty++;
          }
      // The demo district has targets, measurements, records, approved quarters and budgets: most lists are filled.
      expect(nonEmpty).toBeGreaterThan(20);
    });

  it("a numerator is part of its denominator", async () => {
    const s = { viewer: viewers["tpps.kab"], kode: "19.05" };
    for (const period of Object.values(PERIODS))
      for (const key of FIGURE_KEYS) {
        // A percentage: rupiah per target has no such order.
        if (FIGURES[key].unit !== "percent" || !hasList(key, "penyebut") || !hasList(key, "pembilang")) continue;
        const num = (await listFigureMembers(s, period, key, "pembilang"))!;
        const den = (await listFigureMembers(s, period, key, "penyebut"))!;
        if (num.kind === "sasaran" && den.kind === "sasaran") {
          const inDen = new Set(den.rows.map((r) => r.sasaranId));
          expect(
            num.rows.every((r) => inDen.has(r.sasaranId)),
            key,
          ).toBe(true);
        }
        expect(sizeOf(num), key).toBeLessThanOrEqual(sizeOf(den));
      }
  });
});

describe("membership follows the written definition", () => {
  const p = PERIODS.november;

  it("wasting: each child's latest measurement in the period that has a plausible WHZ (or oedema); a weighing without length is in no WHZ denominator", async () => {
    const s = { viewer: viewers["tpps.kab"], kode: "19.05" };
    const [ref] = await selectRows<{ den: number; num: number }>(
      handle.db,
      // The 0–23 figure: the child's counted measurement taken before its second birthday.
      sql`select count(*)::int as den, count(*) filter (where oedema or whz < -2)::int as num from (
            select distinct on (sasaran_id) sasaran_id, kode_wilayah, tanggal_ukur, whz, oedema from pengukuran
            where tanggal_ukur between ${p.from}::date and ${p.to}::date
              and (whz between -5 and 5 or (oedema and berat_kg is not null))
            order by sasaran_id, tanggal_ukur desc, id desc) x
          join sasaran s on s.id = x.sasaran_id
          where x.kode_wilayah like '19.05.%' and s.tanggal_lahir + interval '2 years' > x.tanggal_ukur`,
    );
    expect(await countFigureMembers(s, p, "wasting", "penyebut")).toBe(ref.den);
    expect(await countFigureMembers(s, p, "wasting", "pembilang")).toBe(ref.num);
    // The demo has weighings without length in November: the old figure's denominator (every weighing) is larger.
    const [weighed] = await selectRows<{ n: number }>(
      handle.db,
      sql`select count(distinct sasaran_id)::int as n from pengukuran
          where kode_wilayah like '19.05.%' and berat_kg is not null and tanggal_ukur between ${p.from}::date and ${p.to}::date`,
    );
    expect(ref.den).toBeLessThan(weighed.n);
  });

  it("children measured: 0–23 months by calendar on the period's last day; numerator = those with a length in the period", async () => {
    const s = { viewer: viewers["tpps.kab"], kode: "19.05" };
    for (const period of Object.values(PERIODS)) {
      // The reference date: the period's last day, never after today (docs/indicators.md §0).
      const d = period.to < todayIso() ? period.to : todayIso();
      const children = await selectRows<{ id: number; lahir: string; measured: boolean }>(
        handle.db,
        sql`select s.id, s.tanggal_lahir::text as lahir, exists (select 1 from pengukuran u where u.sasaran_id = s.id
              and u.panjang_cm is not null and u.tanggal_ukur between ${period.from}::date and ${d}::date) as measured
            from sasaran s where s.jenis = 'anak' and (s.tanggal_nonaktif is null or s.tanggal_nonaktif > ${d}::date)
              and s.kode_wilayah like '19.05.%'`,
      );
      const den = children.filter(
        (c) =>
          c.lahir <= d &&
          kategoriOf({ jenis: "anak", tanggalLahir: c.lahir, tanggalMelahirkan: null }, d) === "anak_0_23",
      );
      expect(await countFigureMembers(s, period, "anak-diukur", "penyebut")).toBe(den.length);
      expect(await countFigureMembers(s, period, "anak-diukur", "pembilang")).toBe(
        den.filter((c) => c.measured).length,
      );
    }
  });

  it("every list's count is the figure the dashboard shows (cards and desa table), for every figure and part", async () => {
    for (const viewer of [viewers["tpps.kab"], viewers["tpps.mentok"]])
      for (const period of Object.values(PERIODS)) {
        const s = { viewer, kode: viewer.scopeKode };
        const d = await loadDashboard({ viewer, kode: viewer.scopeKode, period });
        const g = d.growth;
        const groups = d.groups;
        const count = (key: FigureKey, part: "pembilang" | "penyebut") => countFigureMembers(s, period, key, part);
        const expected: Array<[FigureKey, "pembilang" | "penyebut", number]> = [
          ["sasaran-aktif", "pembilang", (groups.ibu_hamil ?? 0) + (groups.ibu_nifas ?? 0) + (groups.anak_0_23 ?? 0)],
          ["anak-diukur", "pembilang", g.anakDiukur],
          ["anak-diukur", "penyebut", g.anakPopulasi],
          ["stunting", "pembilang", g.stunted],
          ["stunting", "penyebut", g.measured],
          ["stunting-berat", "pembilang", g.severe],
          ["stunting-berat", "penyebut", g.measured],
          ["wasting", "pembilang", g.wasted],
          ["wasting", "penyebut", g.whzN],
          ["overweight", "pembilang", g.overweight],
          ["overweight", "penyebut", g.whzN],
          ["underweight", "pembilang", g.underweight],
          ["underweight", "penyebut", g.wazN],
          ["kelengkapan-laporan", "pembilang", d.reporting.tercatat],
          ["kelengkapan-laporan", "penyebut", d.reporting.wajib],
          ["ketepatan-waktu", "pembilang", d.reporting.tepatWaktu],
          ["ketepatan-waktu", "penyebut", d.reporting.tercatat],
          ["konvergensi", "pembilang", d.konvergensi.d],
          ["konvergensi", "penyebut", d.konvergensi.s],
          ["pagu-stunting", "pembilang", d.budget.pagu],
          ["realisasi", "pembilang", d.budget.realisasi],
          ["realisasi", "penyebut", d.budget.pagu],
        ];
        for (const [key, part, want] of expected)
          if (hasList(key, part))
            expect(await count(key, part), `${viewer.scopeKode} ${period.label} ${key} ${part}`).toBe(want);
        // The desa table's figures, desa by desa.
        for (const r of d.rows.slice(0, 12)) {
          const one = { viewer, kode: r.kode };
          expect(await countFigureMembers(one, period, "anak-diukur", "pembilang"), r.nama).toBe(r.anakDiukur);
          expect(await countFigureMembers(one, period, "anak-diukur", "penyebut"), r.nama).toBe(r.anakPopulasi);
          expect(await countFigureMembers(one, period, "stunting", "pembilang"), r.nama).toBe(r.stunted);
          expect(await countFigureMembers(one, period, "stunting", "penyebut"), r.nama).toBe(r.measured);
          expect(await countFigureMembers(one, period, "kelengkapan-laporan", "pembilang"), r.nama).toBe(r.tercatat);
          expect(await countFigureMembers(one, period, "kelengkapan-laporan", "penyebut"), r.nama).toBe(r.wajib);
          expect(await countFigureMembers(one, period, "konvergensi", "penyebut"), r.nama).toBe(r.seharusnya);
        }
      }
  });
});

describe("scope", () => {
  it("a kecamatan sees its own desa only; another kecamatan's region lists nothing", async () => {
    const viewer = viewers["tpps.mentok"];
    for (const key of FIGURE_KEYS)
      for (const part of FIGURE_PARTS) {
        if (!hasList(key, part)) continue;
        const wide = (await listFigureMembers({ viewer, kode: "19.05" }, PERIODS.tahun, key, part))!;
        expect(
          codesOf(wide).every((k) => k.startsWith(`${MENTOK}.`)),
          `${key} ${part}`,
        ).toBe(true);
        const other = (await listFigureMembers({ viewer, kode: "19.05.02" }, PERIODS.tahun, key, part))!;
        expect(other.rows, `${key} ${part}`).toEqual([]);
      }
  });

  it("a desa user asking for the kabupaten gets its own desa only", async () => {
    const viewer = viewers["kpm.airputih"];
    const list = (await listFigureMembers({ viewer, kode: "19.05" }, PERIODS.tahun, "sasaran-aktif", "pembilang"))!;
    expect(list.rows.length).toBeGreaterThan(0);
    expect(codesOf(list).every((k) => k === AIR_PUTIH)).toBe(true);
  });

  async function page(username: string, kode: string, angka: string, query: Record<string, string> = {}) {
    actAs(await userId(handle.db, username));
    const mod = (await import(
      /* @vite-ignore */ path.join(process.cwd(), "app/(portal)/wilayah/[kode]/rincian/[angka]/page.tsx")
    )) as { default: (props: unknown) => Promise<unknown> };
    try {
      await mod.default({ params: Promise.resolve({ kode, angka }), searchParams: Promise.resolve(query) });
      return 200;
    } catch (e) {
      const digest = (e as { digest?: string }).digest ?? "";
      if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return Number(digest.split(";")[1]);
      throw e;
    }
  }

  it("the page: in scope 200; out of scope, an unknown figure or a part without a list 404", async () => {
    expect(await page("tpps.mentok", MENTOK, "stunting", { bagian: "penyebut" })).toBe(200);
    expect(await page("tpps.mentok", AIR_PUTIH, "konvergensi")).toBe(200);
    expect(await page("tpps.mentok", "19.05.02", "stunting")).toBe(404);
    expect(await page("tpps.mentok", "19.05", "stunting")).toBe(404);
    expect(await page("kpm.airputih", MENTOK, "stunting")).toBe(404);
    expect(await page("tpps.mentok", MENTOK, "tidak-ada")).toBe(404);
    expect(await page("tpps.mentok", MENTOK, "constructor")).toBe(404);
    expect(await page("tpps.mentok", MENTOK, "sasaran-aktif", { bagian: "penyebut" })).toBe(404);
    expect(await page("tpps.mentok", MENTOK, "cakupan-paket")).toBe(404);
  });
});
