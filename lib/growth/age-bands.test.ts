import { describe, expect, it } from "vitest";
import { ageBandOf, bandEnd, calendarAgeMonths } from "./age-bands";
import { addMonthsIso, completedCalendarMonths } from "@/lib/periods";

describe("age bands", () => {
  it("puts each completed month in one band and nothing from 60 months on", () => {
    expect([0, 5, 6, 11, 12, 23, 24, 35, 36, 47, 48, 59].map(ageBandOf)).toEqual([
      0, 0, 6, 6, 12, 12, 24, 24, 36, 36, 48, 48,
    ]);
    expect(ageBandOf(60)).toBeNull();
    expect(ageBandOf(-1)).toBeNull();
    expect(bandEnd(24)).toBe(35);
    expect(bandEnd(48)).toBe(59);
  });
  it("counts calendar months, clamping to the end of a short month as PostgreSQL does", () => {
    expect(addMonthsIso("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonthsIso("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonthsIso("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonthsIso("2024-11-15", 3)).toBe("2025-02-15");
    expect(completedCalendarMonths("2024-01-31", "2024-02-28")).toBe(0);
    expect(completedCalendarMonths("2024-01-31", "2024-02-29")).toBe(1);
    expect(calendarAgeMonths("2023-06-10", "2025-06-09")).toBe(23);
    expect(calendarAgeMonths("2023-06-10", "2025-06-10")).toBe(24);
    expect(calendarAgeMonths("2021-06-10", "2026-06-09")).toBe(59);
    expect(calendarAgeMonths("2021-06-10", "2026-06-10")).toBe(60);
  });
});
