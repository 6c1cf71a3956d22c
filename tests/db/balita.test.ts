vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import { redirectOf } from "./redirect";
import { rollupVsRebuild } from "./rollup-check";
import type { DbHandle } from "@/db/client";
import { selectRows } from "@/db/raw";
import { pemantauanBalita, pemantauanPaud, pengukuran, posyandu, sasaran } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { saveBalitaMonth } from "@/app/(portal)/wilayah/[kode]/pemantauan/actions";
import { listDueForMonth } from "@/db/queries/pemantauan";
import { getPosyanduDay } from "@/db/queries/posyandu-day";
import { getActiveViewerById } from "@/db/queries/users";
import { evaluateMeasurement } from "@/lib/growth/measure";
import { loadGrowthTables } from "@/lib/growth/tables";
import {
  addDaysIso,
  addMonths,
  addMonthsIso,
  currentYearMonth,
  formatYearMonth,
  monthBounds,
  todayIso,
} from "@/lib/periods";
import { balitaText } from "@/lib/i18n/balita";
import type { FormState } from "@/lib/form-state";

const AIR_PUTIH = "19.05.01.2004";
const idle = { status: "idle" as const };
let handle: DbHandle;
let drop: () => Promise<void>;
let pos: number;
const ids: Record<string, number> = {};
const today = todayIso();
const ym = currentYearMonth();
const bulan = formatYearMonth(ym);
const lahir30 = addDaysIso(addMonthsIso(today, -30), -3);

const as = async (username: string) => actAs(await userId(handle.db, username));
const balitaForm = (sasaranId: number, more: Record<string, string | boolean> = {}) =>
  form({
    kode: AIR_PUTIH,
    sasaranId,
    bulan,
    tanggalPeriksa: today,
    posyanduId: pos,
    ...more,
  });

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  [{ id: pos }] = await handle.db
    .insert(posyandu)
    .values({ kodeWilayah: AIR_PUTIH, nama: "Posyandu Uji Balita" })
    .returning({ id: posyandu.id });
  const child = (nama: string, tanggalLahir: string) =>
    handle.db
      .insert(sasaran)
      .values({ kodeWilayah: AIR_PUTIH, posyanduId: pos, jenis: "anak", nama, jenisKelamin: "L", tanggalLahir })
      .returning({ id: sasaran.id })
      .then(([r]) => r.id);
  ids.tiga = await child("Bima Balita", lahir30);
  // Turns two on the 10th of this month: still on Formulir 2B.
  ids.dua = await child("Candra Dua", addDaysIso(addMonthsIso(monthBounds(ym).first, -24), 9));
  // Five years old since before this month: out of monitoring.
  ids.lima = await child("Dimas Lima", addDaysIso(addMonthsIso(monthBounds(ym).first, -60), -1));
});
afterAll(async () => drop());

