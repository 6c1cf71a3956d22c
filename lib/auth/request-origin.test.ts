import { describe, expect, it } from "vitest";
import { isCrossOriginWrite, isCrossSiteDownload } from "./request-origin";

const h = (values: Record<string, string>) => new Headers(values);
const HOST = { host: "tumbuh.example.id", "x-forwarded-host": "tumbuh.example.id" };

describe("state-changing route handlers (POST /keluar, /api/auth): same origin only", () => {
  it("passes the portal's own form", () => {
    expect(isCrossOriginWrite(h({ ...HOST, origin: "https://tumbuh.example.id" }))).toBe(false);
    expect(isCrossOriginWrite(h({ host: "localhost:3210", origin: "http://localhost:3210" }))).toBe(false);
  });

  it("refuses another site, another port, a null or malformed Origin", () => {
    expect(isCrossOriginWrite(h({ ...HOST, origin: "https://penyerang.example" }))).toBe(true);
    expect(isCrossOriginWrite(h({ ...HOST, origin: "https://tumbuh.example.id.penyerang.example" }))).toBe(true);
    expect(isCrossOriginWrite(h({ host: "localhost:3210", origin: "http://localhost:3211" }))).toBe(true);
    expect(isCrossOriginWrite(h({ ...HOST, origin: "null" }))).toBe(true);
    expect(isCrossOriginWrite(h({ ...HOST, origin: "bukan url" }))).toBe(true);
  });

  it("reads the host as Next's server-action check does: the first X-Forwarded-Host, else Host", () => {
    const behindProxy = { host: "127.0.0.1:3000", "x-forwarded-host": "tumbuh.example.id, dalam.lan" };
    expect(isCrossOriginWrite(h({ ...behindProxy, origin: "https://tumbuh.example.id" }))).toBe(false);
    expect(isCrossOriginWrite(h({ ...behindProxy, origin: "http://127.0.0.1:3000" }))).toBe(true);
  });

  it("without an Origin, Sec-Fetch-Site decides; with neither (old browsers, scripts) it passes", () => {
    expect(isCrossOriginWrite(h({ ...HOST, "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossOriginWrite(h({ ...HOST, "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossOriginWrite(h({ ...HOST, "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossOriginWrite(h(HOST))).toBe(false);
  });
});

describe("downloads of personal data: started from the portal (Sec-Fetch-Site)", () => {
  it("refuses a request another site started", () => {
    expect(isCrossSiteDownload(h({ "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteDownload(h({ "sec-fetch-site": "something-new" }))).toBe(true);
  });

  it("serves the portal's own link, a sibling subdomain's, the address bar and clients without the header", () => {
    for (const site of ["same-origin", "same-site", "none"])
      expect(isCrossSiteDownload(h({ "sec-fetch-site": site })), site).toBe(false);
    expect(isCrossSiteDownload(h({}))).toBe(false);
  });
});
