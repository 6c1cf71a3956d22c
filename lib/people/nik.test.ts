import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NIK_MESSAGES, PROVINCE_CODES, maskNik, maskNikRuns, normalizeNik, parseNik, validateNik } from "./nik";

// 19 (Bangka Belitung) 05 01, born 15-06-2021, male, serial 0003
const MALE = "1905011506210003";
// same, female: day 15 + 40 = 55
const FEMALE = "1905015506210003";

describe("validateNik: format", () => {
  it("accepts a well-formed NIK", () => {
    expect(validateNik(MALE)).toEqual({ ok: true });
    expect(validateNik(FEMALE)).toEqual({ ok: true });
  });

  it.each([
    ["", "empty"],
    ["190501150621000", "15 digits"],
    ["19050115062100031", "17 digits"],
    ["19050115062100O3", "letter O"],
    ["1905 0115 0621 0003", "spaces (not normalized)"],
    ["-905011506210003", "sign"],
    ["１９０５０１１５０６２１０００３", "full-width digits"],
  ])("rejects %j (%s)", (nik) => {
    expect(validateNik(nik)).toEqual({ ok: false, message: NIK_MESSAGES.format });
  });

  it("has the documented messages", () => {
    expect(NIK_MESSAGES.format).toBe("NIK harus 16 digit angka.");
    expect(NIK_MESSAGES.province).toBe("Dua digit pertama NIK bukan kode provinsi yang valid.");
  });
});

describe("validateNik: province code", () => {
  it.each(PROVINCE_CODES.map((c) => [c]))("accepts province %s", (code) => {
    expect(validateNik(code + MALE.slice(2))).toEqual({ ok: true });
  });

  it("includes the new Papua provinces 93–97", () => {
    for (const c of ["91", "92", "93", "94", "95", "96", "97"]) expect(PROVINCE_CODES).toContain(c);
    expect(PROVINCE_CODES).toHaveLength(39);
  });

  it.each(["00", "10", "20", "22", "30", "37", "41", "50", "54", "60", "66", "70", "77", "80", "83", "90", "98", "99"])(
    "rejects %s",
    (code) => {
      expect(validateNik(code + MALE.slice(2))).toEqual({ ok: false, message: NIK_MESSAGES.province });
    },
  );
});

describe("validateNik: date of birth digits (7–12)", () => {
  const withDate = (ddmmyy: string) => `190501${ddmmyy}0003`;

  it.each(["010100", "311299", "290200", "290204", "290296", "310121", "300421", "410100", "711299", "690200"])(
    "accepts %s",
    (d) => {
      expect(validateNik(withDate(d))).toEqual({ ok: true });
    },
  );

  it.each([
    ["000121", "day 00"],
    ["320121", "day 32"],
    ["400121", "day 40 (female 00)"],
    ["720121", "day 72 (female 32)"],
    ["990121", "day 99"],
    ["150021", "month 00"],
    ["151321", "month 13"],
    ["310421", "31 April"],
    ["710421", "31 April, female"],
    ["300221", "30 February"],
    ["290221", "29 February 2021 (not a leap year)"],
    ["690221", "29 February 2021, female"],
  ])("rejects %s (%s)", (d) => {
    expect(validateNik(withDate(d))).toEqual({ ok: false, message: NIK_MESSAGES.invalidDate });
  });
});

describe("validateNik: serial", () => {
  it("rejects serial 0000 and accepts others", () => {
    expect(validateNik("1905011506210000")).toEqual({ ok: false, message: NIK_MESSAGES.serial });
    expect(validateNik("1905011506210001")).toEqual({ ok: true });
    expect(validateNik("1905011506219999")).toEqual({ ok: true });
  });
});

describe("validateNik: match with recorded sex and birth date", () => {
  it("accepts matching data", () => {
    expect(validateNik(MALE, { sex: "L", birthDate: "2021-06-15" })).toEqual({ ok: true });
    expect(validateNik(FEMALE, { sex: "P", birthDate: "2021-06-15" })).toEqual({ ok: true });
    // YY compares the last two digits of the year only
    expect(validateNik(MALE, { birthDate: "1921-06-15" })).toEqual({ ok: true });
  });

  it("rejects a sex mismatch with the +40 explanation", () => {
    const expected = {
      ok: false,
      message: "Jenis kelamin pada NIK tidak sesuai: untuk perempuan tanggal lahir ditambah 40.",
    };
    expect(validateNik(MALE, { sex: "P" })).toEqual(expected);
    expect(validateNik(FEMALE, { sex: "L" })).toEqual(expected);
    expect(validateNik(MALE, { sex: "P", birthDate: "2021-06-15" })).toEqual(expected);
  });

  it("rejects a birth-date mismatch", () => {
    const expected = {
      ok: false,
      message: "Tanggal lahir pada NIK (digit 7–12) tidak sesuai dengan tanggal lahir yang diisi.",
    };
    expect(validateNik(MALE, { birthDate: "2021-06-16" })).toEqual(expected);
    expect(validateNik(MALE, { birthDate: "2021-07-15" })).toEqual(expected);
    expect(validateNik(MALE, { birthDate: "2022-06-15" })).toEqual(expected);
    expect(validateNik(FEMALE, { sex: "P", birthDate: "2021-06-16" })).toEqual(expected);
    // a woman's NIK day is +40: day 55 must not be compared as 55
    expect(validateNik(FEMALE, { birthDate: "2021-06-15" })).toEqual({ ok: true });
  });

  it("ignores a recorded birth date that is not a valid date", () => {
    expect(validateNik(MALE, { birthDate: "2021-02-30" })).toEqual({ ok: true });
    expect(validateNik(MALE, { birthDate: "15/06/2021" })).toEqual({ ok: true });
  });

  it("checks 29 February against the full recorded year", () => {
    expect(validateNik("1905012902000003", { birthDate: "2000-02-29" })).toEqual({ ok: true });
    expect(validateNik("1905016902240003", { sex: "P", birthDate: "2024-02-29" })).toEqual({ ok: true });
  });

  it("reports format problems before mismatches", () => {
    expect(validateNik("123", { sex: "L", birthDate: "2021-06-15" })).toEqual({
      ok: false,
      message: NIK_MESSAGES.format,
    });
    expect(validateNik("9905011506210003", { sex: "P" })).toEqual({ ok: false, message: NIK_MESSAGES.province });
  });
});

