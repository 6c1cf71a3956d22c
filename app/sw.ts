/// <reference lib="webworker" />
/* The service worker, bundled by esbuild through app/sw.js/route.ts (@serwist/turbopack) and served as /sw.js.
 * Wiring only: every rule about URLs is in lib/offline/sw-routes.ts. docs/offline.md, "Service worker". */
import { CacheFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";
import {
  isCacheable,
  isImmutableStatic,
  isShellPath,
  isWhoTables,
  NAVIGATION_TIMEOUT_SECONDS,
  OFFLINE_PAGE_PATH,
  offlineFallbackFor,
  OUTBOX_SYNC_TAG,
  SHELL_PATH,
  staticAssetsIn,
  SYNC_MESSAGE,
} from "@/lib/offline/sw-routes";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    // Replaced at build time by the precache list (the shell, the offline page, manifest, icons, WHO tables).
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;
/** The build this worker belongs to (esbuild `define` in app/sw.js/route.ts). */
declare const __TUMBUH_BUILD__: string;

/** Build files of this deployment: filled at install with what the shell and the offline page load, then with every
 * build file a page loads online. One cache per build; the previous ones are deleted when this worker activates. */
const STATIC_CACHE = `tumbuh-static-${__TUMBUH_BUILD__}`;
const STATIC_PREFIX = "tumbuh-static-";
const WHO_CACHE = "tumbuh-who";

/** Only a complete, same-origin 200 of a URL the rules allow is ever written (never an opaque or error answer). */
const onlyCacheable = {
  cacheWillUpdate: async ({ request, response }: { request: Request; response: Response }) =>
    response.status === 200 && response.type === "basic" && isCacheable(new URL(request.url), self.location.origin)
      ? response
      : null,
};

/** A failed navigation: the shell for the addresses it can show, else the offline page (lib/offline/sw-routes.ts). */
const offlineFallback = {
  handlerDidError: async ({ request }: { request: Request }): Promise<Response> =>
    (await serwist.matchPrecache(offlineFallbackFor(new URL(request.url).pathname))) ?? Response.error(),
};

const serwist: Serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  // No `defaultCache`: its "pages" and "pages-rsc" caches store page HTML and RSC payloads, which may hold
  // personal data. Nothing below stores a page.
  runtimeCaching: [
    {
      matcher: ({ url }) => isImmutableStatic(url, self.location.origin),
      handler: new CacheFirst({ cacheName: STATIC_CACHE, plugins: [onlyCacheable] }),
    },
    {
      matcher: ({ url }) => isWhoTables(url, self.location.origin),
      handler: new CacheFirst({ cacheName: WHO_CACHE, plugins: [onlyCacheable] }),
    },
    {
      // A page the shell can show: the network, never stored; with no answer within the timeout (a weak signal is as
      // good as none), the shell from the precache.
      matcher: ({ request, url }) => request.mode === "navigate" && isShellPath(url.pathname),
      handler: new NetworkOnly({ networkTimeoutSeconds: NAVIGATION_TIMEOUT_SECONDS, plugins: [offlineFallback] }),
    },
    {
      // Any other page: the network however slow, never stored; the offline page only when the network fails.
      matcher: ({ request }) => request.mode === "navigate",
      handler: new NetworkOnly({ plugins: [offlineFallback] }),
    },
  ],
});

/** The build files the shell and the offline page load, read from their HTML: without them the shell cannot start
 * offline. If one fails to download, the install fails and the browser tries again later. */
async function cacheShellAssets(): Promise<void> {
  const urls = new Set<string>();
  for (const page of [SHELL_PATH, OFFLINE_PAGE_PATH]) {
    const response = await fetch(page, { credentials: "same-origin", cache: "no-store" });
    if (!response.ok) throw new Error(`${page}: ${response.status}`);
    for (const url of staticAssetsIn(await response.text())) urls.add(url);
  }
  const cache = await caches.open(STATIC_CACHE);
  const missing: string[] = [];
  for (const url of urls) if (!(await cache.match(url))) missing.push(url);
  await cache.addAll(missing);
}

/** Deletes the build-file caches of earlier deployments (the precache cleans itself). */
async function deleteOldCaches(): Promise<void> {
  for (const name of await caches.keys())
    if (name.startsWith(STATIC_PREFIX) && name !== STATIC_CACHE) await caches.delete(name);
}

/** The page does the sending (it holds the session and the outbox); the worker only wakes it. With no page open
 * there is nobody to send: the next page opened sends at start. */
async function wakeClients(): Promise<void> {
  const clients = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  for (const client of clients) client.postMessage(SYNC_MESSAGE);
}

type SyncEvent = ExtendableEvent & { readonly tag: string };

self.addEventListener("install", (event) => event.waitUntil(cacheShellAssets()));
self.addEventListener("activate", (event) => event.waitUntil(deleteOldCaches()));
self.addEventListener("sync", ((event: SyncEvent) => {
  if (event.tag === OUTBOX_SYNC_TAG) event.waitUntil(wakeClients());
}) as EventListener);

serwist.addEventListeners();
