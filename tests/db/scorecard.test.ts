vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, inArray, like } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import { redirectOf } from "./redirect";
import { rollupVsRebuild } from "./rollup-check";
import { selectRows } from "@/db/raw";
import { sql } from "drizzle-orm";
import { recomputeTargets } from "@/db/rollups/scorecard";
import type { DbHandle } from "@/db/client";
import {
  konvergensiSasaran,
  pemantauanAnak,
  pemantauanIbu,
  pengaturanTahun,
  pertumbuhanDesa,
  posyandu,
  sasaran,
} from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { getScorecard, listDesaScorecard, listIndicatorTargets } from "@/db/queries/scorecard";
import { getActiveViewerById } from "@/db/queries/users";
import {
  ajukanTriwulan,
  bukaKunciTriwulan,
  kembalikanTriwulan,
  setujuiTriwulan,
} from "@/app/(portal)/wilayah/[kode]/scorecard/actions";
import { saveAnakMonth } from "@/app/(portal)/wilayah/[kode]/pemantauan/actions";
import { evaluateAnak, evaluateIbu } from "@/lib/scorecard/evaluate";
import { countIndicators, groupTotals, pooled } from "@/lib/scorecard/aggregate";
import { DEFAULT_SETTINGS, type Nilai } from "@/lib/scorecard/types";
import { addDaysIso, currentYearMonth, formatYearMonth, quarterOfMonth, todayIso } from "@/lib/periods";

const AIR_PUTIH = "19.05.01.2004";
const MENTOK = "19.05.01";
const idle = { status: "idle" as const };
let handle: DbHandle;
let drop: () => Promise<void>;
const as = async (u: string) => actAs(await userId(handle.db, u));
const viewerOf = async (u: string) => (await getActiveViewerById(await userId(handle.db, u)))!;
const ym = currentYearMonth();
// The last complete quarter has full demo data.
const prevQ =
  quarterOfMonth(ym.bulan) === 1
    ? { tahun: ym.tahun - 1, triwulan: 4 }
    : { tahun: ym.tahun, triwulan: quarterOfMonth(ym.bulan) - 1 };

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
});
afterAll(async () => drop());

