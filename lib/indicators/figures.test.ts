import { describe, expect, it } from "vitest";
import { cutoffOf, FIGURE_KEYS, FIGURES, hasList, is0to23On, rincianHref, secondBirthday } from "./figures";
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

  it("0–23 months ends the day before the second birthday (calendar, leap days as PostgreSQL)", () => {
    expect(secondBirthday("2024-11-30")).toBe("2026-11-30");
    expect(is0to23On("2024-11-30", "2026-11-29")).toBe(true);
    expect(is0to23On("2024-11-30", "2026-11-30")).toBe(false);
    expect(is0to23On("2026-12-01", "2026-11-30")).toBe(false);
    expect(secondBirthday("2024-02-29")).toBe("2026-02-28");
    expect(is0to23On("2024-02-29", "2026-02-27")).toBe(true);
    expect(is0to23On("2024-02-29", "2026-02-28")).toBe(false);
  });

  it("the cut-off is the 10th of the next month by default", () => {
    expect(cutoffOf(2026, 11)).toBe("2026-12-10");
    expect(cutoffOf(2026, 12)).toBe("2027-01-10");
    expect(cutoffOf(2026, 3, 5)).toBe("2026-04-05");
  });

  it("builds the drill-down link of a part for a period", () => {
    expect(rincianHref("19.05.01", "stunting", "penyebut", { jenis: "bulan", tahun: 2026, nilai: 11 })).toBe(
      "/wilayah/19.05.01/rincian/stunting?periode=bulan&tahun=2026&nilai=11&bagian=penyebut",
    );
  });
});
