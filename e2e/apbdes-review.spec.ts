import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { expectNoOverflow, login } from "./fixtures";

// Years 2030–2039 of Air Putih: no other spec uses them (apbdes.spec 2040–2089, upload-limits and access-matrix
// 2090–2099, the seed this year and last), random so a reused database stays clean.
const TAHUN = 2030 + Math.floor(Math.random() * 10);
const PAGE = `/wilayah/19.05.01.2004/apbdes?tahun=${TAHUN}`;
const PHONE = { width: 360, height: 740 };

async function addLine(page: Page, v: { kode: string; uraian: string; rekening: string; pagu: string }) {
  const form = page.getByTestId("form-baris");
  await form.getByLabel("Kode kegiatan").fill(v.kode);
  await form.getByLabel("Uraian").fill(v.uraian);
  await form.getByLabel("Kode rekening belanja").fill(v.rekening);
  await form.getByLabel("Sumber dana").selectOption("DDS");
  await form.getByLabel("Pagu (Rp)").fill(v.pagu);
  await page.getByRole("button", { name: "Simpan baris" }).click();
}

/** The confirmation after a save: announced (role=status), focused, on screen, and its line marked in the list. */
async function expectSaved(page: Page, text: RegExp, uraian: string) {
  const status = page.getByRole("status").filter({ hasText: text });
  await expect(status).toBeVisible();
  await expect(status).toHaveAttribute("id", "pesan-baris");
  await expect(status).toBeFocused();
  await expect(status).toBeInViewport();
  const marked = page.locator('tr[data-disorot="true"]');
  await expect(marked).toHaveCount(1);
  await expect(marked).toContainText(uraian);
  await expect(marked).toContainText("Baru disimpan");
  expect(new URL(page.url()).hash).toBe("#pesan-baris");
}

async function axe(page: Page, where: string) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(
    result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    where,
  ).toEqual([]);
}

