import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "tumbuh-demo";

/** Signs in through the login form, as a person would. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

export const ACCOUNTS = [
  { username: "admin", home: "/wilayah/19.05", heading: "Kabupaten Bangka Barat", role: "Admin" },
  { username: "tpps.kab", home: "/wilayah/19.05", heading: "Kabupaten Bangka Barat", role: "TPPS Kabupaten" },
  { username: "tpps.mentok", home: "/wilayah/19.05.01", heading: "Kecamatan Mentok", role: "Tim Kecamatan" },
  { username: "tpps.simpangteritip", home: "/wilayah/19.05.02", heading: "Kecamatan Simpang Teritip", role: "Tim Kecamatan" },
  { username: "kades.airputih", home: "/wilayah/19.05.01.2004", heading: "Desa Air Putih", role: "Kepala Desa" },
  { username: "operator.airputih", home: "/wilayah/19.05.01.2004", heading: "Desa Air Putih", role: "Perangkat Desa" },
  { username: "kpm.airputih", home: "/wilayah/19.05.01.2004", heading: "Desa Air Putih", role: "KPM" },
  { username: "kades.belolaut", home: "/wilayah/19.05.01.2006", heading: "Desa Belo Laut", role: "Kepala Desa" },
  { username: "kpm.belolaut", home: "/wilayah/19.05.01.2006", heading: "Desa Belo Laut", role: "KPM" },
  { username: "kpm.pelangas", home: "/wilayah/19.05.02.2001", heading: "Desa Pelangas", role: "KPM" },
] as const;
