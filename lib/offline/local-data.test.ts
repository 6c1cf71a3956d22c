import { describe, expect, it } from "vitest";
import {
  applySnapshot,
  expired,
  MAX_OFFLINE_MS,
  recordKey,
  upgradeLocal,
  windowStart,
  type LocalDesa,
} from "./local-data";
import type {
  OfflineAnakMonth,
  OfflineBalitaMeasurement,
  OfflineBalitaMonth,
  OfflineMeasurement,
  OfflineSnapshot,
  OfflineTarget,
} from "./protocol";

const target = (id: number, over: Partial<OfflineTarget> = {}): OfflineTarget => ({
  id,
  jenis: "anak",
  nama: `Anak ${id}`,
  nikMasked: null,
  jenisKelamin: "L",
  tanggalLahir: "2026-01-10",
  posyanduId: 1,
  rumahTanggaId: null,
  ibuId: null,
  hpl: null,
  tanggalMelahirkan: null,
  noKia: null,
  version: 1,
  ...over,
});

const anak = (id: number, sasaranId: number, tahun: number, bulan: number): OfflineAnakMonth => ({
  id,
  sasaranId,
  kodeWilayah: "19.01.01.2001",
  version: 1,
  tahun,
  bulan,
  tanggalPeriksa: `${tahun}-${String(bulan).padStart(2, "0")}-05`,
  posyanduId: 1,
  umurBulan: 3,
  statusGizi: null,
  statusTikar: "TD",
  imunisasiDasar: false,
  imunisasiCampak: "belum",
  pengukuranBeratBadan: true,
  pengukuranTinggiBadan: false,
  konselingGiziIbu: false,
  konselingGiziAyah: false,
  kunjunganRumah: false,
  airBersih: false,
  kepemilikanJamban: false,
  aktaLahir: false,
  jaminanKesehatan: false,
  pengasuhanPaud: false,
});

const ukur = (pemantauanAnakId: number, sasaranId: number, beratKg: number): OfflineMeasurement => ({
  sasaranId,
  pemantauanAnakId,
  tanggalUkur: "2026-11-05",
  umurHari: 300,
  beratKg,
  panjangCm: null,
  caraUkur: null,
  oedema: false,
  panjangKoreksiCm: null,
  haz: null,
  waz: -1,
  whz: null,
  baz: null,
  kategoriHaz: null,
  kategoriWaz: "normal",
  kategoriWhz: null,
  kategoriBaz: null,
});

const snap = (over: Partial<OfflineSnapshot> = {}): OfflineSnapshot => ({
  v: 1,
  full: true,
  cursor: "2026-11-20T03:00:00.000Z",
  today: "2026-11-20",
  user: { id: 5, nama: "KPM", username: "kpm.airputih" },
  desa: { kode: "19.01.01.2001", nama: "Air Putih" },
  posyandu: [{ id: 1, nama: "Mawar", aktif: true }],
  settings: {},
  periode: [],
  sasaranIds: [1, 2],
  sasaran: [target(1), target(2)],
  rumahTangga: [],
  ibu: [],
  anak: [anak(10, 1, 2026, 11), anak(11, 2, 2026, 10)],
  paud: [],
  ukur: [ukur(10, 1, 8.4)],
  balita: [],
  balitaUkur: [],
  tugas: null,
  ...over,
});

const balita = (id: number, sasaranId: number, tahun: number, bulan: number): OfflineBalitaMonth => ({
  id,
  sasaranId,
  kodeWilayah: "19.01.01.2001",
  version: 1,
  tahun,
  bulan,
  tanggalPeriksa: `${tahun}-${String(bulan).padStart(2, "0")}-05`,
  posyanduId: 1,
  umurBulan: 30,
  ditimbang: true,
  vitaminA: false,
  obatCacing: true,
  imunisasiLanjutan: false,
  pmt: false,
  rujukan: false,
  kunjunganRumah: false,
});

const balitaUkur = (pemantauanBalitaId: number, sasaranId: number, beratKg: number): OfflineBalitaMeasurement => {
  const u: Partial<OfflineMeasurement> = ukur(0, sasaranId, beratKg);
  delete u.pemantauanAnakId;
  return { ...(u as Omit<OfflineMeasurement, "pemantauanAnakId">), pemantauanBalitaId, umurHari: 920 };
};

