vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import { redirectOf } from "./redirect";
import type { DbHandle } from "@/db/client";
import { auditLog, pemantauanAnak, pemantauanIbu, pengukuran, posyandu, sasaran } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { saveAnakMonth, saveIbuMonth, savePaudMonth } from "@/app/(portal)/wilayah/[kode]/pemantauan/actions";
import { computeGrowthWho } from "@/lib/growth";
import { addDaysIso, currentYearMonth, formatYearMonth, monthBounds, todayIso } from "@/lib/periods";
import { getTugasBulanIni } from "@/db/queries/tugas";
import { getActiveViewerById } from "@/db/queries/users";

const AIR_PUTIH = "19.05.01.2004";
const idle = { status: "idle" as const };
let handle: DbHandle;
let drop: () => Promise<void>;
let pos: number;
let childId: number;
let motherId: number;
let paudId: number;
const as = async (u: string) => actAs(await userId(handle.db, u));
const today = todayIso();
const ym = currentYearMonth();
const bulan = formatYearMonth(ym);
const birth = addDaysIso(today, -300); // about 10 months old

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  [{ id: pos }] = await handle.db
    .select({ id: posyandu.id })
    .from(posyandu)
    .where(eq(posyandu.kodeWilayah, AIR_PUTIH))
    .limit(1);
  const common = { kodeWilayah: AIR_PUTIH, posyanduId: pos };
  [{ id: motherId }] = await handle.db
    .insert(sasaran)
    .values({
      ...common,
      jenis: "ibu",
      nama: "Ibu Uji",
      jenisKelamin: "P",
      tanggalLahir: "1996-02-02",
      hpl: addDaysIso(today, 60),
    })
    .returning();
  [{ id: childId }] = await handle.db
    .insert(sasaran)
    .values({ ...common, jenis: "anak", nama: "Anak Uji", jenisKelamin: "P", tanggalLahir: birth, ibuId: motherId })
    .returning();
  [{ id: paudId }] = await handle.db
    .insert(sasaran)
    .values({ ...common, jenis: "anak", nama: "Anak PAUD", jenisKelamin: "L", tanggalLahir: addDaysIso(today, -1200) })
    .returning();
});
afterAll(async () => drop());

const anakForm = (over: Record<string, string | boolean | undefined> = {}) =>
  form({
    kode: AIR_PUTIH,
    sasaranId: childId,
    bulan,
    tanggalPeriksa: today,
    posyanduId: pos,
    statusTikar: "H",
    imunisasiCampak: "belum",
    beratKg: "7,9",
    panjangCm: "68,4",
    caraUkur: "terlentang",
    airBersih: true,
    ...over,
  });

