import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

/** Issue 16, item 3: a kecamatan user opens "Cara menghitung" beside the stunting figure, reads the definition and
 * the numbers, follows the list behind the denominator and the numerator, and finds as many children there as the
 * figure counts. */
test("tpps.mentok: cara menghitung stunting, lalu daftar penyebut dan pembilang dengan jumlah yang sama", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await login(page, "tpps.mentok");
  await page.goto("/wilayah/19.05.01?periode=bulan&tahun=2026&nilai=11");
  const card = page.getByTestId("kpi-stunting");
  const value = (await card.locator("dd span").first().textContent())!.replace(/\s/g, " ");

  const cara = card.getByTestId("cara-stunting");
  await expect(cara.getByText("Pembilang", { exact: true })).toBeHidden();
  await cara.locator("summary").click();
  await expect(cara.getByText("Pembilang", { exact: true })).toBeVisible();
  await expect(cara).toContainText("TB/U di bawah −2 SD");
  await expect(cara).toContainText("batas wajar WHO");
  const numbers = (await cara.getByTestId("cara-angka").textContent())!;
  const m = numbers.replace(/\./g, "").match(/^(\d+) dari (\d+) anak$/);
  expect(m, numbers).not.toBeNull();
  const [numerator, denominator] = [Number(m![1]), Number(m![2])];
  expect(denominator).toBeGreaterThan(0);
  // The disclosure's numbers are the figure's.
  const pct = `${((numerator / denominator) * 100).toLocaleString("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
  expect(pct).toBe(value);

  const fmt = (n: number) => n.toLocaleString("id-ID");
  await cara.getByRole("link", { name: `Lihat daftar penyebut (${fmt(denominator)})` }).click();
  await expect(page).toHaveURL(/\/wilayah\/19\.05\.01\/rincian\/stunting\?.*bagian=penyebut/);
  await expect(page.getByTestId("rincian-jumlah")).toHaveAttribute("data-count", String(denominator));
  await expect(page.getByTestId("tabel-rincian").locator("tbody tr")).toHaveCount(denominator);
  // Names link to the targets; NIKs are masked for a kecamatan user.
  const first = page.getByTestId("tabel-rincian").locator("tbody tr").first();
  await expect(first.getByRole("link")).toHaveAttribute("href", /\/wilayah\/19\.05\.01\.\d{4}\/sasaran\/\d+/);
  await expect(first.locator("td").nth(1)).not.toHaveText(/\d{16}/);

  await page.goBack();
  const again = page.getByTestId("kpi-stunting").getByTestId("cara-stunting");
  if (!(await again.getAttribute("open"))) await again.locator("summary").click();
  await again.getByRole("link", { name: `Lihat daftar pembilang (${fmt(numerator)})` }).click();
  await expect(page.getByTestId("rincian-jumlah")).toHaveAttribute("data-count", String(numerator));
  await expect(page.getByTestId("tabel-rincian").locator("tbody tr")).toHaveCount(numerator);
  // Every child in the numerator has a HAZ below −2.
  for (const cell of await page.getByTestId("tabel-rincian").locator("tbody tr td:last-child").allTextContents())
    expect(
      Number(
        cell
          .replace(/^TB\/U /, "")
          .replace("−", "-")
          .replace(",", "."),
      ),
      cell,
    ).toBeLessThan(-2);
});
