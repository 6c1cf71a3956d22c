/** EXPLAIN (ANALYZE, BUFFERS) of the heavy dashboard/scorecard queries, captured from the real query functions
 * (db/queries/dashboard.ts, scorecard.ts, apbdes-recap.ts) with realistic parameters: the functions run against a
 * handle whose `execute` records each statement, then every statement is explained on the same database and the
 * five slowest are written to bench/results/<date>-explain.txt. */
import fs from "node:fs";
import path from "node:path";
import type { SQL } from "drizzle-orm";
import postgres from "postgres";
import { openPostgres, setHandleForTests, closeDb, type Db } from "../db/client";
import {
  getGrowthFigures,
  getPrevalenceTrend,
  listDesaDashboard,
  listIndicatorCoverageByDesa,
  countTargetsByGroup,
} from "../db/queries/dashboard";
import { getScorecard, listDesaScorecard } from "../db/queries/scorecard";
import { getApbdesRecap } from "../db/queries/apbdes-recap";
import { parseDashboardPeriod } from "../lib/dashboard/period";
import { periodKey } from "../lib/dashboard/growth-periods";
import { currentYearMonth, todayIso } from "../lib/periods";
import type { Viewer } from "../lib/auth/viewer";

type Captured = { label: string; sql: string; params: unknown[] };

export async function explainHeaviest(
  url: string,
  o: { kab: string; kec: string; desa: string; tahun: number; triwulan: number },
  top = 5,
): Promise<string> {
  const real = await openPostgres(url, 2);
  const captured: Captured[] = [];
  let label = "";
  const dialect = (real.db as unknown as { dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } } })
    .dialect;
  const spy = new Proxy(real.db, {
    get(target, prop, recv) {
      if (prop === "execute")
        return async (q: SQL) => {
          const { sql, params } = dialect.sqlToQuery(q);
          captured.push({ label, sql, params });
          return target.execute(q);
        };
      return Reflect.get(target, prop, recv);
    },
  }) as Db;
  setHandleForTests({ ...real, db: spy });
  const viewer = (role: Viewer["role"], scopeKode: string): Viewer => ({
    id: 0,
    username: "bench",
    displayName: "bench",
    role,
    scopeKode,
  });
  const kabV = viewer("kabupaten", o.kab);
  const kecV = viewer("kecamatan", o.kec);
  const period = parseDashboardPeriod({});
  const today = todayIso();
  const run = async (l: string, f: () => Promise<unknown>) => {
    label = l;
    await f();
  };
  try {
    await run("dashboard: listDesaDashboard (kabupaten)", () =>
      listDesaDashboard({ viewer: kabV, kode: o.kab, period, today }),
    );
    await run("dashboard: getGrowthFigures (kabupaten)", () =>
      getGrowthFigures({ viewer: kabV, kode: o.kab, periode: periodKey(period), to: period.to }),
    );
    await run("dashboard: getPrevalenceTrend 12 months (kabupaten)", () =>
      getPrevalenceTrend({ viewer: kabV, kode: o.kab, end: currentYearMonth(), months: 12 }),
    );
    await run("dashboard: listIndicatorCoverageByDesa (kabupaten)", () =>
      listIndicatorCoverageByDesa({ viewer: kabV, kode: o.kab, period }),
    );
    await run("dashboard: countTargetsByGroup (kabupaten)", () =>
      countTargetsByGroup({ viewer: kabV, kode: o.kab, today }),
    );
    await run("dashboard: listDesaDashboard (kecamatan)", () =>
      listDesaDashboard({ viewer: kecV, kode: o.kec, period, today }),
    );
    await run("scorecard: getScorecard (kabupaten)", () =>
      getScorecard({ viewer: kabV, kode: o.kab, tahun: o.tahun, triwulan: o.triwulan }),
    );
    await run("scorecard: listDesaScorecard (kabupaten)", () =>
      listDesaScorecard({ viewer: kabV, kode: o.kab, tahun: o.tahun, triwulan: o.triwulan }),
    );
    await run("scorecard: getScorecard (desa)", () =>
      getScorecard({ viewer: kabV, kode: o.desa, tahun: o.tahun, triwulan: o.triwulan }),
    );
    await run("apbdes: getApbdesRecap (kabupaten)", () =>
      getApbdesRecap({ viewer: kabV, kode: o.kab, tahun: currentYearMonth().tahun, today }),
    );
  } finally {
    setHandleForTests(undefined);
    await real.close();
  }
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const plans: Array<{ c: Captured; ms: number; text: string }> = [];
  try {
    for (const c of captured) {
      // Warm once, then explain.
      const rows = await client.unsafe(`explain (analyze, buffers, format text) ${c.sql}`, c.params as never[]);
      const text = rows.map((r) => (r as Record<string, string>)["QUERY PLAN"]).join("\n");
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? 0);
      plans.push({ c, ms, text });
    }
  } finally {
    await client.end({ timeout: 5 });
  }
  plans.sort((a, b) => b.ms - a.ms);
  const date = new Date().toISOString().slice(0, 10);
  const dir = path.join(process.cwd(), "bench/results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${date}-explain.txt`);
  const out = [
    `# EXPLAIN (ANALYZE, BUFFERS) — ${plans.length} statements captured, the ${top} slowest below (${new Date().toISOString()})`,
    `# scope: kabupaten ${o.kab}, kecamatan ${o.kec}, desa ${o.desa}, quarter ${o.tahun}-T${o.triwulan}, dashboard period ${period.label}`,
    "",
    "## all statements by execution time",
    ...plans.map((p) => `${p.ms.toFixed(1).padStart(9)} ms  ${p.c.label}`),
    "",
    ...plans
      .slice(0, top)
      .flatMap((p, i) => [
        `## ${i + 1}. ${p.c.label} — ${p.ms.toFixed(1)} ms`,
        "",
        p.c.sql,
        "",
        `params: ${JSON.stringify(p.c.params)}`,
        "",
        p.text,
        "",
        "",
      ]),
  ].join("\n");
  fs.writeFileSync(file, out);
  await closeDb();
  return file;
}
