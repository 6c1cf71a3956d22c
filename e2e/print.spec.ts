import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

/** Printed on A4, a page keeps only its content: no navigation, filters or buttons, a heading that names the
 * region and the period, and table rows that never split across pages. The PDF is attached to the report. */
async function expectPrintable(page: Page, name: string, header: RegExp[]) {
  await expect(page.getByRole("button", { name: "Cetak (A4)" })).toBeVisible();
  await expect(page.getByTestId("print-header")).toBeHidden();
  await page.emulateMedia({ media: "print" });
  for (const hidden of [
    page.getByRole("navigation", { name: "Menu wilayah" }),
    page.getByRole("navigation", { name: "Jejak wilayah" }),
    page.getByRole("button", { name: "Keluar" }),
    page.getByRole("button", { name: "Cetak (A4)" }),
    page.getByRole("search"),
  ]) {
    await expect(hidden).toBeHidden();
  }
  const printHeader = page.getByTestId("print-header");
  await expect(printHeader).toBeVisible();
  for (const text of header) await expect(printHeader).toContainText(text);
  const rowBreak = await page
    .locator("table tbody tr")
    .first()
    .evaluate((tr) => getComputedStyle(tr).breakInside);
  expect(rowBreak).toBe("avoid");
  const path = test.info().outputPath(`${name}.pdf`);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await test.info().attach(`${name}.pdf`, { path, contentType: "application/pdf" });
  await page.emulateMedia({ media: "screen" });
}

const TAHUN = new Date().getFullYear();

test("rekap APBDes kabupaten dan kecamatan tercetak rapi di A4", async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, "tpps.kab");
  await page.goto(`/wilayah/19.05/apbdes?tahun=${TAHUN}`);
  await expectPrintable(page, "rekap-apbdes-kabupaten", [
    /Rekap anggaran stunting APBDes/i,
    /Kabupaten Bangka Barat/,
    new RegExp(`Tahun anggaran ${TAHUN}`),
  ]);
  await page.goto(`/wilayah/19.05.01/apbdes?tahun=${TAHUN}`);
  await expectPrintable(page, "rekap-apbdes-kecamatan", [
    /Kecamatan Mentok/,
    /Kabupaten Bangka Barat/,
    new RegExp(`Tahun anggaran ${TAHUN}`),
  ]);
});

test("APBDes desa tercetak rapi di A4", async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, "operator.airputih");
  await page.goto(`/wilayah/19.05.01.2004/apbdes?tahun=${TAHUN}`);
  await expectPrintable(page, "apbdes-desa", [
    /Desa Air Putih/,
    /Kecamatan Mentok/,
    new RegExp(`Tahun anggaran ${TAHUN}`),
  ]);
});

test("daftar sasaran tercetak rapi di A4 dan menyebut bagian daftar yang tercetak", async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, "kpm.airputih");
  await page.goto("/wilayah/19.05.01.2004/sasaran");
  await expectPrintable(page, "daftar-sasaran", [
    /Daftar sasaran 1\.000 HPK/i,
    /Desa Air Putih/,
    /Status: aktif/,
    /\d+ sasaran/,
  ]);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Halaman tabel" })).toBeHidden();
  await expect(page.getByRole("link", { name: "+ Anak" })).toBeHidden();
});

test("daftar sasaran yang berhalaman dapat dicetak utuh: semua baris dalam satu halaman", async ({ page }) => {
  await login(page, "kpm.airputih");
  await page.goto("/wilayah/19.05.01.2004/sasaran?status=semua");
  const total = Number(
    (await page.getByRole("navigation", { name: "Halaman tabel" }).textContent())!
      .match(/dari\s+([\d.]+)/)![1]
      .replace(/\./g, ""),
  );
  expect(total).toBeGreaterThan(25);
  await page.getByRole("link", { name: "Tampilkan semua untuk dicetak" }).click();
  await expect(page).toHaveURL(/semua=1/);
  await expect(page.getByTestId("tabel-sasaran").locator("tbody tr")).toHaveCount(total);
  await expect(page.getByRole("navigation", { name: "Halaman tabel" })).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText(new RegExp(`${total.toLocaleString("id-ID")} sasaran`))).toBeVisible();
});
