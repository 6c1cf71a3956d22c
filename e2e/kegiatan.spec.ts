import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { Workbook } from "exceljs";
import { expectNoOverflow, login } from "./fixtures";

const KODE = "19.05.01.2004";
const URL = `/wilayah/${KODE}/kegiatan`;
/** The villages' calendar month (Asia/Jakarta), as the server computes it. */
const ym = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit" })
  .format(new Date())
  .slice(0, 7);

test("kpm.airputih mencatat kegiatan, membuka laporan A4 dan mengunduh Excel", async ({ page }) => {
  const tempat = `Balai Desa E2E ${Date.now() % 100000}`;
  await login(page, "kpm.airputih");
  await page.goto(URL);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Laporan kegiatan KPM");

  const form = page.getByRole("form", { name: "Catat kegiatan" });
  await form.getByLabel("Jenis kegiatan").selectOption("kie");
  await form.getByLabel("Tempat").fill(tempat);
  await form.getByLabel("Jumlah peserta").fill("14");
  await form.getByLabel("Catatan (opsional)").fill("Kelas ibu hamil: gizi seimbang");
  await form.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(form.getByTestId("form-message")).toContainText("disimpan");
  const item = page.getByTestId("kegiatan-item").filter({ hasText: tempat });
  await expect(item).toContainText("KIE (penyuluhan, kelas, posyandu)");
  await expect(item).toContainText("14 orang");

  // A home visit without any target ticked is refused beside the checklist, typed values kept.
  await form.getByLabel("Jenis kegiatan").selectOption("kunjungan_rumah");
  await form.getByLabel("Tempat").fill("Rumah warga");
  await form.getByLabel("Jumlah peserta").fill("2");
  await form.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(form.getByTestId("error-sasaranIds")).toHaveText("Pilih minimal satu sasaran yang dikunjungi.");
  await expect(form.getByLabel("Tempat")).toHaveValue("Rumah warga");

  await page.getByRole("link", { name: "Laporan A4" }).click();
  await expect(page).toHaveURL(`${URL}/laporan?bulan=${ym}`);
  const report = page.getByRole("article", { name: "Laporan A4" });
  await expect(report).toContainText("Laporan Kegiatan Kader Pembangunan Manusia (KPM)");
  await expect(page.getByTestId("laporan-identitas")).toContainText("Air Putih");
  await expect(page.getByTestId("laporan-identitas")).toContainText("Mentok");
  await expect(page.getByTestId("laporan-identitas")).toContainText("Bangka Barat");
  await expect(page.getByTestId("laporan-identitas")).toContainText("Nurhayati");
  await expect(page.getByTestId("laporan-kegiatan")).toContainText(tempat);
  await expect(page.getByTestId("laporan-rekap")).toContainText("Jumlah");
  // Issue 19: the month's monitoring summary, and the kepala desa's name from the desa's active account.
  await expect(page.getByTestId("laporan-ringkasan")).toContainText("Anak 0–23 bulan ditimbang");
  await expect(page.getByTestId("laporan-ringkasan")).toContainText("Sasaran baru terdaftar: anak");
  await expect(page.getByTestId("ttd-kepala-desa")).toHaveText("Rusdi (Kades Air Putih)");
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoOverflow(page, "laporan kegiatan 360 px");
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole("button", { name: "Cetak" })).toBeVisible();
  // Printed, only the report remains.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Keluar" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Cetak" })).toBeHidden();
  await expect(report).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  await page.goto(URL);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Unduh Excel" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`kegiatan-kpm-${KODE}-${ym}.xlsx`);
  const wb = new Workbook();
  const file = await readFile(await download.path());
  await wb.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
  const cells = wb.getWorksheet("Kegiatan")!.getSheetValues().flat().map(String);
  expect(cells).toContain(tempat);
  expect(cells).toContain("Kelas ibu hamil: gizi seimbang");
});

test("kpm.airputih mencatat kunjungan rumah, mengubah lalu menghapusnya", async ({ page }) => {
  const tempat = `Rumah E2E ${Date.now() % 100000}`;
  await login(page, "kpm.airputih");
  await page.goto(URL);
  const form = page.getByRole("form", { name: "Catat kegiatan" });
  await form.getByLabel("Jenis kegiatan").selectOption("kunjungan_rumah");
  const target = form.getByRole("checkbox").first();
  await expect(target).toBeVisible();
  const targetName = ((await target.locator("xpath=..").innerText()).split(" — ")[0] ?? "").trim();
  await target.check();
  await form.getByLabel("Tempat").fill(tempat);
  await form.getByLabel("Jumlah peserta").fill("3");
  await form.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(form.getByTestId("form-message")).toContainText("disimpan");
  const item = page.getByTestId("kegiatan-item").filter({ hasText: tempat });
  await expect(item).toContainText(`Dikunjungi${targetName}`);

  await item.getByRole("link", { name: /^Ubah/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ubah kegiatan");
  await page.getByLabel("Tempat").fill(`${tempat} (ulang)`);
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page).toHaveURL(`${URL}?bulan=${ym}&pesan=diubah`);
  await expect(page.getByTestId("form-message").first()).toHaveText("✓ Perubahan kegiatan disimpan.");
  const edited = page.getByTestId("kegiatan-item").filter({ hasText: `${tempat} (ulang)` });
  await expect(edited).toHaveCount(1);

  await edited.getByText("Hapus", { exact: true }).click();
  await edited.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(page).toHaveURL(`${URL}?bulan=${ym}&pesan=dihapus`);
  await expect(page.getByTestId("kegiatan-item").filter({ hasText: tempat })).toHaveCount(0);
});

test("bulan dipilih lewat URL: tautan sebelumnya/berikutnya", async ({ page }) => {
  await login(page, "kpm.airputih");
  await page.goto(`${URL}?bulan=2026-01`);
  await expect(page.getByTestId("bulan-aktif")).toHaveText("Januari 2026");
  await page.getByRole("link", { name: /Bulan sebelumnya/ }).click();
  await expect(page).toHaveURL(`${URL}?bulan=2025-12`);
  await expect(page.getByTestId("bulan-aktif")).toHaveText("Desember 2025");
});

test("kades.airputih melihat kegiatan tanpa formulir", async ({ page }) => {
  await login(page, "kades.airputih");
  const res = await page.goto(URL);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Laporan kegiatan KPM");
  await expect(page.getByRole("form", { name: "Catat kegiatan" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Simpan kegiatan" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Ya, hapus" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Laporan A4" })).toBeVisible();
  expect((await page.goto(`${URL}/1`))?.status()).toBe(403);
});

test("kpm.belolaut membuka kegiatan Air Putih → 404, juga laporan dan ekspornya", async ({ page }) => {
  await login(page, "kpm.belolaut");
  expect((await page.goto(URL))?.status()).toBe(404);
  await expect(page.getByText("Air Putih")).toHaveCount(0);
  expect((await page.goto(`${URL}/laporan?bulan=${ym}`))?.status()).toBe(404);
  expect((await page.request.get(`${URL}/ekspor?bulan=${ym}`)).status()).toBe(404);
});
