import { describe, expect, it } from "vitest";
import { amountMessage, formatAmountInput, parseRupiah } from "./amount";

const ok = (value: number) => ({ ok: true, value });
const err = (error: string) => ({ ok: false, error });

describe("parseRupiah", () => {
  it("reads the ways people type whole rupiah", () => {
    expect(parseRupiah("12.500.000")).toEqual(ok(12_500_000));
    expect(parseRupiah("12500000")).toEqual(ok(12_500_000));
    expect(parseRupiah("Rp 12.500.000")).toEqual(ok(12_500_000));
    expect(parseRupiah("Rp12.500.000")).toEqual(ok(12_500_000));
    expect(parseRupiah("Rp.\u00a012.500.000")).toEqual(ok(12_500_000));
    expect(parseRupiah("12.500.000,00")).toEqual(ok(12_500_000));
    expect(parseRupiah("12500000,0")).toEqual(ok(12_500_000));
    expect(parseRupiah(" 12 500 000 ")).toEqual(ok(12_500_000));
    expect(parseRupiah("IDR 750.000")).toEqual(ok(750_000));
    expect(parseRupiah("0")).toEqual(ok(0));
    expect(parseRupiah(12_500_000)).toEqual(ok(12_500_000));
  });

  it("refuses garbage and malformed grouping", () => {
    for (const s of [
      "abc",
      "12.500.abc",
      "12.50.000",
      "1.5",
      "12,500,000",
      "12..500",
      "Rp",
      "1e6",
      "12.500.000,-",
      "1.2345",
    ]) {
      expect(parseRupiah(s), s).toEqual(err("format"));
    }
    expect(parseRupiah(Number.NaN)).toEqual(err("format"));
  });

  it("refuses negatives in every spelling", () => {
    for (const s of ["-12.500.000", "−500", "Rp -12.500.000", "-Rp 12.500.000", "(12.500.000)"])
      expect(parseRupiah(s), s).toEqual(err("negatif"));
    expect(parseRupiah(-1)).toEqual(err("negatif"));
  });

  it("refuses cents other than ,00", () => {
    expect(parseRupiah("12.500.000,50")).toEqual(err("desimal"));
    expect(parseRupiah("12,5")).toEqual(err("desimal"));
    expect(parseRupiah(12.5)).toEqual(err("desimal"));
  });

  it("refuses empty and absurd values", () => {
    expect(parseRupiah("")).toEqual(err("kosong"));
    expect(parseRupiah("  ")).toEqual(err("kosong"));
    expect(parseRupiah(undefined)).toEqual(err("kosong"));
    expect(parseRupiah("9999999999999999")).toEqual(err("terlalu_besar"));
  });

  it("explains each refusal in Indonesian, naming the field", () => {
    expect(amountMessage("Pagu", "negatif")).toBe("Pagu tidak boleh negatif.");
    expect(amountMessage("Pagu", "format")).toMatch(/^Pagu bukan angka rupiah/);
    expect(amountMessage("Realisasi", "desimal")).toMatch(/tanpa sen/);
  });

  it("round-trips through the input format", () => {
    expect(formatAmountInput(12_500_000)).toBe("12.500.000");
    expect(parseRupiah(formatAmountInput(987_654_321))).toEqual(ok(987_654_321));
  });
});
