import { describe, expect, it } from "vitest";
import {
  addDaysIso,
  addMonths,
  monthBounds,
  monthsOfQuarter,
  parseYearMonth,
  quarterOfMonth,
  todayIso,
} from "./periods";

describe("periods", () => {
  it("maps every month to its quarter", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(quarterOfMonth)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
    expect(() => quarterOfMonth(13)).toThrow();
    expect(monthsOfQuarter(3)).toEqual([7, 8, 9]);
  });
  it("parses YYYY-MM strictly", () => {
    expect(parseYearMonth("2026-11")).toEqual({ tahun: 2026, bulan: 11 });
    expect(parseYearMonth("2026-13")).toBeNull();
    expect(parseYearMonth("2026-1")).toBeNull();
    expect(parseYearMonth(undefined)).toBeNull();
  });
  it("adds months across years", () => {
    expect(addMonths({ tahun: 2026, bulan: 1 }, -1)).toEqual({ tahun: 2025, bulan: 12 });
    expect(addMonths({ tahun: 2026, bulan: 11 }, 14)).toEqual({ tahun: 2028, bulan: 1 });
  });
  it("knows month lengths including leap February", () => {
    expect(monthBounds({ tahun: 2028, bulan: 2 })).toEqual({ first: "2028-02-01", last: "2028-02-29" });
    expect(monthBounds({ tahun: 2026, bulan: 2 }).last).toBe("2026-02-28");
  });
  it("uses the Jakarta calendar day", () => {
    expect(todayIso(new Date("2026-11-22T18:30:00Z"))).toBe("2026-11-23");
    expect(addDaysIso("2026-12-31", 1)).toBe("2027-01-01");
  });
});
