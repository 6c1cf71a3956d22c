import { describe, expect, it } from "vitest";
import { z } from "zod";
import { INT4_MAX, parseQuery, pathId, queryParam, queryRecord, regionKodeParam } from "./route-params";

const notFound = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return String((e as { digest?: unknown }).digest).startsWith("NEXT_HTTP_ERROR_FALLBACK;404");
  }
  return false;
};

describe("URL input (issue 17, finding 11)", () => {
  it("a region code: decoded once, checked, else null", () => {
    expect(regionKodeParam("19.05.01.2004")).toBe("19.05.01.2004");
    expect(regionKodeParam("19%2E05")).toBe("19.05");
    for (const raw of ["19.05.01.2004%E0%A4%A", "%zz", "%", "19.05%00", "%00", "19.05.01.2004x", "", "1e309"])
      expect(regionKodeParam(raw), raw).toBeNull();
  });

  it("an id segment: plain digits within integer, else 404", () => {
    expect(pathId("1")).toBe(1);
    expect(pathId(String(INT4_MAX))).toBe(INT4_MAX);
    for (const raw of ["0", "-1", "01", "1e3", "1.0", " 1", "2147483648", "99999999999", "NaN", "constructor", ""])
      expect(
        notFound(() => pathId(raw)),
        raw,
      ).toBe(true);
  });

  it("query fields drop what does not parse", () => {
    const schema = z.object({
      q: queryParam.text(10),
      posyandu: queryParam.id(),
      tahun: queryParam.int(2018, 2100),
      bulan: queryParam.month(),
      pesan: queryParam.keyOf({ dibuat: "APBDes dibuat." }),
      dir: queryParam.oneOf(["asc", "desc"]),
    });
    expect(
      parseQuery(schema, { q: " Siti ", posyandu: "12", tahun: "2024", bulan: "2024-02", pesan: "dibuat" }),
    ).toEqual({
      q: "Siti",
      posyandu: 12,
      tahun: 2024,
      bulan: { tahun: 2024, bulan: 2 },
      pesan: "dibuat",
      dir: undefined,
    });
    const hostile = {
      q: "a\u0000b",
      posyandu: "1e309",
      tahun: "-0",
      bulan: "2024-13",
      pesan: "constructor",
      dir: "__proto__",
    };
    expect(Object.values(parseQuery(schema, hostile)).filter((v) => v !== undefined)).toEqual([]);
    expect(parseQuery(schema, { q: "x".repeat(11), posyandu: "99999999999", pesan: "toString" })).toMatchObject({
      q: undefined,
      posyandu: undefined,
      pesan: undefined,
    });
  });

  it("a repeated key: the first value, from an object or URLSearchParams", () => {
    expect(queryRecord({ a: ["1", "2"], b: "3" })).toEqual({ a: "1", b: "3" });
    expect(queryRecord(new URLSearchParams("a=1&a=2&b=3"))).toEqual({ a: "1", b: "3" });
  });
});
