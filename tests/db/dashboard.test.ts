vi.mock("@/auth", () => import("./mock-auth"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { userId } from "./users";
import type { DbHandle } from "@/db/client";
import { apbdes, apbdesBaris, posyandu, sasaran } from "@/db/schema";
import { eq } from "drizzle-orm";
import { seedDemo } from "@/db/seed/demo";
import { selectRows } from "@/db/raw";
import { PgDialect } from "drizzle-orm/pg-core";
import { desaRowsUnder } from "@/db/queries/scope";
import { getActiveViewerById } from "@/db/queries/users";
import { countTargetsByGroup, getGrowthFigures, listDesaDashboard } from "@/db/queries/dashboard";
import { listPosyanduBreakdown, listQuarterHistory } from "@/db/queries/desa-overview";
import { getScorecard } from "@/db/queries/scorecard";
import { getApbdesRecap, getStuntingBudgetByPaket } from "@/db/queries/apbdes-recap";
import { loadDashboard } from "@/db/queries/dashboard-load";
import { parseDashboardPeriod } from "@/lib/dashboard/period";
import { periodKey } from "@/lib/dashboard/growth-periods";
import { addDaysIso, currentYearMonth, quarterOfMonth, todayIso } from "@/lib/periods";

let handle: DbHandle;
let drop: () => Promise<void>;
const now = currentYearMonth();
// Two quarters back: approved in every desa by the demo seed.
const idx = now.tahun * 4 + quarterOfMonth(now.bulan) - 1 - 2;
const q = { tahun: Math.floor(idx / 4), triwulan: (idx % 4) + 1 };
const period = parseDashboardPeriod({ periode: "triwulan", tahun: String(q.tahun), nilai: String(q.triwulan) });
const viewerOf = async (u: string) => (await getActiveViewerById(await userId(handle.db, u)))!;

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
});
afterAll(async () => drop());

describe("district filters are index ranges", () => {
  it("a desa-level row is under a kabupaten by `like`, under a desa by equality; nothing for a malformed code", () => {
    const q = (kode: string) => {
      const { sql: text, params } = new PgDialect().sqlToQuery(desaRowsUnder(sql.raw("k.kode_wilayah"), kode));
      return { sql: text, params };
    };
    expect(q("19.71")).toEqual({ sql: "k.kode_wilayah like $1", params: ["19.71.%"] });
    expect(q("19.71.01")).toEqual({ sql: "k.kode_wilayah like $1", params: ["19.71.01.%"] });
    expect(q("19.71.01.2001")).toEqual({ sql: "k.kode_wilayah = $1", params: ["19.71.01.2001"] });
    expect(q("19.71%")).toEqual({ sql: "false", params: [] });
  });
});

