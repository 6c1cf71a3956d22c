/** Offline capture figures (issue 18, docs/offline.md "Sizes and timings"), against a running production server
 * with the demo district: first-load JS of a KPM's pages against /login, the offline package, the desa data on the
 * phone, an offline save under 4× CPU slowdown, and sending 50 records over a slow 3G profile.
 * Usage: tsx bench/offline.ts <base-url>   (e.g. http://localhost:3000; Chromium from CHROMIUM_PATH) */
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { firstLoadJs } from "./first-load";
import { signIn } from "./session";

const DESA = "/wilayah/19.05.01.2004";
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

async function gz(base: string, path: string, cookie = ""): Promise<number> {
  const body = Buffer.from(await (await fetch(new URL(path, base), { headers: { cookie } })).arrayBuffer());
  return gzipSync(body, { level: 9 }).length;
}

const scriptsOf = async (base: string, path: string, cookie = "") =>
  new Set(
    [
      ...(await (await fetch(new URL(path, base), { headers: { cookie } })).text()).matchAll(
        /<script[^>]+src="([^"]+)"/g,
      ),
    ].map((m) => m[1]),
  );

async function sizes(base: string) {
  const cookie = await signIn(base, "kpm.airputih");
  const login = (await firstLoadJs(base, "", "/login")).bytes;
  console.log(`first-load JS /login\t${kB(login)}`);
  for (const p of [DESA, `${DESA}/pemantauan`, `${DESA}/sasaran`, `${DESA}/sasaran/baru`]) {
    const r = await firstLoadJs(base, cookie, p);
    console.log(`first-load JS ${p}\t${kB(r.bytes)}\t(login + ${kB(r.bytes - login)})`);
  }
  const page = await scriptsOf(base, DESA, cookie);
  const shell = [...(await scriptsOf(base, "/luring"))].filter((s) => !page.has(s));
  let shellNew = 0;
  for (const s of shell) shellNew += await gz(base, s);
  const who = await gz(base, "/api/luring/who");
  const sw = await gz(base, "/sw.js");
  console.log(
    `offline package: shell code not on the KPM's pages ${kB(shellNew)} + WHO tables ${kB(who)} + sw.js ${kB(sw)} = ${kB(shellNew + who + sw)}`,
  );
}

async function ready(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Nama pengguna").fill("kpm.airputih");
  await page.getByLabel("Kata sandi").fill("tumbuh-demo");
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByTestId("sync-bar").and(page.locator('[data-luring="siap"]')).waitFor({ timeout: 60_000 });
}