describe("parseNik", () => {
  it("splits the fields and removes the +40", () => {
    expect(parseNik(FEMALE)).toEqual({
      provinceCode: "19",
      regencyCode: "05",
      districtCode: "01",
      birthDay: 15,
      birthMonth: 6,
      birthYearTwoDigits: 21,
      sex: "P",
      serial: "0003",
    });
    expect(parseNik(MALE)?.sex).toBe("L");
    expect(parseNik("123")).toBeNull();
    expect(parseNik("1905013506210003")).toBeNull(); // day 35
  });
});

describe("normalizeNik", () => {
  it("strips spaces, dots and hyphens", () => {
    expect(normalizeNik("1905 0115 0621 0003")).toBe(MALE);
    expect(normalizeNik("19.05.01.150621.0003")).toBe(MALE);
    expect(normalizeNik(" 1905-0115-0621-0003 ")).toBe(MALE);
    expect(normalizeNik("1905\u00a00115\t06210003\n")).toBe(MALE);
    expect(validateNik(normalizeNik("19.05.01 150621 0003"))).toEqual({ ok: true });
  });

  it("keeps other characters so that validation still fails", () => {
    expect(normalizeNik("1905x115062100o3")).toBe("1905x115062100o3");
  });
});

describe("maskNik", () => {
  it("shows only the region digits (1–6): no birth-date and no serial digit", () => {
    expect(maskNik(MALE)).toBe("190501••••••••••");
    expect(maskNik("1905 0115 0621 0003")).toBe("190501••••••••••");
    expect(maskNik(MALE)).toHaveLength(16);
  });

  it("never reveals a value that is not a 16-digit NIK", () => {
    expect(maskNik("1234567")).toBe("•••••••");
    expect(maskNik("")).toBe("");
    expect(maskNik("12345678")).toBe("••••••••");
    expect(maskNik("19050115062100031")).toBe("•".repeat(17));
  });
});

/** A random NIK that passes validateNik, with the facts a page shows beside it. */
const validNik = fc
  .record({
    province: fc.constantFrom(...PROVINCE_CODES),
    regency: fc.integer({ min: 1, max: 99 }),
    district: fc.integer({ min: 1, max: 99 }),
    year: fc.integer({ min: 1940, max: 2039 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    sex: fc.constantFrom<"L" | "P">("L", "P"),
    serial: fc.integer({ min: 1, max: 9999 }),
    otherSerial: fc.integer({ min: 1, max: 9999 }),
    desa: fc.integer({ min: 1001, max: 2099 }),
  })
  .map((r) => {
    const two = (n: number) => String(n).padStart(2, "0");
    const head = `${r.province}${two(r.regency)}${two(r.district)}`;
    const date = `${two(r.sex === "P" ? r.day + 40 : r.day)}${two(r.month)}${two(r.year % 100)}`;
    const nik = (serial: number) => `${head}${date}${String(serial).padStart(4, "0")}`;
    return {
      nik: nik(r.serial),
      sameButSerial: nik(r.otherSerial),
      birthDate: `${r.year}-${two(r.month)}-${two(r.day)}`,
      sex: r.sex,
      desaKode: `${r.province}.${two(r.regency)}.${two(r.district)}.${r.desa}`,
    };
  });

describe("maskNik: the page around it cannot rebuild the serial (digits 13–16)", () => {
  it("shows no serial digit", () => {
    fc.assert(
      fc.property(validNik, ({ nik }) => {
        expect(validateNik(nik)).toEqual({ ok: true });
        expect(maskNik(nik).slice(12)).not.toMatch(/\d/);
      }),
    );
  });

  it("every serial gives the same masked NIK, birth date, sex and desa: the view cannot tell them apart", () => {
    fc.assert(
      fc.property(validNik, (v) => {
        const view = (nik: string) => ({ masked: maskNik(nik), birthDate: v.birthDate, sex: v.sex, desa: v.desaKode });
        expect(validateNik(v.sameButSerial, { birthDate: v.birthDate, sex: v.sex })).toEqual({ ok: true });
        expect(view(v.sameButSerial)).toEqual(view(v.nik));
      }),
    );
  });
});

describe("maskNikRuns", () => {
  it("masks every NIK-like run of 16 digits in free text, also when typed with separators", () => {
    expect(maskNikRuns(`cari ${MALE} dan 1905 0155 0621 0004`)).toBe("cari 190501•••••••••• dan 190501••••••••••");
    expect(maskNikRuns("19.05.01.150621.0003")).toBe("190501••••••••••");
    expect(maskNikRuns(`x${MALE}7`)).toBe(`x${"•".repeat(17)}`);
  });

  it("leaves shorter numbers, dates and codes alone", () => {
    for (const s of ["KIA-T-001", "2026-05-01T10:20:30.123Z", "19.05.01.2004", "1500000000.00", "123456789012345"])
      expect(maskNikRuns(s)).toBe(s);
  });
});
