import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

const URL = "/wilayah/19.05.01.2004/posyandu";

function addForm(page: Page) {
  return page.getByRole("form", { name: "Tambah posyandu" });
}

function item(page: Page, nama: string) {
  return page.getByTestId("posyandu-item").filter({ has: page.getByText(nama, { exact: true }) });
}

test("kpm.airputih menambah, mengubah, menonaktifkan dan mengaktifkan posyandu", async ({ page }) => {
  const nama = `Posyandu Anggrek ${Date.now() % 100000}`;
  await login(page, "kpm.airputih");
  await page.goto(URL);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Posyandu");

  const form = addForm(page);
  await form.getByLabel("Nama posyandu").fill(nama);
  await form.getByLabel("Alamat (opsional)").fill("Dusun III");
  await form.getByRole("button", { name: "Tambah posyandu" }).click();
  await expect(form.getByTestId("form-message")).toContainText("ditambahkan");
  await expect(form.getByLabel("Nama posyandu")).toHaveValue("");
  await expect(item(page, nama)).toContainText("Aktif");
  await expect(item(page, nama)).toContainText("Dusun III");

  // The name is unique per desa: the error sits beside the field and the typed value stays.
  await form.getByLabel("Nama posyandu").fill(nama.toUpperCase());
  await form.getByRole("button", { name: "Tambah posyandu" }).click();
  await expect(form.getByTestId("error-nama")).toHaveText("Nama ini sudah dipakai posyandu lain di desa ini.");
  await expect(form.getByLabel("Nama posyandu")).toHaveValue(nama.toUpperCase());

  const row = item(page, nama);
  await row.getByText("Ubah", { exact: true }).click();
  await row.getByLabel("Alamat (opsional)").fill("Dusun IV, RT 02");
  await row.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(row.getByTestId("form-message").first()).toContainText("Perubahan disimpan");
  await expect(row).toContainText("Dusun IV, RT 02");

  await row.getByText("Nonaktifkan", { exact: true }).click();
  await row.getByRole("button", { name: "Ya, nonaktifkan" }).click();
  await expect(row.getByText("Nonaktif", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: "Aktifkan kembali" }).click();
  await expect(row.getByText("Aktif", { exact: true })).toBeVisible();
});

test("operator.airputih melihat daftar posyandu tanpa formulir", async ({ page }) => {
  await login(page, "operator.airputih");
  await page.goto(URL);
  await expect(page.getByTestId("posyandu-item").first()).toBeVisible();
  await expect(addForm(page)).toHaveCount(0);
  await expect(page.getByRole("button")).toHaveText(["Keluar"]);
});

test("kpm.belolaut membuka posyandu Air Putih → 404", async ({ page }) => {
  await login(page, "kpm.belolaut");
  expect((await page.goto(URL))?.status()).toBe(404);
  await expect(page.getByText("Posyandu Melati")).toHaveCount(0);
});

test("kecamatan tidak punya halaman posyandu, tetapi membaca posyandu desanya", async ({ page }) => {
  await login(page, "tpps.mentok");
  expect((await page.goto("/wilayah/19.05.01/posyandu"))?.status()).toBe(404);
  expect((await page.goto(URL))?.status()).toBe(200);
  await expect(addForm(page)).toHaveCount(0);
});

test.describe("tanpa JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("formulir tetap bekerja dan kesalahan tampil di samping isian", async ({ page }) => {
    await login(page, "kades.airputih");
    await page.goto(URL);
    const form = addForm(page);
    await form.getByLabel("Alamat (opsional)").fill("Jl. Tanpa Nama");
    await form.getByRole("button", { name: "Tambah posyandu" }).click();
    await expect(addForm(page).getByTestId("error-nama")).toHaveText("Nama posyandu wajib diisi.");
    await expect(addForm(page).getByLabel("Alamat (opsional)")).toHaveValue("Jl. Tanpa Nama");
  });
});
