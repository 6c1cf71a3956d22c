vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

/**
 * Issue 17, finding 12: `POST /keluar` had no Origin check, and a cross-site top-level GET downloaded the victim's
 * export and recorded it in the victim's name. Every download under /wilayah/[kode] (found by reading app/, so a new
 * one is covered at once) is called the way Next calls it, with the Sec-Fetch-Site a browser sends.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { and, count, eq } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { userId } from "./users";
import type { DbHandle } from "@/db/client";
import { auditLog } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";

const BASE = "app/(portal)/wilayah/[kode]";
const AIR_PUTIH = "19.05.01.2004";
/** Who may download each route, and where: the first (user, region) that answers 200 is used. */
const CANDIDATES = [
  { username: "tpps.kab", kode: "19.05" },
  { username: "kpm.airputih", kode: AIR_PUTIH },
  { username: "operator.airputih", kode: AIR_PUTIH },
] as const;

let handle: DbHandle;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
});
afterAll(async () => drop());

function downloadsInCode(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === "route.ts") out.push(path.relative(BASE, dir).split(path.sep).join("/"));
    }
  };
  walk(BASE);
  return out.sort();
}
const DOWNLOADS = downloadsInCode();

type Get = (req: NextRequest, ctx: { params: Promise<{ kode: string }> }) => Promise<Response>;
const handlerOf = async (rel: string) =>
  ((await import(/* @vite-ignore */ path.join(process.cwd(), BASE, rel, "route.ts"))) as { GET: Get }).GET;

async function get(rel: string, kode: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = `http://localhost:3210/wilayah/${kode}/${rel}`;
  return (await handlerOf(rel))(new NextRequest(url, { headers }), { params: Promise.resolve({ kode }) });
}

async function exportsBy(username: string): Promise<number> {
  const [r] = await handle.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, "ekspor"), eq(auditLog.actorUsername, username)));
  return r.n;
}

/** The first candidate for whom the route serves a file (checked with a same-origin request). */
async function servedBy(rel: string) {
  for (const c of CANDIDATES) {
    actAs(await userId(handle.db, c.username));
    const res = await get(rel, c.kode, { "sec-fetch-site": "same-origin" });
    if (res.status === 200) return c;
  }
  throw new Error(`${rel}: nobody among the candidates may download it`);
}

describe("downloads of personal data need a request from the portal itself", () => {
  it("finds the downloads", () => {
    expect(DOWNLOADS.length).toBeGreaterThanOrEqual(7);
  });

  for (const rel of DOWNLOADS)
    it(`${rel}: started from another site → 403 in Bahasa Indonesia, nothing audited; from the portal → served`, async () => {
      const who = await servedBy(rel);
      actAs(await userId(handle.db, who.username));
      const before = await exportsBy(who.username);
      const refused = await get(rel, who.kode, { "sec-fetch-site": "cross-site" });
      expect(refused.status).toBe(403);
      expect(await refused.text()).toMatch(/^Unduhan ditolak/);
      expect(await exportsBy(who.username)).toBe(before);
      for (const site of ["same-origin", "same-site", "none", null]) {
        const res = await get(rel, who.kode, site ? { "sec-fetch-site": site } : {});
        expect(res.status, String(site)).toBe(200);
      }
    });

  it("an export is audited once when served, and not at all when building the file fails", async () => {
    const audited = DOWNLOADS.filter((r) => r !== "apbdes/templat");
    const whom = new Map<string, Awaited<ReturnType<typeof servedBy>>>();
    for (const rel of audited) whom.set(rel, await servedBy(rel));
    for (const rel of audited) {
      const who = whom.get(rel)!;
      actAs(await userId(handle.db, who.username));
      const before = await exportsBy(who.username);
      expect((await get(rel, who.kode, { "sec-fetch-site": "same-origin" })).status, rel).toBe(200);
      expect(await exportsBy(who.username), rel).toBe(before + 1);
    }
    const xlsx = Object.getPrototypeOf(new Workbook().xlsx) as { writeBuffer: () => Promise<unknown> };
    const broken = vi.spyOn(xlsx, "writeBuffer").mockRejectedValue(new Error("disk penuh"));
    try {
      for (const rel of audited) {
        const who = whom.get(rel)!;
        actAs(await userId(handle.db, who.username));
        const before = await exportsBy(who.username);
        await expect(get(rel, who.kode, { "sec-fetch-site": "same-origin" }), rel).rejects.toThrow("disk penuh");
        expect(await exportsBy(who.username), rel).toBe(before);
      }
    } finally {
      broken.mockRestore();
    }
  });
});

describe("POST /keluar refuses a request from another site", () => {
  const keluar = async (headers: Record<string, string>) => {
    const { POST } = (await import("@/app/keluar/route")) as { POST: (req: NextRequest) => Promise<Response> };
    return POST(new NextRequest("http://localhost:3210/keluar", { method: "POST", headers }));
  };
  const logouts = async (username: string) => {
    const [r] = await handle.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, "logout"), eq(auditLog.actorUsername, username)));
    return r.n;
  };

  it("another site's Origin, or Origin null → 403 in Bahasa Indonesia; the session is not ended", async () => {
    actAs(await userId(handle.db, "kades.belolaut"));
    for (const headers of <Record<string, string>[]>[
      { host: "localhost:3210", origin: "http://penyerang.example" },
      { host: "localhost:3210", origin: "null" },
      { host: "localhost:3210", "sec-fetch-site": "cross-site" },
    ]) {
      const res = await keluar(headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(await res.text()).toMatch(/^Permintaan ditolak/);
      expect(res.headers.get("set-cookie")).toBeNull();
    }
    expect(await logouts("kades.belolaut")).toBe(0);
  });

  it("the portal's own Keluar button signs out", async () => {
    actAs(await userId(handle.db, "kades.belolaut"));
    const res = await keluar({
      host: "localhost:3210",
      origin: "http://localhost:3210",
      "sec-fetch-site": "same-origin",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("http://localhost:3210/login");
    expect(await logouts("kades.belolaut")).toBe(1);
  });
});
