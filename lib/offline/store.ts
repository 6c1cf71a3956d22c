import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { LocalDesa } from "./local-data";
import type { OutboxItem } from "./outbox";

/* The phone's storage (browser only): one IndexedDB database per signed-in user, `tumbuh-luring-<id>`, holding the
 * desa as one record and the outbox as one record per item (a save writes one small record, docs/offline.md).
 * localStorage names the user whose database the offline shell opens. */

interface LuringDb extends DBSchema {
  desa: { key: "desa"; value: LocalDesa };
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

export async function readDesa(userId: number): Promise<LocalDesa | null> {
  return (await (await openStore(userId)).get("desa", "desa")) ?? null;
}

export async function writeDesa(userId: number, desa: LocalDesa): Promise<void> {
  await (await openStore(userId)).put("desa", desa, "desa");
  announce();
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
  await deleteDB(`${DB_PREFIX}${userId}`);
  if (currentOwner()?.userId === userId) localStorage.removeItem(OWNER_KEY);
  announce();
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
export function announce(): void {
  try {
    new BroadcastChannel(CHANNEL).postMessage("changed");
  } catch {
    /* old browsers: this tab's own event below is enough */
  }
  window.dispatchEvent(new Event(CHANNEL));
}

export function onChange(listener: () => void): () => void {
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = listener;
  } catch {
    channel = null;
  }
  window.addEventListener(CHANNEL, listener);
  return () => {
    channel?.close();
    window.removeEventListener(CHANNEL, listener);
  };
}
