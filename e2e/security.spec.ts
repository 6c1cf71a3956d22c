import { expect, test } from "@playwright/test";
import { login } from "./fixtures";
import { SESSION_HANDOFF_HEADER, signHandoff } from "../lib/auth/session-handoff";

const AIR_PUTIH = "19.05.01.2004";

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["content-security-policy"], where).toContain("frame-ancestors 'none'");
}

test("every response carries the security headers; pages get a CSP whose nonce is on every script", async ({
  request,
}) => {
  const res = await request.get("/login");
  const headers = res.headers();
  expectSecurityHeaders(headers, "/login");
  const csp = headers["content-security-policy"];
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain("upgrade-insecure-requests"); // plain http on localhost
  const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce).toBeTruthy();
  const html = await res.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(s, s).toContain(`nonce="${nonce}"`);
  // A fresh nonce per response.
  const again = (await request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);

  expectSecurityHeaders((await request.get("/api/auth/session")).headers(), "/api/auth/session");
  const chunk = html.match(/\/_next\/static\/[^"']+\.js/)?.[0];
  expect(chunk).toBeTruthy();
  const staticRes = await request.get(chunk!);
  expect(staticRes.status()).toBe(200);
  expectSecurityHeaders(staticRes.headers(), "static chunk");
});

test("the portal runs under the CSP: no violation while signing in, listing, sorting and opening records", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(m.text()))
      violations.push(m.text());
  });
  await login(page, "kpm.airputih");
  await page.goto(`/wilayah/${AIR_PUTIH}/sasaran`);
  await page
    .getByTestId("tabel-sasaran")
    .getByRole("link", { name: /Tanggal lahir/ })
    .click();
  await expect(page).toHaveURL(/sort=tanggalLahir/);
  await page.getByTestId("tabel-sasaran").locator("tbody a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto(`/wilayah/${AIR_PUTIH}/scorecard`);
  await page.goto(`/wilayah/${AIR_PUTIH}`);
  // React hydrated (scripts ran): the client router is live.
  expect(await page.evaluate(() => document.querySelectorAll("script[nonce]").length)).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});

test("session cookie: HttpOnly and SameSite=Lax (Secure is added when served over HTTPS)", async ({
  page,
  context,
}) => {
  await login(page, "kpm.pelangas");
  const session = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  // Idle expiry: 12 hours.
  const hours = (session!.expires * 1000 - Date.now()) / 3_600_000;
  expect(hours).toBeGreaterThan(11.5);
  expect(hours).toBeLessThanOrEqual(12.01);
});

test("login throttle: after five failures the form says how long to wait", async ({ page }) => {
  const username = `e2e.kunci.${Date.now().toString(36)}`;
  await page.goto("/login");
  const attempt = async (password: string) => {
    await page.getByLabel("Nama pengguna").fill(username);
    await page.getByLabel("Kata sandi").fill(password);
    // Wait for this attempt's answer: the previous message is the same text.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login"),
      page.getByRole("button", { name: "Masuk" }).click(),
    ]);
    // The answer has arrived, but React resets the form when the action's transition ends: wait for that
    // (the button reads "Masuk" again) before typing the next attempt, or the reset can wipe what was typed.
    await expect(page.getByRole("button", { name: "Masuk" })).toBeEnabled();
  };
  for (let i = 0; i < 5; i++) {
    await attempt(`salah-${i}`);
    await expect(page.getByTestId("login-error")).toHaveText("Nama pengguna atau kata sandi salah");
  }
  await attempt("apa-saja-lagi");
  await expect(page.getByTestId("login-error")).toHaveText(
    "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.",
  );
});

test("a malformed request is refused without a stack trace or SQL", async ({ page }) => {
  await login(page, "kpm.airputih");
  // A broken percent-escape in the region code.
  const res = await page.goto(`/wilayah/%E0%A4%A/sasaran`);
  expect([400, 404, 500]).toContain(res?.status());
  expect(await page.locator("body").innerText()).not.toMatch(/URIError|at \S+ \(|\.tsx?:\d+|select |postgres|drizzle/i);
});

test("a session header sent by the browser is not believed (the proxy hands the page its own, signed)", async ({
  page,
  request,
}) => {
  // Signed with a secret the server does not have, for user id 1 (the admin account created first by the seed).
  const forged = { [SESSION_HANDOFF_HEADER]: signHandoff({ uid: 1 }, "not-the-server-secret-not-the-server-secret") };
  // Not signed in at all: still sent to the login page.
  const anonymous = await request.get("/wilayah/19.05", { headers: forged, maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers().location).toContain("/login");
  // Signed in as a cadre: still only the cadre's desa.
  await login(page, "kpm.airputih");
  await page.setExtraHTTPHeaders(forged);
  const res = await page.goto("/wilayah/19.05");
  expect([403, 404]).toContain(res?.status());
  await page.goto("/wilayah/19.05.01.2004");
  await expect(page.getByTestId("header-role")).toHaveText("KPM");
});
