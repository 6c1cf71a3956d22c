import { describe, expect, it } from "vitest";
import { ancestorKodes, isInScope, isValidKode, levelOfKode, normalizeKode } from "./scope";

describe("isInScope", () => {
  it("covers the scope itself and everything below it", () => {
    expect(isInScope("19.05.01", "19.05.01")).toBe(true);
    expect(isInScope("19.05.01", "19.05.01.2004")).toBe(true);
    expect(isInScope("19.05", "19.05.06.2010")).toBe(true);
  });
  it("matches whole segments only", () => {
    expect(isInScope("19.05.1", "19.05.10")).toBe(false);
    expect(isInScope("19.05.01", "19.05.010")).toBe(false);
    expect(isInScope("19.05.01", "19.05.011.2004")).toBe(false);
    expect(isInScope("19.0", "19.05")).toBe(false);
  });
  it("never covers siblings or ancestors", () => {
    expect(isInScope("19.05.01.2004", "19.05.01.2006")).toBe(false);
    expect(isInScope("19.05.01.2004", "19.05.01")).toBe(false);
    expect(isInScope("19.05.01", "19.05.02.2001")).toBe(false);
  });
  it("rejects malformed codes on either side", () => {
    expect(isInScope("19.05%", "19.05.01")).toBe(false);
    expect(isInScope("", "19.05")).toBe(false);
    expect(isInScope("19.05", "19.05.01.abcd")).toBe(false);
  });
});

describe("levelOfKode", () => {
  it("tells desa (2xxx) from kelurahan (1xxx)", () => {
    expect(levelOfKode("19.05.01.2004")).toBe("desa");
    expect(levelOfKode("19.05.01.1001")).toBe("kelurahan");
    expect(levelOfKode("19.05.01")).toBe("kecamatan");
    expect(levelOfKode("19.05")).toBe("kabupaten");
    expect(levelOfKode("19")).toBe("provinsi");
    expect(levelOfKode("1905")).toBeNull();
  });
});

describe("code helpers", () => {
  it("validates the dotted format", () => {
    expect(isValidKode("19.05.01.2004")).toBe(true);
    expect(isValidKode("19.5")).toBe(false);
    expect(isValidKode("19.05.01.204")).toBe(false);
  });
  it("lists ancestors top-down", () => {
    expect(ancestorKodes("19.05.01.2004")).toEqual(["19", "19.05", "19.05.01", "19.05.01.2004"]);
  });
  it("normalises undotted codes", () => {
    expect(normalizeKode("1905012004")).toBe("19.05.01.2004");
    expect(normalizeKode(" 19.05.01 ")).toBe("19.05.01");
    expect(normalizeKode("190501")).toBe("19.05.01");
    expect(normalizeKode("19050120")).toBeNull();
  });
});