describe("delta sync on the phone", () => {
  it("a full download replaces everything", () => {
    const a = applySnapshot(null, snap(), 1000);
    expect(Object.keys(a.sasaran)).toEqual(["1", "2"]);
    expect(a.ukur["10"].beratKg).toBe(8.4);
    const b = applySnapshot(a, snap({ sasaranIds: [3], sasaran: [target(3)], anak: [], ukur: [] }), 2000);
    expect(Object.keys(b.sasaran)).toEqual(["3"]);
    expect(b.anak).toEqual({});
    expect(b.lastContact).toBe(2000);
  });

  it("a delta upserts what changed and keeps the rest", () => {
    const a = applySnapshot(null, snap(), 1000);
    const b = applySnapshot(
      a,
      snap({ full: false, sasaran: [target(2, { nama: "Baru", version: 2 })], anak: [], ukur: [] }),
      2000,
    );
    expect(b.sasaran["2"].nama).toBe("Baru");
    expect(b.sasaran["1"].nama).toBe("Anak 1");
    expect(b.anak[recordKey({ sasaranId: 1, tahun: 2026, bulan: 11 })].id).toBe(10);
    expect(b.ukur["10"]).toBeDefined();
    // The previous state is not changed in place.
    expect(a.sasaran["2"].nama).toBe("Anak 2");
  });

  it("a child-month sent again carries its measurement: none sent means none any more", () => {
    const a = applySnapshot(null, snap(), 1000);
    const b = applySnapshot(a, snap({ full: false, sasaran: [], anak: [anak(10, 1, 2026, 11)], ukur: [] }), 2000);
    expect(b.ukur["10"]).toBeUndefined();
    const c = applySnapshot(
      b,
      snap({ full: false, sasaran: [], anak: [anak(10, 1, 2026, 11)], ukur: [ukur(10, 1, 9)] }),
      3000,
    );
    expect(c.ukur["10"].beratKg).toBe(9);
  });

  it("targets no longer active in the desa leave with their records", () => {
    const a = applySnapshot(null, snap(), 1000);
    const b = applySnapshot(a, snap({ full: false, sasaranIds: [1], sasaran: [], anak: [], ukur: [] }), 2000);
    expect(Object.keys(b.sasaran)).toEqual(["1"]);
    expect(Object.values(b.anak).map((r) => r.sasaranId)).toEqual([1]);
  });

  it("months that left the window are forgotten", () => {
    expect(windowStart("2026-11-20")).toEqual({ tahun: 2024, bulan: 12 });
    const a = applySnapshot(null, snap({ anak: [anak(10, 1, 2024, 11), anak(11, 1, 2024, 12)], ukur: [] }), 1000);
    expect(Object.values(a.anak).map((r) => r.id)).toEqual([11]);
  });

  it("a download for another user or desa starts afresh", () => {
    const a = applySnapshot(null, snap(), 1000);
    const b = applySnapshot(
      a,
      snap({
        full: false,
        user: { id: 6, nama: "Lain", username: "kpm.belolaut" },
        sasaranIds: [],
        sasaran: [],
        anak: [],
        ukur: [],
      }),
      2000,
    );
    expect(b.sasaran).toEqual({});
    expect(b.owner.id).toBe(6);
  });

  it("expires after a session's longest life without contact", () => {
    const a = applySnapshot(null, snap(), 0);
    expect(expired(a, MAX_OFFLINE_MS)).toBe(false);
    expect(expired(a, MAX_OFFLINE_MS + 1)).toBe(true);
  });

  it("balita months (24–59 months) and their weighings: kept, replaced with the month, dropped with the target or the window", () => {
    const older = target(3, { tanggalLahir: "2024-03-10" });
    const a = applySnapshot(
      null,
      snap({
        sasaranIds: [1, 2, 3],
        sasaran: [target(1), target(2), older],
        balita: [balita(40, 3, 2026, 11), balita(41, 3, 2024, 11)],
        balitaUkur: [balitaUkur(40, 3, 12.4), balitaUkur(41, 3, 10)],
      }),
      1000,
    );
    const key = recordKey({ sasaranId: 3, tahun: 2026, bulan: 11 });
    expect(Object.keys(a.balita)).toEqual([key]);
    expect(Object.keys(a.balitaUkur)).toEqual(["40"]);
    // The same month sent again without its weighing: none any more (as for 2B); the 2B measurement of the same id
    // number is another table's and stays.
    const b = applySnapshot(
      a,
      snap({ full: false, sasaranIds: [1, 2, 3], sasaran: [], anak: [], ukur: [], balita: [balita(40, 3, 2026, 11)] }),
      2000,
    );
    expect(b.balitaUkur).toEqual({});
    expect(b.balita[key].id).toBe(40);
    expect(b.ukur["10"]).toBeDefined();
    const c = applySnapshot(
      b,
      snap({
        full: false,
        sasaranIds: [1, 2, 3],
        sasaran: [],
        anak: [],
        ukur: [],
        balita: [balita(40, 3, 2026, 11)],
        balitaUkur: [balitaUkur(40, 3, 12.9)],
      }),
      3000,
    );
    expect(c.balitaUkur["40"].beratKg).toBe(12.9);
    // The target leaves the desa: its balita months and weighings go with it.
    const d = applySnapshot(c, snap({ full: false, sasaranIds: [1, 2], sasaran: [], anak: [], ukur: [] }), 4000);
    expect(d.balita).toEqual({});
    expect(d.balitaUkur).toEqual({});
  });

  it("a desa stored before the balita record is read with empty balita lists and downloaded in full next", () => {
    const old: Partial<LocalDesa> = applySnapshot(null, snap(), 1000);
    delete old.balita;
    delete old.balitaUkur;
    const upgraded = upgradeLocal(old as LocalDesa);
    expect(upgraded).toMatchObject({ balita: {}, balitaUkur: {}, cursor: "" });
    expect(upgraded.anak).toEqual(old.anak);
    // A delta laid on it (a server answer racing the upgrade) does not fail either.
    const next = applySnapshot(old as LocalDesa, snap({ full: false, balita: [balita(40, 1, 2026, 11)] }), 2000);
    expect(Object.keys(next.balita)).toHaveLength(1);
    // A current desa is left as it is.
    const current = applySnapshot(null, snap(), 1000);
    expect(upgradeLocal(current)).toBe(current);
  });
});
