import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, sql } from "drizzle-orm";
import { createTestDb } from "./test-db";
import type { DbHandle } from "@/db/client";
import { posyandu, regions, users, apbdesKegiatan, rekeningBelanja, sumberDana } from "@/db/schema";
import { seedReference } from "@/db/seed/reference";
import { DemoSeedRefused, seedDemo } from "@/db/seed/demo";
import { getRegionInScope, listChildRegions, listRegionsInScope } from "@/db/queries/regions";
import { getActiveViewerById } from "@/db/queries/users";
import type { Viewer } from "@/lib/auth/viewer";
import { eq } from "drizzle-orm";

let handle: DbHandle;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ handle, drop } = await createTestDb({ reference: false }));
});
afterAll(async () => drop());

async function counts() {
  const db = handle.db;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const one = async (t: Parameters<typeof db.select>[0] extends never ? never : any) =>
    (await db.select({ n: count() }).from(t))[0].n;
  return {
    regions: await one(regions),
    kegiatan: await one(apbdesKegiatan),
    rekening: await one(rekeningBelanja),
    sumber: await one(sumberDana),
    posyandu: await one(posyandu),
    users: await one(users),
  };
}

const viewer = (role: Viewer["role"], scopeKode: string): Viewer => ({
  id: 0,
  username: "t",
  displayName: "t",
  role,
  scopeKode,
});

describe("migrations and seed", () => {
  it("migrations created every table on an empty database", async () => {
    const rows = await handle.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    const names = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { table_name: string }[] }).rows).map(
      (r) => (r as { table_name: string }).table_name,
    );
    expect(names).toEqual(
      expect.arrayContaining([
        "regions",
        "posyandu",
        "users",
        "audit_log",
        "ref_apbdes_kegiatan",
        "ref_sumber_dana",
        "ref_rekening_belanja",
      ]),
    );
  });

  it("reference + demo seed is idempotent: twice gives the same counts", async () => {
    await seedReference(handle.db);
    await seedDemo(handle.db);
    const first = await counts();
    await seedReference(handle.db);
    await seedDemo(handle.db);
    expect(await counts()).toEqual(first);
    expect(first).toMatchObject({ regions: 74, kegiatan: 247, rekening: 32, sumber: 10, posyandu: 132, users: 10 });
  });

  it("the demo district has 6 kecamatan, 60 desa and 6 kelurahan", async () => {
    const kab = viewer("kabupaten", "19.05");
    expect(await listRegionsInScope({ viewer: kab, jenis: ["kecamatan"] })).toHaveLength(6);
    expect(await listRegionsInScope({ viewer: kab, jenis: ["desa"] })).toHaveLength(60);
    expect(await listRegionsInScope({ viewer: kab, jenis: ["kelurahan"] })).toHaveLength(6);
  });

  it("refuses the demo seed once a non-demo account exists", async () => {
    const [u] = await handle.db
      .insert(users)
      .values({
        username: "real.user",
        displayName: "Real",
        passwordHash: "x",
        role: "kpm",
        scopeKode: "19.05.03.2001",
      })
      .returning();
    await expect(seedDemo(handle.db)).rejects.toBeInstanceOf(DemoSeedRefused);
    await handle.db.delete(users).where(eq(users.id, u.id));
  });
});

describe("scoped region queries", () => {
  it("a desa user reads only its own desa", async () => {
    const kpm = viewer("kpm", "19.05.01.2004");
    expect(await getRegionInScope({ viewer: kpm, kode: "19.05.01.2004" })).toMatchObject({ nama: "Air Putih" });
    expect(await getRegionInScope({ viewer: kpm, kode: "19.05.01.2006" })).toBeNull();
    expect(await getRegionInScope({ viewer: kpm, kode: "19.05.01" })).toBeNull();
    expect(await listRegionsInScope({ viewer: kpm, jenis: ["desa", "kelurahan"] })).toHaveLength(1);
  });

  it("a kecamatan user reads its desa and nothing of the next kecamatan", async () => {
    const kec = viewer("kecamatan", "19.05.01");
    const villages = await listRegionsInScope({ viewer: kec, jenis: ["desa", "kelurahan"] });
    expect(villages).toHaveLength(9);
    expect(villages.every((v) => v.kode.startsWith("19.05.01."))).toBe(true);
    expect(await getRegionInScope({ viewer: kec, kode: "19.05.02.2001" })).toBeNull();
    expect(await listChildRegions({ viewer: kec, kode: "19.05.02" })).toEqual([]);
  });

  it("a malformed scope matches nothing (no LIKE wildcards)", async () => {
    expect(await listRegionsInScope({ viewer: viewer("kabupaten", "19.05%"), jenis: ["desa"] })).toEqual([]);
    expect(await listRegionsInScope({ viewer: viewer("kabupaten", "19.0"), jenis: ["desa"] })).toEqual([]);
  });

  it("a deactivated user is no longer a viewer", async () => {
    const [u] = await handle.db.select().from(users).where(eq(users.username, "kpm.airputih"));
    expect(await getActiveViewerById(u.id)).toMatchObject({ role: "kpm", scopeKode: "19.05.01.2004" });
    await handle.db.update(users).set({ active: false }).where(eq(users.id, u.id));
    expect(await getActiveViewerById(u.id)).toBeNull();
    await handle.db.update(users).set({ active: true }).where(eq(users.id, u.id));
  });
});
