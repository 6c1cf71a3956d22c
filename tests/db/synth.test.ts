import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type postgres from "postgres";
import { createTestDb } from "./test-db";
import { rollupVsRebuild } from "./rollup-check";
import type { DbHandle } from "@/db/client";
import { selectRows } from "@/db/raw";
import { recomputeTargets } from "@/db/rollups/scorecard";
import { synthesize, synthKpmDesa, type SynthSummary, type SynthTarget } from "@/db/seed/synth";
import { computeGrowthWho } from "@/lib/growth/tables";
import { monitoringGroupIn } from "@/lib/sasaran/kategori";

/** `--scale tiny`: 1 kabupaten × 2 kecamatan × 3 desa, 36 months, fixed seed and reference date. On PostgreSQL it
 * goes through COPY, on PGlite through multi-row inserts: both paths must give a consistent database. */
const TODAY = "2026-11-22";
const KAB = "19.71";

let handle: DbHandle;
let drop: () => Promise<void>;
let summary: SynthSummary;

const n = async (q: ReturnType<typeof sql>) => (await selectRows<{ n: number }>(handle.db, q))[0].n;

function targetOf(h: DbHandle): SynthTarget {
  if (h.kind === "postgres") return { kind: "postgres", sql: (h.db as unknown as { $client: postgres.Sql }).$client };
  return { kind: "pglite", db: h.db };
}

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  summary = await synthesize(targetOf(handle), { scale: "tiny", seed: 11, today: TODAY });
  console.info(
    `[synth] tiny on ${handle.kind}: ${summary.ms.total} ms, ${summary.pemantauanAnak + summary.pemantauanIbu + summary.pemantauanPaud} monthly records`,
  );
});
afterAll(async () => drop());

