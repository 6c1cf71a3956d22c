import { expect, test, type Page } from "@playwright/test";
import { expectNoOverflow, login } from "./fixtures";

/* The posyandu's monthly SKDN (docs/skdn.md) on a 360-px phone: reached from the posyandu page, the lines add up
 * (D = N + T + O + B, 0–59 = 0–23 + 24–59), one posyandu can be chosen, the Excel file downloads, and the
 * kabupaten reads the same page. Demo data; the exact counts are checked in tests/db/skdn.test.ts. */

const DESA = "/wilayah/19.05.01.2004";
test.use({ viewport: { width: 360, height: 740 } });

const num = (s: string) => Number(s.replace(/\./g, "").trim());

async function line(page: Page, code: string) {
  const row = page.getByTestId("skdn-ringkasan").getByTestId(`skdn-${code}`);
  const cells = await row.locator("td[data-kelompok]").allInnerTexts();
  return cells.map(num);
}

async function expectConsistent(page: Page) {
  const [s, d, n, t, o, b] = await Promise.all(["S", "D", "N", "T", "O", "B"].map((c) => line(page, c)));
  for (const v of [s, d, n, t, o, b]) expect(v[2]).toBe(v[0] + v[1]);
  for (let i = 0; i < 3; i++) expect(d[i]).toBe(n[i] + t[i] + o[i] + b[i]);
  return { s, d, n };
}

test("kpm.airputih membuka laporan SKDN dari halaman posyandu, memilih posyandu dan mengunduh Excel", async ({
  page,
}) => {
  await login(page, "kpm.airputih");
  await page.goto(`${DESA}/posyandu`);
  await page.getByTestId("link-skdn").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Laporan SKDN");
  const { s } = await expectConsistent(page);
  expect(s[2]).toBeGreaterThan(0);
  await expect(page.getByTestId("skdn-posyandu-semua")).toBeVisible();
  await expect(page.getByTestId("skdn-nama-N")).toBeVisible();
  await expectNoOverflow(page, "skdn 360 px");

  // One posyandu: the per-posyandu tables go, the figures are that posyandu's.
  await page.getByLabel("Posyandu").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/posyandu=\d+/);
  await expect(page.getByTestId("skdn-posyandu-semua")).toHaveCount(0);
  const one = await expectConsistent(page);
  expect(one.s[2]).toBeLessThanOrEqual(s[2]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Unduh Excel" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^skdn-19\.05\.01\.2004-\d{4}-\d{2}-\d+\.xlsx$/);
});

test("halaman pemantauan menautkan laporan SKDN bulan yang sama", async ({ page }) => {
  await login(page, "kpm.airputih");
  await page.goto(`${DESA}/pemantauan`);
  await page.getByTestId("link-skdn").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Laporan SKDN");
  await expect(page).toHaveURL(/posyandu\/skdn\?bulan=\d{4}-\d{2}/);
});

test("tpps.kab membaca laporan SKDN desa", async ({ page }) => {
  await login(page, "tpps.kab");
  await page.goto(`${DESA}/posyandu/skdn`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Laporan SKDN");
  await expectConsistent(page);
});
