import { expect, test } from "@playwright/test";
import { expectNoOverflow, login } from "./fixtures";

test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

test("alur KPM di layar 360 px: daftar sasaran, tambah anak, isi bulan ini, tanpa luapan", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "kpm.airputih");
  await expectNoOverflow(page, "beranda");
  await page.goto("/wilayah/19.05.01.2004/sasaran");
  await expectNoOverflow(page, "sasaran");
  await page.goto("/wilayah/19.05.01.2004/sasaran/baru?jenis=anak");
  await expectNoOverflow(page, "form anak");
  const nama = `Anak HP ${Math.random().toString(36).slice(2, 6)}`;
  await page.getByLabel("Nama anak").fill(nama);
  await page.getByLabel("Jenis kelamin").selectOption("L");
  const d = new Date(Date.now() - 200 * 86400_000).toISOString().slice(0, 10);
  await page.getByLabel("Tanggal lahir").fill(d);
  await page.getByLabel("Posyandu").selectOption({ index: 1 });
  await page.getByLabel("Kepala keluarga").fill(`KK ${nama}`);
  await page.getByRole("button", { name: "Simpan sasaran" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nama);
  await expectNoOverflow(page, "detail anak");
  await page.getByRole("link", { name: "Isi pemantauan bulan ini" }).click();
  await expectNoOverflow(page, "form 2B");
  await page.getByLabel("Berat badan (kg)").fill("7,2");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(/tersimpan=/);
  await expectNoOverflow(page, "daftar bulan");
  await page.screenshot({ path: test.info().outputPath("pemantauan-360.png"), fullPage: true });
  await test
    .info()
    .attach("pemantauan-360", { path: test.info().outputPath("pemantauan-360.png"), contentType: "image/png" });
});

test("dasbor kecamatan dan scorecard di 360 px tanpa luapan", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "tpps.mentok");
  await expectNoOverflow(page, "dasbor kecamatan");
  await page.goto("/wilayah/19.05.01/scorecard");
  await expectNoOverflow(page, "scorecard kecamatan");
});

test("tabel lebar di layar 360 px bergeser di kotaknya sendiri dengan kolom pertama tetap terlihat", async ({
  page,
}) => {
  await login(page, "kpm.airputih");
  await page.goto("/wilayah/19.05.01.2004/scorecard");
  const box = page.getByTestId("tabel-2").locator("xpath=..");
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const first = page.getByTestId("tabel-2").locator("tbody tr").first().locator("td").first();
  const second = page.getByTestId("tabel-2").locator("tbody tr").first().locator("td").nth(1);
  const [x1, y1] = [(await first.boundingBox())!.x, (await second.boundingBox())!.x];
  const scrolled = await box.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
    return el.scrollLeft;
  });
  expect(scrolled).toBeGreaterThan(20);
  // The other cells moved with the scroll; the first one stayed where it was.
  await expect.poll(async () => Math.round((await second.boundingBox())!.x)).toBe(Math.round(y1 - scrolled));
  expect(Math.abs((await first.boundingBox())!.x - x1)).toBeLessThan(1.5);
});
