import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const h = (values: Record<string, string>) => new Headers(values);
const PEER = "::ffff:127.0.0.9";

describe("client address for the per-address login limit (issue 17, finding 7)", () => {
  it("with no trusted proxy (the default) X-Forwarded-For and X-Real-IP are ignored: the socket address counts", () => {
    const headers = h({ "x-forwarded-for": "203.0.113.1, 198.51.100.2", "x-real-ip": "198.51.100.3" });
    expect(clientIp(headers, { trustedProxies: 0, peer: PEER })).toBe("127.0.0.9");
    expect(clientIp(h({}), { trustedProxies: 0, peer: "2001:db8::7" })).toBe("2001:db8::7");
  });

  it("rotating X-Forwarded-For gives the same address every time", () => {
    const seen = new Set(
      Array.from({ length: 40 }, (_, i) =>
        clientIp(h({ "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `192.0.2.${i}` }), {
          trustedProxies: 0,
          peer: PEER,
        }),
      ),
    );
    expect([...seen]).toEqual(["127.0.0.9"]);
  });

  it("behind n trusted proxies: the n-th entry from the right (what the outermost trusted proxy saw)", () => {
    const headers = h({ "x-forwarded-for": "6.6.6.6, 203.0.113.5 , 10.0.0.2" });
    expect(clientIp(headers, { trustedProxies: 1, peer: "10.0.0.3" })).toBe("10.0.0.2");
    expect(clientIp(headers, { trustedProxies: 2, peer: "10.0.0.3" })).toBe("203.0.113.5");
    // Fewer entries than proxies: the leftmost, the one the outermost proxy wrote.
    expect(clientIp(headers, { trustedProxies: 5, peer: "10.0.0.3" })).toBe("6.6.6.6");
    // The client's own spoofed entries sit to the left and never count.
    expect(clientIp(h({ "x-forwarded-for": "1.1.1.1,2.2.2.2,203.0.113.5" }), { trustedProxies: 1, peer: "x" })).toBe(
      "203.0.113.5",
    );
  });

  it("behind a proxy that set no X-Forwarded-For: the socket address (the proxy's), never X-Real-IP", () => {
    expect(clientIp(h({ "x-real-ip": "198.51.100.3" }), { trustedProxies: 1, peer: "10.0.0.3" })).toBe("10.0.0.3");
  });

  it("no address at all: null (only the per-username limit applies)", () => {
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.1" }), { trustedProxies: 0, peer: null })).toBeNull();
    expect(clientIp(null, { trustedProxies: 0, peer: null })).toBeNull();
  });

  it("IPv4-mapped IPv6 is the IPv4 address; very long values are cut", () => {
    expect(clientIp(h({}), { trustedProxies: 0, peer: "::FFFF:192.0.2.1" })).toBe("192.0.2.1");
    expect(clientIp(h({ "x-forwarded-for": "a".repeat(500) }), { trustedProxies: 1, peer: null })?.length).toBe(64);
  });
});
