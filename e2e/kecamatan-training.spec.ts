import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectNoOverflow, login } from "./fixtures";

/** Issue 19 as the Mentok kecamatan team: a planned rakor with a KPM who has no account, edited with the same form
 * (a half-filled attendee row keeps what was typed), listed under "Rencana pelatihan"; another kecamatan's page
 * is closed; the quarter in progress is shown beside the last approved one and marked provisional. New screens are
 * checked with axe at 360 px and shot at 360 and 1280 px. Uses only its own training (deleted at the end). */

const PHONE = { width: 360, height: 640 };
const LAPTOP = { width: 1280, height: 800 };

async function axeClean(page: Page, where: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  expect(
    result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.length}`),
    where,
  ).toEqual([]);
}

async function shoot(page: Page, name: string) {
  for (const [size, viewport] of [
    ["360", PHONE],
    ["1280", LAPTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    await page.screenshot({ path: test.info().outputPath(`${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize(PHONE);
}

test("tpps.mentok merencanakan rakor dengan KPM tanpa akun, mengubahnya, dan melihat triwulan berjalan", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  const topik = `Rakor KPM Mentok E2E ${Date.now() % 100000}`;
  const tanggal = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await login(page, "tpps.mentok");

  // Plan a rakor two weeks ahead with a KPM who has no account.
  await page.goto("/wilayah/19.05.01/kpm");
  const form = page.getByRole("form", { name: "Catat pelatihan" });
  await form.getByLabel("Jenis kegiatan").selectOption("rakor");
  await form.getByLabel("Tanggal").fill(tanggal);
  await form.getByLabel("Topik").fill(topik);
  await form.getByLabel("Tempat").fill("Kantor Camat Mentok");
  await form.getByLabel("Penyelenggara").fill("Tim TPPS Kecamatan Mentok");
  await form.getByLabel("Nama peserta 1").fill("Bu Ani, KPM baru");
  await form.getByLabel("Desa peserta 1").selectOption({ label: "Belo Laut" });
  await form.getByRole("button", { name: "Simpan pelatihan" }).click();
  await expect(form.getByTestId("form-message")).toContainText("direncanakan");
  const rencana = page.getByTestId("rencana-pelatihan");
  const item = rencana.getByTestId("pelatihan-item").filter({ hasText: topik });
  await expect(item).toContainText("Rapat koordinasi (rakor)");
  await expect(item).toContainText("Bu Ani, KPM baru (Belo Laut, tanpa akun)");
  // Planned: not among the trainings held.
  await expect(page.getByTestId("daftar-pelatihan").filter({ hasText: topik })).toHaveCount(0);
  await expectNoOverflow(page, "kpm 360");
  await axeClean(page, "kpm");
  await shoot(page, "kecamatan-kpm");

  // Edit with the same form: a half-filled attendee row is refused beside its field and nothing typed is lost.
  await item.getByRole("link", { name: /^Ubah/ }).click();
  await expect(page).toHaveURL(/\/wilayah\/19\.05\.01\/kpm\/pelatihan\/\d+$/);
  const edit = page.getByRole("form", { name: "Ubah pelatihan" });
  await expect(edit.getByLabel("Nama peserta 1")).toHaveValue("Bu Ani, KPM baru");
  await expectNoOverflow(page, "edit 360");
  await axeClean(page, "edit");
  await shoot(page, "kecamatan-pelatihan-ubah");
  await edit.getByLabel("Topik").fill(`${topik} (diubah)`);
  await edit.getByLabel("Nama peserta 2").fill("Pak Budi");
  await edit.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(edit.getByTestId("error-tamuDesa1")).toHaveText("Pilih desa peserta ini.");
  await expect(edit.getByLabel("Topik")).toHaveValue(`${topik} (diubah)`);
  await expect(edit.getByLabel("Nama peserta 2")).toHaveValue("Pak Budi");
  await edit.getByLabel("Desa peserta 2").selectOption({ label: "Air Putih" });
  await edit.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page).toHaveURL(/\/wilayah\/19\.05\.01\/kpm\?pesan=diubah/);
  await expect(page.getByTestId("form-message").first()).toContainText("Perubahan pelatihan disimpan");
  const edited = page
    .getByTestId("rencana-pelatihan")
    .getByTestId("pelatihan-item")
    .filter({ hasText: `${topik} (diubah)` });
  await expect(edited).toContainText("Pak Budi (Air Putih, tanpa akun)");
  await expect(edited).toContainText("Hadir (2 KPM)");

  // Another kecamatan: neither its page nor its form.
  const other = await page.goto("/wilayah/19.05.02/kpm");
  expect(other?.status()).toBe(404);

  // The quarter in progress, marked provisional, beside the last approved quarter: dashboard and scorecard.
  await page.goto("/wilayah/19.05.01");
  const panel = page.getByTestId("triwulan-berjalan");
  await expect(panel.getByRole("heading")).toHaveText("Triwulan berjalan (sementara, termasuk draf)");
  await expect(panel.getByTestId("kolom-triwulan-berjalan")).toContainText("Sementara");
  await expect(panel).toContainText("Triwulan terakhir disetujui (Triwulan");
  await expect(panel.getByRole("row", { name: /Tingkat konvergensi/ })).toContainText("indikator diterima");
  await expect(page.getByTestId("catatan-peringkat")).toContainText(
    "Desa dengan kurang dari 10 sasaran tidak diperingkat",
  );
  await expectNoOverflow(page, "dasbor 360");
  await axeClean(page, "triwulan berjalan", '[data-testid="triwulan-berjalan"]');
  await panel.scrollIntoViewIfNeeded();
  await shoot(page, "kecamatan-triwulan-berjalan");
  await page.goto("/wilayah/19.05.01/scorecard");
  await expect(page.getByTestId("triwulan-berjalan")).toContainText("Sementara");

  // Clean up so the spec can run again on the same database.
  await page.goto("/wilayah/19.05.01/kpm");
  const mine = page.getByTestId("pelatihan-item").filter({ hasText: `${topik} (diubah)` });
  await mine.getByText("Hapus", { exact: true }).click();
  await mine.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(page.getByTestId("pelatihan-item").filter({ hasText: topik })).toHaveCount(0);
});
