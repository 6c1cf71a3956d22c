import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createSerwistRoute } from "@serwist/turbopack";
import { MANIFEST_PATH, OFFLINE_PAGE_PATH, SHELL_PATH, WHO_TABLES_PATH } from "@/lib/offline/sw-routes";
import { WHO_TABLE_FILES } from "@/lib/growth/who-files";

/* /sw.js: @serwist/turbopack bundles app/sw.ts with esbuild while `next build` prerenders this route, and injects
 * the precache list. Its own route lives at /serwist/[path]; here it is mounted at the root so the worker's scope
 * is the whole site without a Service-Worker-Allowed header. docs/offline.md, "Service worker". */

/** A new value for every build (`.next/BUILD_ID` is not yet written when this route is prerendered), so every
 * deployment installs a new worker, which refreshes the shell and drops the previous build files. */
const version = crypto.randomUUID();

/** The WHO tables' revision: a hash of the files, so they are downloaded again only when they change. */
function whoRevision(): string {
  const hash = createHash("sha256");
  const dir = path.join(process.cwd(), "db/reference/who-growth");
  for (const { file } of Object.values(WHO_TABLE_FILES)) hash.update(fs.readFileSync(path.join(dir, file)));
  return hash.digest("hex").slice(0, 16);
}

const route = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  // Nothing of the build is precached by pattern (all of .next/static is ~370 kB gzip, mostly pages never used
  // offline, over the 250 kB budget): the worker caches the build files the shell names when it installs (app/sw.ts).
  // Only the icons come from public/.
  globPatterns: ["public/icons/*.png"],
  additionalPrecacheEntries: [
    { url: SHELL_PATH, revision: version },
    { url: OFFLINE_PAGE_PATH, revision: version },
    { url: MANIFEST_PATH, revision: version },
    { url: WHO_TABLES_PATH, revision: whoRevision() },
  ],
  esbuildOptions: { sourcemap: false, define: { __TUMBUH_BUILD__: JSON.stringify(version) } },
});

export const { dynamic, revalidate } = route;

export function GET(request: Request) {
  return route.GET(request, { params: Promise.resolve({ path: "sw.js" }) });
}
