vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

/**
 * The phone computes what the server computes (issue 18): for the seeded desa, the z-scores the phone's code
 * gives every stored measurement equal the stored ones, and the quarter preview built from the snapshot equals
 * the server's desa scorecard, indicator by indicator.
 */

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb } from "./test-db";
import { userId } from "./users";
import type { DbHandle } from "@/db/client";
import { seedDemo } from "@/db/seed/demo";
import { getActiveViewerById } from "@/db/queries/users";
import { getOfflineSnapshot } from "@/db/queries/offline";
import { getScorecard } from "@/db/queries/scorecard";
import { applySnapshot } from "@/lib/offline/local-data";
import { previewQuarter, recordsWithOutbox } from "@/lib/offline/desa-view";
import { evaluateMeasurement } from "@/lib/growth/measure";
import { loadGrowthTables } from "@/lib/growth/tables";
import { addMonths, currentYearMonth, quarterOfMonth } from "@/lib/periods";
import type { Viewer } from "@/lib/auth/viewer";

const AIR_PUTIH = "19.05.01.2004";
let handle: DbHandle;
let drop: () => Promise<void>;
let viewer: Viewer;

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  viewer = (await getActiveViewerById(await userId(handle.db, "kpm.airputih")))!;
});
afterAll(async () => drop());

async function phoneDesa() {
  const snap = await getOfflineSnapshot({ viewer, sejak: null });
  return applySnapshot(null, JSON.parse(JSON.stringify(snap)), Date.now());
}

describe("the phone's figures equal the server's for the seeded desa", () => {
  it("every stored z-score and category, recomputed by the phone's code", async () => {
    const desa = await phoneDesa();
    const tables = loadGrowthTables();
    const ukur = Object.values(desa.ukur);
    expect(ukur.length).toBeGreaterThan(50);
    for (const u of ukur) {
      const child = desa.sasaran[String(u.sasaranId)];
      const { row } = evaluateMeasurement(
        {
          sex: child.jenisKelamin,
          tanggalLahir: child.tanggalLahir,
          tanggalUkur: u.tanggalUkur,
          beratKg: u.beratKg ?? undefined,
          panjangCm: u.panjangCm ?? undefined,
          caraUkur: u.caraUkur ?? undefined,
          oedema: u.oedema,
        },
        tables,
      );
      const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
      expect({ haz: round(row.haz), waz: round(row.waz), whz: round(row.whz), baz: round(row.baz) }).toEqual({
        haz: u.haz,
        waz: u.waz,
        whz: u.whz,
        baz: u.baz,
      });
      expect([row.kategoriHaz, row.kategoriWaz, row.kategoriWhz, row.kategoriBaz]).toEqual([
        u.kategoriHaz,
        u.kategoriWaz,
        u.kategoriWhz,
        u.kategoriBaz,
      ]);
    }
  });

  it.each([0, -3])("the quarter preview equals the desa scorecard (quarter %i months back)", async (back) => {
    const desa = await phoneDesa();
    const ym = addMonths(currentYearMonth(), back);
    const triwulan = quarterOfMonth(ym.bulan);
    const preview = previewQuarter(desa, recordsWithOutbox(desa, []), ym.tahun, triwulan);
    const server = await getScorecard({ viewer, kode: AIR_PUTIH, tahun: ym.tahun, triwulan });
    const ind = (k: "ibu" | "anak") =>
      server.indicators.filter((r) => r.kelompok === k).map(({ y, ts, n }) => ({ y, ts, n }));
    expect(preview.ibuIndicators).toEqual(ind("ibu"));
    expect(preview.anakIndicators).toEqual(ind("anak"));
    for (const k of ["ibu", "anak", "paud"] as const)
      expect(preview[k]).toEqual({ n: server[k].n, diterima: server[k].diterima, seharusnya: server[k].seharusnya });
  });
});
