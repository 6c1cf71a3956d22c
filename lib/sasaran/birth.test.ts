import { describe, expect, it } from "vitest";
import { deliveryWarning, isBblr, oneMonthAfter } from "./birth";

describe("isBblr", () => {
  it("flags a birth weight under 2,500 g only", () => {
    expect(isBblr(2.49)).toBe(true);
    expect(isBblr(1.2)).toBe(true);
    expect(isBblr(2.5)).toBe(false);
    expect(isBblr(3.1)).toBe(false);
    expect(isBblr(null)).toBe(false);
    expect(isBblr(undefined)).toBe(false);
  });
});

describe("deliveryWarning", () => {
  const registered = { hpl: "2026-06-30", terdaftar: "2026-01-10" };
  it("accepts a delivery up to 21 days before the HPL", () => {
    expect(deliveryWarning(registered, "2026-06-09", "2026-06-10")).toBeNull();
    expect(deliveryWarning(registered, "2026-07-10", "2026-07-10")).toBeNull();
  });
  it("asks when the delivery is more than 21 days before the HPL", () => {
    expect(deliveryWarning(registered, "2026-06-08", "2026-06-10")).toEqual({ reason: "before_hpl", days: 22 });
  });
  it("asks when the pregnancy was registered less than a month ago", () => {
    const fresh = { hpl: null, terdaftar: "2026-05-20" };
    expect(deliveryWarning(fresh, "2026-06-01", "2026-06-19")).toEqual({
      reason: "recent_registration",
      since: "2026-05-20",
    });
    expect(deliveryWarning(fresh, "2026-06-01", "2026-06-20")).toBeNull();
  });
  it("counts a month by the calendar", () => {
    expect(oneMonthAfter("2026-01-31")).toBe("2026-02-28");
    expect(oneMonthAfter("2026-12-15")).toBe("2027-01-15");
  });
});