async function phone(base: string) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const ctx = await browser.newContext({ baseURL: base, viewport: { width: 360, height: 740 }, locale: "id-ID" });
  const page = await ctx.newPage();
  await ready(page);
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const owner = JSON.parse(localStorage.getItem("tumbuh.luring")!);
      const r = indexedDB.open(`tumbuh-luring-${owner.userId}`);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const blob = await new Promise<Blob>((resolve) => {
      const r = db.transaction("desa").objectStore("desa").get("desa");
      r.onsuccess = () => resolve(r.result as Blob);
    });
    const json = await new Response(blob.stream().pipeThrough(new DecompressionStream("gzip"))).text();
    const desa = JSON.parse(json);
    return {
      blob: blob.size,
      json: json.length,
      targets: Object.keys(desa.sasaran).length,
      months: Object.keys(desa.ibu).length + Object.keys(desa.anak).length + Object.keys(desa.paud).length,
    };
  });
  console.log(
    `desa on the phone: ${stored.targets} targets, ${stored.months} monthly records: ${kB(stored.blob)} stored (gzip; ${kB(stored.json)} as JSON)`,
  );

  // One offline save under 4× CPU slowdown: from the tap on "Simpan" to the form's "Tersimpan di perangkat" on screen
  // (stored in IndexedDB by then; the shell goes back to the list a moment later).
  const cdp = await ctx.newCDPSession(page);
  await ctx.setOffline(true);
  await page.goto(`${DESA}/pemantauan`);
  await page.getByTestId("daftar-anak").locator("li a").last().click();
  await page.getByTestId("offline-entry").waitFor();
  await page.getByLabel("Berat badan (kg)").fill("8,4");
  // A cadre takes more than a second to weigh and type: the page has parsed the WHO tables by then.
  await page.waitForTimeout(1500);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Simpan")!;
        let start = 0;
        new MutationObserver((_, obs) => {
          const answer = document.querySelector('[data-testid="form-message"]');
          if (answer?.textContent?.includes("Tersimpan di perangkat")) {
            obs.disconnect();
            resolve(performance.now() - start);
          }
        }).observe(document.body, { childList: true, subtree: true });
        start = performance.now();
        button.click();
      }),
  );
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  console.log(`offline save, 4× CPU slowdown: ${ms.toFixed(0)} ms`);

  // 50 records typed offline, then sent over slow 3G (DevTools' profile: 400 ms latency, 500 kbit/s each way).
  // This month's lists, then last month's (a small desa has fewer than 50 targets due in one month).
  const now = new Date(Date.now() + 7 * 3600_000);
  const months = [0, 1].map((back) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  });
  const rows = page.locator('[data-testid^="daftar-"] li a');
  let typed = 1;
  for (const bulan of months) {
    await page.goto(`${DESA}/pemantauan?bulan=${bulan}`);
    await rows.first().waitFor();
    const count = await rows.count();
    for (let i = 0; i < count && typed < 50; i++) {
      await page.goto(`${DESA}/pemantauan?bulan=${bulan}`);
      const row = rows.nth(i);
      await row.waitFor();
      if ((await row.textContent())?.includes("Tersimpan di perangkat")) continue;
      await row.click();
      const paud = page.getByLabel("Kehadiran PAUD bulan ini");
      if (await paud.count()) await paud.selectOption({ index: 1 });
      await page.getByRole("button", { name: "Simpan" }).click();
      const saved = page.getByTestId("tersimpan-di-perangkat");
      const refused = page.getByTestId("form-message").filter({ hasText: "⚠" });
      await saved.or(refused).first().waitFor();
      if (await saved.count()) typed++;
    }
  }
  await page
    .getByTestId("sync-status")
    .filter({ hasText: `Menunggu sinkron (${typed})` })
    .waitFor();
  // Playwright's own "online" resets the conditions, so the profile is applied right after it (the first request may
  // leave a few milliseconds early).
  const t0 = Date.now();
  await ctx.setOffline(false);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 400,
    downloadThroughput: (500 * 1024) / 8,
    uploadThroughput: (500 * 1024) / 8,
  });
  // Done when nothing waits or is in flight; refused or conflicting items stay on the phone and are reported.
  const outbox = () =>
    page.evaluate(async () => {
      const owner = JSON.parse(localStorage.getItem("tumbuh.luring")!);
      const db = await new Promise<IDBDatabase>((resolve) => {
        const r = indexedDB.open(`tumbuh-luring-${owner.userId}`);
        r.onsuccess = () => resolve(r.result);
      });
      const items = await new Promise<Array<{ state: string; message?: string }>>((resolve) => {
        const r = db.transaction("outbox").objectStore("outbox").getAll();
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return items.map((i) => ({ state: i.state, message: i.message }));
    });
  let left = await outbox();
  while (left.some((i) => i.state === "waiting" || i.state === "sending")) {
    if (Date.now() - t0 > 600_000) break;
    await page.waitForTimeout(500);
    left = await outbox();
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`${typed} records sent over slow 3G: ${seconds} s; left on the phone: ${left.length}`);
  for (const i of left.slice(0, 5)) console.log(`  ${i.state}: ${i.message ?? ""}`);
  await browser.close();
}

async function main() {
  const base = process.argv[2] ?? "http://localhost:3000";
  await sizes(base);
  await phone(base);
}

main().catch((e) => (console.error(e), process.exit(1)));
