import { describe, expect, it } from "vitest";
import { dueForMonth, entryGroup, itemsByMonth, monthState, recordsWithOutbox } from "./desa-view";
import { saveLocally } from "./local-save";
import { childMeasurements, itemMeasurement, lastWeighingBefore, storedMeasurement } from "./measurement-preview";
import { nextState } from "./outbox";
import type { OfflineBalitaMeasurement, OfflineBalitaMonth, OfflineMeasurement } from "./protocol";
import { loadGrowthTables } from "@/lib/growth/tables";
import { child, KODE, phoneDesa } from "@/tests/unit/offline-desa";

/* The phone's views of a desa with balita (24–59 months): the month's lists, the form a month opens, the state of
 * each row, and the records with the outbox laid over them — a queued balita item as the server will store it. */

const tables = loadGrowthTables();
const now = new Date("2026-11-20T05:00:00Z");
const nov = { tahun: 2026, bulan: 11 };
const baby = child(1, "2025-06-15"); // 17 months: 2B
const turnsTwo = child(2, "2024-11-10"); // second birthday in November: still 2B this month, balita from December
const balita = child(3, "2024-05-10"); // 30 months
const lastMonth = child(4, "2021-11-25"); // fifth birthday on 25 November: balita to the 24th, 2C only after
const paudOnly = child(5, "2021-06-01"); // 65 months: 2C only

const balitaMonth = (id: number, sasaranId: number, bulan: number, over: Partial<OfflineBalitaMonth> = {}) => ({
  id,
  sasaranId,
  kodeWilayah: KODE,
  version: 1,
  tahun: 2026,
  bulan,
  tanggalPeriksa: `2026-${String(bulan).padStart(2, "0")}-08`,
  posyanduId: 1,
  umurBulan: 30,
  ditimbang: true,
  vitaminA: false,
  obatCacing: false,
  imunisasiLanjutan: true,
  pmt: false,
  rujukan: false,
  kunjunganRumah: false,
  ...over,
});

const weighing = (pemantauanBalitaId: number, tanggalUkur: string, beratKg: number): OfflineBalitaMeasurement => ({
  sasaranId: 3,
  pemantauanBalitaId,
  tanggalUkur,
  umurHari: 900,
  beratKg,
  panjangCm: 90,
  caraUkur: "berdiri",
  oedema: false,
  panjangKoreksiCm: 90,
  haz: -1.1,
  waz: -0.8,
  whz: -0.3,
  baz: -0.2,
  kategoriHaz: "normal",
  kategoriWaz: "normal",
  kategoriWhz: "normal",
  kategoriBaz: "normal",
});

const desa = phoneDesa([baby, turnsTwo, balita, lastMonth, paudOnly], {
  balita: [balitaMonth(70, 3, 10), balitaMonth(71, 3, 11, { obatCacing: true })],
  balitaUkur: [weighing(70, "2026-10-08", 12.2), weighing(71, "2026-11-08", 12.5)],
  paud: [{ id: 90, sasaranId: 3, kodeWilayah: KODE, version: 1, tahun: 2026, bulan: 11, status: "belum" }],
  anak: [],
});

const item = (fields: Record<string, string>) => {
  const r = saveLocally("balita_bulan", fields, { local: desa, tables, now, clientId: crypto.randomUUID() });
  if (!r.item) throw new Error(JSON.stringify(r.state));
  return r.item;
};
const balitaFields = (over: Record<string, string> = {}) => ({
  kode: KODE,
  sasaranId: "3",
  bulan: "2026-11",
  version: "1",
  tanggalPeriksa: "2026-11-19",
  posyanduId: "1",
  beratKg: "12,9",
  panjangCm: "90,8",
  caraUkur: "berdiri",
  pmt: "on",
  ...over,
});

