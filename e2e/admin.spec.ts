import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

const AIR_PUTIH = "19.05.01.2004";
const stamp = () => Date.now().toString(36);

async function createAccount(
  page: Page,
  username: string,
  displayName: string,
  roleLabel: string,
  scopeLabel: string,
): Promise<string> {
  await page.goto("/admin/pengguna/baru");
  const form = page.getByRole("form", { name: "Tambah pengguna" });
  await form.getByLabel("Nama pengguna").fill(username);
  await form.getByLabel("Nama lengkap").fill(displayName);
  await form.getByLabel("Peran").selectOption({ label: roleLabel });
  await form.getByLabel("Wilayah tugas").selectOption({ label: scopeLabel });
  await form.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByTestId("one-time-password")).toBeVisible();
  return (await page.getByTestId("temporary-password").textContent())!.trim();
}

async function openAccount(page: Page, username: string) {
  await page.goto(`/admin/pengguna?q=${encodeURIComponent(username)}`);
  await page.getByTestId("tabel-pengguna").getByRole("link", { name: username }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(username);
}

test("the region picker offers only regions valid for the chosen role", async ({ page }) => {
  await login(page, "admin");
  await page.goto("/admin/pengguna/baru");
  const role = page.getByLabel("Peran");
  const scope = page.getByLabel("Wilayah tugas");
  const labels = async () => (await scope.locator("option").allTextContents()).filter((t) => !t.startsWith("Pilih"));
  await role.selectOption({ label: "KPM" });
  const village = await labels();
  expect(village.length).toBe(66);
  expect(village.every((l) => /^(Desa|Kelurahan) /.test(l))).toBe(true);
  await role.selectOption({ label: "Perangkat Desa" });
  expect((await labels()).every((l) => l.startsWith("Desa "))).toBe(true);
  await role.selectOption({ label: "Tim Kecamatan" });
  expect(await labels()).toHaveLength(6);
  await role.selectOption({ label: "TPPS Kabupaten" });
  expect(await labels()).toEqual(["Kabupaten Bangka Barat (19.05)"]);
});

test("account lifecycle: created with a one-time password, forced change, deactivation and reset take effect at once", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // Not a KPM: other specs count the KPM accounts of each desa.
  const username = `operator.e2e${stamp()}`;
  await login(page, "admin");
  const temporary = await createAccount(
    page,
    username,
    "Wati (operator uji)",
    "Perangkat Desa",
    "Desa Air Putih (19.05.01.2004)",
  );
  await page.reload();
  await expect(page.getByTestId("one-time-password")).toHaveCount(0); // shown once

  const user = await browser.newContext();
  const up = await user.newPage();
  await up.goto("/login");
  await up.getByLabel("Nama pengguna").fill(username);
  await up.getByLabel("Kata sandi").fill(temporary);
  await up.getByRole("button", { name: "Masuk" }).click();
  await expect(up).toHaveURL("/akun/kata-sandi");
  await expect(up.getByTestId("password-required")).toBeVisible();
  await up.goto(`/wilayah/${AIR_PUTIH}/sasaran`);
  await expect(up).toHaveURL("/akun/kata-sandi");
  await expect(up.getByRole("navigation", { name: "Menu akun" })).toHaveCount(0);

  const fresh = "teh-manis-di-air-putih";
  await up.getByLabel("Kata sandi saat ini").fill(temporary);
  await up.getByLabel("Kata sandi baru", { exact: true }).fill("1234567890");
  await up.getByLabel("Ulangi kata sandi baru").fill("1234567890");
  await up.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(up.getByTestId("error-kataSandiBaru")).toHaveText(
    "Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.",
  );
  await expect(up.getByLabel("Kata sandi saat ini")).toHaveValue(""); // passwords are never echoed back
  await up.getByLabel("Kata sandi saat ini").fill(temporary);
  await up.getByLabel("Kata sandi baru", { exact: true }).fill(fresh);
  await up.getByLabel("Ulangi kata sandi baru").fill(fresh);
  await up.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(up.getByTestId("password-changed")).toBeVisible();
  await up.goto("/");
  await expect(up).toHaveURL(`/wilayah/${AIR_PUTIH}`);
  await expect(up.getByTestId("header-role")).toHaveText("Perangkat Desa");

  await openAccount(page, username);
  await page.getByText("Nonaktifkan akun", { exact: true }).click();
  await page.getByRole("button", { name: "Ya, nonaktifkan akun" }).click();
  await expect(page.getByRole("form", { name: "Status akun" }).getByTestId("form-message")).toContainText(
    "Akun dinonaktifkan",
  );
  await up.goto(`/wilayah/${AIR_PUTIH}`);
  await expect(up).toHaveURL(/\/login/);

  await page.getByRole("button", { name: "Aktifkan kembali" }).click();
  await expect(page.getByRole("form", { name: "Status akun" }).getByTestId("form-message")).toContainText(
    "Akun diaktifkan kembali",
  );
  await page.getByRole("button", { name: "Reset kata sandi" }).click();
  await expect(page.getByTestId("one-time-password")).toBeVisible();
  const reset = (await page.getByTestId("temporary-password").textContent())!.trim();
  // Deactivation and reset revoke sessions signed in before them: the old session is signed out for good.
  await up.goto(`/wilayah/${AIR_PUTIH}`);
  await expect(up).toHaveURL(/\/login/);
  const signIn = async (password: string) => {
    await up.goto("/login");
    await up.getByLabel("Nama pengguna").fill(username);
    await up.getByLabel("Kata sandi").fill(password);
    await up.getByRole("button", { name: "Masuk" }).click();
  };
  await signIn(fresh);
  await expect(up.getByTestId("login-error")).toHaveText("Nama pengguna atau kata sandi salah");
  await signIn(reset);
  await expect(up).toHaveURL("/akun/kata-sandi");
  await user.close();

  // Every step is in the audit trail.
  await page.goto(`/admin/audit?pengguna=admin&entity=pengguna`);
  const audit = page.getByTestId("tabel-audit");
  for (const action of ["Tambah", "Ubah status", "Reset kata sandi"])
    await expect(audit.getByRole("cell", { name: action, exact: true }).first()).toBeVisible();
});

