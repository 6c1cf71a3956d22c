import { describe, expect, it } from "vitest";
import { decideThrottle, THROTTLE, throttledMessage, waitText } from "./throttle-policy";

const now = new Date("2026-03-01T10:00:00Z");
const ago = (min: number) => new Date(now.getTime() - min * 60_000);

describe("login throttle decision", () => {
  it("lets four failures through and blocks the fifth onward", () => {
    expect(decideThrottle({ usernameFailures: [ago(4), ago(3), ago(2), ago(1)], ipFailures: [], now })).toEqual({
      blocked: false,
    });
    const d = decideThrottle({ usernameFailures: [ago(5), ago(4), ago(3), ago(2), ago(1)], ipFailures: [], now });
    expect(d).toEqual({ blocked: true, by: "username", retryAfterSeconds: 10 * 60 });
  });
  it("the wait ends when the oldest counted failure leaves the 15-minute window", () => {
    const d = decideThrottle({ usernameFailures: [ago(14.5), ago(3), ago(2), ago(1), ago(0.5)], ipFailures: [], now });
    expect(d).toEqual({ blocked: true, by: "username", retryAfterSeconds: 30 });
  });
  it("blocks an address after 30 failures across any usernames", () => {
    const ip = Array.from({ length: THROTTLE.maxIpFailures }, (_, i) => ago(10 - i * 0.1));
    const d = decideThrottle({ usernameFailures: [], ipFailures: ip, now });
    expect(d).toMatchObject({ blocked: true, by: "ip" });
  });
  it("says how long to wait in words", () => {
    expect(waitText(45)).toBe("45 detik");
    expect(waitText(61)).toBe("2 menit");
    expect(throttledMessage(600)).toBe("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 10 menit.");
  });
});