describe("roll-ups", () => {
  it("the kecamatan figure pools every desa: sums of numerators and denominators, per indicator and per group", async () => {
    const v = await viewerOf("tpps.mentok");
    // With drafts included (draf=1) the kecamatan pools every desa; by default only the approved ones (below).
    const kec = await getScorecard({ viewer: v, kode: MENTOK, ...prevQ, draf: true });
    const desa = await listDesaScorecard({ viewer: v, kode: MENTOK, ...prevQ, draf: true });
    const parts = await Promise.all(desa.map((d) => getScorecard({ viewer: v, kode: d.kode, ...prevQ })));
    const sum = (f: (p: (typeof parts)[number]) => number) => parts.reduce((s, p) => s + f(p), 0);
    expect(kec.ibu.diterima).toBe(sum((p) => p.ibu.diterima));
    expect(kec.anak.seharusnya).toBe(sum((p) => p.anak.seharusnya));
    expect(kec.jtrt).toBe(sum((p) => p.jtrt));
    for (const row of kec.indicators) {
      expect(row.y).toBe(
        sum((p) => p.indicators.find((r) => r.kelompok === row.kelompok && r.nomor === row.nomor)?.y ?? 0),
      );
    }
    expect(kec.ibu.n + kec.anak.n).toBeGreaterThan(100);
    // Default: approved quarters only, so the desa counted are exactly the approved ones.
    const approved = await getScorecard({ viewer: v, kode: MENTOK, ...prevQ });
    const counted = parts.filter((_, i) => desa[i].status === "disetujui");
    expect(approved.ibu.diterima).toBe(counted.reduce((s, p) => s + p.ibu.diterima, 0));
    expect(approved.anak.seharusnya).toBe(counted.reduce((s, p) => s + p.anak.seharusnya, 0));
    expect((await listDesaScorecard({ viewer: v, kode: MENTOK, ...prevQ })).map((r) => r.counted)).toEqual(
      desa.map((r) => r.status === "disetujui"),
    );
  });

  it("stored results equal a fresh evaluation of the raw records with the pure engine", async () => {
    const v = await viewerOf("tpps.mentok");
    const targets = await handle.db
      .select({ id: sasaran.id })
      .from(sasaran)
      .where(like(sasaran.kodeWilayah, `${MENTOK}.%`));
    const ids = targets.map((t) => t.id);
    const [ibuRecs, anakRecs] = await Promise.all([
      handle.db.select().from(pemantauanIbu).where(inArray(pemantauanIbu.sasaranId, ids)),
      handle.db.select().from(pemantauanAnak).where(inArray(pemantauanAnak.sasaranId, ids)),
    ]);
    const by = <T extends { sasaranId: number }>(rows: T[]) => {
      const m = new Map<number, T[]>();
      for (const r of rows) m.set(r.sasaranId, [...(m.get(r.sasaranId) ?? []), r]);
      return m;
    };
    const ibuRes: Nilai[][] = [];
    for (const recs of by(ibuRecs).values()) {
      const r = evaluateIbu(recs, prevQ.tahun, prevQ.triwulan, DEFAULT_SETTINGS);
      if (r) ibuRes.push(r.hasil);
    }
    const anakRes: Nilai[][] = [];
    for (const recs of by(anakRecs).values()) {
      const r = evaluateAnak(recs, prevQ.tahun, prevQ.triwulan, DEFAULT_SETTINGS);
      if (r) anakRes.push(r.hasil);
    }
    const ibu = groupTotals(countIndicators(ibuRes, 8));
    const anak = groupTotals(countIndicators(anakRes, 10));
    // Every target of the kecamatan: the view with drafts included (draf=1).
    const sc = await getScorecard({ viewer: v, kode: MENTOK, ...prevQ, draf: true });
    expect({ diterima: sc.ibu.diterima, seharusnya: sc.ibu.seharusnya }).toEqual(ibu);
    expect({ diterima: sc.anak.diterima, seharusnya: sc.anak.seharusnya }).toEqual(anak);
    const tkd = pooled(ibu, anak);
    expect(tkd.diterima).toBe(sc.ibu.diterima + sc.anak.diterima);
  });

  it("a desa user sees only their desa; a kecamatan user nothing of another kecamatan", async () => {
    const kpm = await viewerOf("kpm.belolaut");
    const leak = await getScorecard({ viewer: kpm, kode: AIR_PUTIH, ...prevQ });
    expect(leak.ibu.n + leak.anak.n + leak.jtrt).toBe(0);
    const kec = await viewerOf("tpps.simpangteritip");
    expect(await listDesaScorecard({ viewer: kec, kode: MENTOK, ...prevQ })).toEqual([]);
    expect(await listIndicatorTargets({ viewer: kec, kode: MENTOK, ...prevQ, kelompok: "anak", nomor: 2 })).toEqual([]);
  });

  it("the drill-down lists exactly the targets behind the coverage figure", async () => {
    const v = await viewerOf("kpm.airputih");
    const sc = await getScorecard({ viewer: v, kode: AIR_PUTIH, ...prevQ });
    const c = sc.indicators.find((r) => r.kelompok === "anak" && r.nomor === 6)!;
    const rows = await listIndicatorTargets({ viewer: v, kode: AIR_PUTIH, ...prevQ, kelompok: "anak", nomor: 6 });
    expect(rows.filter((r) => r.nilai === "Y")).toHaveLength(c.y);
    expect(rows.filter((r) => r.nilai === "TS")).toHaveLength(c.ts);
    expect(rows).toHaveLength(c.n);
  });
});

