vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

/**
 * The phone computes what the server computes (issue 18): for the seeded desa, the z-scores the phone's code
 * gives every stored measurement equal the stored ones, and the quarter preview built from the snapshot equals
 * the server's desa scorecard, indicator by indicator.
 */

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { userId } from "./users";
import type { DbHandle } from "@/db/client";
import { seedDemo } from "@/db/seed/demo";
import { getActiveViewerById } from "@/db/queries/users";
import { getOfflineSnapshot } from "@/db/queries/offline";
import { getScorecard } from "@/db/queries/scorecard";
import { applySnapshot } from "@/lib/offline/local-data";
import { dueForMonth, previewQuarter, recordsWithOutbox } from "@/lib/offline/desa-view";
import { saveLocally } from "@/lib/offline/local-save";
import { recordKey } from "@/lib/offline/local-data";
import { sendItem } from "@/app/api/luring/kirim/send-item";
import { calendarAgeMonths } from "@/lib/growth/age-bands";
import { and, eq } from "drizzle-orm";
import { pemantauanBalita, pengukuran } from "@/db/schema";
import { evaluateMeasurement } from "@/lib/growth/measure";
import { loadGrowthTables } from "@/lib/growth/tables";
import { addMonths, currentYearMonth, formatYearMonth, monthBounds, quarterOfMonth, todayIso } from "@/lib/periods";
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
    const ukur = [...Object.values(desa.ukur), ...Object.values(desa.balitaUkur)];
    expect(Object.values(desa.ukur).length).toBeGreaterThan(50);
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

  it("a balita month queued on the phone: the server stores the weighing the phone previewed, and the quarter the phone previewed with it (its PAUD attendance) is the server's once sent", async () => {
    await actAs(viewer.id);
    const desa = await phoneDesa();
    const ym = currentYearMonth();
    const bulan = formatYearMonth(ym);
    // A balita of the desa (24–59 months this month) not yet marked attending PAUD this month.
    const target = dueForMonth(desa, ym).balita.find(
      (t) => desa.paud[recordKey({ sasaranId: t.id, ...ym })]?.status !== "mengikuti",
    );
    expect(target, "the demo desa has a balita").toBeDefined();
    const months = calendarAgeMonths(target!.tanggalLahir, monthBounds(ym).first);
    const fields = {
      kode: AIR_PUTIH,
      sasaranId: String(target!.id),
      bulan,
      ...(desa.balita[recordKey({ sasaranId: target!.id, ...ym })]
        ? { version: String(desa.balita[recordKey({ sasaranId: target!.id, ...ym })].version) }
        : {}),
      tanggalPeriksa: todayIso(),
      posyanduId: String(target!.posyanduId),
      beratKg: String(Math.round((12 + (months - 24) * 0.2) * 10) / 10).replace(".", ","),
      panjangCm: String(Math.round((86 + (months - 24) * 0.75) * 10) / 10).replace(".", ","),
      caraUkur: "berdiri",
      statusPaud: "mengikuti",
    };
    const tables = loadGrowthTables();
    const { state, item } = saveLocally("balita_bulan", fields, {
      local: desa,
      tables,
      now: new Date(),
      clientId: crypto.randomUUID(),
    });
    expect(state.status, JSON.stringify(state)).toBe("ok");
    const triwulan = quarterOfMonth(ym.bulan);
    const before = previewQuarter(desa, recordsWithOutbox(desa, []), ym.tahun, triwulan);
    const preview = previewQuarter(desa, recordsWithOutbox(desa, [item!]), ym.tahun, triwulan);
    // The attendance counts: the phone's preview moved before anything was sent.
    expect(preview.paud).not.toEqual(before.paud);
    const answer = await sendItem(viewer, {
      clientId: item!.clientId,
      kind: item!.kind,
      typedAt: item!.typedAt,
      fields: item!.fields,
    });
    expect(answer).toMatchObject({ status: "ok", duplicate: false });
    const server = await getScorecard({ viewer, kode: AIR_PUTIH, tahun: ym.tahun, triwulan });
    expect(preview.paud).toEqual({
      n: server.paud.n,
      diterima: server.paud.diterima,
      seharusnya: server.paud.seharusnya,
    });
    const [stored] = await handle.db
      .select({ ukur: pengukuran })
      .from(pemantauanBalita)
      .innerJoin(pengukuran, eq(pengukuran.pemantauanBalitaId, pemantauanBalita.id))
      .where(
        and(
          eq(pemantauanBalita.sasaranId, target!.id),
          eq(pemantauanBalita.tahun, ym.tahun),
          eq(pemantauanBalita.bulan, ym.bulan),
        ),
      );
    const p = item!.preview!;
    expect({
      haz: stored.ukur.haz,
      waz: stored.ukur.waz,
      whz: stored.ukur.whz,
      baz: stored.ukur.baz,
      kategoriHaz: stored.ukur.kategoriHaz,
      kategoriWhz: stored.ukur.kategoriWhz,
      umurBulan: stored.ukur.umurBulan,
    }).toEqual({
      haz: Math.round((p.haz as number) * 100) / 100,
      waz: Math.round((p.waz as number) * 100) / 100,
      whz: Math.round((p.whz as number) * 100) / 100,
      baz: Math.round((p.baz as number) * 100) / 100,
      kategoriHaz: p.kategoriHaz,
      kategoriWhz: p.kategoriWhz,
      umurBulan: p.umurBulan,
    });
    // Downloaded again, the phone holds the month and its weighing.
    const after = await phoneDesa();
    const month = after.balita[recordKey({ sasaranId: target!.id, ...ym })];
    expect(after.balitaUkur[String(month.id)].haz).toBe(stored.ukur.haz);
  });
});
