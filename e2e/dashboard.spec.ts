import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("tpps.kab: dasbor kabupaten, ganti periode, urutkan desa, telusuri sampai daftar sasaran", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "tpps.kab");
  await expect(page.getByTestId("kpi-stunting")).toContainText("Prevalensi stunting");
  await expect(page.getByTestId("kpi-stunting")).toContainText(/\d+ dari \d+ anak diukur/);
  // Growth 0–59 months beside 0–23 (docs/indicators.md §3a): the section, its cards and the band table.
  const balita = page.getByTestId("pertumbuhan-balita");
  await expect(balita.getByRole("heading", { name: /0–59 bulan/ })).toBeVisible();
  await expect(balita.getByTestId("balita-stunting")).toContainText(/0–59 bulan: \S+ %/);
  const bands = page.getByTestId("tabel-kelompok-umur-tabel");
  await expect(bands.locator("tbody tr")).toHaveCount(9);
  await expect(bands.getByRole("rowheader", { name: "24–35 bulan" })).toBeVisible();

  await page.getByRole("combobox", { name: "Periode" }).selectOption("triwulan");
  await page.getByLabel("Bulan / triwulan").selectOption("2");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/periode=triwulan/);
  await expect(page.getByTestId("periode-label")).toContainText("Triwulan 2");

  // Charts render on a canvas, drawn when scrolled into view (an empty placeholder canvas until then); each has a
  // table with the same numbers.
  for (const id of ["grafik-tren", "grafik-konvergensi", "grafik-paket", "grafik-anggaran"]) {
    await page.getByTestId(id).scrollIntoViewIfNeeded();
    await expect(page.getByTestId(id).locator("canvas[aria-label]")).toBeVisible();
  }
  const konvTable = page.getByTestId("grafik-konvergensi-tabel");
  await expect(konvTable.locator("tbody tr")).toHaveCount(6);
  await page.getByTestId("grafik-konvergensi").screenshot({ path: test.info().outputPath("konvergensi.png") });
  await test
    .info()
    .attach("grafik-konvergensi", { path: test.info().outputPath("konvergensi.png"), contentType: "image/png" });
  const kpi = await page.getByTestId("kpi-konvergensi").locator("dd span").first().textContent();
  const rows = await konvTable.locator("tbody tr").all();
  let d = 0;
  let s = 0;
  for (const r of rows) {
    const cells = await r.locator("td").allTextContents();
    d += Number(cells[0].replace(/\./g, ""));
    s += Number(cells[1].replace(/\./g, ""));
  }
  expect(`${((d / s) * 100).toLocaleString("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`).toBe(
    kpi?.replace(/\s/g, " "),
  );

  // Sort by stunting, descending.
  const table = page.getByTestId("tabel-desa-dasbor");
  await table.getByRole("link", { name: /^Stunting/ }).click();
  await expect(page).toHaveURL(/sort=stunting&dir=asc/);
  await page
    .getByTestId("tabel-desa-dasbor")
    .getByRole("link", { name: /^Stunting/ })
    .click();
  await expect(page).toHaveURL(/sort=stunting&dir=desc/);

  // Drill down: desa → target list.
  const firstDesa = page.getByTestId("tabel-desa-dasbor").locator("tbody tr").first();
  const desaName = (await firstDesa.locator("td").first().textContent())!.trim();
  await firstDesa.locator("td").first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(desaName);
  await page
    .getByRole("navigation", { name: "Menu wilayah" })
    .getByRole("link", { name: "Sasaran", exact: true })
    .click();
  await expect(page.getByTestId("tabel-sasaran")).toBeVisible();
});

test("tpps.mentok hanya melihat desa Mentok", async ({ page }) => {
  await login(page, "tpps.mentok");
  const table = page.getByTestId("tabel-desa-dasbor");
  await expect(table.locator("tbody tr")).toHaveCount(9);
  await expect(table).not.toContainText("Simpang Teritip");
  await expect(page.getByTestId("grafik-konvergensi-tabel").locator("tbody tr")).toHaveCount(9);
  const res = await page.request.get("/wilayah/19.05.02/dasbor-ekspor");
  expect(res.status()).toBe(404);
  const own = await page.request.get("/wilayah/19.05.01/dasbor-ekspor");
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toContain("spreadsheetml");
});
