import { monthIndex, parseYearMonth, type YearMonth } from "@/lib/periods";
import type { Settings } from "@/lib/scorecard/types";
import {
  offlineWindowStart,
  type OfflineAnakMonth,
  type OfflineBalitaMeasurement,
  type OfflineBalitaMonth,
  type OfflineHousehold,
  type OfflineIbuMonth,
  type OfflineMeasurement,
  type OfflinePaudMonth,
  type OfflineSnapshot,
  type OfflineTarget,
  type OfflineTugas,
} from "./protocol";

/* What the phone holds of its KPM's desa, and how a download from the server changes it (the delta sync of
 * docs/offline.md). Pure: lib/offline/store.ts keeps it in IndexedDB as one record. */

export type LocalDesa = {
  owner: OfflineSnapshot["user"];
  desa: OfflineSnapshot["desa"];
  cursor: string;
  /** The server's date at the last contact; the phone's clock moves it on, never back. */
  today: string;
  /** When the phone last heard from the server (ms): the data is wiped 30 days after (docs/offline.md). */
  lastContact: number;
  posyandu: OfflineSnapshot["posyandu"];
  settings: Record<string, Settings>;
  periode: OfflineSnapshot["periode"];
  sasaran: Record<string, OfflineTarget>;
  rumahTangga: Record<string, OfflineHousehold>;
  ibu: Record<string, OfflineIbuMonth>;
  anak: Record<string, OfflineAnakMonth>;
  paud: Record<string, OfflinePaudMonth>;
  /** By pemantauanAnakId. */
  ukur: Record<string, OfflineMeasurement>;
  /** Balita months (24–59 months) by target-month, and their weighings by pemantauanBalitaId. */
  balita: Record<string, OfflineBalitaMonth>;
  balitaUkur: Record<string, OfflineBalitaMeasurement>;
  tugas: OfflineTugas | null;
};

/** How long the phone keeps a desa without hearing from the server: a session's longest life. */
export const MAX_OFFLINE_MS = 30 * 24 * 60 * 60 * 1000;

export const recordKey = (r: { sasaranId: number; tahun: number; bulan: number }) =>
  `${r.sasaranId}|${r.tahun}-${String(r.bulan).padStart(2, "0")}`;

const byKey = <T>(rows: T[], key: (r: T) => string, into: Record<string, T> = {}) => {
  for (const r of rows) into[key(r)] = r;
  return into;
};

/** The first month the phone keeps, counted back from the server's date. */
export function windowStart(today: string): YearMonth {
  return offlineWindowStart(parseYearMonth(today.slice(0, 7))!);
}

/** The phone's desa after a download: a full one replaces everything (and a download for another user or desa is
 * always taken as full); a delta upserts the rows it carries, drops the targets no longer active in the desa with
 * their records, replaces the measurement of every child-month it carries, and forgets months that left the
 * window. */
export function applySnapshot(prev: LocalDesa | null, snap: OfflineSnapshot, now: number): LocalDesa {
  const fresh = snap.full || !prev || prev.owner.id !== snap.user.id || prev.desa.kode !== snap.desa.kode;
  const base: LocalDesa =
    fresh || !prev
      ? {
          owner: snap.user,
          desa: snap.desa,
          cursor: snap.cursor,
          today: snap.today,
          lastContact: now,
          posyandu: [],
          settings: {},
          periode: [],
          sasaran: {},
          rumahTangga: {},
          ibu: {},
          anak: {},
          paud: {},
          ukur: {},
          balita: {},
          balitaUkur: {},
          tugas: null,
        }
      : upgradeLocal(structuredClone(prev));
  const next: LocalDesa = {
    ...base,
    owner: snap.user,
    desa: snap.desa,
    cursor: snap.cursor,
    today: snap.today,
    lastContact: now,
    posyandu: snap.posyandu,
    settings: snap.settings,
    periode: snap.periode,
    tugas: snap.tugas,
  };
  byKey(snap.sasaran, (t) => String(t.id), next.sasaran);
  byKey(snap.rumahTangga, (h) => String(h.id), next.rumahTangga);
  byKey(snap.ibu, recordKey, next.ibu);
  byKey(snap.paud, recordKey, next.paud);
  for (const a of snap.anak) {
    const old = next.anak[recordKey(a)];
    if (old) delete next.ukur[String(old.id)];
    delete next.ukur[String(a.id)];
    next.anak[recordKey(a)] = a;
  }
  byKey(snap.ukur, (u) => String(u.pemantauanAnakId), next.ukur);
  // A server older than the balita record sends neither list.
  for (const b of snap.balita ?? []) {
    const old = next.balita[recordKey(b)];
    if (old) delete next.balitaUkur[String(old.id)];
    delete next.balitaUkur[String(b.id)];
    next.balita[recordKey(b)] = b;
  }
  byKey(snap.balitaUkur ?? [], (u) => String(u.pemantauanBalitaId), next.balitaUkur);

  const active = new Set(snap.sasaranIds.map(String));
  for (const id of Object.keys(next.sasaran)) if (!active.has(id)) delete next.sasaran[id];
  const first = monthIndex(windowStart(snap.today));
  const keep = (r: { sasaranId: number; tahun: number; bulan: number }) =>
    active.has(String(r.sasaranId)) && monthIndex(r) >= first;
  for (const store of [next.ibu, next.anak, next.paud, next.balita] as Record<
    string,
    OfflineIbuMonth | OfflineAnakMonth
  >[])
    for (const [k, r] of Object.entries(store)) if (!keep(r)) delete store[k];
  const anakIds = new Set(Object.values(next.anak).map((a) => String(a.id)));
  for (const id of Object.keys(next.ukur)) if (!anakIds.has(id)) delete next.ukur[id];
  const balitaIds = new Set(Object.values(next.balita).map((b) => String(b.id)));
  for (const id of Object.keys(next.balitaUkur)) if (!balitaIds.has(id)) delete next.balitaUkur[id];
  return next;
}

/** A desa stored by a build before the balita record (no `balita` lists): given empty lists so every view works,
 * and an empty cursor, so the next download is a full one that brings the balita months (docs/offline.md). */
export function upgradeLocal(local: LocalDesa): LocalDesa {
  if (local.balita && local.balitaUkur) return local;
  return { ...local, balita: {}, balitaUkur: {}, cursor: "" };
}

/** Whether the phone's copy is too old to show (no contact with the server for longer than a session lives). */
export function expired(local: LocalDesa, now: number): boolean {
  return now - local.lastContact > MAX_OFFLINE_MS;
}