describe("db:synth --scale tiny", () => {
  it("creates the configured region tree, posyandu, accounts and APBDes", async () => {
    expect(
      await n(
        sql`select count(*)::int as n from regions where kode = ${KAB} and jenis = 'kabupaten' and parent_kode = '19'`,
      ),
    ).toBe(1);
    expect(
      await n(sql`select count(*)::int as n from regions where parent_kode = ${KAB} and jenis = 'kecamatan'`),
    ).toBe(2);
    const desa = await selectRows<{ kode: string }>(
      handle.db,
      sql`select kode from regions where kode like ${`${KAB}.%.%`} and jenis = 'desa' order by kode`,
    );
    expect(desa).toHaveLength(6);
    for (const d of desa) expect(d.kode).toMatch(/^19\.71\.0[12]\.200[1-3]$/);
    expect(summary.desa).toBe(6);
    expect(await n(sql`select count(*)::int as n from posyandu where kode_wilayah like ${`${KAB}.%`}`)).toBe(12);
    expect(
      await n(
        sql`select count(*)::int as n from users where username in ('tpps.sintetis', 'tpps.sintetis.kec', 'kpm.sintetis')`,
      ),
    ).toBe(3);
    expect(
      await n(
        sql`select count(*)::int as n from users where username = 'kpm.sintetis' and scope_kode = ${synthKpmDesa(KAB)} and role = 'kpm'`,
      ),
    ).toBe(1);
    expect(
      await n(
        sql`select count(*)::int as n from apbdes where kode_wilayah like ${`${KAB}.%`} and status = 'disetujui' and versi = 'murni'`,
      ),
    ).toBe(18);
    expect(
      await n(
        sql`select count(*)::int as n from apbdes_baris where kode_wilayah like ${`${KAB}.%`} and stunting_tag is not null`,
      ),
    ).toBeGreaterThan(18 * 3);
    expect(
      await n(
        sql`select count(*)::int as n from periode_desa where kode_wilayah like ${`${KAB}.%`} and status = 'disetujui'`,
      ),
    ).toBeGreaterThan(0);
  });

  it("stores exactly the rows it reports", async () => {
    const under = `${KAB}.%`;
    expect(await n(sql`select count(*)::int as n from sasaran where kode_wilayah like ${under}`)).toBe(summary.sasaran);
    expect(await n(sql`select count(*)::int as n from sasaran where kode_wilayah like ${under} and aktif`)).toBe(
      summary.sasaranAktif,
    );
    expect(await n(sql`select count(*)::int as n from rumah_tangga where kode_wilayah like ${under}`)).toBe(
      summary.rumahTangga,
    );
    expect(await n(sql`select count(*)::int as n from pemantauan_ibu where kode_wilayah like ${under}`)).toBe(
      summary.pemantauanIbu,
    );
    expect(await n(sql`select count(*)::int as n from pemantauan_anak where kode_wilayah like ${under}`)).toBe(
      summary.pemantauanAnak,
    );
    expect(await n(sql`select count(*)::int as n from pemantauan_paud where kode_wilayah like ${under}`)).toBe(
      summary.pemantauanPaud,
    );
    expect(await n(sql`select count(*)::int as n from pengukuran where kode_wilayah like ${under}`)).toBe(
      summary.pengukuran,
    );
    expect(summary.pemantauanIbu).toBeGreaterThan(0);
    expect(summary.pengukuran).toBeGreaterThan(0);
    expect(await n(sql`select count(*)::int as n from pemantauan_balita where kode_wilayah like ${under}`)).toBe(
      summary.pemantauanBalita,
    );
    expect(summary.implausible).toBe(0);
  });

  it("keeps one record per target and month, and every reference resolves", async () => {
    for (const t of ["pemantauan_ibu", "pemantauan_anak", "pemantauan_paud", "pemantauan_balita"]) {
      expect(
        await n(
          sql`select count(*)::int as n from (select sasaran_id, tahun, bulan from ${sql.raw(t)} group by 1, 2, 3 having count(*) > 1) x`,
        ),
      ).toBe(0);
      expect(
        await n(
          sql`select count(*)::int as n from ${sql.raw(t)} m left join sasaran s on s.id = m.sasaran_id where s.id is null or s.kode_wilayah <> m.kode_wilayah`,
        ),
      ).toBe(0);
    }
    expect(
      await n(
        sql`select count(*)::int as n from pengukuran u left join pemantauan_anak a on a.id = u.pemantauan_anak_id
            left join pemantauan_balita b on b.id = u.pemantauan_balita_id
            where (a.id is null) = (b.id is null) or coalesce(a.sasaran_id, b.sasaran_id) <> u.sasaran_id
               or coalesce(a.tanggal_periksa, b.tanggal_periksa) <> u.tanggal_ukur`,
      ),
    ).toBe(0);
    // Balita records (issue 20): only in the child's balita months, weighed exactly when a weighing is linked.
    const balita = await selectRows<{ tanggal_lahir: string; tahun: number; bulan: number; umur_bulan: number }>(
      handle.db,
      sql`select s.tanggal_lahir::text, b.tahun, b.bulan, b.umur_bulan from pemantauan_balita b join sasaran s on s.id = b.sasaran_id`,
    );
    expect(balita.length).toBe(summary.pemantauanBalita);
    expect(balita.length).toBeGreaterThan(500);
    expect(balita.filter((r) => monitoringGroupIn(r.tanggal_lahir, r) !== "balita_24_59")).toEqual([]);
    expect(
      await n(
        sql`select count(*)::int as n from pemantauan_balita b left join pengukuran u on u.pemantauan_balita_id = b.id
            where b.ditimbang <> (u.id is not null and u.berat_kg is not null)`,
      ),
    ).toBe(0);
    expect(
      await n(
        sql`select count(*)::int as n from sasaran c left join sasaran m on m.id = c.ibu_id where c.ibu_id is not null and (m.id is null or m.jenis <> 'ibu')`,
      ),
    ).toBe(0);
    expect(
      await n(
        sql`select count(*)::int as n from sasaran s left join posyandu p on p.id = s.posyandu_id where p.id is null or p.kode_wilayah <> s.kode_wilayah`,
      ),
    ).toBe(0);
    // Records of a month lie in that month.
    expect(
      await n(
        sql`select count(*)::int as n from pemantauan_anak where extract(year from tanggal_periksa) <> tahun or extract(month from tanggal_periksa) <> bulan`,
      ),
    ).toBe(0);
    // Sequences continue after the reserved id blocks.
    await handle.db.execute(
      sql`insert into posyandu (kode_wilayah, nama) values (${synthKpmDesa(KAB)}, 'Posyandu Baru')`,
    );
  });

  it("scores every measurement with the WHO functions", async () => {
    const rows = await selectRows<{
      jenis_kelamin: "L" | "P";
      umur_hari: number;
      berat_kg: string;
      panjang_cm: string | null;
      cara_ukur: "terlentang" | "berdiri" | null;
      haz: string | null;
      waz: string | null;
    }>(
      handle.db,
      sql`select s.jenis_kelamin, u.umur_hari, u.berat_kg::text, u.panjang_cm::text, u.cara_ukur, u.haz::text, u.waz::text from pengukuran u join sasaran s on s.id = u.sasaran_id
          order by u.pemantauan_balita_id is null, u.id limit 400`,
    );
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      const g = computeGrowthWho({
        sex: r.jenis_kelamin,
        ageDays: r.umur_hari,
        weightKg: Number(r.berat_kg),
        lengthCm: r.panjang_cm === null ? null : Number(r.panjang_cm),
        measured: r.cara_ukur,
        oedema: false,
      });
      expect(r.waz === null ? null : Number(r.waz)).toBe(g.waz);
      expect(r.haz === null ? null : Number(r.haz)).toBe(g.haz);
    }
    const prevalence = await selectRows<{ kode: string; p: number }>(
      handle.db,
      sql`select kode_wilayah as kode, avg((haz < -2)::int)::float as p from pengukuran where haz is not null group by 1`,
    );
    expect(new Set(prevalence.map((r) => Math.round(r.p * 20))).size).toBeGreaterThan(1);
  });

  it("stores per-desa roll-ups (convergence, growth) equal to a full rebuild from the stored rows", async () => {
    const { maintained, rebuilt } = await rollupVsRebuild(handle.db);
    expect(maintained.konvergensi.length).toBeGreaterThan(6);
    expect(maintained.pertumbuhan.length).toBeGreaterThan(6);
    // One denominator per z-score (docs/indicators.md §3): weighings without a length put children in the WAZ
    // denominator only, so the compared rows hold denominators that differ.
    expect(maintained.pertumbuhan.some((r) => Number(r.waz_n) > Number(r.whz_n))).toBe(true);
    expect(maintained.pertumbuhan.every((r) => Number(r.wasted) + Number(r.overweight) <= Number(r.whz_n))).toBe(true);
    expect(maintained).toEqual(rebuilt);
  });

  it("stores the quarterly results a fresh recomputeTargets produces", async () => {
    const snapshot = () =>
      selectRows<Record<string, unknown>>(
        handle.db,
        sql`select sasaran_id, tahun, triwulan, kelompok, kode_wilayah, posyandu_id, rumah_tangga_id, status, tikar, stage, hasil, diterima, seharusnya
            from konvergensi_sasaran order by sasaran_id, tahun, triwulan, kelompok`,
      );
    const stored = await snapshot();
    expect(stored.length).toBe(summary.konvergensi);
    expect(stored.length).toBeGreaterThan(100);
    const ids = (await selectRows<{ id: number }>(handle.db, sql`select id from sasaran order by id`)).map((r) => r.id);
    await handle.db.transaction(async (tx) => {
      await recomputeTargets(tx, ids);
    });
    const fresh = await snapshot();
    expect(fresh).toEqual(stored);
  });

  it("refuses to generate the same kabupaten twice", async () => {
    await expect(synthesize(targetOf(handle), { scale: "tiny", seed: 11, today: TODAY })).rejects.toThrow(/sudah ada/);
  });
});