describe("balita on the phone", () => {
  it("the month's lists: 2B to the month of the second birthday, balita from the next to the fifth, 2C beside", () => {
    const due = dueForMonth(desa, nov);
    const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort();
    expect(ids(due.anak)).toEqual([1, 2]);
    expect(ids(due.balita)).toEqual([3, 4]);
    expect(ids(due.paud)).toEqual([3, 4, 5]);
    expect(ids(dueForMonth(desa, { tahun: 2026, bulan: 12 }).balita)).toEqual([2, 3]);
  });

  it("the form a month opens follows monitoringGroupIn", () => {
    expect(entryGroup(baby, nov)).toBe("anak");
    expect(entryGroup(turnsTwo, nov)).toBe("anak");
    expect(entryGroup(turnsTwo, { tahun: 2026, bulan: 12 })).toBe("balita");
    expect(entryGroup(balita, nov)).toBe("balita");
    expect(entryGroup(lastMonth, nov)).toBe("balita");
    expect(entryGroup(lastMonth, { tahun: 2026, bulan: 12 })).toBe("paud");
    expect(entryGroup(paudOnly, nov)).toBe("paud");
    expect(entryGroup({ jenis: "ibu", tanggalLahir: "1995-01-01" }, nov)).toBe("ibu");
  });

  it("each row's state: recorded on the server, saved on the phone, refused, in conflict", () => {
    expect(monthState(desa, new Map(), "balita", 3, nov)).toBe("recorded");
    expect(monthState(desa, new Map(), "balita", 4, nov)).toBe(null);
    const queued = item(balitaFields({ sasaranId: "4", version: "", tanggalPeriksa: "2026-11-19", beratKg: "" }));
    const items = itemsByMonth([queued]);
    expect(monthState(desa, items, "balita", 4, nov)).toBe("device");
    const refused = nextState(nextState(queued, { type: "send" })!, {
      type: "answer",
      answer: { status: "refused", message: "x" },
    })!;
    expect(monthState(desa, itemsByMonth([refused]), "balita", 4, nov)).toBe("refused");
    const conflict = nextState(nextState(queued, { type: "send" })!, {
      type: "answer",
      answer: { status: "conflict", message: "x", server: {}, version: "2" },
    })!;
    expect(monthState(desa, itemsByMonth([conflict]), "balita", 4, nov)).toBe("conflict");
  });

  it("a queued balita item replaces the stored month, and its PAUD attendance the month's 2C row", () => {
    const queued = item(balitaFields({ statusPaud: "mengikuti" }));
    const records = recordsWithOutbox(desa, [queued], now);
    const month = records.balita.find((r) => r.sasaranId === 3 && r.bulan === 11)!;
    expect(month).toMatchObject({
      tahun: 2026,
      kodeWilayah: KODE,
      tanggalPeriksa: "2026-11-19",
      umurBulan: 30,
      ditimbang: true,
      pmt: true,
      // Not ticked on the item: the stored month's deworming is replaced, not merged.
      obatCacing: false,
    });
    expect(records.balita.filter((r) => r.sasaranId === 3)).toHaveLength(2);
    expect(records.paud.find((r) => r.sasaranId === 3 && r.bulan === 11)?.status).toBe("mengikuti");
    // Without an attendance chosen, the stored 2C row stays as it is (the server writes none either).
    const silent = recordsWithOutbox(desa, [item(balitaFields({ beratKg: "", panjangCm: "", caraUkur: "" }))], now);
    expect(silent.paud.find((r) => r.sasaranId === 3 && r.bulan === 11)?.status).toBe("belum");
    expect(silent.balita.find((r) => r.sasaranId === 3 && r.bulan === 11)?.ditimbang).toBe(false);
    // A refused item is not laid over anything.
    const refused = { ...queued, state: "refused" as const };
    expect(recordsWithOutbox(desa, [refused], now).balita.find((r) => r.bulan === 11)?.pmt).toBe(false);
  });

  it("the phone's weighing preview, the stored weighing, the chart's points and the last weighing before a month", () => {
    const queued = item(balitaFields());
    const preview = itemMeasurement(queued, now)!;
    expect(preview).toMatchObject({ tanggalUkur: "2026-11-19", beratKg: 12.9, panjangCm: 90.8 });
    expect(typeof preview.haz).toBe("number");
    expect(storedMeasurement(desa, 3, nov, "balita")?.beratKg).toBe(12.5);
    expect(storedMeasurement(desa, 3, nov)).toBeNull();
    const withBaby = phoneDesa([balita], {
      anak: [
        {
          id: 70,
          sasaranId: 3,
          kodeWilayah: KODE,
          version: 1,
          tahun: 2026,
          bulan: 4,
          tanggalPeriksa: "2026-04-08",
          posyanduId: 1,
          umurBulan: 22,
          statusGizi: null,
          statusTikar: "H",
          imunisasiDasar: true,
          imunisasiCampak: "sudah",
          pengukuranBeratBadan: true,
          pengukuranTinggiBadan: true,
          konselingGiziIbu: false,
          konselingGiziAyah: false,
          kunjunganRumah: false,
          airBersih: false,
          kepemilikanJamban: false,
          aktaLahir: false,
          jaminanKesehatan: false,
          pengasuhanPaud: false,
        },
      ],
      ukur: [
        {
          ...weighing(0, "2026-04-08", 11.4),
          pemantauanBalitaId: undefined,
          pemantauanAnakId: 70,
        } as OfflineMeasurement,
      ],
      balita: [balitaMonth(70, 3, 10), balitaMonth(71, 3, 11)],
      balitaUkur: [weighing(71, "2026-11-08", 12.5), weighing(70, "2026-10-08", 12.2)],
    });
    // 2B and balita weighings of the same record id are different rows: all three, oldest first.
    expect(childMeasurements(withBaby, 3).map((u) => u.beratKg)).toEqual([11.4, 12.2, 12.5]);
    expect(lastWeighingBefore(withBaby, 3, "2026-11-01")?.beratKg).toBe(12.2);
    expect(lastWeighingBefore(withBaby, 3, "2026-10-01")?.beratKg).toBe(11.4);
  });
});
