import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ibuMonthSchema } from "./schemas";
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
