import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

/* The installable app and its service worker (docs/offline.md): the manifest, registration after sign-in, the
 * offline shell answering a reload with no network, and the rule that no page, RSC payload, API answer (but the
 * WHO tables) or export is ever stored. */

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const DESA = "/wilayah/19.05.01.2004";

/** Everything the worker's caches hold, as paths with their query. */
async function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const url = new URL(request.url);
        out.push(url.pathname + url.search);
      }
    }
    return out;
  });
}

/** Waits until the worker controls this page. The listener goes on before anything is awaited: a worker that
 * claims the page between two awaits would otherwise fire "controllerchange" unheard. */
async function controlled(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true });
        if (navigator.serviceWorker.controller) resolve();
      }),
  );
}

/** PNG width and height from the IHDR chunk. */
function pngSize(body: Buffer): [number, number] {
  expect(body.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [body.readUInt32BE(16), body.readUInt32BE(20)];
}

test("the manifest is valid, public and linked; its icons load", async ({ page, request }) => {
  const res = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
  expect(res.status()).toBe(200);
  const manifest = await res.json();
  expect(manifest).toMatchObject({ short_name: "Tumbuh", start_url: "/", display: "standalone", scope: "/" });
  expect(manifest.name).toContain("Tumbuh");
  expect(manifest.theme_color).toBe("#17643a");
  const icons: Array<{ src: string; sizes: string; purpose: string }> = manifest.icons;
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
    "192x192 any",
    "512x512 any",
    "512x512 maskable",
  ]);
  for (const icon of [...icons, { src: "/icons/apple-touch-icon.png", sizes: "180x180" }]) {
    const r = await request.get(icon.src, { maxRedirects: 0 });
    expect(r.status(), icon.src).toBe(200);
    expect(r.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await r.body()).join("x")).toBe(icon.sizes);
  }
  // Public with no session, like the worker itself (a signed-out browser still checks for a new worker).
  const sw = await request.get("/sw.js", { maxRedirects: 0 });
  expect(sw.status()).toBe(200);
  expect(sw.headers()["content-type"]).toContain("javascript");
  expect(sw.headers()["cache-control"]).toContain("no-cache");
  await page.goto("/login");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/icons/apple-touch-icon.png");
  // A signed-out page registers no worker.
  await page.waitForLoadState("load");
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

