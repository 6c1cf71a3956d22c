import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("kpm.airputih tidak bisa membuka Belo Laut", async ({ page }) => {
  await login(page, "kpm.airputih");
  const res = await page.goto("/wilayah/19.05.01.2006");
  expect([403, 404]).toContain(res?.status());
  await expect(page.getByText("Belo Laut")).toHaveCount(0);
  await expect(page.getByText("19.05.01.2006")).toHaveCount(0);
});

test("kpm.airputih tidak bisa membuka kecamatan atau kabupaten di atasnya", async ({ page }) => {
  await login(page, "kpm.airputih");
  for (const kode of ["19.05.01", "19.05"]) {
    const res = await page.goto(`/wilayah/${kode}`);
    expect([403, 404]).toContain(res?.status());
  }
});

test("tpps.mentok ditolak di Simpang Teritip dan desanya", async ({ page }) => {
  await login(page, "tpps.mentok");
  for (const kode of ["19.05.02", "19.05.02.2001"]) {
    const res = await page.goto(`/wilayah/${kode}`);
    expect([403, 404]).toContain(res?.status());
    await expect(page.getByText("Pelangas")).toHaveCount(0);
  }
  const own = await page.goto("/wilayah/19.05.01.2004");
  expect(own?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Desa Air Putih");
});

test("tpps.kab membuka setiap kecamatan dari daftar", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "tpps.kab");
  const links = page.getByRole("list").getByRole("link", { name: /^Kecamatan / });
  await expect(links).toHaveCount(6);
  const targets = await Promise.all(
    (await links.all()).map(async (l) => ({
      href: (await l.getAttribute("href"))!,
      name: (await l.locator("span").first().textContent())!.trim(),
    })),
  );
  for (const t of targets) {
    const res = await page.goto(t.href);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.name);
  }
});

test("kode wilayah yang tidak valid atau tidak ada → 404", async ({ page }) => {
  await login(page, "tpps.kab");
  for (const kode of ["19.05.1", "19.05.99", "abc", "19.05.01.9999"]) {
    const res = await page.goto(`/wilayah/${kode}`);
    expect(res?.status()).toBe(404);
  }
});
