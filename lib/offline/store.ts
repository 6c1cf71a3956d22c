import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from "idb";
import { upgradeLocal, type LocalDesa } from "./local-data";
import type { OutboxItem } from "./outbox";

/* The phone's storage (browser only): one IndexedDB database per signed-in user, `tumbuh-luring-<id>`, holding the
 * desa as one record and the outbox as one record per item (a save writes one small record, docs/offline.md).
 * localStorage names the user whose database the offline shell opens. */

interface LuringDb extends DBSchema {
  /** The desa as gzip-compressed JSON (a Blob), or as an object where the browser cannot compress. */
  desa: { key: "desa"; value: Blob | LocalDesa };
  outbox: { key: string; value: OutboxItem };
}

export type Owner = { userId: number; desaKode: string };

const OWNER_KEY = "tumbuh.luring";
const DB_PREFIX = "tumbuh-luring-";
const CHANNEL = "tumbuh-luring";

export function currentOwner(): Owner | null {
  try {
    const raw = localStorage.getItem(OWNER_KEY);
    const o = raw ? (JSON.parse(raw) as Owner) : null;
    return o && Number.isInteger(o.userId) && typeof o.desaKode === "string" ? o : null;
  } catch {
    return null;
  }
}

export function setOwner(owner: Owner): void {
  localStorage.setItem(OWNER_KEY, JSON.stringify(owner));
}

const opened = new Map<number, Promise<IDBPDatabase<LuringDb>>>();

export function openStore(userId: number): Promise<IDBPDatabase<LuringDb>> {
  let db = opened.get(userId);
  if (!db) {
    db = openDB<LuringDb>(`${DB_PREFIX}${userId}`, 1, {
      upgrade(d) {
        d.createObjectStore("desa");
        d.createObjectStore("outbox", { keyPath: "clientId" });
      },
    });
    opened.set(userId, db);
  }
  return db;
}

/* The desa is stored compressed: a desa of 200 targets with two years of records is ~1.5 MB as objects and ~50 kB
 * gzipped (docs/offline.md, "Sizes"). It is read once per page and kept in memory; a save touches only the outbox. */
const desaCache = new Map<number, LocalDesa>();

async function compress(desa: LocalDesa): Promise<Blob | LocalDesa> {
  if (typeof CompressionStream === "undefined") return desa;
  const stream = new Blob([JSON.stringify(desa)]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Response(stream).blob();
}

async function decompress(stored: Blob | LocalDesa): Promise<LocalDesa> {
  if (!(stored instanceof Blob)) return stored;
  const stream = stored.stream().pipeThrough(new DecompressionStream("gzip"));
  return JSON.parse(await new Response(stream).text()) as LocalDesa;
}

export async function readDesa(userId: number): Promise<LocalDesa | null> {
  const cached = desaCache.get(userId);
  if (cached) return cached;
  const stored = await (await openStore(userId)).get("desa", "desa");
  if (!stored) return null;
  const desa = upgradeLocal(await decompress(stored));
  desaCache.set(userId, desa);
  return desa;
}

export async function writeDesa(userId: number, desa: LocalDesa): Promise<void> {
  await (await openStore(userId)).put("desa", await compress(desa), "desa");
  desaCache.set(userId, desa);
  announce("desa");
}

export async function readOutbox(userId: number): Promise<OutboxItem[]> {
  return (await openStore(userId)).getAll("outbox");
}

export async function putItem(userId: number, item: OutboxItem): Promise<void> {
  await (await openStore(userId)).put("outbox", item);
  announce();
}

export async function getItem(userId: number, clientId: string): Promise<OutboxItem | undefined> {
  return (await openStore(userId)).get("outbox", clientId);
}

/** Replaces an item by its corrected successor in one transaction (never both, never neither). */
export async function replaceItem(userId: number, oldId: string, item: OutboxItem): Promise<void> {
  const tx = (await openStore(userId)).transaction("outbox", "readwrite");
  await Promise.all([tx.store.delete(oldId), tx.store.put(item), tx.done]);
  announce();
}

export async function deleteItem(userId: number, clientId: string): Promise<void> {
  await (await openStore(userId)).delete("outbox", clientId);
  announce();
}

/** Everything of this user on the phone, gone (signing out). */
export async function wipeUser(userId: number): Promise<void> {
  const db = opened.get(userId);
  opened.delete(userId);
  if (db) (await db).close();
  desaCache.delete(userId);
  await deleteDB(`${DB_PREFIX}${userId}`);
  if (currentOwner()?.userId === userId) localStorage.removeItem(OWNER_KEY);
  announce("desa");
}

/** Other users' databases on this browser: removed when their outbox is empty (nothing would be lost). One with
 * items still waiting stays, unopened, until its owner signs in again here (docs/offline.md). */
export async function forgetOtherUsers(userId: number): Promise<void> {
  const all = (await indexedDB.databases?.()) ?? [];
  for (const { name } of all) {
    const id = name?.startsWith(DB_PREFIX) ? Number(name.slice(DB_PREFIX.length)) : NaN;
    if (!Number.isInteger(id) || id === userId) continue;
    const waiting = await (await openStore(id)).count("outbox");
    const db = opened.get(id);
    opened.delete(id);
    if (db) (await db).close();
    if (waiting === 0) await deleteDB(name!);
  }
}

/** Tells every tab (and this one) that the phone's data changed, so bars and lists re-read it. */
export function announce(what: "desa" | "outbox" = "outbox"): void {
  try {
    new BroadcastChannel(CHANNEL).postMessage(what);
  } catch {
    /* old browsers: this tab's own event below is enough */
  }
  window.dispatchEvent(new Event(CHANNEL));
}

export function onChange(listener: () => void): () => void {
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (e: MessageEvent) => {
      // Another tab downloaded the desa: this tab's copy in memory is stale.
      if (e.data === "desa") desaCache.clear();
      listener();
    };
  } catch {
    channel = null;
  }
  window.addEventListener(CHANNEL, listener);
  return () => {
    channel?.close();
    window.removeEventListener(CHANNEL, listener);
  };
}