describe("quarter workflow and locking", () => {
  const q = () => ({ kode: AIR_PUTIH, tahun: String(ym.tahun), triwulan: String(quarterOfMonth(ym.bulan)) });
  let childId: number;
  let pos: number;

  beforeAll(async () => {
    // This quarter is still running: open its submission window (pengaturan_tahun) so the workflow can be walked
    // today; the window itself is tested in tests/db/approvals.test.ts.
    await handle.db
      .insert(pengaturanTahun)
      .values({ tahun: ym.tahun, pengajuanHariSebelumAkhir: 100 })
      .onConflictDoUpdate({ target: pengaturanTahun.tahun, set: { pengajuanHariSebelumAkhir: 100 } });
    [{ id: pos }] = await handle.db
      .select({ id: posyandu.id })
      .from(posyandu)
      .where(eq(posyandu.kodeWilayah, AIR_PUTIH))
      .limit(1);
    [{ id: childId }] = await handle.db
      .insert(sasaran)
      .values({
        kodeWilayah: AIR_PUTIH,
        posyanduId: pos,
        jenis: "anak",
        nama: "Anak Kunci",
        jenisKelamin: "L",
        tanggalLahir: addDaysIso(todayIso(), -200),
      })
      .returning();
  });

  const record = (berat: string) =>
    form({
      kode: AIR_PUTIH,
      sasaranId: childId,
      bulan: formatYearMonth(ym),
      tanggalPeriksa: todayIso(),
      posyanduId: pos,
      statusTikar: "H",
      imunisasiCampak: "belum",
      beratKg: berat,
      airBersih: true,
    });

  it("saving a record stores the quarter's result for the target", async () => {
    await as("kpm.airputih");
    await redirectOf(saveAnakMonth(idle, record("7,5")));
    const rows = await handle.db.select().from(konvergensiSasaran).where(eq(konvergensiSasaran.sasaranId, childId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kelompok: "anak",
      tahun: ym.tahun,
      triwulan: quarterOfMonth(ym.bulan),
      kodeWilayah: AIR_PUTIH,
    });
    expect(rows[0].hasil[5]).toBe("Y"); // indicator 6: water
  });

  it("only the right roles move the quarter: KPM submits, the kepala desa approves", async () => {
    await as("kades.airputih");
    expect((await ajukanTriwulan(idle, form(q()))).message).toBe("Anda tidak memiliki akses untuk tindakan ini.");
    await as("kpm.airputih");
    expect((await setujuiTriwulan(idle, form(q()))).message).toBe("Anda tidak memiliki akses untuk tindakan ini.");
    expect(await ajukanTriwulan(idle, form(q()))).toMatchObject({ status: "ok" });
    expect((await ajukanTriwulan(idle, form(q()))).message).toMatch(/sudah diajukan/);
    await as("kades.belolaut");
    expect((await setujuiTriwulan(idle, form(q()))).status).toBe("error");
  });

  it("a submitted quarter refuses monitoring writes; the kecamatan can return it with a note", async () => {
    await as("kpm.airputih");
    const r = await saveAnakMonth(idle, record("7,6"));
    expect(r.message).toMatch(/sudah diajukan/);
    await as("tpps.mentok");
    expect((await kembalikanTriwulan(idle, form(q()))).errors?.catatan?.[0]).toMatch(/wajib/);
    expect(await kembalikanTriwulan(idle, form({ ...q(), catatan: "Lengkapi penimbangan" }))).toMatchObject({
      status: "ok",
    });
    await as("kpm.airputih");
    await redirectOf(saveAnakMonth(idle, record("7,6")));
  });

  it("after approval the quarter is locked for everyone below admin; admin unlocks with a reason", async () => {
    await as("kpm.airputih");
    await ajukanTriwulan(idle, form(q()));
    await as("kades.airputih");
    expect(await setujuiTriwulan(idle, form(q()))).toMatchObject({ status: "ok" });
    const [before] = await handle.db
      .select()
      .from(pemantauanAnak)
      .where(and(eq(pemantauanAnak.sasaranId, childId)));
    await as("kpm.airputih");
    const r = await saveAnakMonth(idle, record("9,9"));
    expect(r.message).toMatch(/dikunci/);
    const [after] = await handle.db.select().from(pemantauanAnak).where(eq(pemantauanAnak.sasaranId, childId));
    expect(after).toEqual(before);
    await as("kades.airputih");
    expect((await bukaKunciTriwulan(idle, form({ ...q(), catatan: "x" }))).message).toBe(
      "Anda tidak memiliki akses untuk tindakan ini.",
    );
    await as("admin");
    expect(await bukaKunciTriwulan(idle, form({ ...q(), catatan: "Koreksi data bidan" }))).toMatchObject({
      status: "ok",
    });
    await as("kpm.airputih");
    await redirectOf(saveAnakMonth(idle, record("7,7")));
  });

  it("the desa's growth counts follow each save: a measurement counted, then taken out when the weight is cleared", async () => {
    // A weight gives a WAZ: the child is in the underweight denominator (waz_n) of the month.
    const weighed = async () => {
      const rows = await handle.db
        .select()
        .from(pertumbuhanDesa)
        .where(and(eq(pertumbuhanDesa.kodeWilayah, AIR_PUTIH), eq(pertumbuhanDesa.periode, formatYearMonth(ym))));
      return rows.reduce((n, r) => n + r.wazN, 0);
    };
    const before = await weighed();
    await as("kpm.airputih");
    await redirectOf(
      saveAnakMonth(
        idle,
        form({
          kode: AIR_PUTIH,
          sasaranId: childId,
          bulan: formatYearMonth(ym),
          tanggalPeriksa: todayIso(),
          posyanduId: pos,
          statusTikar: "H",
          imunisasiCampak: "belum",
          airBersih: true,
        }),
      ),
    );
    expect(await weighed()).toBe(before - 1);
    await redirectOf(saveAnakMonth(idle, record("7,8")));
    expect(await weighed()).toBe(before);
  });
});

