import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { Workbook } from "exceljs";
import { login } from "./fixtures";

const BELO_LAUT_KPM = "Siti (KPM Belo Laut)";

test("tpps.kab melihat KPM tanpa pelatihan, mencatat pelatihan, dan tanda itu hilang", async ({ page }) => {
  test.setTimeout(90_000);
  const topik = `Bimtek E2E kunjungan rumah ${Date.now() % 100000}`;
  await login(page, "tpps.kab");
  await page.goto("/wilayah/19.05/kpm");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kinerja dan pembinaan KPM");
  await expect(page.getByRole("link", { name: "Kinerja KPM" })).toHaveAttribute("aria-current", "page");

  const table = page.getByTestId("tabel-kpm");
  const beloRow = table.getByRole("row").filter({ hasText: "Belo Laut" });
  await expect(beloRow).toContainText(BELO_LAUT_KPM);
  await expect(beloRow).toContainText("Tanpa pelatihan 12 bulan");
  await expect(table.getByRole("row").filter({ hasText: "Air Putih" })).not.toContainText("Tanpa pelatihan 12 bulan");
  const flagged = page.getByTestId("kpm-tanpa-pelatihan");
  await expect(flagged).toContainText("Desa Belo Laut");
  await expect(flagged).not.toContainText("Air Putih");

  // Sorting is URL state.
  await table.getByRole("link", { name: /Kelengkapan laporan/ }).click();
  await expect(page).toHaveURL(/sort=lapor/);
  await expect(table.getByRole("columnheader", { name: /Kelengkapan laporan/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );

  const form = page.getByRole("form", { name: "Catat pelatihan" });
  await form.getByLabel("Jenis kegiatan").selectOption("bimtek");
  await form.getByLabel("Topik").fill(topik);
  await form.getByLabel("Tempat").fill("Aula DPMD Bangka Barat");
  await form.getByLabel("Penyelenggara").fill("DPMD Bangka Barat");
  await form.getByLabel(`${BELO_LAUT_KPM} — Belo Laut`).check();
  await form.getByRole("button", { name: "Simpan pelatihan" }).click();
  await expect(form.getByTestId("form-message")).toContainText("disimpan");

  await expect(page.getByTestId("kpm-tanpa-pelatihan")).toHaveCount(0);
  await expect(page.getByTestId("kpm-tanpa-pelatihan-kosong")).toBeVisible();
  await expect(beloRow).not.toContainText("Tanpa pelatihan 12 bulan");
  await expect(beloRow).toContainText(topik);
  const item = page.getByTestId("pelatihan-item").filter({ hasText: topik });
  await expect(item).toContainText(`${BELO_LAUT_KPM} (Belo Laut)`);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Unduh Excel" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^kinerja-kpm-19\.05-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const file = await readFile(await download.path());
  const wb = new Workbook();
  await wb.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
  expect(wb.getWorksheet("Pelatihan")!.getSheetValues().flat().map(String)).toContain(topik);

  // Clean up so the spec can run again on the same database: the flag comes back.
  await item.getByText("Hapus", { exact: true }).click();
  await item.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(page.getByTestId("pelatihan-item").filter({ hasText: topik })).toHaveCount(0);
  await expect(page.getByTestId("kpm-tanpa-pelatihan")).toContainText("Desa Belo Laut");
});

test("tpps.mentok hanya melihat desa di Mentok", async ({ page }) => {
  await login(page, "tpps.mentok");
  const res = await page.goto("/wilayah/19.05.01/kpm");
  expect(res?.status()).toBe(200);
  const table = page.getByTestId("tabel-kpm");
  await expect(table.getByRole("row")).toHaveCount(10);
  await expect(table).toContainText("Air Putih");
  await expect(table).toContainText("Belo Laut");
  await expect(table).not.toContainText("Pelangas");
  // The kecamatan team records trainings for its kecamatan (issue 19): e2e/kecamatan-training.spec.ts.
  await expect(page.getByRole("form", { name: "Catat pelatihan" })).toHaveCount(1);
  const district = await page.goto("/wilayah/19.05/kpm");
  expect([403, 404]).toContain(district?.status());
});

test("kpm.airputih tidak bisa membuka kinerja KPM kecamatan", async ({ page }) => {
  await login(page, "kpm.airputih");
  for (const path of ["/wilayah/19.05.01/kpm", "/wilayah/19.05.01/kpm/ekspor"]) {
    const res = await page.request.get(path);
    expect([403, 404]).toContain(res.status());
  }
  const res = await page.goto("/wilayah/19.05.01/kpm");
  expect([403, 404]).toContain(res?.status());
  await expect(page.getByTestId("tabel-kpm")).toHaveCount(0);
});
