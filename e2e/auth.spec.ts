import { expect, test } from "@playwright/test";
import { ACCOUNTS, login } from "./fixtures";

for (const account of ACCOUNTS) {
  test(`${account.username} masuk dan mendarat di beranda wilayahnya`, async ({ page }) => {
    await login(page, account.username);
    await expect(page).toHaveURL(account.home);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(account.heading);
    await expect(page.getByTestId("header-role")).toHaveText(account.role);
    await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();
  });
}

test("kata sandi salah: pesan umum, nama pengguna tetap terisi", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Nama pengguna").fill("kpm.airputih");
  await page.getByLabel("Kata sandi").fill("salah-sekali");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByTestId("login-error")).toHaveText("Nama pengguna atau kata sandi salah");
  await expect(page.getByLabel("Nama pengguna")).toHaveValue("kpm.airputih");
  await expect(page).toHaveURL(/\/login/);
});

test("nama pengguna tak dikenal: pesan yang sama persis", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Nama pengguna").fill("tidak.ada");
  await page.getByLabel("Kata sandi").fill("apa-saja-123");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByTestId("login-error")).toHaveText("Nama pengguna atau kata sandi salah");
  await expect(page.getByLabel("Nama pengguna")).toHaveValue("tidak.ada");
});

test("tanpa sesi: /wilayah/19.05 dialihkan ke /login lalu kembali setelah masuk", async ({ page }) => {
  await page.goto("/wilayah/19.05");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("Nama pengguna").fill("tpps.kab");
  await page.getByLabel("Kata sandi").fill("tumbuh-demo");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL("/wilayah/19.05");
});

test("keluar mengakhiri sesi; tombol kembali tidak menampilkan data", async ({ page }) => {
  await login(page, "kpm.airputih");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Desa Air Putih");
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText("Desa Air Putih")).toHaveCount(0);
  const res = await page.request.get("/wilayah/19.05.01.2004", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
});

test("login berfungsi tanpa JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Nama pengguna").fill("kpm.pelangas");
  await page.getByLabel("Kata sandi").fill("salah");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByTestId("login-error")).toHaveText("Nama pengguna atau kata sandi salah");
  await expect(page.getByLabel("Nama pengguna")).toHaveValue("kpm.pelangas");
  await page.getByLabel("Kata sandi").fill("tumbuh-demo");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Desa Pelangas");
  await context.close();
});
