import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

/** An empty list says what to do next. */
test("daftar kosong menyebut langkah berikutnya", async ({ page }) => {
  await login(page, "kpm.airputih");
  await page.goto("/wilayah/19.05.01.2004/sasaran?q=tidak-ada-nama-seperti-ini");
  await expect(page.getByText("Tidak ada sasaran yang cocok")).toBeVisible();
  await page.getByRole("link", { name: "Hapus saringan" }).click();
  await expect(page).toHaveURL(/\/sasaran$/);
  await expect(page.getByTestId("tabel-sasaran")).toBeVisible();
});
