/** tsx --conditions=react-server scripts/check-server-log.ts <log file> — the last step of scripts/e2e.sh: fails if
 * any line the server wrote during the run holds personal data from its database (a target's name or NIK, a
 * household head's name, an address, an account's display name). Read after the run, so targets the tests
 * registered count too. Prints where, never what: the report must not repeat the data. */
import fs from "node:fs";
import { closeDb, getHandle } from "../db/client";
import { rumahTangga, sasaran, users } from "../db/schema";
import { acquireLock, releaseLock } from "../db/lock";
import { getEnv } from "../lib/env";

/** Shorter values ("Ani", "RT 01") would match ordinary words; every demo name and address is longer. */
const MIN_LENGTH = 6;

async function personalData(): Promise<Map<string, string>> {
  const env = getEnv();
  const embedded = !env.DATABASE_URL;
  if (embedded) acquireLock(env.PGLITE_DATA_DIR);
  try {
    const { db } = await getHandle();
    const out = new Map<string, string>();
    const add = (kind: string, values: Array<string | null>) => {
      for (const v of values) if (v && v.trim().length >= MIN_LENGTH) out.set(v.trim(), kind);
    };
    const targets = await db.select({ nama: sasaran.nama, nik: sasaran.nik }).from(sasaran);
    add(
      "nama sasaran",
      targets.map((t) => t.nama),
    );
    add(
      "NIK",
      targets.map((t) => t.nik),
    );
    const households = await db
      .select({ kk: rumahTangga.kepalaKeluarga, alamat: rumahTangga.alamat })
      .from(rumahTangga);
    add(
      "kepala keluarga",
      households.map((h) => h.kk),
    );
    add(
      "alamat",
      households.map((h) => h.alamat),
    );
    add(
      "nama pengguna",
      (await db.select({ n: users.displayName }).from(users)).map((u) => u.n),
    );
    return out;
  } finally {
    await closeDb();
    if (embedded) releaseLock(env.PGLITE_DATA_DIR);
  }
}

async function main() {
  const file = process.argv[2];
  if (!file || !fs.existsSync(file)) throw new Error(`log server tidak ada: ${file ?? "(tidak disebut)"}`);
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const data = await personalData();
  if (data.size < 100) throw new Error(`hanya ${data.size} data pribadi di database: data demo belum dimuat?`);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Whole words only: a name inside a longer word is not that name.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...data.keys()].map(escape).join("|")})(?![\\p{L}\\p{N}])`, "u");
  const hits: string[] = [];
  lines.forEach((line, i) => {
    const m = pattern.exec(line);
    if (m) hits.push(`  baris ${i + 1}: ${data.get(m[0])}`);
  });
  if (hits.length) {
    console.error(`${file}: ${hits.length} baris log memuat data pribadi:\n${hits.slice(0, 50).join("\n")}`);
    process.exit(1);
  }
  console.log(`${file}: ${lines.length} baris log, tidak ada data pribadi (${data.size} nilai diperiksa).`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
