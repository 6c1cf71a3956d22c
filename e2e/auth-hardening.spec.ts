import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, login } from "./fixtures";

/** Issue 17, findings 6, 7 and 12, each reproduced as the adversary did it against a production build. */

const PORT = Number(process.env.E2E_PORT ?? 3210);
const AIR_PUTIH = "19.05.01.2004";
/** Desa Pelangas, in Kecamatan Simpang Teritip: its targets are exported by the kecamatan team. */
const PELANGAS = "19.05.02.2001";
const stamp = () => Date.now().toString(36);

// ---------------------------------------------------------------------------------------------------------------
// Finding 6: a stolen cookie survived the victim's own password change.

async function createAccount(admin: Page, username: string): Promise<string> {
  await admin.goto("/admin/pengguna/baru");
  const form = admin.getByRole("form", { name: "Tambah pengguna" });
  await form.getByLabel("Nama pengguna").fill(username);
  await form.getByLabel("Nama lengkap").fill("Rani (sesi uji)");
  await form.getByLabel("Peran").selectOption({ label: "Perangkat Desa" });
  await form.getByLabel("Wilayah tugas").selectOption({ label: `Desa Air Putih (${AIR_PUTIH})` });
  await form.getByRole("button", { name: "Buat akun" }).click();
  await expect(admin.getByTestId("one-time-password")).toBeVisible();
  return (await admin.getByTestId("temporary-password").textContent())!.trim();
}

async function changePassword(page: Page, current: string, next: string) {
  await page.goto("/akun/kata-sandi");
  await page.getByLabel("Kata sandi saat ini").fill(current);
  await page.getByLabel("Kata sandi baru", { exact: true }).fill(next);
  await page.getByLabel("Ulangi kata sandi baru").fill(next);
  await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(page.getByTestId("password-changed")).toBeVisible();
}

test("changing the password ends the account's other sessions; the session that changed it stays signed in", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // A fresh account (not a KPM: other specs count each desa's KPM), so no other spec's sign-in is affected.
  const username = `operator.sesi${stamp()}`;
  await login(page, "admin");
  const temporary = await createAccount(page, username);
  const first = "kopi-pagi-di-air-putih";
  const second = "teh-sore-di-air-putih";

  const a = await browser.newContext();
  const b = await browser.newContext();
  const pa = await a.newPage();
  const pb = await b.newPage();
  await login(pa, username, temporary);
  await changePassword(pa, temporary, first);
  await login(pb, username, first);
  await pb.goto(`/wilayah/${AIR_PUTIH}`);
  await expect(pb.getByRole("heading", { level: 1 })).toHaveText("Desa Air Putih");

  await changePassword(pa, first, second);
  // B (think: a stolen cookie) is out on its very next request …
  await pb.goto(`/wilayah/${AIR_PUTIH}`);
  await expect(pb).toHaveURL(/\/login/);
  // … A, which changed the password, is still in.
  await pa.goto(`/wilayah/${AIR_PUTIH}`);
  await expect(pa.getByRole("heading", { level: 1 })).toHaveText("Desa Air Putih");
  // And the new password works for a new sign-in.
  await login(pb, username, second);
  await expect(pb.getByTestId("header-role")).toHaveText("Perangkat Desa");
  await a.close();
  await b.close();
});

// ---------------------------------------------------------------------------------------------------------------
// Finding 7: the per-IP limit trusted X-Forwarded-For from the client. The server runs with no trusted proxy (the
// default), so the address is the socket's. The loopback range lets a test speak from other addresses than the
// browser's (127.0.0.1), so these attempts never hold the rest of the run.

type Outcome = "ok" | "invalid" | "throttled";

