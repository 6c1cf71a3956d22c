import { and, count, eq, inArray, not, sql } from "drizzle-orm";
import type { Db } from "../client";
import { appMeta, konvergensiSasaran, pertumbuhanDesa, posyandu, regions, users } from "../schema";
import { rebuildGrowthRollups } from "../rollups/growth";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { seedDemoData } from "./demo-data";
import { seedDemoApbdes } from "./demo-apbdes";
import { recomputeAll } from "../rollups/scorecard";
import { seedDemoPeriode } from "./demo-periode";
import { seedDemoPelatihan } from "./demo-pelatihan";

export class DemoSeedRefused extends Error {}

const POSYANDU_NAMES = ["Posyandu Melati", "Posyandu Mawar"] as const;

/** True when the database holds accounts that are not demo accounts: demo data must never mix with real data. */
export async function hasNonDemoData(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(not(eq(users.isDemo, true)));
  return (row?.n ?? 0) > 0;
}

/** Demo district: two posyandu per desa/kelurahan, the demo accounts, then demo targets with 12 months of
 * monitoring (seedDemoData; `today` fixes its reference date). Idempotent. */
export async function seedDemo(db: Db, opts: { today?: string } = {}): Promise<void> {
  if (await hasNonDemoData(db)) {
    throw new DemoSeedRefused("Basis data berisi akun non-demo; seed demo dibatalkan.");
  }
  const villages = await db
    .select({ kode: regions.kode })
    .from(regions)
    .where(inArray(regions.jenis, ["desa", "kelurahan"]));
  const existing = await db.select({ username: users.username }).from(users);
  const have = new Set(existing.map((u) => u.username));
  const toCreate = DEMO_ACCOUNTS.filter((a) => !have.has(a.username));
  const hashed = toCreate.length ? await hashPassword(DEMO_PASSWORD) : "";

  await db.transaction(async (tx) => {
    if (villages.length) {
      await tx
        .insert(posyandu)
        .values(villages.flatMap((v) => POSYANDU_NAMES.map((nama) => ({ kodeWilayah: v.kode, nama }))))
        .onConflictDoNothing();
    }
    if (toCreate.length) {
      await tx.insert(users).values(toCreate.map((a) => ({ ...a, passwordHash: hashed, isDemo: true })));
    }
    await tx
      .insert(appMeta)
      .values({ key: "demo_seeded_at", value: new Date().toISOString() })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: sql`excluded.value` } });
  });
  await seedDemoData(db, { today: opts.today });
  // Stored quarterly results are derived data: compute them once for the seeded records.
  const [derived] = await db.select({ n: count() }).from(konvergensiSasaran);
  if (!derived?.n) await recomputeAll(db);
  const [growth] = await db.select({ n: count() }).from(pertumbuhanDesa);
  if (!growth?.n) await rebuildGrowthRollups(db);
  await seedDemoPeriode(db, { today: opts.today });
  await seedDemoApbdes(db, { today: opts.today });
  await seedDemoPelatihan(db, { today: opts.today });
}

export async function isDemoSeeded(db: Db): Promise<boolean> {
  const rows = await db
    .select()
    .from(appMeta)
    .where(and(eq(appMeta.key, "demo_seeded_at")));
  return rows.length > 0;
}