describe("the monthly balita record (24–59 months)", () => {
  it("a KPM records a 30-month-old's weighing with height: z-scores on the server, the record, the growth band 24–35", async () => {
    await as("kpm.airputih");
    const to = await redirectOf(
      saveBalitaMonth(
        idle,
        balitaForm(ids.tiga, {
          ditimbang: true,
          beratKg: "11,8",
          panjangCm: "88,4",
          caraUkur: "berdiri",
          obatCacing: true,
          statusPaud: "mengikuti",
        }),
      ),
    );
    expect(to).toContain(`/wilayah/${AIR_PUTIH}/pemantauan?bulan=${bulan}&tersimpan=${ids.tiga}`);
    const [rec] = await handle.db.select().from(pemantauanBalita).where(eq(pemantauanBalita.sasaranId, ids.tiga));
    expect(rec).toMatchObject({ ditimbang: true, obatCacing: true, vitaminA: false, umurBulan: 30, tahun: ym.tahun });
    const [ukur] = await handle.db.select().from(pengukuran).where(eq(pengukuran.pemantauanBalitaId, rec.id));
    const expected = evaluateMeasurement(
      {
        sex: "L",
        tanggalLahir: lahir30,
        tanggalUkur: today,
        beratKg: 11.8,
        panjangCm: 88.4,
        caraUkur: "berdiri",
        oedema: false,
      },
      loadGrowthTables(),
    );
    expect(ukur).toMatchObject({
      umurBulan: 30,
      haz: expected.row.haz,
      waz: expected.row.waz,
      whz: expected.row.whz,
      baz: expected.row.baz,
      kategoriHaz: expected.row.kategoriHaz,
      panjangKoreksiCm: 88.4,
    });
    expect(expected.row.haz).not.toBeNull();
    // PAUD attendance typed on the form lives in Formulir 2C's row: one fact, one place.
    const paud = await handle.db.select().from(pemantauanPaud).where(eq(pemantauanPaud.sasaranId, ids.tiga));
    expect(paud.map((p) => p.status)).toEqual(["mengikuti"]);
    const band = await selectRows<{ measured: number }>(
      handle.db,
      sql`select measured from pertumbuhan_desa where kode_wilayah = ${AIR_PUTIH} and periode = ${bulan} and kelompok_umur = 24`,
    );
    expect(band[0]?.measured ?? 0).toBeGreaterThanOrEqual(1);
  });

  it("editing the month keeps one record and one measurement; clearing the weight removes the measurement", async () => {
    await as("kpm.airputih");
    const [rec] = await handle.db.select().from(pemantauanBalita).where(eq(pemantauanBalita.sasaranId, ids.tiga));
    await redirectOf(
      saveBalitaMonth(
        idle,
        balitaForm(ids.tiga, { version: String(rec.version), beratKg: "12,0", statusPaud: "mengikuti" }),
      ),
    );
    const rows = await handle.db.select().from(pengukuran).where(eq(pengukuran.sasaranId, ids.tiga));
    expect(rows.map((r) => r.beratKg)).toEqual([12]);
    await redirectOf(saveBalitaMonth(idle, balitaForm(ids.tiga, { version: String(rec.version + 1) })));
    const [after] = await handle.db.select().from(pemantauanBalita).where(eq(pemantauanBalita.sasaranId, ids.tiga));
    expect(after.ditimbang).toBe(false);
    expect(await handle.db.select().from(pengukuran).where(eq(pengukuran.sasaranId, ids.tiga))).toEqual([]);
    // The unchanged PAUD status wrote nothing more.
    const paud = await handle.db.select().from(pemantauanPaud).where(eq(pemantauanPaud.sasaranId, ids.tiga));
    expect(paud.map((p) => p.version)).toEqual([1]);
  });

  it("refuses outside its window and bad input beside the field, keeping what was typed", async () => {
    await as("kpm.airputih");
    const notYet = (await saveBalitaMonth(idle, balitaForm(ids.dua, { beratKg: "11" }))) as FormState;
    expect(notYet.errors?.tanggalPeriksa).toEqual([balitaText.actions.notBalitaYet]);
    expect(notYet.values?.beratKg).toBe("11");
    const tooOld = (await saveBalitaMonth(idle, balitaForm(ids.lima, { beratKg: "17" }))) as FormState;
    expect(tooOld.errors?.tanggalPeriksa).toEqual([balitaText.actions.tooOld]);
    const noWeight = (await saveBalitaMonth(idle, balitaForm(ids.tiga, { ditimbang: true }))) as FormState;
    expect(noWeight.errors?.beratKg).toEqual([balitaText.schema.beratForDitimbang]);
    const implausible = (await saveBalitaMonth(idle, balitaForm(ids.tiga, { beratKg: "3,1" }))) as FormState;
    expect(implausible.errors?.beratKg?.[0]).toMatch(/tidak wajar/);
    expect(implausible.values?.beratKg).toBe("3,1");
    // Vitamin A only in February and August.
    const month = [2, 8].includes(ym.bulan) ? addMonths(ym, -1) : ym;
    const { last } = monthBounds(month);
    const vit = (await saveBalitaMonth(
      idle,
      form({
        kode: AIR_PUTIH,
        sasaranId: ids.tiga,
        bulan: formatYearMonth(month),
        tanggalPeriksa: last < today ? last : today,
        posyanduId: pos,
        vitaminA: true,
      }),
    )) as FormState;
    expect(vit.errors?.vitaminA).toEqual([balitaText.schema.vitaminAMonth]);
  });

  it("only the desa's KPM writes it: another desa's KPM and the kecamatan are refused, nothing written", async () => {
    const count = async () =>
      (await handle.db.select().from(pemantauanBalita).where(eq(pemantauanBalita.sasaranId, ids.tiga))).length;
    const before = await count();
    for (const user of ["kpm.belolaut", "tpps.mentok", "tpps.kab"]) {
      await as(user);
      const state = (await saveBalitaMonth(idle, balitaForm(ids.tiga, { beratKg: "12,2" }))) as FormState;
      expect(state.status).toBe("error");
    }
    expect(await count()).toBe(before);
  });

  it("the month's list and the posyandu-day mode include the balita, not the child still on 2B nor the five-year-old", async () => {
    const viewer = (await getActiveViewerById(await userId(handle.db, "kpm.airputih")))!;
    const due = await listDueForMonth({ viewer, kode: AIR_PUTIH, ym, posyanduId: pos });
    expect(due.balita.map((b) => b.id)).toEqual([ids.tiga]);
    expect(due.anak.map((a) => a.id)).toEqual([ids.dua]);
    const day = await getPosyanduDay({ viewer, kode: AIR_PUTIH, posyanduId: pos, ym });
    expect(day?.children.map((c) => c.id)).toEqual([ids.dua, ids.tiga]);
  });

  it("the maintained growth roll-up equals a rebuild", async () => {
    await as("kpm.airputih");
    await redirectOf(
      saveBalitaMonth(idle, balitaForm(ids.tiga, { beratKg: "12,4", panjangCm: "89", caraUkur: "terlentang" })),
    );
    const [u] = await handle.db
      .select()
      .from(pengukuran)
      .where(and(eq(pengukuran.sasaranId, ids.tiga), eq(pengukuran.kodeWilayah, AIR_PUTIH)));
    // Lying at 24 months or older: 0.7 cm less (WHO).
    expect(u.panjangKoreksiCm).toBeCloseTo(88.3, 5);
    const { maintained, rebuilt } = await rollupVsRebuild(handle.db);
    expect(maintained.pertumbuhan).toEqual(rebuilt.pertumbuhan);
  });
});
