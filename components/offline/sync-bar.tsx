"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { offlineText } from "@/lib/i18n/offline";
import { needsAttention, pendingCount, sendable } from "@/lib/offline/outbox";
import { currentOwner, forgetOtherUsers, onChange, readOutbox, setOwner, type Owner } from "@/lib/offline/store";
import { syncNow, type SyncOutcome } from "@/lib/offline/sync";

const t = offlineText.bar;

type View = {
  waiting: number;
  attention: number;
  busy: boolean;
  offline: boolean;
  signedOut: boolean;
  /** The desa and the WHO tables are on the phone and a service worker serves the offline pages. */
  ready: boolean;
};

/** After a run that reached nobody, the next automatic try waits this long (a tap on "Kirim sekarang" does not). */
const RETRY_MS = 15_000;
/** When the last run failed (one bar per page). */
let lastFailure = 0;

/** Resolves once a service worker controls this page (false after a while: none is registered under next dev). */
function controlled(): Promise<boolean> {
  const sw = navigator.serviceWorker;
  if (!sw) return Promise.resolve(false);
  if (sw.controller) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => resolve(false), 15_000);
    sw.addEventListener("controllerchange", () => {
      window.clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Once the service worker controls the page, loads what the offline pages load on demand — the WHO tables, the
 * sender and the growth chart's code — so it stores them (cache-first) and the next visit without a connection
 * finds everything. */
async function warmUp(): Promise<boolean> {
  try {
    if (!(await controlled())) return false;
    await Promise.all([
      import("@/lib/growth/client-tables").then((m) => m.loadClientGrowthTables()),
      import("@/lib/offline/phone-save"),
      import("@/components/charts/growth-chart"),
    ]);
    return true;
  } catch {
    return false;
  }
}

/** "Menunggu sinkron (N)" / "Semua data sudah terkirim" on every page of a KPM, with "Kirim sekarang". Mounted with
 * the signed-in KPM (`owner`) on portal pages, which makes this browser theirs for offline work: the first mount
 * downloads the desa; later ones send what waits and fetch what changed. In the offline shell `owner` is null and
 * the bar works on whoever the phone belongs to. */
export function SyncBar({ owner }: { owner: Owner | null }) {
  const [view, setView] = useState<View>({
    waiting: 0,
    attention: 0,
    busy: false,
    offline: false,
    signedOut: false,
    ready: false,
  });

  const sendRef = useRef<() => Promise<void>>(async () => undefined);
  const refresh = useCallback(async () => {
    const who = currentOwner();
    if (!who) return;
    const items = await readOutbox(who.userId);
    // Something waits and the last run did not fail just now: send it (a save made online, a choice in a conflict,
    // a copy whose hold ran out, a server that did not answer a while ago).
    if (navigator.onLine && sendable(items, Date.now()).length && Date.now() - lastFailure > RETRY_MS)
      void sendRef.current();
    setView((v) => ({
      ...v,
      waiting: pendingCount(items, Date.now()),
      attention: needsAttention(items).length,
      offline: !navigator.onLine,
    }));
  }, []);

  const send = useCallback(async () => {
    if (!currentOwner()) return;
    setView((v) => ({ ...v, busy: true }));
    const outcome: SyncOutcome | null = await syncNow().catch(() => null);
    lastFailure = outcome?.status === "done" ? 0 : Date.now();
    const ready = outcome?.status === "done" && (await warmUp());
    setView((v) => ({ ...v, busy: false, signedOut: outcome?.status === "signed_out", ready: v.ready || ready }));
    await refresh();
  }, [refresh]);

  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      if (owner) {
        const before = currentOwner();
        if (!before || before.userId !== owner.userId || before.desaKode !== owner.desaKode) setOwner(owner);
        await forgetOtherUsers(owner.userId).catch(() => undefined);
      }
      if (cancelled) return;
      await refresh();
      // After the page is interactive: the first download, or what changed since the last one.
      if (navigator.onLine) await send();
    })();
    const off = onChange(() => void refresh());
    const online = () => void send();
    const offline = () => setView((v) => ({ ...v, offline: true }));
    const visible = () => document.visibilityState === "visible" && navigator.onLine && void send();
    const fromWorker = (e: MessageEvent) => e.data?.type === "tumbuh:sync" && void send();
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    document.addEventListener("visibilitychange", visible);
    navigator.serviceWorker?.addEventListener("message", fromWorker);
    // Write-ahead copies come off hold after a few seconds: count them then.
    const tick = window.setInterval(() => void refresh(), 5000);
    return () => {
      cancelled = true;
      off();
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      document.removeEventListener("visibilitychange", visible);
      navigator.serviceWorker?.removeEventListener("message", fromWorker);
      window.clearInterval(tick);
    };
  }, [owner, refresh, send]);

  const pending = view.waiting > 0;
  return (
    <div
      role="status"
      aria-label={t.label}
      data-testid="sync-bar"
      data-luring={view.ready ? "siap" : undefined}
      className={`no-print border-b px-4 py-1 text-sm ${pending ? "border-warn-800 bg-warn-50 text-warn-800" : "border-brand-100 bg-brand-50 text-brand-800"}`}
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1">
        <span data-testid="sync-status" className="font-semibold">
          {view.busy ? t.sending : pending ? t.waiting(view.waiting) : t.allSent}
        </span>
        {view.offline ? <span>{t.offline}</span> : null}
        {view.ready && !pending && !view.offline ? (
          <span data-testid="siap-luring" className="text-xs">
            {t.ready}
          </span>
        ) : null}
        {view.signedOut ? <span>{t.signedOut}</span> : null}
        {view.attention > 0 ? (
          <a href="/luring?lihat=antrean" className="font-semibold underline" data-testid="sync-attention">
            {t.needFix(view.attention)}
          </a>
        ) : pending ? (
          <a href="/luring?lihat=antrean" className="underline">
            {t.openList}
          </a>
        ) : null}
        {pending ? (
          <button
            type="button"
            onClick={() => void send()}
            disabled={view.busy}
            className="ml-auto inline-flex min-h-9 items-center rounded-md border border-current px-3 font-semibold"
          >
            {t.sendNow}
          </button>
        ) : null}
      </div>
    </div>
  );
}
