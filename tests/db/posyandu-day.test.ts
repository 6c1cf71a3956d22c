vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import { redirectOf } from "./redirect";
import type { DbHandle } from "@/db/client";
import { pemantauanAnak, posyandu, rumahTangga, sasaran } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { saveAnakMonth } from "@/app/(portal)/wilayah/[kode]/pemantauan/actions";
import { getPosyanduDay, listRecentWeighings } from "@/db/queries/posyandu-day";
import { getMonthEntry } from "@/db/queries/pemantauan";
import { getTugasBulanIni } from "@/db/queries/tugas";
import { getActiveViewerById } from "@/db/queries/users";
import { newMonthValues } from "@/lib/pemantauan/defaults";
import { nextChild } from "@/lib/pemantauan/posyandu-day";
import { resultFlags } from "@/lib/pemantauan/result-rules";
import { addDaysIso, addMonths, currentYearMonth, formatYearMonth, todayIso } from "@/lib/periods";
import type { Viewer } from "@/lib/auth/viewer";

const AIR_PUTIH = "19.05.01.2004";
const BELO_LAUT = "19.05.01.2006";
const idle = { status: "idle" as const };
let handle: DbHandle;
let drop: () => Promise<void>;
let pos: number;
let otherDesaPos: number;
let kpm: Viewer;
let kpmBeloLaut: Viewer;
const ids: Record<string, number> = {};
const today = todayIso();
const ym = currentYearMonth();
const bulan = formatYearMonth(ym);

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  [{ id: pos }] = await handle.db
    .insert(posyandu)
    .values({ kodeWilayah: AIR_PUTIH, nama: "Posyandu Uji Hari" })
    .returning({ id: posyandu.id });
  [{ id: otherDesaPos }] = await handle.db
    .select({ id: posyandu.id })
    .from(posyandu)
    .where(eq(posyandu.kodeWilayah, BELO_LAUT))
    .limit(1);
  const [rt] = await handle.db
    .insert(rumahTangga)
    .values({ kodeWilayah: AIR_PUTIH, kepalaKeluarga: "KK Uji Hari", airMinumLayak: true, jambanLayak: true })
    .returning({ id: rumahTangga.id });
  const child = (nama: string, days: number, more: Partial<typeof sasaran.$inferInsert> = {}) =>
    handle.db
      .insert(sasaran)
      .values({
        kodeWilayah: AIR_PUTIH,
        posyanduId: pos,
        jenis: "anak",
        nama,
        jenisKelamin: "P",
        tanggalLahir: addDaysIso(today, -days),
        ...more,
      })
      .returning({ id: sasaran.id })
      .then(([r]) => r.id);
  // Registered out of name order: the mode follows the list's order (by name).
  ids.citra = await child("Citra Hari", 200, { rumahTanggaId: rt.id });
  ids.ayu = await child("Ayu Hari", 300);
  ids.bunga = await child("Bunga Hari", 400);
  ids.tua = await child("Dewi Hari (PAUD)", 1000);
  ids.nonaktif = await child("Eka Hari (nonaktif)", 250, {
    aktif: false,
    tanggalNonaktif: addDaysIso(today, -40),
    alasanNonaktif: "pindah_luar",
  });
  kpm = (await getActiveViewerById(await userId(handle.db, "kpm.airputih")))!;
  kpmBeloLaut = (await getActiveViewerById(await userId(handle.db, "kpm.belolaut")))!;
});
afterAll(async () => drop());

const save = (sasaranId: number, over: Record<string, string | boolean> = {}) =>
  form({
    kode: AIR_PUTIH,
    sasaranId,
    bulan,
    tanggalPeriksa: today,
    posyanduId: pos,
    statusTikar: "TD",
    imunisasiCampak: "belum",
    beratKg: "7,9",
    panjangCm: "68,4",
    caraUkur: "terlentang",
    hariPosyandu: String(pos),
    ...over,
  });

