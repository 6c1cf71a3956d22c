import { parseLmsCsv, type GrowthTables } from "./lms";
import { WHO_TABLE_FILES, WHO_TABLE_NAMES } from "./who-files";
import { WHO_TABLES_PATH } from "@/lib/offline/sw-routes";

/* The phone's WHO tables: fetched from /api/luring/who (cache-first in the service worker, so once per device) and
 * parsed by the same parseLmsCsv as the server's tables.ts. No node:fs: safe in client components. */

/** What /api/luring/who answers: each table's CSV text, as in db/reference/who-growth/. */
export type WhoTablesPayload = Record<keyof GrowthTables, string>;

/** Parses the payload; throws on a missing or malformed table (the caller keeps computing nothing rather than
 * computing wrong z-scores). */
export function parseWhoTables(payload: unknown): GrowthTables {
  if (typeof payload !== "object" || payload === null) throw new Error("WHO tables: not an object");
  const texts = payload as Partial<Record<keyof GrowthTables, unknown>>;
  const entries = WHO_TABLE_NAMES.map((name) => {
    const text = texts[name];
    if (typeof text !== "string") throw new Error(`WHO tables: ${name} missing`);
    return [name, parseLmsCsv(text, WHO_TABLE_FILES[name].key)] as const;
  });
  return Object.fromEntries(entries) as unknown as GrowthTables;
}

let loading: Promise<GrowthTables> | null = null;

/** Fetches and parses the tables once per page; a failed fetch is not remembered, so the next call tries again. */
export function loadClientGrowthTables(fetchImpl: typeof fetch = fetch): Promise<GrowthTables> {
  loading ??= (async () => {
    const response = await fetchImpl(WHO_TABLES_PATH, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`WHO tables: HTTP ${response.status}`);
    return parseWhoTables(await response.json());
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
