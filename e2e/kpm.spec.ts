import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

const DESA = "/wilayah/19.05.01.2004";
const suffix = () => Math.random().toString(36).slice(2, 7);

function isoDaysAgo(days: number) {
  const d = new Date(Date.now() + 7 * 3600_000); // Jakarta calendar day
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

async function registerChild(page: Page, nama: string) {
  await page.goto(`${DESA}/sasaran/baru?jenis=anak`);
  await page.getByLabel("Nama anak").fill(nama);
  await page.getByLabel("Jenis kelamin").selectOption("P");
  await page.getByLabel("Tanggal lahir").fill(isoDaysAgo(300));
  await page.getByLabel("Posyandu").selectOption({ index: 1 });
  await page.getByLabel("Kepala keluarga").fill(`KK ${nama}`);
  await page.getByRole("button", { name: "Simpan sasaran" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nama);
  return Number(page.url().match(/sasaran\/(\d+)/)![1]);
}

test("KPM mendaftarkan ibu hamil dan anak, mengisi bulan ini dengan pengukuran, melihat z-score dan tugas berubah", async ({
  page,
}) => {
  await login(page, "kpm.airputih");
  const s = suffix();

  await page.goto(`${DESA}/sasaran/baru?jenis=ibu`);
  await page.getByLabel("Nama ibu").fill(`Ibu Uji ${s}`);
  await page.getByLabel("Tanggal lahir").fill("1996-04-10");
  await page.getByLabel("Posyandu").selectOption({ index: 1 });
  await page.getByLabel("Kepala keluarga").fill(`Suami ${s}`);
  await page.getByRole("button", { name: "Simpan sasaran" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ibu Uji ${s}`);
  await expect(page.getByText("Ibu hamil", { exact: true })).toBeVisible();

  const nama = `Anak Uji ${s}`;
  const id = await registerChild(page, nama);

  await page.goto(DESA);
  await expect(page.getByTestId("tugas-belum-dicatat")).toContainText(nama);

  await page.goto(`${DESA}/pemantauan`);
  await page.getByTestId(`baris-${id}`).getByRole("link").click();
  await page.getByLabel("Berat badan (kg)").fill("7,9");
  await page.getByLabel("Panjang/tinggi badan (cm)").fill("68,4");
  await page.getByLabel("Cara ukur").selectOption("terlentang");
  await page.getByLabel("Ditimbang bulan ini").check();
  await page.getByRole("button", { name: "Simpan" }).click();

  await expect(page).toHaveURL(/pemantauan\?bulan=\d{4}-\d{2}&tersimpan=/);
  const row = page.getByTestId(`baris-${id}`);
  await expect(row).toContainText("Sudah diisi");
  await expect(row).toContainText("TB/U");

  await row.getByRole("link").click();
  const hasil = page.getByTestId("hasil-ukur");
  await expect(hasil).toContainText("Panjang/tinggi menurut umur (TB/U)");
  await expect(hasil).toContainText(/-?\d,\d\d/);

  await page.goto(DESA);
  await expect(page.getByTestId("tugas-bulan-ini")).not.toContainText(nama);
});

test("berat mustahil ditolak di samping kolomnya; isian lain tetap ada", async ({ page }) => {
  await login(page, "kpm.airputih");
  const id = await registerChild(page, `Anak Berat ${suffix()}`);
  await page.goto(`${DESA}/pemantauan/${id}`);
  await page.getByLabel("Berat badan (kg)").fill("25");
  await page.getByLabel("Panjang/tinggi badan (cm)").fill("68,4");
  await page.getByLabel("Cara ukur").selectOption("terlentang");
  await page.getByLabel("Ibu ikut konseling gizi").check();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("error-beratKg")).toContainText("Berat badan tampak tidak wajar");
  await expect(page.getByLabel("Berat badan (kg)")).toHaveValue("25");
  await expect(page.getByLabel("Panjang/tinggi badan (cm)")).toHaveValue("68,4");
  await expect(page.getByLabel("Ibu ikut konseling gizi")).toBeChecked();
  await expect(page.getByLabel("Berat badan (kg)")).toHaveAttribute("aria-invalid", "true");
});

test("formulir bulanan berfungsi tanpa JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page, "kpm.airputih");
  const nama = `Anak NoJS ${suffix()}`;
  const id = await registerChild(page, nama);
  await page.goto(`${DESA}/pemantauan/${id}`);
  await page.getByLabel("Berat badan (kg)").fill("25");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("error-beratKg")).toContainText("tidak wajar");
  await expect(page.getByLabel("Berat badan (kg)")).toHaveValue("25");
  await page.getByLabel("Berat badan (kg)").fill("8,1");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId(`baris-${id}`)).toContainText("Sudah diisi");
  await context.close();
});

test("kpm.belolaut tidak bisa membuka anak Air Putih lewat URL", async ({ page, browser }) => {
  await login(page, "kpm.airputih");
  const id = await registerChild(page, `Anak Rahasia ${suffix()}`);
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await login(p2, "kpm.belolaut");
  for (const url of [
    `${DESA}/sasaran/${id}`,
    `${DESA}/pemantauan/${id}`,
    `/wilayah/19.05.01.2006/sasaran/${id}`,
    `/wilayah/19.05.01.2006/pemantauan/${id}`,
  ]) {
    const res = await p2.goto(url);
    expect([403, 404]).toContain(res?.status());
    await expect(p2.getByText("Anak Rahasia")).toHaveCount(0);
  }
  const exportRes = await p2.request.get(`${DESA}/sasaran/ekspor`);
  expect(exportRes.status()).toBe(404);
  await other.close();
});

test("daftar sasaran: cari, saring, urutkan lewat URL, dan unduh Excel", async ({ page }) => {
  await login(page, "kpm.airputih");
  await page.goto(`${DESA}/sasaran`);
  await page.getByLabel("Kelompok").selectOption("ibu_hamil");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/kelompok=ibu_hamil/);
  const badges = page.getByTestId("tabel-sasaran").locator("tbody tr");
  await expect(badges.first()).toContainText("Ibu hamil");
  await page.getByRole("link", { name: /Tanggal lahir/ }).click();
  await expect(page).toHaveURL(/sort=tanggalLahir/);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh Excel" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sasaran-19\.05\.01\.2004-\d{4}-\d{2}-\d{2}\.xlsx$/);
});
