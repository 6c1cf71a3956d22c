/** npm run db:restore -- <file> [--force] — restores a backup made by npm run db:backup.
 *  PostgreSQL (DATABASE_URL set): pg_restore into that database. It must be empty (a fresh `createdb`)
 *  unless --force is given, in which case existing objects are dropped first (--clean --if-exists).
 *  Embedded PGlite: unpacks the tarball into PGLITE_DATA_DIR with the server stopped. A non-empty folder
 *  needs --force and is kept beside it as <folder>.sebelum-restore-<time>, never deleted. */
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import postgres from "postgres";
import { heldBy } from "../db/lock";
import { getEnv } from "../lib/env";

const stamp = () => new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);

async function tableCount(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [{ n }] = await sql<
      { n: number }[]
    >`select count(*)::int as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`;
    return n;
  } finally {
    await sql.end();
  }
}

async function main() {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  const force = process.argv.includes("--force");
  if (!file) throw new Error("Sebutkan berkas cadangan: npm run db:restore -- <berkas> [--force]");
  if (!fs.existsSync(file)) throw new Error(`Berkas ${file} tidak ada.`);
  const env = getEnv();
  const started = Date.now();
  if (env.DATABASE_URL) {
    const existing = await tableCount(env.DATABASE_URL);
    if (existing && !force)
      throw new Error(
        `Basis data tujuan sudah berisi ${existing} tabel. Pulihkan ke basis data baru (createdb), atau tambahkan --force untuk menimpanya.`,
      );
    const args = [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      ...(existing ? ["--clean", "--if-exists"] : []),
      `--dbname=${env.DATABASE_URL}`,
      file,
    ];
    const r = spawnSync("pg_restore", args, { stdio: ["ignore", "inherit", "inherit"] });
    if (r.error)
      throw new Error(
        `pg_restore tidak dapat dijalankan (${r.error.message}). Pasang klien PostgreSQL (apt-get install postgresql-client).`,
      );
    if (r.status !== 0) throw new Error(`pg_restore gagal (kode ${r.status}).`);
  } else {
    const dir = env.PGLITE_DATA_DIR;
    if (dir === "memory://") throw new Error("PGLITE_DATA_DIR=memory:// tidak dapat dipulihkan.");
    const pid = heldBy(dir);
    if (pid)
      throw new Error(
        `Basis data tertanam ${dir} sedang dipakai server (proses ${pid}). Hentikan server dulu, lalu ulangi.`,
      );
    if (fs.existsSync(dir) && fs.readdirSync(dir).length) {
      if (!force)
        throw new Error(
          `Folder ${dir} sudah berisi basis data. Tambahkan --force untuk menggantinya (folder lama disimpan di sebelahnya).`,
        );
      const aside = `${path.resolve(dir)}.sebelum-restore-${stamp()}`;
      fs.renameSync(dir, aside);
      console.log(`Folder lama dipindahkan ke ${aside}.`);
    }
    fs.mkdirSync(dir, { recursive: true });
    const { PGlite } = await import("@electric-sql/pglite");
    const pg = new PGlite(dir, { loadDataDir: new Blob([fs.readFileSync(file)]) });
    await pg.waitReady;
    await pg.close();
  }
  console.log(
    `Cadangan ${file} dipulihkan ke ${env.DATABASE_URL ? "PostgreSQL" : env.PGLITE_DATA_DIR} (${Date.now() - started} ms).`,
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
