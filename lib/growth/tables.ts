/**
 * THE ONLY I/O IN lib/growth: reads the WHO LMS CSVs from
 * `db/reference/who-growth/` (relative to `process.cwd()`, i.e. the repo root)
 * with node:fs. Server-only — do not import this file (or `@/lib/growth`,
 * which re-exports it) from client components; import the pure modules
 * (`zscore`, `categories`, `age`, `plausibility`, `lms`) directly instead.
 *
 * The files are parsed once, lazily, on first use, and cached in module scope.
 */
import fs from "node:fs";
import path from "node:path";
import { parseLmsCsv, type GrowthTables, type LmsTable } from "./lms";
import { WHO_TABLE_FILES } from "./who-files";
import { computeGrowth, type GrowthInput, type GrowthResult } from "./zscore";

/** Directory holding the reference CSVs. */
export function whoGrowthDir(): string {
  return path.join(process.cwd(), "db/reference/who-growth");
}

let cached: GrowthTables | null = null;

function load(name: keyof GrowthTables, dir: string): LmsTable {
  const { file, key } = WHO_TABLE_FILES[name];
  return parseLmsCsv(fs.readFileSync(path.join(/*turbopackIgnore: true*/ dir, file), "utf8"), key);
}

/** Loads (once) and returns the five WHO tables. Throws if a file is missing or malformed. */
export function loadGrowthTables(): GrowthTables {
  if (cached !== null) return cached;
  const dir = whoGrowthDir();
  cached = {
    lengthHeightForAge: load("lengthHeightForAge", dir),
    weightForAge: load("weightForAge", dir),
    weightForLength: load("weightForLength", dir),
    weightForHeight: load("weightForHeight", dir),
    bmiForAge: load("bmiForAge", dir),
  };
  return cached;
}

/** Convenience for server code: `computeGrowth` with the bundled WHO tables. */
export function computeGrowthWho(input: GrowthInput): GrowthResult {
  return computeGrowth(input, loadGrowthTables());
}
