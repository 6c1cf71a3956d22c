import fs from "node:fs";
import path from "node:path";
import { whoGrowthDir } from "@/lib/growth/tables";
import { WHO_TABLE_FILES, WHO_TABLE_NAMES } from "@/lib/growth/who-files";
import type { WhoTablesPayload } from "@/lib/growth/client-tables";

/* The five WHO LMS tables for the phone, as `{ [table]: csvText }` (lib/growth/client-tables.ts parses them with the
 * server's own parseLmsCsv). Public reference data, the same for everyone: rendered once at build time, no session
 * needed (auth.config.ts), cached long by the browser and cache-first by the service worker. ~105 kB gzip
 * (docs/offline.md, "What is cached"). */

export const dynamic = "force-static";

export function GET() {
  const dir = whoGrowthDir();
  const body = Object.fromEntries(
    WHO_TABLE_NAMES.map((name) => [
      name,
      fs.readFileSync(path.join(/*turbopackIgnore: true*/ dir, WHO_TABLE_FILES[name].file), "utf8"),
    ]),
  ) as WhoTablesPayload;
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=604800" } });
}