describe("monthly monitoring", () => {
  it("saves 2B with the measurement and the WHO z-scores computed on the server", async () => {
    await as("kpm.airputih");
    const to = await redirectOf(saveAnakMonth(idle, anakForm()));
    expect(to).toContain(`/wilayah/${AIR_PUTIH}/pemantauan?bulan=${bulan}&tersimpan=${childId}`);
    const [rec] = await handle.db.select().from(pemantauanAnak).where(eq(pemantauanAnak.sasaranId, childId));
    expect(rec).toMatchObject({
      tahun: ym.tahun,
      bulan: ym.bulan,
      pengukuranBeratBadan: true,
      pengukuranTinggiBadan: true,
      airBersih: true,
      tanggalPeriksa: today,
    });
    const [u] = await handle.db.select().from(pengukuran).where(eq(pengukuran.pemantauanAnakId, rec.id));
    const expected = computeGrowthWho({
      sex: "P",
      ageDays: 300,
      weightKg: 7.9,
      lengthCm: 68.4,
      measured: "terlentang",
      oedema: false,
    });
    expect(u).toMatchObject({
      umurHari: 300,
      beratKg: 7.9,
      panjangCm: 68.4,
      haz: expected.haz,
      waz: expected.waz,
      whz: expected.whz,
      baz: expected.baz,
      kategoriHaz: expected.categories.haz,
    });
  });

  it("a second save for the same month edits the same row (one record per target per month)", async () => {
    await redirectOf(saveAnakMonth(idle, anakForm({ beratKg: "8,0", kunjunganRumah: true })));
    const rows = await handle.db.select().from(pemantauanAnak).where(eq(pemantauanAnak.sasaranId, childId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ version: 2, kunjunganRumah: true });
    const [u] = await handle.db.select().from(pengukuran).where(eq(pengukuran.sasaranId, childId));
    expect(u.beratKg).toBe(8);
  });

  it("the database itself refuses a second row for the same target and month", async () => {
    await expect(
      handle.db.insert(pemantauanAnak).values({
        sasaranId: childId,
        kodeWilayah: AIR_PUTIH,
        tahun: ym.tahun,
        bulan: ym.bulan,
        tanggalPeriksa: today,
        posyanduId: pos,
        umurBulan: 9,
      }),
    ).rejects.toThrow();
  });

  it("an impossible weight is refused beside the weight field; typed values are kept; nothing is written", async () => {
    const [before] = await handle.db.select().from(pengukuran).where(eq(pengukuran.sasaranId, childId));
    const r = await saveAnakMonth(idle, anakForm({ beratKg: "25", konselingGiziIbu: true }));
    expect(r.status).toBe("error");
    expect(r.errors?.beratKg?.[0]).toMatch(/Berat badan tampak tidak wajar/);
    expect(r.values).toMatchObject({ beratKg: "25", panjangCm: "68,4", konselingGiziIbu: "on" });
    const [after] = await handle.db.select().from(pengukuran).where(eq(pengukuran.sasaranId, childId));
    expect(after).toEqual(before);
  });

  it("an implausible length (HAZ < -6) is refused beside the length field", async () => {
    const r = await saveAnakMonth(idle, anakForm({ panjangCm: "45", beratKg: "" }));
    expect(r.errors?.panjangCm?.[0]).toMatch(/Panjang\/tinggi badan tampak tidak wajar/);
  });

  it("a length without how it was measured asks for the cara ukur", async () => {
    const r = await saveAnakMonth(idle, anakForm({ caraUkur: "" }));
    expect(r.errors?.caraUkur?.[0]).toMatch(/cara ukur/);
  });

  it("an examination date outside the month is refused", async () => {
    const { first } = monthBounds(ym);
    const r = await saveAnakMonth(idle, anakForm({ tanggalPeriksa: addDaysIso(first, -1) }));
    expect(r.errors?.tanggalPeriksa?.[0]).toMatch(/di dalam bulan/);
  });

  it("2A: a delivery typed on the monthly form updates the target", async () => {
    const delivered = addDaysIso(today, 0);
    await redirectOf(
      saveIbuMonth(
        idle,
        form({
          kode: AIR_PUTIH,
          sasaranId: motherId,
          bulan,
          tanggalPeriksa: today,
          posyanduId: pos,
          statusKehamilan: "kek",
          usiaKehamilan: "9",
          tanggalMelahirkan: delivered,
          kunjunganNifas: "1",
          lilaCm: "22,9",
        }),
      ),
    );
    const [rec] = await handle.db.select().from(pemantauanIbu).where(eq(pemantauanIbu.sasaranId, motherId));
    expect(rec).toMatchObject({ statusKehamilan: "kek", lilaCm: 22.9, kunjunganNifas: 1 });
    const [m] = await handle.db.select().from(sasaran).where(eq(sasaran.id, motherId));
    expect(m.tanggalMelahirkan).toBe(delivered);
  });

  it("2C PAUD attendance for a child over 24 months", async () => {
    await redirectOf(savePaudMonth(idle, form({ kode: AIR_PUTIH, sasaranId: paudId, bulan, status: "mengikuti" })));
    await redirectOf(
      savePaudMonth(idle, form({ kode: AIR_PUTIH, sasaranId: paudId, bulan, status: "tidak_mengikuti" })),
    );
    const [a] = await handle.db.select({ n: count() }).from(auditLog).where(eq(auditLog.entity, "pemantauan_paud"));
    expect(a.n).toBe(2);
  });

  it("every write above left exactly one audit row", async () => {
    const rows = await handle.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, "pemantauan_anak"),
          eq(
            auditLog.entityId,
            String((await handle.db.select().from(pemantauanAnak).where(eq(pemantauanAnak.sasaranId, childId)))[0].id),
          ),
        ),
      );
    expect(rows.map((r) => r.action)).toEqual(["create", "update"]);
  });

  it("another desa's KPM, a kecamatan user and the kepala desa are refused; the row is unchanged", async () => {
    const [before] = await handle.db.select().from(pemantauanAnak).where(eq(pemantauanAnak.sasaranId, childId));
    for (const u of ["kpm.belolaut", "tpps.mentok", "kades.airputih"]) {
      await as(u);
      const r = await saveAnakMonth(idle, anakForm({ beratKg: "9,9" }));
      expect(r.message).toBe("Anda tidak memiliki akses untuk tindakan ini.");
    }
    await as("kpm.belolaut");
    // Forged: Belo Laut's own code but Air Putih's target.
    const forged = await saveAnakMonth(idle, anakForm({ kode: "19.05.01.2006", beratKg: "9,9" }));
    expect(forged.status).toBe("error");
    const [after] = await handle.db.select().from(pemantauanAnak).where(eq(pemantauanAnak.sasaranId, childId));
    expect(after).toEqual(before);
  });
});

describe("task list", () => {
  it("lists targets without a record this month and drops them once recorded", async () => {
    const viewer = (await getActiveViewerById(await userId(handle.db, "kpm.airputih")))!;
    const tugas = (await getTugasBulanIni({ viewer, kode: AIR_PUTIH, ym, today }))!;
    expect(tugas.belumDicatat.map((t) => t.id)).not.toContain(childId);
    const [{ id: newId }] = await handle.db
      .insert(sasaran)
      .values({
        kodeWilayah: AIR_PUTIH,
        posyanduId: pos,
        jenis: "anak",
        nama: "Belum Dicatat",
        jenisKelamin: "L",
        tanggalLahir: addDaysIso(today, -200),
      })
      .returning();
    const again = (await getTugasBulanIni({ viewer, kode: AIR_PUTIH, ym, today }))!;
    expect(again.belumDicatat.map((t) => t.id)).toContain(newId);
    expect(again.belumDitimbang.map((t) => t.id)).toContain(newId);
  });

  it("is empty for a desa outside the viewer's scope", async () => {
    const viewer = (await getActiveViewerById(await userId(handle.db, "kpm.belolaut")))!;
    expect(await getTugasBulanIni({ viewer, kode: AIR_PUTIH, ym, today })).toBeNull();
  });
});
