/**
 * npm run bench [-- --quick] — production server against DATABASE_URL (PostgreSQL only), signed in as the relevant
 * roles; measures each route sequentially (p50/p95) and with 4 concurrent clients (req/s), the client JS each page
 * references, and the desa scorecard at the reference shape (200 and 400 mother–child pairs).
 */
import { spawn } from "node:child_process";
import { closeDb, getHandle } from "../db/client";
import { runMigrations } from "../db/migrate";
import { seedReference } from "../db/seed/reference";
import { seedDemo } from "../db/seed/demo";
import { buildReferenceShape } from "./reference-shape";
import { signIn } from "./session";
import { firstLoadJs } from "./first-load";

const quick = process.argv.includes("--quick");
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const BASE = `http://127.0.0.1:${PORT}`;
const SEQ = quick ? 8 : 30;
const WARM = 3;
const CONC_MS = quick ? 1500 : 10_000;
const REF_DESA = "19.05.02.2002";

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function timed(url: string, cookie: string) {
  const t = performance.now();
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
  return performance.now() - t;
}

async function measure(path: string, cookie: string) {
  for (let i = 0; i < WARM; i++) await timed(BASE + path, cookie);
  const seq: number[] = [];
  for (let i = 0; i < SEQ; i++) seq.push(await timed(BASE + path, cookie));
  let done = 0;
  const until = performance.now() + CONC_MS;
  const lat: number[] = [];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (performance.now() < until) {
        lat.push(await timed(BASE + path, cookie));
        done++;
      }
    }),
  );
  return { p50: pct(seq, 50), p95: pct(seq, 95), rps: done / (CONC_MS / 1000), c4p95: pct(lat, 95) };
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("bench needs DATABASE_URL (PostgreSQL); performance is never measured on PGlite");
  const handle = await getHandle();
  await runMigrations(handle);
  await seedReference(handle.db);
  await seedDemo(handle.db);
  const year = new Date().getFullYear() - 1;
  await buildReferenceShape(handle.db, { kode: REF_DESA, pairs: 200, tahun: year, username: "bench.kpm" });
  await closeDb();

  const server = spawn("npx", ["next", "start", "-p", String(PORT)], { env: { ...process.env, AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-bench-secret-000000" }, stdio: "ignore" });
  try {
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(`${BASE}/login`)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const kab = await signIn(BASE, "tpps.kab");
    const kec = await signIn(BASE, "tpps.mentok");
    const kpm = await signIn(BASE, "kpm.airputih");
    const ref = await signIn(BASE, "bench.kpm");
    const q = `tahun=${year}&triwulan=4`;
    const routes: Array<[string, string, string]> = [
      ["floor (login, no DB)", "/login", ""],
      ["KPM monthly page (200 pairs)", `/wilayah/${REF_DESA}/pemantauan?bulan=${year}-12`, ref],
      ["desa scorecard (200 pairs)", `/wilayah/${REF_DESA}/scorecard?${q}`, ref],
      ["targets list with search", `/wilayah/19.05.01.2004/sasaran?q=a`, kpm],
      ["kecamatan scorecard", `/wilayah/19.05.01/scorecard?${q}`, kec],
      ["kabupaten scorecard", `/wilayah/19.05/scorecard?${q}`, kab],
      ["KPM task list (desa home)", `/wilayah/19.05.01.2004`, kpm],
    ];
    const floorJs = (await firstLoadJs(BASE, "", "/login")).bytes;
    const rows = [];
    let floorP50 = 1;
    for (const [name, path, cookie] of routes) {
      const m = await measure(path, cookie);
      if (name.startsWith("floor")) floorP50 = m.p50;
      const js = (await firstLoadJs(BASE, cookie, path)).bytes;
      rows.push({ route: name, "p50 ms": m.p50.toFixed(1), "p95 ms": m.p95.toFixed(1), "req/s (4 conn)": m.rps.toFixed(0), "p95 ms (4 conn)": m.c4p95.toFixed(1), "p50÷floor": (m.p50 / floorP50).toFixed(2), "JS kB gz": (js / 1024).toFixed(1), "JS − floor kB": ((js - floorJs) / 1024).toFixed(1) });
    }
    console.table(rows);
    if (!quick) {
      const h2 = await getHandle();
      await buildReferenceShape(h2.db, { kode: REF_DESA, pairs: 400, tahun: year, username: "bench.kpm" });
      await closeDb();
      const m = await measure(`/wilayah/${REF_DESA}/scorecard?${q}`, ref);
      console.log(`desa scorecard at 400 pairs: p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, ${m.rps.toFixed(0)} req/s with 4 connections`);
    }
  } finally {
    server.kill("SIGTERM");
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
