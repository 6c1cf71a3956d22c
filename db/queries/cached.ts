import "server-only";
import { sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { cache } from "react";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { desaRowsUnder } from "./scope";

/** The data version of everything under a region: the sum of the per-desa counters that migration 0010's
 * triggers raise inside every writing transaction, plus the reference-data row ''. Counters only grow, so any
 * committed write under the region gives a new sum; one index range, a few hundred rows for a kabupaten. */
export async function dataVersion(kode: string): Promise<string> {
  const db = await getDb();
  const [row] = await selectRows<{ v: string }>(
    db,
    sql`select ((select coalesce(sum(versi), 0) from data_versi where ${desaRowsUnder(sql.raw("kode_wilayah"), kode)})
          + (select coalesce(sum(versi), 0) from data_versi where kode_wilayah = ''))::text as v`,
  );
  return row.v;
}

/** Read once per request: the scorecard page asks for three cached results under the same region. Outside a
 * React render (actions, route handlers, tests) `cache` does not memoise, so every call reads afresh there. */
const versionForRequest = cache(dataVersion);

// 256 entries bound the memory a process spends on results (sizes in docs/caching.md). One store per
// database handle: versions of two databases (the parity tests open PostgreSQL and PGlite side by side) may coincide.
const stores = new WeakMap<object, LRUCache<string, Promise<unknown>>>();

function storeFor(db: object) {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = new LRUCache<string, Promise<unknown>>({ max: 256 })));
  return store;
}

/** Deep-freezes a cached result: it is shared by every later request, so a caller that mutated it would corrupt
 * the next page — freezing turns that bug into an error in the tests instead. */
function freeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) freeze(v);
  }
  return value;
}

/**
 * `load()` once per data version of `kode`: a district page read again with nothing written under it since is
 * served from memory; any write under it (any code path: the version is raised by triggers in the writing
 * transaction) makes the next read load afresh. Exact, not time-based. Each app server keeps its own entries and
 * reads the version from the database, so several servers stay correct. Concurrent identical reads share one load.
 * `args` must hold everything else the result depends on (viewer scope, period, today's date).
 *
 * The version is read before loading, so a result can only be newer than its key, never older: a write that
 * commits during the load changes the version, and the next read misses.
 */
export async function cachedUnder<T>(kode: string, name: string, args: unknown, load: () => Promise<T>): Promise<T> {
  const store = storeFor(await getDb());
  const key = JSON.stringify([name, kode, args, await versionForRequest(kode)]);
  const hit = store.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const pending = load().then(freeze);
  store.set(key, pending);
  pending.catch(() => {
    if (store.get(key) === pending) store.delete(key);
  });
  return pending;
}
