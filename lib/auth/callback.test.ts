import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback";

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/wilayah/19.05?x=1")).toBe("/wilayah/19.05?x=1");
    expect(safeCallbackPath("http://localhost:3000/wilayah/19.05")).toBe("/wilayah/19.05");
  });
  it("never redirects off-site", () => {
    expect(safeCallbackPath("https://evil.example/x")).toBe("/x");
    expect(safeCallbackPath("//evil.example")).toBe("/");
    expect(safeCallbackPath(null)).toBe("/");
    expect(safeCallbackPath("/login?callbackUrl=/x")).toBe("/");
  });
});
