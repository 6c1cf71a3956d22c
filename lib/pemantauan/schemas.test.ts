import { describe, expect, it } from "vitest";
import { z } from "zod";
import { balitaMonthSchema, ibuMonthSchema } from "./schemas";
import { deliveryValues } from "./defaults";

const form = (o: Record<string, string>) => ({
  kode: "19.05.01.2001",
  sasaranId: "7",
  bulan: "2026-11",
  tanggalPeriksa: "2026-11-10",
  posyanduId: "3",
  ...o,
});

describe("Formulir 2A: KF visits of the month", () => {
  const schema = ibuMonthSchema("2026-12-02");

  it.each([
    ["", 0],
    ["0", 0],
    ["3", 3],
    ["4", 4],
  ] as const)("%j → %i", (typed, want) => {
    const r = schema.safeParse(form({ kunjunganNifas: typed }));
    expect(r.success && r.data.kunjunganNifas).toBe(want);
  });

  it("absent (no segment chosen) → 0", () => {
    const r = schema.safeParse(form({}));
    expect(r.success && r.data.kunjunganNifas).toBe(0);
  });

  it.each(["5", "-1", "1,5", "dua"])("%j is refused beside the field", (typed) => {
    const r = schema.safeParse(form({ kunjunganNifas: typed }));
    expect(r.success).toBe(false);
    if (!r.success) expect(z.flattenError(r.error).fieldErrors).toHaveProperty("kunjunganNifas");
  });
});

describe("a new month of a delivered mother starts with her delivery date", () => {
  it("from the month of the delivery on, not before", () => {
    expect(deliveryValues("2026-11-20", { tahun: 2026, bulan: 11 })).toEqual({ tanggalMelahirkan: "2026-11-20" });
    expect(deliveryValues("2026-11-20", { tahun: 2026, bulan: 12 })).toEqual({ tanggalMelahirkan: "2026-11-20" });
    expect(deliveryValues("2026-11-20", { tahun: 2026, bulan: 10 })).toEqual({});
    expect(deliveryValues(null, { tahun: 2026, bulan: 12 })).toEqual({});
  });
});

describe("balitaMonthSchema", () => {
  const base = { kode: "19.05.01.2004", sasaranId: "7", posyanduId: "3", tanggalPeriksa: "2026-08-10" };
  it("a typed weight means weighed; weighed needs a weight; vitamin A only in February and August", () => {
    const s = balitaMonthSchema("2026-12-03");
    expect(s.parse({ ...base, bulan: "2026-08", beratKg: "12,3", vitaminA: "on" })).toMatchObject({
      ditimbang: true,
      beratKg: 12.3,
      vitaminA: true,
    });
    const noWeight = s.safeParse({ ...base, bulan: "2026-08", ditimbang: "on" });
    expect(noWeight.success).toBe(false);
    const vit = s.safeParse({ ...base, bulan: "2026-09", tanggalPeriksa: "2026-09-10", vitaminA: "on" });
    expect(vit.success ? [] : vit.error.issues.map((i) => i.path.join("."))).toEqual(["vitaminA"]);
  });
});
