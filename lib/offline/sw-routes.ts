/* What the service worker (app/sw.ts) may keep and what it answers without a network: the rules as pure functions,
 * unit-tested beside this file, so the worker itself holds only wiring. docs/offline.md, "What is cached". */

/** The offline app shell: a page without personal data that renders the KPM's desa from IndexedDB. */
export const SHELL_PATH = "/luring";
/** The small page for every other address when there is no network. */
export const OFFLINE_PAGE_PATH = "/luring/tanpa-sinyal";
/** The five WHO LMS tables for computing z-scores on the phone (app/api/luring/who/route.ts). */
export const WHO_TABLES_PATH = "/api/luring/who";
export const MANIFEST_PATH = "/manifest.webmanifest";
export const SW_PATH = "/sw.js";
export const ICONS_PREFIX = "/icons/";
/** Next's build output: every file name carries a content hash, so a cached copy is never stale. */
export const STATIC_PREFIX = "/_next/static/";

/** Background Sync tag the page registers when the outbox holds items; the worker then wakes the open pages. */
export const OUTBOX_SYNC_TAG = "tumbuh-outbox";
/** What the worker posts to every open page on that sync event (the page sends; the worker holds no data). */
export const SYNC_MESSAGE = { type: "tumbuh:sync" } as const;

/** How long a navigation waits for the server before the shell answers (a weak signal is as good as none). */
export const NAVIGATION_TIMEOUT_SECONDS = 4;

/** Addresses that need no session: the worker, the manifest and icons, the shell, the offline page, the WHO
 * tables. Read by auth.config.ts. `/api/luring/*` other than the tables (the desa data, the outbox) needs one. */
export const OFFLINE_PUBLIC_PATHS = [SW_PATH, MANIFEST_PATH, "/icons", SHELL_PATH, WHO_TABLES_PATH] as const;

const KODE = String.raw`\d+(?:\.\d+)*`;
/** `/`, `/wilayah/<kode>`, `/wilayah/<kode>/(sasaran|pemantauan|scorecard)(/…)?`: what the shell can show. */
const SHELL_ADDRESS = new RegExp(
  String.raw`^/(?:wilayah/${KODE}(?:/(?:sasaran|pemantauan|scorecard)(?:/[^?#]*)?)?)?/?$`,
);
/** Downloads are never the shell, even under a section the shell shows (`/wilayah/<kode>/sasaran/ekspor`). */
const DOWNLOAD_SEGMENT = /\/(?:ekspor|templat|cetak)(?:\/|$)/;

/** Whether a navigation to this path, with no network, is answered with the offline shell. */
export function isShellPath(pathname: string): boolean {
  return SHELL_ADDRESS.test(pathname) && !DOWNLOAD_SEGMENT.test(pathname);
}

/** The cached page that answers a failed navigation to `pathname`. */
export function offlineFallbackFor(pathname: string): typeof SHELL_PATH | typeof OFFLINE_PAGE_PATH {
  return isShellPath(pathname) ? SHELL_PATH : OFFLINE_PAGE_PATH;
}

/** A same-origin, immutable build file: served cache-first. */
export function isImmutableStatic(url: URL, origin: string): boolean {
  return url.origin === origin && url.pathname.startsWith(STATIC_PREFIX);
}

/** The WHO tables: served cache-first (they change only with a new WHO standard, i.e. a new deployment). */
export function isWhoTables(url: URL, origin: string): boolean {
  return url.origin === origin && url.pathname === WHO_TABLES_PATH;
}

/** THE RULE: the only responses the worker ever stores. No page (other than the shell and the offline page, which
 * hold no personal data), no RSC payload, no `/api/*` but the WHO tables, no export, nothing that needs a session.
 * A query string is allowed only on build files (`?dpl=`) and the precache's own `__WB_REVISION__`. */
export function isCacheable(url: URL, origin: string): boolean {
  if (url.origin !== origin) return false;
  const query = [...url.searchParams.keys()].filter((k) => k !== "__WB_REVISION__");
  if (url.pathname.startsWith(STATIC_PREFIX)) return !url.pathname.includes("..");
  if (query.length > 0) return false;
  return (
    url.pathname === SHELL_PATH ||
    url.pathname === OFFLINE_PAGE_PATH ||
    url.pathname === WHO_TABLES_PATH ||
    url.pathname === MANIFEST_PATH ||
    /^\/icons\/[\w-]+\.png$/.test(url.pathname)
  );
}

/** The build files a page's HTML names: `<script src>`, stylesheets, preloaded fonts, and the client chunks in the
 * inlined RSC payload (where quotes are escaped). Cached when the worker installs, so the shell starts offline. */
export function staticAssetsIn(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/\/_next\/static\/[^"'\s\\<>()]+/g)) {
    const url = m[0].replace(/&amp;/g, "&");
    if (!url.includes("..")) found.add(url);
  }
  return [...found].sort();
}
