import { expect, test } from "@playwright/test";
import { expectAxeClean, expectNoOverflow, login } from "./fixtures";

/* Balita 24–59 months (docs/balita.md) on a 360 px phone: a child of 30 months registered directly (moved into the
 * desa), its monthly weighing with height recorded on the balita form, the z-scores and categories on the result
 * card; a bad entry keeps what was typed; a kabupaten user reads but cannot fill it. The spec registers its own
 * child, so no other spec's rows are touched. */

const DESA = "/wilayah/19.05.01.2004";
const suffix = Math.random().toString(36).slice(2, 7);
const NAMA = `Balita Pindahan ${suffix}`;

test.use({ viewport: { width: 360, height: 740 } });

/** The Jakarta calendar day `months` months and `days` days ago. */
function isoAgo(months: number, days: number) {
  const d = new Date(Date.now() + 7 * 3600_000);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const today = new Date(Date.now() + 7 * 3600_000).getUTCDate();
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(today, last));
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

test("balita 30 bulan: didaftarkan langsung, ditimbang dan diukur berdiri, z-score dan kategori tampil", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await login(page, "kpm.airputih");
  await page.goto(`${DESA}/sasaran/baru?jenis=anak`);
  await page.getByLabel("Nama anak").fill(NAMA);
  await page.getByLabel("Jenis kelamin").selectOption("L");
  await page.getByLabel("Tanggal lahir").fill(isoAgo(30, 5));
  await page.getByLabel("Posyandu").selectOption({ label: "Posyandu Mawar" });
  await page.getByLabel("Kepala keluarga").fill(`KK ${NAMA}`);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: NAMA })).toBeVisible();
  await expect(page.getByText("Balita 24–59 bulan").first()).toBeVisible();

  const id = page.url().match(/sasaran\/(\d+)/)?.[1];
  expect(id).toBeTruthy();

  // Last month's weighing first (when that quarter is still open), so this month's can count as N in the SKDN.
  const now = new Date(Date.now() + 7 * 3600_000);
  const prev = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15));
  const prevMonth = prev.toISOString().slice(0, 7);
  await page.goto(`${DESA}/pemantauan/${id}?bulan=${prevMonth}`);
  const prevOpen = (await page.getByTestId("periode-terkunci").count()) === 0;
  if (prevOpen) {
    await page.getByLabel("Tanggal periksa").fill(`${prevMonth}-15`);
    await page.getByLabel("Berat badan (kg)").fill("11,6");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByText("✓ Data bulan ini tersimpan.")).toBeVisible();
  }

  await page.goto(`${DESA}/pemantauan`);
  const section = page.getByRole("region", { name: /Balita 24–59 bulan/ });
  await expect(section).toBeVisible();
  await section.getByRole("link", { name: new RegExp(NAMA) }).click();
  await expect(page.getByRole("group", { name: "Penimbangan balita bulan ini" })).toBeVisible();
  await expectNoOverflow(page, "formulir balita");
  await expectAxeClean(page, "formulir balita");

  // "Ditimbang" without a weight: refused beside the weight, the rest kept.
  await page.getByLabel("Ditimbang bulan ini").check();
  await page.getByLabel("Panjang/tinggi badan (cm)").fill("88,5");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Isi berat badan bila anak ditimbang bulan ini.").first()).toBeVisible();
  await expect(page.getByLabel("Panjang/tinggi badan (cm)")).toHaveValue("88,5");

  await page.getByLabel("Berat badan (kg)").fill("12,1");
  await expect(page.getByLabel("Cara ukur")).toHaveValue("berdiri");
  await page.getByLabel("Obat cacing").check();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("✓ Data bulan ini tersimpan.")).toBeVisible();
  const card = page.getByTestId("kartu-hasil");
  await expect(card).toContainText(NAMA);
  await expect(card.getByTestId("z-haz")).toContainText(/−?\d,\d\d/);
  await expect(card.getByTestId("z-haz")).toContainText("Normal");
  await expect(card.getByTestId("z-whz")).toContainText(/\d,\d\d/);
  await expect(card.getByTestId("z-baz")).toContainText(/\d,\d\d/);
  await expect(page.getByRole("region", { name: /Balita 24–59 bulan/ })).toContainText("Ditimbang");
  await expectNoOverflow(page, "daftar bulan dengan kartu hasil");

  // The posyandu's SKDN of this month: the child is weighed (D) and, after last month's 11,6 kg, gained (N).
  await page.getByRole("link", { name: "Laporan SKDN" }).click();
  await expect(page.getByTestId("laporan-skdn")).toBeVisible();
  await expectNoOverflow(page, "laporan SKDN");
  await expect(page.getByTestId("skdn-ringkasan").getByTestId("skdn-D")).toBeVisible();
  // Without last month's weighing (its quarter locked) this month is the first weighing: B, named nowhere.
  if (prevOpen) await expect(page.getByTestId("skdn-nama-N")).toContainText(NAMA);
});

test("tpps.kab membaca pemantauan desa tetapi tidak dapat mengisi penimbangan balita", async ({ page }) => {
  await login(page, "tpps.kab");
  await page.goto(`${DESA}/pemantauan`);
  const section = page.getByRole("region", { name: /Balita 24–59 bulan/ });
  await expect(section).toBeVisible();
  await section.getByRole("link").first().click();
  await expect(page.getByText("Hanya KPM desa yang dapat mengisi formulir ini.")).toBeVisible();
  await expect(page.getByLabel("Berat badan (kg)")).toHaveCount(0);
});
