import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, declaresOversizedBody } from "./request-size";
import { MAX_IMPORT_BYTES } from "./apbdes/import-columns";

describe("declaresOversizedBody", () => {
  it("refuses a POST declaring more than Next's action body limit", () => {
    expect(declaresOversizedBody("POST", String(ACTION_BODY_LIMIT + 1))).toBe(true);
    expect(declaresOversizedBody("POST", "5000000")).toBe(true);
  });
  it("lets through bodies within the limit, other methods and undeclared lengths", () => {
    expect(declaresOversizedBody("POST", String(ACTION_BODY_LIMIT))).toBe(false);
    expect(declaresOversizedBody("GET", "5000000")).toBe(false);
    expect(declaresOversizedBody("POST", null)).toBe(false);
    expect(declaresOversizedBody("POST", "abc")).toBe(false);
  });
  it("leaves room for the form fields around the largest file the import accepts", () => {
    expect(ACTION_BODY_LIMIT - MAX_IMPORT_BYTES).toBeGreaterThan(40_000);
  });
});