function raw(
  from: string,
  method: "GET" | "POST",
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: PORT, localAddress: from, method, path, headers, timeout: 30_000 },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Signs in through Auth.js's own HTTP endpoint, as a script would, from the loopback address `from`. */
async function rawLogin(from: string, username: string, password: string, forwardedFor?: string): Promise<Outcome> {
  const extra: Record<string, string> = forwardedFor
    ? { "X-Forwarded-For": forwardedFor, "X-Real-IP": forwardedFor }
    : {};
  const csrf = await raw(from, "GET", "/api/auth/csrf", extra);
  // The proxy and the route handler each set a CSRF cookie; as in a browser, the later one wins.
  const pairs = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]);
  const jar = new Map(pairs.map((p) => [p.slice(0, p.indexOf("=")), p]));
  const cookie = [...jar.values()].join("; ");
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const res = await raw(
    from,
    "POST",
    "/api/auth/callback/credentials",
    { ...extra, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    new URLSearchParams({ csrfToken, username, password, callbackUrl: "/" }).toString(),
  );
  const location = String(res.headers.location ?? "");
  if (/code=throttled/.test(location)) return "throttled";
  if (/error=CredentialsSignin/.test(location)) return "invalid";
  expect(location, "no other sign-in error (a CSRF failure would hide the throttle)").not.toMatch(/error=/);
  expect(res.status, location).toBe(302);
  return "ok";
}

test("rotating X-Forwarded-For does not lift the per-address limit", async () => {
  test.setTimeout(120_000);
  const attacker = "127.0.0.9";
  for (let i = 0; i < 30; i++)
    expect(await rawLogin(attacker, `semprot.e2e${i}`, "tebakan", `203.0.113.${i + 1}, 198.51.100.${i + 1}`)).toBe(
      "invalid",
    );
  expect(await rawLogin(attacker, "semprot.e2e-lagi", "tebakan", "203.0.113.200")).toBe("throttled");
  expect(await rawLogin(attacker, "tpps.simpangteritip", DEMO_PASSWORD, "192.0.2.7")).toBe("throttled");
});

test("failures sent in a victim's name (X-Forwarded-For, X-Real-IP) do not lock the victim out", async () => {
  test.setTimeout(120_000);
  const attacker = "127.0.0.10";
  const victim = "127.0.0.11";
  // The very string Next itself puts in X-Forwarded-For for the victim's socket (the server listens dual-stack).
  for (let i = 0; i < 30; i++) await rawLogin(attacker, `kunci.e2e${i}`, "tebakan", `::ffff:${victim}`);
  expect(await rawLogin(victim, "tpps.simpangteritip", DEMO_PASSWORD)).toBe("ok");
});

// ---------------------------------------------------------------------------------------------------------------
// Finding 12: POST /keluar had no Origin check; a cross-site top-level GET downloaded the victim's export.

test("a cross-site POST /keluar is refused with 403 and the session survives; the own Keluar button still works", async ({
  page,
}) => {
  await login(page, "kades.belolaut");
  const res = await page.request.post("/keluar", {
    headers: { Origin: "http://penyerang.example" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
  expect(await res.text()).toMatch(/ditolak/i);
  const missing = await page.request.post("/keluar", { headers: { Origin: "null" }, maxRedirects: 0 });
  expect(missing.status()).toBe(403);
  await page.goto("/wilayah/19.05.01.2006");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Desa Belo Laut");
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login$/);
});

test("a cross-site link to an export gets 403 in the browser; the page's own download link works and is audited", async ({
  page,
  browser,
}) => {
  const exportUrl = `http://localhost:${PORT}/wilayah/${PELANGAS}/sasaran/ekspor`;
  await login(page, "tpps.simpangteritip");
  // The adversary's page, on another site, links to the export; the victim clicks it (SameSite=Lax sends the cookie).
  await page.route("http://penyerang.test/**", (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><a href="${exportUrl}">Lihat laporan</a>` }),
  );
  await page.goto("http://penyerang.test/");
  let downloaded = false;
  page.on("download", () => (downloaded = true));
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().startsWith(exportUrl)),
    page.getByRole("link", { name: "Lihat laporan" }).click(),
  ]);
  expect(response.status()).toBe(403);
  await expect(page.locator("body")).toContainText("Unduhan ditolak");
  expect(downloaded).toBe(false);

  // The same download from the portal's own page: served, and audited once.
  await page.goto(`/wilayah/${PELANGAS}/sasaran`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh Excel" }).click();
  expect((await download).suggestedFilename()).toMatch(/^sasaran-19\.05\.02\.2001-\d{4}-\d{2}-\d{2}\.xlsx$/);

  const admin = await browser.newContext();
  const ap = await admin.newPage();
  await login(ap, "admin");
  await ap.goto(`/admin/audit?pengguna=tpps.simpangteritip&entity=sasaran`);
  await expect(ap.getByTestId("tabel-audit").getByRole("cell", { name: "Unduh", exact: true })).toHaveCount(1);
  await admin.close();
});
