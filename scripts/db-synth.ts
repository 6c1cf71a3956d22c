/** npm run db:synth -- --scale <tiny|demo|large|province> [--seed N] [--today YYYY-MM-DD] [--resume]
 * Synthetic kabupaten for scale tests (db/seed/synth.ts), PostgreSQL only (DATABASE_URL): bulk COPY in one
 * transaction per kabupaten, then the stored quarterly results through the app's recomputation.
 * `province` (10 kabupaten; sizes in docs/scaling.md §1) is for a dev machine, not CI. */
import postgres from "postgres";
import { SCALES, synthesize, type SynthScale } from "../db/seed/synth";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("db:synth menulis jutaan baris: hanya untuk PostgreSQL (set DATABASE_URL), tidak untuk PGlite.");
  const scale = (arg("scale") ?? "demo") as SynthScale;
  if (!(scale in SCALES)) throw new Error(`--scale harus salah satu dari ${Object.keys(SCALES).join(", ")}`);
  const seed = arg("seed") ? Number(arg("seed")) : undefined;
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error("--seed harus bilangan bulat");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const t = performance.now();
    const summary = await synthesize(
      { kind: "postgres", sql },
      { scale, seed, today: arg("today"), resume: process.argv.includes("--resume"), log: (m) => console.log(m) },
    );
    console.log(JSON.stringify(summary, null, 2));
    console.log(`db:synth --scale ${scale}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
