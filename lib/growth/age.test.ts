import { describe, expect, it } from "vitest";
import {
  ageInDays,
  ageInMonths,
  completedMonths,
  formatAgeId,
  isAgeInStandardRange,
  isoDateToDayNumber,
  isValidIsoDate,
  monthsToDays,
} from "./age";

describe("ageInDays", () => {
  it("is the calendar difference in whole days", () => {
    expect(ageInDays("2024-01-01", "2024-01-01")).toBe(0);
    expect(ageInDays("2024-01-01", "2024-01-02")).toBe(1);
    expect(ageInDays("2023-01-01", "2024-01-01")).toBe(365);
    expect(ageInDays("2024-01-01", "2025-01-01")).toBe(366); // leap year
    expect(ageInDays("2020-02-29", "2025-02-28")).toBe(1826);
    expect(ageInDays("2020-02-29", "2025-03-01")).toBe(1827);
  });

  it("is not affected by DST transitions (computed in UTC)", () => {
    expect(ageInDays("2024-03-09", "2024-03-11")).toBe(2); // US DST start
    expect(ageInDays("2024-03-30", "2024-04-01")).toBe(2); // EU DST start
    expect(ageInDays("2024-10-26", "2024-10-28")).toBe(2); // EU DST end
  });

  it("returns a negative number when measured before birth, null for invalid dates", () => {
    expect(ageInDays("2024-01-10", "2024-01-01")).toBe(-9);
    expect(ageInDays("2023-02-29", "2024-01-01")).toBeNull();
    expect(ageInDays("2024-13-01", "2024-01-01")).toBeNull();
    expect(ageInDays("2024-1-1", "2024-01-01")).toBeNull();
    expect(ageInDays("", "2024-01-01")).toBeNull();
  });
});

describe("date parsing", () => {
  it("validates calendar dates", () => {
    expect(isValidIsoDate("2024-02-29")).toBe(true);
    expect(isValidIsoDate("2023-02-29")).toBe(false);
    expect(isValidIsoDate("2024-04-31")).toBe(false);
    expect(isValidIsoDate("2024-00-10")).toBe(false);
    expect(isoDateToDayNumber("1970-01-01")).toBe(0);
    expect(isoDateToDayNumber("1970-01-02")).toBe(1);
  });
});

describe("months", () => {
  it("uses 30.4375 days per month", () => {
    expect(ageInMonths(30.4375 * 9)).toBe(9);
    expect(ageInMonths(273)).toBeLessThan(9);
    expect(ageInMonths(274)).toBeGreaterThan(9);
    expect(completedMonths(0)).toBe(0);
    expect(completedMonths(30)).toBe(0);
    expect(completedMonths(31)).toBe(1);
    expect(completedMonths(730)).toBe(23);
    expect(completedMonths(731)).toBe(24);
    expect(completedMonths(1826)).toBe(59);
    expect(completedMonths(1827)).toBe(60);
  });

  it("converts months to days rounding half up", () => {
    expect(monthsToDays(24)).toBe(731);
    expect(monthsToDays(1)).toBe(30);
    expect(monthsToDays(2)).toBe(61); // 60.875
    expect(monthsToDays(60)).toBe(1826); // 1826.25
  });

  it("standard range is 0–1826 days", () => {
    expect(isAgeInStandardRange(0)).toBe(true);
    expect(isAgeInStandardRange(1826)).toBe(true);
    expect(isAgeInStandardRange(1827)).toBe(false);
    expect(isAgeInStandardRange(-1)).toBe(false);
  });

  it("formats ages in Indonesian", () => {
    expect(formatAgeId(12)).toBe("12 hari");
    expect(formatAgeId(250)).toBe("8 bulan");
    expect(formatAgeId(731)).toBe("2 tahun");
    expect(formatAgeId(500)).toBe("1 tahun 4 bulan");
  });
});