describe("posyandu-day mode", () => {
  it("lists the posyandu's 2B children in the list's order, then its balita 24–59 months; only active ones", async () => {
    const day = await getPosyanduDay({ viewer: kpm, kode: AIR_PUTIH, posyanduId: pos, ym });
    expect(day?.posyandu.nama).toBe("Posyandu Uji Hari");
    // Dewi (1,000 days, about 32 months) is weighed monthly as a balita, after the 2B children.
    expect(day?.children.map((c) => c.id)).toEqual([ids.ayu, ids.bunga, ids.citra, ids.tua]);
  });

  it("refuses another desa's posyandu and another desa's viewer, in SQL", async () => {
    expect(await getPosyanduDay({ viewer: kpm, kode: AIR_PUTIH, posyanduId: otherDesaPos, ym })).toBeNull();
    expect(await getPosyanduDay({ viewer: kpm, kode: BELO_LAUT, posyanduId: otherDesaPos, ym })).toBeNull();
    expect(await getPosyanduDay({ viewer: kpmBeloLaut, kode: AIR_PUTIH, posyanduId: pos, ym })).toBeNull();
    expect(await getPosyanduDay({ viewer: kpmBeloLaut, kode: BELO_LAUT, posyanduId: pos, ym })).toBeNull();
  });

  it("a save in the mode goes to the child's result card, and the mode moves on to the next child", async () => {
    actAs(await userId(handle.db, "kpm.airputih"));
    const to = await redirectOf(saveAnakMonth(idle, save(ids.ayu)));
    expect(to).toBe(`/wilayah/${AIR_PUTIH}/pemantauan/posyandu/${pos}?bulan=${bulan}&hasil=${ids.ayu}`);
    const day = (await getPosyanduDay({ viewer: kpm, kode: AIR_PUTIH, posyanduId: pos, ym }))!;
    expect(day.children.find((c) => c.id === ids.ayu)?.weighed).toBe(true);
    expect(nextChild(day.children, ids.ayu)?.id).toBe(ids.bunga);
    // Without the mode's field the save goes back to the list as before.
    const list = await redirectOf(saveAnakMonth(idle, save(ids.bunga, { hariPosyandu: "" })));
    expect(list).toContain(`/pemantauan?bulan=${bulan}&tersimpan=${ids.bunga}`);
  });

  it("a month recorded without a weighing (a home visit from the activity log) leaves the child to be weighed", async () => {
    await handle.db.insert(pemantauanAnak).values({
      kodeWilayah: AIR_PUTIH,
      sasaranId: ids.citra,
      tahun: ym.tahun,
      bulan: ym.bulan,
      tanggalPeriksa: today,
      posyanduId: pos,
      umurBulan: 6,
      kunjunganRumah: true,
    });
    const day = (await getPosyanduDay({ viewer: kpm, kode: AIR_PUTIH, posyanduId: pos, ym }))!;
    expect(day.children.find((c) => c.id === ids.citra)?.weighed).toBe(false);
    expect(nextChild(day.children, ids.bunga)?.id).toBe(ids.citra);
  });

  it("another desa's KPM cannot save through the mode's form", async () => {
    actAs(await userId(handle.db, "kpm.belolaut"));
    const r = await saveAnakMonth(idle, save(ids.citra));
    expect(r.status).toBe("error");
  });

  it("weighings for the result card are scoped to the viewer", async () => {
    expect(await listRecentWeighings({ viewer: kpm, sasaranId: ids.ayu, upTo: today })).toHaveLength(1);
    expect(await listRecentWeighings({ viewer: kpmBeloLaut, sasaranId: ids.ayu, upTo: today })).toEqual([]);
  });
});

describe("water and latrine entered once", () => {
  it("a first month starts from the household's answers", async () => {
    const entry = (await getMonthEntry({ viewer: kpm, kode: AIR_PUTIH, sasaranId: ids.citra, ym }))!;
    expect(entry.kind).toBe("anak");
    expect(entry.household).toEqual({ airMinumLayak: true, jambanLayak: true });
    if (entry.kind !== "anak") return;
    expect(newMonthValues("anak", entry.anak.previous, entry.household)).toEqual({
      airBersih: "on",
      kepemilikanJamban: "on",
    });
  });

  it("a later month starts from the last record, not the household", async () => {
    actAs(await userId(handle.db, "kpm.airputih"));
    // Last month: recorded without a latrine (the box unticked).
    const prev = addMonths(ym, -1);
    const lastDay = addDaysIso(`${formatYearMonth(ym)}-01`, -1);
    await redirectOf(
      saveAnakMonth(
        idle,
        save(ids.citra, { bulan: formatYearMonth(prev), tanggalPeriksa: lastDay, airBersih: true, hariPosyandu: "" }),
      ),
    );
    const entry = (await getMonthEntry({ viewer: kpm, kode: AIR_PUTIH, sasaranId: ids.citra, ym }))!;
    if (entry.kind !== "anak") throw new Error("anak expected");
    expect(newMonthValues("anak", entry.anak.previous, entry.household)).toEqual({ airBersih: "on" });
  });
});

describe("one definition of the flags", () => {
  it("a stunted child without a visit is on the task list and flagged on the card", async () => {
    actAs(await userId(handle.db, "kpm.airputih"));
    // About 13 months old and 64 cm long: well below −2 SD length-for-age.
    await redirectOf(saveAnakMonth(idle, save(ids.bunga, { beratKg: "7,0", panjangCm: "64,0", hariPosyandu: "" })));
    const entry = (await getMonthEntry({ viewer: kpm, kode: AIR_PUTIH, sasaranId: ids.bunga, ym }))!;
    if (entry.kind !== "anak" || !entry.anak.ukur || !entry.anak.record) throw new Error("measurement expected");
    const flags = resultFlags({
      kategoriHaz: entry.anak.ukur.kategoriHaz,
      kategoriWhz: entry.anak.ukur.kategoriWhz,
      visited: entry.anak.record.kunjunganRumah,
      weighings: [{ tanggalUkur: entry.anak.ukur.tanggalUkur, beratKg: 7 }],
      tanggalLahir: entry.target.tanggalLahir,
    });
    expect(flags.kunjunganRumah).toBe(true);
    const tugas = (await getTugasBulanIni({ viewer: kpm, kode: AIR_PUTIH, ym, today }))!;
    expect(tugas.kunjunganRumah.map((t) => t.id)).toContain(ids.bunga);
    expect(tugas.kunjunganRumah.map((t) => t.id)).not.toContain(ids.ayu);
  });
});
