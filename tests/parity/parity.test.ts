import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { openPglite, openPostgres, setHandleForTests, type DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedReference } from "@/db/seed/reference";
import { seedDemo } from "@/db/seed/demo";
import { getRegionInScope, getRegionTrail, listChildRegions, listRegionsInScope } from "@/db/queries/regions";
import type { Viewer } from "@/lib/auth/viewer";

/** The same migrations and queries give the same answers on PostgreSQL and on the embedded PGlite. */
const baseUrl = process.env.PARITY_DATABASE_URL ?? process.env.DATABASE_URL;
let pg: DbHandle;
let lite: DbHandle;
const dbName = `tumbuh_parity_${process.pid}`;

beforeAll(async () => {
  if (!baseUrl) throw new Error("PARITY_DATABASE_URL or DATABASE_URL is required for the parity test");
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${dbName}`;
  pg = await openPostgres(url.toString(), 2);
  lite = await openPglite("memory://");
  for (const h of [pg, lite]) {
    await runMigrations(h);
    await seedReference(h.db);
    await seedDemo(h.db);
  }
});

afterAll(async () => {
  await pg?.close();
  await lite?.close();
  setHandleForTests(undefined);
  if (baseUrl) {
    const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
});

async function onBoth<T>(fn: () => Promise<T>): Promise<[T, T]> {
  setHandleForTests(pg);
  const a = await fn();
  setHandleForTests(lite);
  const b = await fn();
  return [a, b];
}

const v = (role: Viewer["role"], scopeKode: string): Viewer => ({
  id: 1,
  username: "x",
  displayName: "x",
  role,
  scopeKode,
});

describe("PostgreSQL and PGlite agree", () => {
  const cases: Array<[string, () => Promise<unknown>]> = [
    [
      "villages of the district",
      () => listRegionsInScope({ viewer: v("kabupaten", "19.05"), jenis: ["desa", "kelurahan"] }),
    ],
    [
      "villages of Mentok",
      () => listRegionsInScope({ viewer: v("kecamatan", "19.05.01"), jenis: ["desa", "kelurahan"] }),
    ],
    ["children of Jebus", () => listChildRegions({ viewer: v("kabupaten", "19.05"), kode: "19.05.03" })],
    ["out-of-scope lookup", () => getRegionInScope({ viewer: v("kpm", "19.05.01.2004"), kode: "19.05.01.2006" })],
    ["trail", () => getRegionTrail("19.05.01.2004")],
  ];
  for (const [name, fn] of cases) {
    it(name, async () => {
      const [a, b] = await onBoth(fn);
      expect(b).toEqual(a);
    });
  }
});
