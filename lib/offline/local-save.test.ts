import { describe, expect, it } from "vitest";
import { saveLocally } from "./local-save";
import { loadGrowthTables } from "@/lib/growth/tables";
import { evaluateMeasurement } from "@/lib/growth/measure";
import { checkBalitaMonth } from "@/lib/pemantauan/save-rules";
import { anakRefusalMessage } from "@/lib/pemantauan/refusals";
import { balitaText } from "@/lib/i18n/balita";
import { offlineText } from "@/lib/i18n/offline";
import { child, KODE, phoneDesa } from "@/tests/unit/offline-desa";

/* A balita month saved on the phone (issue 20 offline): the server's schema and growth check with the WHO tables the
 * phone downloaded, the same refusals beside the same fields, and one `balita_bulan` outbox item whose preview is
 * the z-scores the server will compute. */

const tables = loadGrowthTables();
const now = new Date("2026-11-20T05:00:00Z");
// 30 months old in November 2026: a balita; the other still 0–23 (20 months), the third past five.
const balita = child(1, "2024-05-10");
const young = child(2, "2025-03-01");
const old = child(3, "2021-10-01");
const local = phoneDesa([balita, young, old]);
const ctx = { local, tables, now, clientId: "c0a80101-0000-4000-8000-000000000001" };

const fields = (over: Record<string, string> = {}) => ({
  kode: KODE,
  sasaranId: "1",
  bulan: "2026-11",
  tanggalPeriksa: "2026-11-18",
  posyanduId: "1",
  beratKg: "12,6",
  panjangCm: "90,4",
  caraUkur: "berdiri",
  obatCacing: "on",
  statusPaud: "mengikuti",
  ...over,
});

describe("a balita month saved on the phone", () => {
  it("becomes one balita_bulan item carrying the server's z-scores and categories as its preview", () => {
    const r = saveLocally("balita_bulan", fields(), ctx);
    expect(r.state).toEqual({ status: "ok", message: offlineText.saved.onDevice });
    expect(r.item).toMatchObject({
      kind: "balita_bulan",
      state: "waiting",
      // No record on the phone for the month: version 0, so one saved meanwhile is a conflict (never overwritten).
      fields: { ...fields(), version: "0" },
      href: `/wilayah/${KODE}/pemantauan/1?bulan=2026-11`,
    });
    expect(r.item!.label).toContain(offlineText.kinds.balita_bulan);
    const { row } = evaluateMeasurement(
      {
        sex: "L",
        tanggalLahir: balita.tanggalLahir,
        tanggalUkur: "2026-11-18",
        beratKg: 12.6,
        panjangCm: 90.4,
        caraUkur: "berdiri",
        oedema: false,
      },
      tables,
    );
    expect(r.item!.preview).toEqual(row);
    expect(row.umurBulan).toBe(30);
    expect([row.haz, row.waz, row.whz, row.baz].every((z) => typeof z === "number")).toBe(true);
    expect(row.kategoriHaz).toBeTruthy();
  });

  it("measured lying at 24 months or more: 0.7 cm taken off, as on the server", () => {
    const r = saveLocally("balita_bulan", fields({ caraUkur: "terlentang" }), ctx);
    expect(r.item!.preview!.panjangKoreksiCm).toBeCloseTo(89.7, 5);
  });

  it("an implausible height is refused beside the field with the server's message", () => {
    const r = saveLocally("balita_bulan", fields({ panjangCm: "130" }), ctx);
    expect(r.item).toBeUndefined();
    const server = checkBalitaMonth(
      balita,
      { tanggalPeriksa: "2026-11-18", beratKg: 12.6, panjangCm: 130, caraUkur: "berdiri", oedema: false },
      tables,
    );
    expect(server.ok).toBe(false);
    const expected = anakRefusalMessage(server as Exclude<typeof server, { ok: true }>);
    expect(r.state).toMatchObject({ status: "error", message: expected.message, errors: expected.errors });
    expect(Object.keys(expected.errors)).toContain("panjangCm");
  });

  it("the age window is checked without a weighing too: a child still on 2B, a child past five", () => {
    for (const [id, message] of [
      ["2", balitaText.actions.notBalitaYet],
      ["3", balitaText.actions.tooOld],
    ]) {
      const r = saveLocally("balita_bulan", fields({ sasaranId: id, beratKg: "", panjangCm: "", caraUkur: "" }), ctx);
      expect(r.item, id).toBeUndefined();
      expect(r.state, id).toMatchObject({ status: "error", message, errors: { tanggalPeriksa: [message] } });
    }
  });

  it("a month without a weighing is saved without a preview", () => {
    const r = saveLocally("balita_bulan", fields({ beratKg: "", panjangCm: "", caraUkur: "" }), ctx);
    expect(r.state.status).toBe("ok");
    expect(r.item!.preview).toBeUndefined();
  });

  it("the schema's own rules: vitamin A only in February and August, a weight when ticked weighed", () => {
    const a = saveLocally("balita_bulan", fields({ vitaminA: "on" }), ctx);
    expect(a.state.errors?.vitaminA).toEqual([balitaText.schema.vitaminAMonth]);
    const b = saveLocally("balita_bulan", fields({ ditimbang: "on", beratKg: "", panjangCm: "", caraUkur: "" }), ctx);
    expect(b.state.errors?.beratKg).toEqual([balitaText.schema.beratForDitimbang]);
  });
});
