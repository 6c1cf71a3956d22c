import { describe, expect, it } from "vitest";
import { generateTemporaryPassword, passwordProblem } from "./password-policy";
import { isCommonPassword } from "./common-passwords";

describe("password policy", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordProblem("kopi-pagi-di-posyandu", "kpm.airputih")).toBeNull();
  });
  it("refuses fewer than 10 characters", () => {
    expect(passwordProblem("pendek123", "x")).toMatch(/minimal 10/);
  });
  it("refuses the username itself, whatever the case", () => {
    expect(passwordProblem("KPM.AirPutih", "kpm.airputih")).toMatch(/nama pengguna/);
  });
  it("refuses common passwords case-insensitively, including the demo password", () => {
    expect(passwordProblem("Password123", "x")).toMatch(/terlalu umum/);
    expect(passwordProblem("tumbuh-demo", "x")).toMatch(/terlalu umum/);
    expect(isCommonPassword(" 1234567890 ")).toBe(true);
  });
  it("temporary passwords satisfy the policy and differ every time", () => {
    const a = generateTemporaryPassword();
    expect(a).toMatch(/^[A-Za-z2-9]{7}-[A-Za-z2-9]{7}$/);
    expect(passwordProblem(a, "someone")).toBeNull();
    expect(generateTemporaryPassword()).not.toBe(a);
  });
});