test("HTML in a name is shown as text, never run", async ({ page }) => {
  const hostile = "<img src=x onerror=alert(1)>";
  page.on("dialog", () => {
    throw new Error("a script ran from user input");
  });
  await login(page, "admin");
  const username = `xss.e2e${stamp()}`;
  await createAccount(page, username, hostile, "Perangkat Desa", "Desa Belo Laut (19.05.01.2006)");
  await page.goto(`/admin/pengguna?q=${username}`);
  const table = page.getByTestId("tabel-pengguna");
  await expect(table.getByRole("cell", { name: hostile })).toBeVisible();
  await expect(table.locator('img[src="x"]')).toHaveCount(0);
});

test("menus follow the permission table: kabupaten reads the audit trail, not accounts; KPM sees neither", async ({
  page,
}) => {
  await login(page, "tpps.kab");
  const menu = page.getByRole("navigation", { name: "Menu akun" });
  await expect(menu.getByRole("link", { name: "Audit" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Pengguna" })).toHaveCount(0);
  expect((await page.goto("/admin/pengguna"))?.status()).toBe(403);
  await page.goto("/admin/audit?action=login");
  await expect(page.getByTestId("tabel-audit").locator("tbody tr").first()).toBeVisible();
  // System rows without a region (failed logins) are for admins only.
  await page.goto("/admin/audit?action=login_gagal");
  await expect(page.getByTestId("tabel-audit")).toHaveCount(0);

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await login(page, "kpm.airputih");
  await expect(page.getByRole("navigation", { name: "Menu akun" }).getByRole("link")).toHaveText(["Kata sandi"]);
  expect((await page.goto("/admin/audit"))?.status()).toBe(403);
});

test("NIK: full for the desa's KPM, masked for kecamatan; the record's history is one click away", async ({ page }) => {
  await login(page, "tpps.mentok");
  await page.goto(`/wilayah/${AIR_PUTIH}/sasaran`);
  const nikCells = page.getByTestId("tabel-sasaran").locator("tbody tr td:nth-child(4)");
  const masked = (await nikCells.allTextContents()).filter((t) => t !== "–");
  expect(masked.length).toBeGreaterThan(0);
  for (const t of masked) expect(t).toMatch(/^\d{6}•{10}$/);
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login$/);

  await login(page, "kpm.airputih");
  await page.goto(`/wilayah/${AIR_PUTIH}/sasaran`);
  const full = (await page.getByTestId("tabel-sasaran").locator("tbody tr td:nth-child(4)").allTextContents()).filter(
    (t) => t !== "–",
  );
  for (const t of full) expect(t).toMatch(/^\d{16}$/);
  await page.getByTestId("tabel-sasaran").locator("tbody a").first().click();
  await page.getByRole("link", { name: "Riwayat" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Riwayat: /);
});

test("admin sets a year's submission window and ranking minimum; a wrong value stays in the form", async ({ page }) => {
  await login(page, "admin");
  await page.goto("/admin/pengaturan?tahun=2097");
  const form = page.getByRole("form", { name: "Pengaturan tahun 2097" });
  await expect(page.getByText("Belum pernah diubah untuk tahun ini; nilai bawaan ditampilkan.")).toBeVisible();
  const window = form.getByLabel("Pengajuan scorecard dibuka (hari sebelum akhir triwulan)");
  await expect(window).toHaveValue("10");
  await window.fill("200");
  await form.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(window).toHaveAttribute("aria-invalid", "true");
  await expect(window).toHaveValue("200");
  await window.fill("5");
  await form.getByLabel("Minimum sasaran agar desa diperingkat").fill("20");
  await form.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(form.getByTestId("form-message")).toContainText("Pengaturan tahun 2097 disimpan.");
  await page.reload();
  await expect(form.getByLabel("Minimum sasaran agar desa diperingkat")).toHaveValue("20");
  await expect(page.getByText("Belum pernah diubah untuk tahun ini; nilai bawaan ditampilkan.")).toHaveCount(0);
});