test("after sign-in the worker controls the page; offline, a reload answers the cached shell", async ({
  page,
  context,
}) => {
  await login(page, "kpm.airputih");
  await page.goto(`${DESA}/pemantauan`);
  await controlled(page);
  // The sync bar's warm-up: the desa, the WHO tables and the code the offline pages load on demand are stored.
  await expect(page.getByTestId("sync-bar")).toHaveAttribute("data-luring", "siap", { timeout: 45_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);

  const failedStatic: string[] = [];
  page.on("requestfailed", (r) => {
    if (new URL(r.url()).pathname.startsWith("/_next/static/")) failedStatic.push(r.url());
  });
  // The shell starts at an address that is not its own: it must run without an uncaught error.
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  // The browser's own HTTP cache would serve build files offline too (they are immutable): empty it, as a phone
  // short of space does, so only the worker's caches count.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.clearBrowserCache");
  await context.setOffline(true);
  const reload = await page.reload();
  expect(reload?.status()).toBe(200);
  expect(reload?.fromServiceWorker()).toBe(true);
  await expect(page).toHaveURL(`${DESA}/pemantauan`);
  await expect(page.getByTestId("offline-shell")).toBeVisible();

  // Also a typed address and the start page of the installed app.
  for (const path of ["/", DESA, `${DESA}/sasaran/12`]) {
    const res = await page.goto(path);
    expect(res?.fromServiceWorker(), path).toBe(true);
    await expect(page.getByTestId("offline-shell"), path).toBeVisible();
  }
  // Any other address: the small offline page, with a way back to the desa home.
  const other = await page.goto(`${DESA}/apbdes`);
  expect(other?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Halaman ini perlu sambungan internet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ke beranda desa" })).toHaveAttribute("href", "/");
  expect(failedStatic, "every build file of the shell and the offline page is cached").toEqual([]);
  expect(pageErrors).toEqual([]);

  // Back online: pages come from the server again, never from a cache.
  await context.setOffline(false);
  const online = await page.goto(`${DESA}/pemantauan`);
  expect(online?.status()).toBe(200);
  await expect(page.getByTestId("offline-shell")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a Background Sync event tagged tumbuh-outbox wakes the open page with tumbuh:sync", async ({ page, context }) => {
  await login(page, "kpm.airputih");
  await controlled(page);
  const cdp = await context.newCDPSession(page);
  const registration = new Promise<string>((resolve) =>
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const ours = registrations.find((r) => !r.isDeleted && r.scopeURL.endsWith("/"));
      if (ours) resolve(ours.registrationId);
    }),
  );
  await cdp.send("ServiceWorker.enable");
  const registrationId = await registration;
  await page.evaluate(() => {
    (window as unknown as { synced: unknown[] }).synced = [];
    navigator.serviceWorker.addEventListener("message", (e) =>
      (window as unknown as { synced: unknown[] }).synced.push(e.data),
    );
  });
  const origin = new URL(page.url()).origin;
  for (const tag of ["something-else", "tumbuh-outbox"])
    await cdp.send("ServiceWorker.dispatchSyncEvent", { origin, registrationId, tag, lastChance: false });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { synced: unknown[] }).synced))
    .toEqual([{ type: "tumbuh:sync" }]);
});

test("after walking many pages as kpm and as kecamatan, the caches hold no page, API answer or export", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await login(page, "kpm.airputih");
  await controlled(page);
  for (const path of [DESA, `${DESA}/sasaran`, `${DESA}/pemantauan`, `${DESA}/scorecard`, `${DESA}/kegiatan`])
    await page.goto(path);
  // A client-side navigation (RSC payload) and a target's page.
  await page.goto(`${DESA}/sasaran`);
  const target = page
    .locator(`a[href^="${DESA}/sasaran/"]`)
    .filter({ hasNotText: /baru|rumah/i })
    .first();
  if (await target.count()) await target.click();
  await page.waitForLoadState("networkidle");
  // Exports and session answers fetched by the page go through the worker too.
  const statuses = await page.evaluate(async (desa) => {
    const out: number[] = [];
    for (const url of [`${desa}/sasaran/ekspor`, `${desa}/scorecard/ekspor`, "/api/auth/session", "/api/luring/who"])
      out.push((await fetch(url)).status);
    return out;
  }, DESA);
  expect(statuses[3]).toBe(200);

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login/);
  await login(page, "tpps.mentok");
  for (const path of ["/wilayah/19.05.01", "/wilayah/19.05.01/scorecard", DESA, `${DESA}/sasaran`])
    await page.goto(path);
  await page.waitForLoadState("networkidle");

  const urls = await cachedUrls(page);
  const allowed = [
    /^\/_next\/static\/[^?]+(\?dpl=[\w-]+)?$/,
    /^\/icons\/[\w-]+\.png(\?__WB_REVISION__=\w+)?$/,
    /^\/(luring|luring\/tanpa-sinyal|manifest\.webmanifest|api\/luring\/who)(\?__WB_REVISION__=[\w-]+)?$/,
  ];
  expect(urls.filter((u) => !allowed.some((re) => re.test(u)))).toEqual([]);
  // Not vacuous: the shell, the tables and build files are there.
  expect(urls.some((u) => u.startsWith("/luring?") || u === "/luring")).toBe(true);
  expect(urls.some((u) => u.startsWith("/api/luring/who"))).toBe(true);
  expect(urls.filter((u) => u.startsWith("/_next/static/")).length).toBeGreaterThan(5);
});