describe("dashboard figures match an independent computation", () => {
  it("stunting pagu per paket: the recap's per-desa sums over the approved versions that count", async () => {
    const v = await viewerOf("tpps.kab");
    const recap = await getApbdesRecap({ viewer: v, kode: "19.05", tahun: period.tahun, today: todayIso() });
    expect(recap.rows.every((r) => r.status === null || r.status === "disetujui")).toBe(true);
    const approved = new Set(recap.rows.filter((r) => r.hasBudget).map((r) => r.kode));
    const expected = new Map<string, number>();
    for (const p of recap.paket)
      if (approved.has(p.kodeWilayah)) expected.set(p.paket, (expected.get(p.paket) ?? 0) + p.pagu);
    const got = await getStuntingBudgetByPaket({ viewer: v, kode: "19.05", tahun: period.tahun, today: todayIso() });
    expect(got.length).toBeGreaterThan(2);
    expect(new Map(got.map((g) => [g.paket, g.pagu]))).toEqual(expected);
    // Scoped like everything else: the demo's approved budgets are all in Mentok, so another kecamatan sees none.
    expect(
      await getStuntingBudgetByPaket({
        viewer: await viewerOf("tpps.simpangteritip"),
        kode: "19.05",
        tahun: period.tahun,
        today: todayIso(),
      }),
    ).toEqual([]);
  });

  it("stunting prevalence: latest plausible HAZ per child in the period, HAZ < -2", async () => {
    const v = await viewerOf("tpps.kab");
    const g = await getGrowthFigures({ viewer: v, kode: "19.05", periode: periodKey(period), to: period.to });
    const [ref] = await selectRows<{ measured: number; stunted: number }>(
      handle.db,
      // The 0–23 figure: the child's counted measurement taken before its second birthday.
      sql`select count(*)::int as measured, count(*) filter (where haz < -2)::int as stunted from (
            select sasaran_id, tanggal_ukur, haz, row_number() over (partition by sasaran_id order by tanggal_ukur desc, id desc) as rn
            from pengukuran where kode_wilayah like '19.05.%' and haz between -6 and 6 and tanggal_ukur between ${period.from}::date and ${period.to}::date) x
          join sasaran s on s.id = x.sasaran_id
          where rn = 1 and s.tanggal_lahir + interval '2 years' > x.tanggal_ukur`,
    );
    expect({ measured: g.measured, stunted: g.stunted }).toEqual(ref);
    expect(g.measured).toBeGreaterThan(50);
  });

  it("konvergensi pools approved quarters and equals the scorecard's pooled total", async () => {
    const v = await viewerOf("tpps.kab");
    const d = await loadDashboard({ viewer: v, kode: "19.05", period });
    const sc = await getScorecard({ viewer: v, kode: "19.05", ...q });
    expect(d.konvergensi).toEqual({ d: sc.ibu.diterima + sc.anak.diterima, s: sc.ibu.seharusnya + sc.anak.seharusnya });
    // The desa table's "Sasaran" is the card's: pregnant + nifas + 0–23 months, active on the period's last day.
    const sum = d.rows.reduce((a, r) => a + r.sasaran, 0);
    const [ref] = await selectRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from sasaran where kode_wilayah like '19.05.%'
          and (tanggal_nonaktif is null or tanggal_nonaktif > ${period.to}::date)
          and ((jenis = 'ibu' and (tanggal_melahirkan is null or tanggal_melahirkan + 42 >= ${period.to}::date)
              and least(hpl - 280, tanggal_melahirkan - 280, (created_at at time zone 'Asia/Jakarta')::date) <= ${period.to}::date)
            or (jenis = 'anak' and tanggal_lahir <= ${period.to}::date and ${period.to}::date < (tanggal_lahir + interval '2 years')::date))`,
    );
    expect(sum).toBe(ref.n);
    expect(sum).toBe((d.groups.ibu_hamil ?? 0) + (d.groups.ibu_nifas ?? 0) + (d.groups.anak_0_23 ?? 0));
  });

  it("a kecamatan user sees only its own desa", async () => {
    const v = await viewerOf("tpps.mentok");
    const rows = await listDesaDashboard({ viewer: v, kode: "19.05", period, today: todayIso() });
    expect(rows.length).toBe(9);
    expect(rows.every((r) => r.kode.startsWith("19.05.01."))).toBe(true);
    const leak = await listDesaDashboard({ viewer: v, kode: "19.05.02", period, today: todayIso() });
    expect(leak).toEqual([]);
  });

  it("gaps without money: a desa with low coverage and no budget is flagged; an approved line tagged to the indicator clears it", async () => {
    const v = await viewerOf("tpps.kab");
    const before = await loadDashboard({ viewer: v, kode: "19.05", period, target: 1.01 });
    const withBudget = new Set((await handle.db.select({ kode: apbdes.kodeWilayah }).from(apbdes)).map((r) => r.kode));
    const gap = before.gaps.find((g) => !withBudget.has(g.kode));
    expect(gap).toBeDefined();
    const [header] = await handle.db
      .insert(apbdes)
      .values({ kodeWilayah: gap!.kode, tahun: period.tahun, versi: "murni", status: "disetujui" })
      .returning();
    await handle.db.insert(apbdesBaris).values({
      apbdesId: header.id,
      kodeWilayah: gap!.kode,
      kodeKegiatan: "2.2.02",
      uraian: "Uji",
      kodeRekening: "5.2.1.06",
      sumberDana: "DDS",
      pagu: 1_000_000,
      stuntingTag: "SP",
      indikator: [gap!.key],
    });
    const after = await loadDashboard({ viewer: v, kode: "19.05", period, target: 1.01 });
    expect(after.gaps.some((g) => g.kode === gap!.kode && g.key === gap!.key)).toBe(false);
    expect(after.gaps.some((g) => g.kode === gap!.kode)).toBe(true); // other, unfunded indicators stay flagged
  });

  it("desa overview: posyandu figures add up to the desa's, and quarter history matches the scorecard", async () => {
    const v = await viewerOf("kades.airputih");
    const desa = await getGrowthFigures({
      viewer: v,
      kode: "19.05.01.2004",
      periode: periodKey(period),
      to: period.to,
    });
    const pos = await listPosyanduBreakdown({
      viewer: v,
      kode: "19.05.01.2004",
      from: period.from,
      to: period.to,
      today: todayIso(),
    });
    expect(pos.reduce((a, p) => a + p.measured, 0)).toBe(desa.measured);
    expect(pos.reduce((a, p) => a + p.stunted, 0)).toBe(desa.stunted);
    const [h] = await listQuarterHistory({ viewer: v, kode: "19.05.01.2004", quarters: [q] });
    const sc = await getScorecard({ viewer: v, kode: "19.05.01.2004", ...q });
    expect(h).toMatchObject({
      diterima: sc.ibu.diterima + sc.anak.diterima,
      seharusnya: sc.ibu.seharusnya + sc.anak.seharusnya,
      status: "disetujui",
    });
    const other = await viewerOf("kpm.belolaut");
    expect(
      await listPosyanduBreakdown({
        viewer: other,
        kode: "19.05.01.2004",
        from: period.from,
        to: period.to,
        today: todayIso(),
      }),
    ).toEqual([]);
  });
});

describe("active-target counts per desa (filled on first read, dropped by a trigger on any write)", () => {
  const fresh = async (tanggal: string) =>
    selectRows<{ kelompok: string; n: number }>(
      handle.db,
      sql`select case when jenis = 'ibu' and tanggal_melahirkan <= ${tanggal}::date and tanggal_melahirkan + 42 >= ${tanggal}::date then 'ibu_nifas'
            when jenis = 'ibu' and tanggal_melahirkan <= ${tanggal}::date then 'ibu_selesai'
            when jenis = 'ibu' and not least(hpl - 280, tanggal_melahirkan - 280, (created_at at time zone 'Asia/Jakarta')::date) <= ${tanggal}::date then 'belum_hamil'
            when jenis = 'ibu' then 'ibu_hamil'
            when ${tanggal}::date < tanggal_lahir then 'belum_lahir'
            when ${tanggal}::date < (tanggal_lahir + interval '2 years')::date then 'anak_0_23'
            when ${tanggal}::date < (tanggal_lahir + interval '6 years')::date then 'anak_2_6_paud' else 'anak_lulus' end as kelompok,
            count(*)::int as n from sasaran where (tanggal_nonaktif is null or tanggal_nonaktif > ${tanggal}::date)
            and kode_wilayah like '19.05.%' group by 1`,
    ).then((rows) =>
      Object.fromEntries(rows.filter((r) => !r.kelompok.startsWith("belum_")).map((r) => [r.kelompok, r.n])),
    );

  it("equal a fresh classification, and follow inserts and deactivations made outside the app's actions", async () => {
    const v = await viewerOf("tpps.kab");
    const today = todayIso();
    expect(await countTargetsByGroup({ viewer: v, kode: "19.05", today })).toEqual(await fresh(today));
    const [pos] = await handle.db.select().from(posyandu).where(eq(posyandu.kodeWilayah, "19.05.01.2004")).limit(1);
    const [child] = await handle.db
      .insert(sasaran)
      .values({
        kodeWilayah: "19.05.01.2004",
        posyanduId: pos.id,
        jenis: "anak",
        nama: "Anak Hitung",
        jenisKelamin: "P",
        tanggalLahir: addDaysIso(today, -30),
      })
      .returning();
    const after = await countTargetsByGroup({ viewer: v, kode: "19.05", today });
    expect(after).toEqual(await fresh(today));
    await handle.db.update(sasaran).set({ aktif: false, tanggalNonaktif: today }).where(eq(sasaran.id, child.id));
    expect(await countTargetsByGroup({ viewer: v, kode: "19.05", today })).toEqual(await fresh(today));
    expect((await countTargetsByGroup({ viewer: v, kode: "19.05", today })).anak_0_23).toBe(after.anak_0_23 - 1);
  });

  it("on a past period's end, a child born later is in no group", async () => {
    const v = await viewerOf("tpps.kab");
    const past = addDaysIso(todayIso(), -200);
    const g = await getGrowthFigures({ viewer: v, kode: "19.05", periode: "x", to: past });
    expect(g.anak).toBe((await fresh(past)).anak_0_23);
    const [ref] = await selectRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from sasaran where (tanggal_nonaktif is null or tanggal_nonaktif > ${past}::date) and jenis = 'anak'
          and kode_wilayah like '19.05.%' and tanggal_lahir <= ${past}::date and ${past}::date < (tanggal_lahir + interval '2 years')::date`,
    );
    expect(g.anak).toBe(ref.n);
  });
});
