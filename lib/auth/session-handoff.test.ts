import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { claimsOf, readHandoff, signHandoff } from "./session-handoff";

const SECRET = "test-secret-test-secret-test-secret-00";
const NOW = 1_790_000_000_000;
const claims = { uid: 7, loginAt: NOW - 3_600_000, sid: "5b0c8f9e-1d2a-4c3b-9e8f-7a6b5c4d3e2f" };

describe("session handoff header", () => {
  it("reads back what the proxy signed", () => {
    expect(readHandoff(signHandoff(claims, SECRET, NOW), SECRET, NOW + 10)).toEqual(claims);
    expect(readHandoff(signHandoff({ uid: 3 }, SECRET, NOW), SECRET, NOW)).toEqual({ uid: 3 });
  });

  it("refuses a header signed with another secret", () => {
    expect(readHandoff(signHandoff(claims, "another-secret-another-secret-0000", NOW), SECRET, NOW)).toBeNull();
  });

  it("refuses claims changed after signing (another user id, same signature)", () => {
    const [, signature] = signHandoff(claims, SECRET, NOW).split(".");
    const forged = Buffer.from(JSON.stringify({ ...claims, uid: 1, at: NOW })).toString("base64url");
    expect(readHandoff(`${forged}.${signature}`, SECRET, NOW)).toBeNull();
  });

  it("refuses a header older than a minute or from the future", () => {
    const value = signHandoff(claims, SECRET, NOW);
    expect(readHandoff(value, SECRET, NOW + 59_000)).toEqual(claims);
    expect(readHandoff(value, SECRET, NOW + 61_000)).toBeNull();
    expect(readHandoff(signHandoff(claims, SECRET, NOW + 60_000), SECRET, NOW)).toBeNull();
  });

  it("refuses missing, malformed and unsigned values, and any value when there is no secret", () => {
    for (const value of [
      null,
      undefined,
      "",
      "abc",
      "a.b.c",
      `${Buffer.from(JSON.stringify({ uid: 1, at: NOW })).toString("base64url")}.`,
      "not-base64!.x",
    ]) {
      expect(readHandoff(value, SECRET, NOW)).toBeNull();
    }
    expect(readHandoff(signHandoff(claims, SECRET, NOW), undefined, NOW)).toBeNull();
  });

  it("refuses a signed body that is not a valid claim set", () => {
    const body = Buffer.from(JSON.stringify({ uid: -1, at: NOW })).toString("base64url");
    const key = createHmac("sha256", SECRET).update("tumbuh:session-handoff:v1").digest();
    const signature = createHmac("sha256", key).update(body).digest("base64url");
    expect(readHandoff(`${body}.${signature}`, SECRET, NOW)).toBeNull();
  });

  it("takes only a positive integer user id from a session", () => {
    expect(claimsOf({ user: { id: "7" }, loginAt: claims.loginAt, sid: claims.sid })).toEqual(claims);
    for (const session of [
      null,
      undefined,
      {},
      { user: null },
      { user: { id: "" } },
      { user: { id: "0" } },
      { user: { id: "-3" } },
      { user: { id: "1.5" } },
      { user: { id: "abc" } },
    ]) {
      expect(claimsOf(session)).toBeNull();
    }
  });
});
