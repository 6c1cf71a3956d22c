/**
 * Lighthouse (mobile profile) on the pages a person in the field opens first, against an already-running
 * production server: `npm run build && npm start -- -p 3210`, then `BASE_URL=http://127.0.0.1:3210 npm run
 * lighthouse`. Signs in like a browser (bench/session.ts) and passes the session cookie to Lighthouse.
 * Prints performance / accessibility / best-practices per page and the audits that lost points; writes
 * bench/results/lighthouse-summary.json (small, committed) and one full report per page (*.report.json, ignored).
 * `ONLY=<slug>` runs one page.
 * Not part of `npm test`: scores depend on the machine's load.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Result } from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { signIn } from "../bench/session";

const require = createRequire(import.meta.url);
// Lighthouse runs as its own plain-Node CLI: loaded through tsx, the functions it sends into the page carry
// esbuild's `__name` helper and fail there ("__name is not defined").
const LIGHTHOUSE_CLI = join(require.resolve("lighthouse/package.json"), "..", "cli", "index.js");
const LIGHTHOUSE_VERSION = (
  JSON.parse(readFileSync(require.resolve("lighthouse/package.json"), "utf8")) as { version: string }
).version;

const BASE = (process.env.BASE_URL ?? "http://127.0.0.1:3210").replace(/\/$/, "");
const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OUT = join(process.cwd(), "bench", "results");
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 90,
  accessibility: 95,
  "best-practices": 95,
};

const PAGES: ReadonlyArray<{ slug: string; path: string; username?: string }> = [
  { slug: "login", path: "/login" },
  { slug: "kpm-pemantauan", path: "/wilayah/19.05.01.2004/pemantauan", username: "kpm.airputih" },
  { slug: "dasbor-kabupaten", path: "/wilayah/19.05", username: "tpps.kab" },
];

type PageSummary = {
  slug: string;
  url: string;
  username: string | null;
  scores: Record<string, number | null>;
  lost: Array<{ id: string; title: string; score: number | null; category: string }>;
};

/** Audits that cost points in a category, worst first (weight 0 audits are informational and skipped). */
function lostPoints(lhr: Result): PageSummary["lost"] {
  const out: PageSummary["lost"] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9)
        out.push({ id: ref.id, title: audit.title, score: audit.score, category });
    }
  }
  return out.sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
}

/** One retry: a trace recording sometimes fails on a busy 2-core machine (NO_NAVSTART). The error names the page
 * and Lighthouse's own last line, never the command (it holds the session cookie). */
async function runLighthouse(args: string[], url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await promisify(execFile)(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
      return;
    } catch (err) {
      const stderr = String((err as { stderr?: string }).stderr ?? "")
        .trim()
        .split("\n")
        .pop();
      if (attempt >= 2) throw new Error(`Lighthouse gagal pada ${url}: ${stderr || "tanpa pesan"}`);
      console.error(`Lighthouse gagal pada ${url} (${stderr}); mencoba sekali lagi`);
    }
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const summaries: PageSummary[] = [];
  for (const p of PAGES.filter((x) => !process.env.ONLY || x.slug === process.env.ONLY)) {
    // A fresh browser per page: a cookie left in the profile by an earlier page (the login form's CSRF cookie)
    // replaces the Cookie header passed in --extra-headers, and the signed-in page would then be the login page.
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    try {
      const cookie = p.username ? await signIn(BASE, p.username) : undefined;
      const url = `${BASE}${p.path}`;
      const report = join(OUT, `lighthouse-${p.slug}.report.json`);
      const args = [
        LIGHTHOUSE_CLI,
        url,
        `--port=${chrome.port}`,
        "--output=json",
        `--output-path=${report}`,
        `--only-categories=${CATEGORIES.join(",")}`,
        "--quiet",
        ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
      ];
      await runLighthouse(args, url);
      const lhr = JSON.parse(readFileSync(report, "utf8")) as Result;
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      if (new URL(lhr.finalDisplayedUrl).pathname !== p.path)
        throw new Error(`${url} ended on ${lhr.finalDisplayedUrl} (sign-in failed?)`);
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [
          c,
          lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score! * 100),
        ]),
      );
      summaries.push({ slug: p.slug, url: p.path, username: p.username ?? null, scores, lost: lostPoints(lhr) });
    } finally {
      await chrome.kill();
    }
  }

  const rows = summaries.map((s) => [
    s.url,
    ...CATEGORIES.map((c) => `${s.scores[c] ?? "–"}${(s.scores[c] ?? 0) >= TARGETS[c] ? "" : " ✗"}`),
  ]);
  console.log(["halaman", ...CATEGORIES.map((c) => `${c} (≥ ${TARGETS[c]})`)].join(" | "));
  for (const r of rows) console.log(r.join(" | "));
  for (const s of summaries) {
    if (!s.lost.length) continue;
    console.log(`\n${s.url}:`);
    for (const a of s.lost) console.log(`  [${a.category}] ${a.id} (${a.score}): ${a.title}`);
  }
  const file = join(OUT, "lighthouse-summary.json");
  writeFileSync(
    file,
    `${JSON.stringify({ base: BASE, at: new Date().toISOString(), lighthouse: LIGHTHOUSE_VERSION, targets: TARGETS, pages: summaries }, null, 2)}\n`,
  );
  console.log(`\nRingkasan: ${file}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