test("simpan baris disorot, impor duplikat dilewati, kades melihat perubahan dari murni sebelum menyetujui", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const op = await (await browser.newContext({ viewport: PHONE })).newPage();
  const kades = await (await browser.newContext({ viewport: PHONE })).newPage();
  await login(op, "operator.airputih");
  await login(kades, "kades.airputih");

  // Simpan baris: the confirmation is where the person looks and names the line, which is marked in the list.
  await op.goto(PAGE);
  await op.getByRole("button", { name: `Buat APBDes murni ${TAHUN}` }).click();
  await addLine(op, { kode: "2.2.02", uraian: "PMT ulasan", rekening: "5.2.1.06", pagu: "10.000.000" });
  await expectSaved(op, /Baris "PMT ulasan" ditambahkan\./, "PMT ulasan");
  await addLine(op, { kode: "2.4.12", uraian: "Pipanisasi ulasan", rekening: "5.3.8", pagu: "40.000.000" });
  await expectSaved(op, /Baris "Pipanisasi ulasan" ditambahkan\./, "Pipanisasi ulasan");
  await expect(op.getByTestId("form-baris").getByLabel("Uraian")).toHaveValue("");

  // Import: the row equal to "PMT ulasan" (Siskeudes code, same rekening, sumber dana and pagu) is flagged in the
  // dry run and skipped on apply; the new row goes in.
  await op.getByRole("link", { name: "Impor CSV/XLSX" }).click();
  const csv =
    "kode_kegiatan;uraian;kode_rekening;sumber_dana;volume;satuan;pagu;realisasi\n" +
    "02.02.02.;PMT dari berkas;5.2.1.06;DD-APBN;;;Rp 10.000.000;\n" +
    "2.2.06;Kelas BKB ulasan;5.2.1.06;DDS;12;pertemuan;4.800.000;\n";
  await op.getByLabel(/Berkas CSV atau XLSX/).setInputFiles({
    name: "ulasan.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await op.getByRole("button", { name: "Uji coba impor" }).click();
  const dup = op.getByTestId("uji-duplikat");
  await expect(dup).toContainText("1 baris sudah ada di draf");
  await expect(dup.getByTestId("duplikat-2")).toContainText("PMT dari berkas");
  await expect(dup.getByTestId("duplikat-2")).toContainText("2.2.02");
  await expect(op.getByLabel("Tetap impor baris yang sama")).not.toBeChecked();
  await op.getByRole("button", { name: "Terapkan impor" }).click();
  await expect(op.getByTestId("form-terapkan").getByTestId("form-message")).toContainText(
    "1 baris diimpor. 1 baris yang sudah ada di draf dilewati.",
  );
  await op.goto(PAGE);
  await expect(op.getByTestId("tabel-baris").locator("tbody tr")).toHaveCount(3);
  await expect(op.getByTestId("tabel-baris")).not.toContainText("PMT dari berkas");
  await op.getByRole("button", { name: "Ajukan ke kepala desa" }).click();
  await expect(op.getByTestId("status-apbdes")).toHaveAttribute("data-status", "diajukan");

  await kades.goto(PAGE);
  await kades.getByRole("button", { name: "Setujui APBDes" }).click();
  await expect(kades.getByTestId("status-apbdes")).toHaveAttribute("data-status", "disetujui");

  // Perubahan: PMT re-budgeted (via its edit page: the saved line is marked on return), Pipanisasi removed, a line
  // added.
  await op.goto(PAGE);
  await op.getByRole("button", { name: "Buat APBDes perubahan" }).click();
  await expect(op.getByTestId("perubahan-murni")).toContainText("Tidak ada baris yang ditambah");
  // Wait for the edit page: the list being left has a "Pagu (Rp)" field of its own (the add form).
  await op.getByRole("link", { name: "Ubah PMT ulasan" }).click();
  await expect(op).toHaveURL(/\/apbdes\/baris\/\d+/);
  const edit = op.getByRole("form", { name: "Simpan perubahan" });
  await edit.getByLabel("Pagu (Rp)").fill("12.500.000");
  await edit.getByRole("button", { name: "Simpan perubahan" }).click();
  await expectSaved(op, /Perubahan baris "PMT ulasan" disimpan\./, "PMT ulasan");
  await op.getByRole("link", { name: "Ubah Pipanisasi ulasan" }).click();
  await op.getByText("Hapus baris ini").click();
  await op.getByRole("button", { name: "Ya, hapus baris" }).click();
  await expect(op).toHaveURL(/pesan=dihapus/);
  await expect(op.getByTestId("tabel-baris")).not.toContainText("Pipanisasi ulasan");
  await addLine(op, { kode: "2.1.01", uraian: "PAUD ulasan", rekening: "5.2.1.06", pagu: "3.000.000" });
  await expectSaved(op, /Baris "PAUD ulasan" ditambahkan\./, "PAUD ulasan");
  await op.getByRole("button", { name: "Ajukan ke kepala desa" }).click();
  await expect(op.getByTestId("status-apbdes")).toHaveAttribute("data-status", "diajukan");

  // The kepala desa reads what changed before the approval button, at 360 px, axe-clean.
  await kades.goto(`${PAGE}&versi=perubahan`);
  const diff = kades.getByTestId("perubahan-murni");
  await expect(kades.getByRole("heading", { name: "Perubahan dari APBDes murni" })).toBeVisible();
  await expect(diff.locator('tr[data-jenis="added"]')).toContainText("PAUD ulasan");
  await expect(diff.locator('tr[data-jenis="removed"]')).toContainText("Pipanisasi ulasan");
  const changed = diff.locator('tr[data-jenis="changed"]');
  await expect(changed).toContainText("PMT ulasan");
  await expect(changed).toContainText(/Rp\s10\.000\.000/);
  await expect(changed).toContainText(/Rp\s12\.500\.000/);
  await expect(changed).toContainText(/\+Rp\s2\.500\.000/);
  // murni 10.000.000 + 40.000.000 + 4.800.000; perubahan 12.500.000 + 4.800.000 + 3.000.000
  await expect(diff.getByTestId("diff-total-murni")).toHaveText(/Rp\s54\.800\.000/);
  await expect(diff.getByTestId("diff-total-perubahan")).toHaveText(/Rp\s20\.300\.000/);
  await expect(diff.getByTestId("diff-selisih")).toHaveText(/-Rp\s34\.500\.000/);
  const approve = kades.getByRole("button", { name: "Setujui APBDes" });
  const diffBox = (await diff.boundingBox())!;
  const approveBox = (await approve.boundingBox())!;
  expect(diffBox.y + diffBox.height).toBeLessThanOrEqual(approveBox.y);
  await expectNoOverflow(kades, "perubahan 360 px");
  await axe(kades, "perubahan dari murni 360 px");
  await kades.screenshot({ path: test.info().outputPath("perubahan-dari-murni-360.png"), fullPage: true });
  await approve.click();
  await expect(kades.getByTestId("status-apbdes")).toHaveAttribute("data-status", "disetujui");
  await expect(diff.locator('tr[data-jenis="changed"]')).toContainText("PMT ulasan");

  await op.context().close();
  await kades.context().close();
});
