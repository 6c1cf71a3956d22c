import { describe, expect, it } from "vitest";
import { FIGURE_KEYS, FIGURES, hasList, rincianHref } from "./figures";
import { indicatorsText } from "@/lib/i18n/indicators";

describe("figure registry", () => {
  it("has one entry, label and definition per key; lists only the parts it has", () => {
    for (const key of FIGURE_KEYS) {
      expect(FIGURES[key].key).toBe(key);
      const text = indicatorsText.figures[key];
      expect(text.label.length, key).toBeGreaterThan(3);
      expect(text.pembilang.length, key).toBeGreaterThan(10);
      // A ratio explains its denominator; a count has none.
      expect(text.penyebut === null, key).toBe(!(FIGURES[key].parts as readonly string[]).includes("penyebut"));
    }
    expect(hasList("sasaran-aktif", "penyebut")).toBe(false);
    expect(hasList("stunting", "penyebut")).toBe(true);
    expect(hasList("cakupan-paket", "pembilang")).toBe(false);
  });

  it("builds the drill-down link of a part for a period", () => {
    expect(rincianHref("19.05.01", "stunting", "penyebut", { jenis: "bulan", tahun: 2026, nilai: 11 })).toBe(
      "/wilayah/19.05.01/rincian/stunting?periode=bulan&tahun=2026&nilai=11&bagian=penyebut",
    );
  });
});
