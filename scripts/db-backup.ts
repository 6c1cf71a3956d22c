/** npm run db:backup [-- --out <file>] — a full backup of the database.
 *  PostgreSQL (DATABASE_URL set): `pg_dump --format=custom` (restore with npm run db:restore or pg_restore).
 *  Embedded PGlite: a gzip tarball of the data folder (PGlite dumpDataDir); the server must be stopped
 *  (refused while it holds .data/pglite.lock). */
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { heldBy } from "../db/lock";
import { getEnv } from "../lib/env";

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);

async function main() {
  const env = getEnv();
  const embedded = !env.DATABASE_URL;
  const out = path.resolve(
    argValue("--out") ??
      path.join(".data", "backups", `tumbuh-${embedded ? "pglite" : "pg"}-${stamp()}.${embedded ? "tar.gz" : "dump"}`),
  );
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const started = Date.now();
  if (!embedded) {
    const r = spawnSync(
      "pg_dump",
      ["--format=custom", "--no-owner", "--no-privileges", `--file=${out}`, `--dbname=${env.DATABASE_URL}`],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    if (r.error)
      throw new Error(
        `pg_dump tidak dapat dijalankan (${r.error.message}). Pasang klien PostgreSQL (apt-get install postgresql-client).`,
      );
    if (r.status !== 0) throw new Error(`pg_dump gagal (kode ${r.status}).`);
  } else {
    const dir = env.PGLITE_DATA_DIR;
    if (dir === "memory://") throw new Error("PGLITE_DATA_DIR=memory:// tidak dapat dicadangkan.");
    if (!fs.existsSync(dir)) throw new Error(`Folder basis data tertanam ${dir} tidak ada.`);
    const pid = heldBy(dir);
    if (pid)
      throw new Error(
        `Basis data tertanam ${dir} sedang dipakai server (proses ${pid}). Hentikan server dulu, lalu ulangi.`,
      );
    const { PGlite } = await import("@electric-sql/pglite");
    const pg = new PGlite(dir);
    await pg.waitReady;
    try {
      const blob = await pg.dumpDataDir("gzip");
      fs.writeFileSync(out, Buffer.from(await blob.arrayBuffer()));
    } finally {
      await pg.close();
    }
  }
  const size = fs.statSync(out).size;
  console.log(
    `Cadangan ${embedded ? "PGlite" : "PostgreSQL"} tersimpan: ${out} (${(size / 1024).toFixed(0)} KB, ${Date.now() - started} ms).`,
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
