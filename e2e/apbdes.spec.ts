import { expect, test, type Page } from "@playwright/test";
import { Workbook } from "exceljs";
import { login } from "./fixtures";

// A year the demo seed does not use, different on every run so a reused database stays clean.
const TAHUN = 2040 + Math.floor(Math.random() * 50);
const DESA = "/wilayah/19.05.01.2004/apbdes";
const PAGE = `${DESA}?tahun=${TAHUN}`;
const TOTAL = /Rp\s25\.750\.000/; // 12.500.000 + 7.250.000 + 6.000.000

test.describe.configure({ mode: "serial" });

/** Hidden and visible fields of the add-line form as the server rendered them (action id included). */
const forgedFields: Record<string, string> = {};

async function fillLine(
  page: Page,
  v: { kode: string; uraian: string; rekening: string; sumber: string; pagu: string; volume?: string; satuan?: string },
) {
  const form = page.getByTestId("form-baris");
  await form.getByLabel("Kode kegiatan").fill(v.kode);
  await form.getByLabel("Uraian").fill(v.uraian);
  await form.getByLabel("Kode rekening belanja").fill(v.rekening);
  await form.getByLabel("Sumber dana").selectOption(v.sumber);
  if (v.volume) await form.getByLabel("Volume").fill(v.volume);
  if (v.satuan) await form.getByLabel("Satuan").fill(v.satuan);
  await form.getByLabel("Pagu (Rp)").fill(v.pagu);
}

async function importXlsx(rows: Array<Array<string | number>>) {
  const wb = new Workbook();
  const sheet = wb.addWorksheet("Baris");
  sheet.addRow(["kode_kegiatan", "uraian", "kode_rekening", "sumber_dana", "volume", "satuan", "pagu", "realisasi"]);
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("operator.airputih mengisi tiga baris (satu ditolak karena nominal), uji impor XLSX, lalu mengajukan", async ({
  page,
}) => {
  await login(page, "operator.airputih");
  await page.goto(PAGE);
  await page.getByRole("button", { name: `Buat APBDes murni ${TAHUN}` }).click();
  await expect(page.getByTestId("status-apbdes")).toHaveAttribute("data-status", "draft");

  await fillLine(page, {
    kode: "2.2.02",
    uraian: "PMT balita uji",
    rekening: "5.2.1.06",
    sumber: "DDS",
    pagu: "12.500.000",
  });
  await page.getByRole("button", { name: "Simpan baris" }).click();
  await expect(page.getByTestId("form-message").filter({ hasText: "ditambahkan" })).toBeVisible();

  await fillLine(page, {
    kode: "02.04.12.",
    uraian: "Pipanisasi uji",
    rekening: "5.3.8",
    sumber: "DDS",
    volume: "10",
    satuan: "sambungan",
    pagu: "7.250.000,50",
  });
  await page.getByRole("button", { name: "Simpan baris" }).click();
  const form = page.getByTestId("form-baris");
  await expect(form.getByTestId("error-pagu")).toContainText("rupiah bulat");
  await expect(form.getByLabel("Pagu (Rp)")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Uraian")).toHaveValue("Pipanisasi uji");
  await expect(form.getByLabel("Kode kegiatan")).toHaveValue("02.04.12.");
  await expect(form.getByLabel("Satuan")).toHaveValue("sambungan");
  await expect(form.getByLabel("Sumber dana")).toHaveValue("DDS");
  await form.getByLabel("Pagu (Rp)").fill("7.250.000");
  await page.getByRole("button", { name: "Simpan baris" }).click();
  await expect(page.getByTestId("form-message").filter({ hasText: "Pipanisasi uji" })).toBeVisible();

  await fillLine(page, {
    kode: "3.4.91",
    uraian: "Insentif KPM uji",
    rekening: "5.2.2.03",
    sumber: "ADD",
    pagu: "Rp 6.000.000",
  });
  await page.getByTestId("form-baris").getByLabel("Baris ini insentif/operasional KPM").check();
  await page.getByRole("button", { name: "Simpan baris" }).click();
  await expect(page.getByTestId("form-message").filter({ hasText: "Insentif KPM uji" })).toBeVisible();
  await expect(page.getByTestId("tabel-baris").locator("tbody tr")).toHaveCount(3);
  await expect(page.getByTestId("total-pagu")).toHaveText(TOTAL);
  await expect(page.getByTestId("tabel-baris")).toContainText("2.4.12"); // Siskeudes code normalised

  // The server-rendered add-line form, to replay it later as another user.
  const html = await (await page.request.get(PAGE)).text();
  const formHtml = html.slice(
    html.indexOf('data-testid="form-baris"'),
    html.indexOf("</form>", html.indexOf('data-testid="form-baris"')),
  );
  for (const m of formHtml.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(m[0])?.[1];
    const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? "";
    if (name) forgedFields[name] = value.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  }
  expect(Object.keys(forgedFields).some((k) => k.startsWith("$ACTION"))).toBe(true);
  // Control: replaying the form as its own user reaches the action (here refused for a negative amount).
  const replay = await page.request.post(PAGE, {
    multipart: {
      ...forgedFields,
      kodeKegiatan: "2.2.02",
      uraian: "Kiriman ulang",
      kodeRekening: "5.2.1.06",
      sumberDana: "DDS",
      pagu: "-1",
    },
  });
  expect(await replay.text()).toContain("Pagu tidak boleh negatif.");

  await page.getByRole("link", { name: "Impor CSV/XLSX" }).click();
  await page.getByLabel(/Berkas CSV atau XLSX/).setInputFiles({
    name: "baris.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await importXlsx([
      ["2.2.06", "Kelas BKB impor", "5.2.1.06", "DDS", 12, "pertemuan", "4.800.000", ""],
      ["2.4.90", "Jamban impor", "5.2.7.01", "", 15, "unit", "45.000.000", ""],
    ]),
  });
  await page.getByRole("button", { name: "Uji coba impor" }).click();
  await expect(page.getByTestId("uji-2")).toContainText("OK");
  await expect(page.getByTestId("uji-3")).toContainText("sumber_dana: Sumber dana wajib diisi.");
  await expect(page.getByTestId("form-message").first()).toContainText("1 dari 2 baris bermasalah");
  await expect(page.getByRole("button", { name: /Terapkan impor/ })).toHaveCount(0);

  await page.goto(PAGE);
  await expect(page.getByTestId("tabel-baris").locator("tbody tr")).toHaveCount(3);
  await expect(page.getByTestId("total-pagu")).toHaveText(TOTAL);
});

