import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { openPglite, openPostgres, type DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedReference } from "@/db/seed/reference";
import { seedDemo } from "@/db/seed/demo";
import { selectRows } from "@/db/raw";

/** npm run db:backup / db:restore, end to end: the real scripts back up a seeded database and restore it
 * into a fresh one; every table must come back with the same number of rows. PostgreSQL when DATABASE_URL
 * is set, the embedded PGlite folder otherwise. */
const base = process.env.PARITY_DATABASE_URL ?? process.env.DATABASE_URL;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tumbuh-backup-"));
const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");
const cleanups: Array<() => Promise<void>> = [];

function run(script: string, args: string[], env: Record<string, string | undefined>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  return execFileSync(tsx, [script, ...args], { env: childEnv, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

async function rowCounts(handle: DbHandle): Promise<Record<string, number>> {
  const tables = await selectRows<{ name: string }>(
    handle.db,
    sql`select table_schema || '.' || table_name as name from information_schema.tables where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1`,
  );
  const out: Record<string, number> = {};
  for (const { name } of tables) {
    const [{ n }] = await selectRows<{ n: number }>(
      handle.db,
      sql.raw(
        `select count(*)::int as n from ${name
          .split(".")
          .map((p) => `"${p}"`)
          .join(".")}`,
      ),
    );
    out[name] = n;
  }
  return out;
}

async function seeded(handle: DbHandle) {
  await runMigrations(handle);
  await seedReference(handle.db);
  await seedDemo(handle.db);
}

async function createPgDatabase(): Promise<string> {
  const name = `tumbuh_bk_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(base!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const a = postgres(base!, { max: 1, onnotice: () => {} });
    await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  });
  const url = new URL(base!);
  url.pathname = `/${name}`;
  return url.toString();
}

let source: Record<string, number>;

describe.runIf(Boolean(base))("backup and restore on PostgreSQL", () => {
  let restoredUrl: string;
  beforeAll(async () => {
    const sourceUrl = await createPgDatabase();
    const handle = await openPostgres(sourceUrl, 2);
    await seeded(handle);
    source = await rowCounts(handle);
    await handle.close();
    const file = path.join(tmp, "tumbuh.dump");
    run("scripts/db-backup.ts", ["--out", file], { DATABASE_URL: sourceUrl });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    restoredUrl = await createPgDatabase();
    run("scripts/db-restore.ts", [file], { DATABASE_URL: restoredUrl });
  });

  it("restores every table with the same row counts into a fresh database", async () => {
    const handle = await openPostgres(restoredUrl, 2);
    const restored = await rowCounts(handle);
    await handle.close();
    expect(Object.keys(source).length).toBeGreaterThan(10);
    expect(source["public.users"]).toBeGreaterThan(0);
    expect(restored).toEqual(source);
  });

  it("refuses to restore over a database that already has tables, unless --force", () => {
    expect(() => run("scripts/db-restore.ts", [path.join(tmp, "tumbuh.dump")], { DATABASE_URL: restoredUrl })).toThrow(
      /sudah berisi/,
    );
  });
});

describe("backup and restore of the embedded database", () => {
  const sourceDir = path.join(tmp, "sumber");
  const targetDir = path.join(tmp, "tujuan");
  const file = path.join(tmp, "tumbuh.tar.gz");

  beforeAll(async () => {
    const handle = await openPglite(sourceDir);
    await seeded(handle);
    source = await rowCounts(handle);
    await handle.close();
    run("scripts/db-backup.ts", ["--out", file], { DATABASE_URL: undefined, PGLITE_DATA_DIR: sourceDir });
    run("scripts/db-restore.ts", [file], { DATABASE_URL: undefined, PGLITE_DATA_DIR: targetDir });
  });

  it("restores every table with the same row counts into a fresh folder", async () => {
    const handle = await openPglite(targetDir);
    const restored = await rowCounts(handle);
    await handle.close();
    expect(source["public.users"]).toBeGreaterThan(0);
    expect(restored).toEqual(source);
  });

  it("refuses while a server holds the folder", () => {
    fs.writeFileSync(path.join(tmp, "pglite.lock"), String(process.ppid));
    try {
      expect(() =>
        run("scripts/db-backup.ts", ["--out", file], { DATABASE_URL: undefined, PGLITE_DATA_DIR: sourceDir }),
      ).toThrow(/sedang dipakai/);
    } finally {
      fs.unlinkSync(path.join(tmp, "pglite.lock"));
    }
  });
});

afterAll(async () => {
  for (const c of cleanups) await c();
  fs.rmSync(tmp, { recursive: true, force: true });
});