describe("per-desa roll-up (konvergensi_desa)", () => {
  it("after the seed and every write above, the maintained roll-up equals a full rebuild from the per-target rows", async () => {
    const { maintained, rebuilt } = await rollupVsRebuild(handle.db);
    expect(maintained.konvergensi.length).toBeGreaterThan(20);
    expect(maintained.pertumbuhan.length).toBeGreaterThan(20);
    // One denominator per z-score (docs/indicators.md §3): weighings without a length put children in the WAZ
    // denominator only, so the compared rows hold denominators that differ.
    expect(maintained.pertumbuhan.some((r) => Number(r.waz_n) > Number(r.whz_n))).toBe(true);
    expect(maintained.pertumbuhan.every((r) => Number(r.wasted) + Number(r.overweight) <= Number(r.whz_n))).toBe(true);
    expect(maintained).toEqual(rebuilt);
  });

  it("a desa's roll-up holds the same figures as summing its targets' rows directly (posyandu path)", async () => {
    const v = await viewerOf("kpm.airputih");
    const fromRollup = await getScorecard({ viewer: v, kode: AIR_PUTIH, ...prevQ });
    const posyanduIds = (
      await handle.db.select({ id: posyandu.id }).from(posyandu).where(eq(posyandu.kodeWilayah, AIR_PUTIH))
    ).map((p) => p.id);
    const slices = await Promise.all(
      posyanduIds.map((posyanduId) => getScorecard({ viewer: v, kode: AIR_PUTIH, ...prevQ, posyanduId })),
    );
    const sum = (f: (p: (typeof slices)[number]) => number) => slices.reduce((s, p) => s + f(p), 0);
    expect(fromRollup.anak.n).toBeGreaterThan(0);
    for (const g of ["ibu", "anak"] as const) {
      expect(fromRollup[g].n).toBe(sum((p) => p[g].n));
      expect(fromRollup[g].diterima).toBe(sum((p) => p[g].diterima));
      expect(fromRollup[g].seharusnya).toBe(sum((p) => p[g].seharusnya));
      expect(fromRollup[g].risiko).toBe(sum((p) => p[g].risiko));
    }
    for (const row of fromRollup.indicators) {
      const part = (p: (typeof slices)[number]) =>
        p.indicators.find((r) => r.kelompok === row.kelompok && r.nomor === row.nomor);
      expect([row.y, row.ts, row.n]).toEqual([
        sum((p) => part(p)?.y ?? 0),
        sum((p) => part(p)?.ts ?? 0),
        sum((p) => part(p)?.n ?? 0),
      ]);
    }
  });

  it("monthly saves of several children of one desa at the same moment keep the growth roll-up equal to a rebuild", async () => {
    // Each save reads the child's share of pertumbuhan_desa before and after its write and adds the difference;
    // children saved together meet on the same desa × month/quarter/year rows.
    const [{ id: pos }] = await handle.db
      .select({ id: posyandu.id })
      .from(posyandu)
      .where(eq(posyandu.kodeWilayah, AIR_PUTIH))
      .limit(1);
    const children = await selectRows<{ id: number; berat: string }>(
      handle.db,
      sql`select s.id, (select u.berat_kg from pengukuran u where u.sasaran_id = s.id and u.berat_kg is not null order by u.tanggal_ukur desc limit 1)::text as berat
          from sasaran s where s.kode_wilayah = ${AIR_PUTIH} and s.jenis = 'anak' and s.aktif and current_date - s.tanggal_lahir between 90 and 650
          and exists (select 1 from pengukuran u where u.sasaran_id = s.id and u.berat_kg is not null) order by s.id limit 6`,
    );
    expect(children.length).toBeGreaterThan(3);
    await as("kpm.airputih");
    // Lighter than last time for some (may cross −2 SD), heavier for others; the first child's weight is cleared.
    await Promise.all(
      children.map((c, i) =>
        redirectOf(
          saveAnakMonth(
            idle,
            form({
              kode: AIR_PUTIH,
              sasaranId: c.id,
              bulan: formatYearMonth(ym),
              tanggalPeriksa: todayIso(),
              posyanduId: pos,
              statusTikar: "H",
              imunisasiCampak: "belum",
              airBersih: true,
              ...(i === 0 ? {} : { beratKg: (Number(c.berat) + (i % 2 ? -0.9 : 0.3)).toFixed(1).replace(".", ",") }),
            }),
          ),
        ),
      ),
    );
    const { maintained, rebuilt } = await rollupVsRebuild(handle.db);
    expect(maintained.pertumbuhan).toEqual(rebuilt.pertumbuhan);
  });

  it("writers in the same desa and quarter at the same moment leave a consistent roll-up (PostgreSQL: real concurrency)", async () => {
    const targets = await handle.db
      .select({ id: sasaran.id })
      .from(sasaran)
      .where(eq(sasaran.kodeWilayah, "19.05.01.2006"));
    expect(targets.length).toBeGreaterThan(4);
    await Promise.all(targets.slice(0, 8).map((t) => handle.db.transaction((tx) => recomputeTargets(tx, [t.id]))));
    const { maintained, rebuilt } = await rollupVsRebuild(handle.db);
    expect(maintained).toEqual(rebuilt);
  });
});