test("kpm.airputih tidak melihat formulir dan kiriman langsung ditolak", async ({ browser }) => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await login(page, "kpm.airputih");
  await page.goto(PAGE);
  await expect(page.getByTestId("form-baris")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Buat APBDes/ })).toHaveCount(0);
  const res = await page.request.post(PAGE, {
    multipart: {
      ...forgedFields,
      kodeKegiatan: "2.2.02",
      uraian: "Baris palsu KPM",
      kodeRekening: "5.2.1.06",
      sumberDana: "DDS",
      pagu: "1.000.000",
      stuntingTag: "auto",
      paketLayanan: "auto",
    },
  });
  expect(res.status()).toBeLessThan(500);
  await ctx.close();
});

test("operator mengajukan; kades.airputih menyetujui; baris menjadi hanya-baca", async ({ page, browser }) => {
  await login(page, "operator.airputih");
  await page.goto(PAGE);
  await expect(page.getByTestId("tabel-baris")).not.toContainText("Baris palsu KPM");
  await expect(page.getByTestId("total-pagu")).toHaveText(TOTAL);
  await page.getByRole("button", { name: "Ajukan ke kepala desa" }).click();
  await expect(page.getByTestId("status-apbdes")).toHaveAttribute("data-status", "diajukan");
  await expect(page.getByTestId("form-baris")).toHaveCount(0);

  const ctx = await browser.newContext();
  const kades = await ctx.newPage();
  await login(kades, "kades.airputih");
  await kades.goto(PAGE);
  await kades.getByRole("button", { name: "Setujui APBDes" }).click();
  await expect(kades.getByTestId("status-apbdes")).toHaveAttribute("data-status", "disetujui");
  await expect(kades.getByTestId("form-message").first()).toContainText("disetujui");
  await expect(kades.getByTestId("form-baris")).toHaveCount(0);
  await expect(kades.getByTestId("tabel-baris").getByRole("link", { name: /^Ubah/ })).toHaveCount(0);
  const id = (await kades.getByTestId("tabel-baris").locator("tbody tr").first().getAttribute("data-testid"))!.replace(
    "baris-",
    "",
  );
  await kades.goto(`${DESA}/baris/${id}`);
  await expect(kades.getByTestId("baris-terkunci")).toBeVisible();
  await expect(kades.getByRole("button", { name: "Simpan perubahan" })).toHaveCount(0);
  await ctx.close();
});

test("kpm.airputih membaca baris yang disetujui tanpa bisa mengubah", async ({ page }) => {
  await login(page, "kpm.airputih");
  await page.goto(PAGE);
  await expect(page.getByTestId("tabel-baris").locator("tbody tr")).toHaveCount(3);
  await expect(page.getByTestId("form-baris")).toHaveCount(0);
  expect((await page.goto(`${DESA}/impor?tahun=${TAHUN}`))?.status()).toBe(403);
});

test("tpps.mentok melihat total Air Putih di rekap kecamatan", async ({ page }) => {
  await login(page, "tpps.mentok");
  await page.goto(`/wilayah/19.05.01/apbdes?tahun=${TAHUN}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Rekap APBDes ${TAHUN}`);
  const row = page.getByTestId("tabel-rekap").getByRole("row", { name: /Air Putih/ });
  await expect(row).toContainText(TOTAL);
  await expect(row).toContainText("Disetujui");
  await expect(page.getByTestId("rekap-total")).toContainText(TOTAL);
  await expect(page.getByTestId("tabel-rekap").locator("tbody tr")).toHaveCount(4);
  await row.getByRole("link", { name: "Air Putih" }).click();
  await expect(page).toHaveURL(new RegExp(`19\\.05\\.01\\.2004/apbdes\\?tahun=${TAHUN}`));
  await expect(page.getByTestId("total-pagu")).toHaveText(TOTAL);
  await expect(page.getByTestId("form-baris")).toHaveCount(0);
});

test("tpps.kab melihat rekap kabupaten dengan grafik dan tabel", async ({ page }) => {
  await login(page, "tpps.kab");
  await page.goto(`/wilayah/19.05/apbdes?tahun=${TAHUN}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Rekap APBDes ${TAHUN}`);
  await expect(page.getByTestId("tabel-rekap").locator("tbody tr")).toHaveCount(60);
  await expect(page.getByTestId("tabel-rekap").getByRole("row", { name: /Air Putih/ })).toContainText(TOTAL);
  await expect(page.locator("canvas")).toHaveCount(1);
  await expect(page.getByTestId("tabel-paket")).toContainText("Air Putih");
  await page
    .getByRole("link", { name: /Pagu stunting/ })
    .first()
    .click();
  await expect(page).toHaveURL(/sort=stuntingPagu/);
  const xlsx = await page.request.get(`/wilayah/19.05/apbdes/ekspor?tahun=${TAHUN}`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
});
