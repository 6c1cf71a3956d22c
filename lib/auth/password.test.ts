import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";

describe("password hashing", () => {
  it("produces argon2id hashes that verify only the right password", async () => {
    const h = await hashPassword("tumbuh-demo");
    expect(h.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(h, "tumbuh-demo")).toBe(true);
    expect(await verifyPassword(h, "tumbuh-demo ")).toBe(false);
  });
  it("salts every hash", async () => {
    expect(await hashPassword("sama")).not.toBe(await hashPassword("sama"));
  });
  it("treats a corrupt hash as a failed verification, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
  it("dummy verification always fails", async () => {
    expect(await verifyAgainstDummy("anything")).toBe(false);
  });
});
