import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectNoOverflow, login } from "./fixtures";

/* Issue 19, "the cadre's day": a home visit entered once, and the birth flow from "Tandai sudah melahirkan" to twins
 * and the BBLR task. One walk on targets this spec creates (names with a random suffix, no other spec touches them). */

const DESA = "/wilayah/19.05.01.2004";

// Online pages only: a slow answer must not be replaced by the offline shell's copy of the desa home (its task list is
// as of the last download), which e2e/offline.spec.ts tests.
test.use({ serviceWorkers: "block" });
const suffix = Math.random().toString(36).slice(2, 7);

/** A day in the villages' calendar (Asia/Jakarta), `days` from today. */
function isoDay(days: number) {
  const d = new Date(Date.now() + 7 * 3600_000);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function axeClean(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
    where,
  ).toEqual([]);
}

test("kunjungan rumah dicatat sekali; persalinan dini minta konfirmasi; bayi kembar sekaligus; BBLR di tugas", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await login(page, "kpm.airputih");
  const ibu = `Ibu Lahir ${suffix}`;

  // A pregnant woman, HPL in 60 days, found KEK by the bidan this month: she needs a home visit.
  await page.goto(`${DESA}/sasaran/baru?jenis=ibu`);
  await page.getByLabel("Nama ibu").fill(ibu);
  await page.getByLabel("Tanggal lahir").fill("1995-03-12");
  await page.getByLabel("Hari perkiraan lahir (HPL)").fill(isoDay(60));
  await page.getByLabel("Posyandu").selectOption({ index: 1 });
  await page.getByLabel("Kepala keluarga").fill(`Suami ${suffix}`);
  await page.getByRole("button", { name: "Simpan sasaran" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ibu);
  const ibuUrl = page.url().split("?")[0];
  const ibuId = Number(ibuUrl.match(/sasaran\/(\d+)/)![1]);

  await page.goto(`${DESA}/pemantauan/${ibuId}`);
  await page.getByLabel("Status kehamilan (dari bidan)").selectOption("kek");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page).toHaveURL(/pemantauan\?bulan=.*tersimpan=/);
  await page.goto(DESA);
  await expect(page.getByTestId("tugas-kunjungan")).toContainText(ibu);

  // Enter once: the home visit logged in the activity log ticks her month and clears the task.
  await page.goto(`${DESA}/kegiatan`);
  const form = page.getByRole("form", { name: "Catat kegiatan" });
  await form.getByLabel("Jenis kegiatan").selectOption("kunjungan_rumah");
  await form.getByLabel("Tempat").fill(`Rumah ${ibu}`);
  await form.getByLabel("Jumlah peserta").fill("1");
  await form.getByLabel(new RegExp(ibu)).check();
  await form.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(form.getByTestId("form-message")).toContainText(
    "Kunjungan rumah dicentang pada catatan bulanan 1 sasaran",
  );
  await page.goto(DESA);
  await expect(page.getByTestId("tugas-bulan-ini")).not.toContainText(ibu);
  await page.goto(`${DESA}/pemantauan/${ibuId}`);
  await expect(page.getByLabel("Kunjungan rumah oleh bidan desa")).toBeChecked();

  // "Tandai sudah melahirkan" is folded away and secondary; a delivery 63 days before the HPL asks "Yakin?".
  await page.goto(ibuUrl);
  const submit = page.getByRole("button", { name: "Ya, simpan persalinan" });
  await expect(submit).toBeHidden();
  await page.getByText("Tandai sudah melahirkan…").click();
  const delivered = isoDay(-3);
  await page.getByLabel("Tanggal melahirkan").fill(delivered);
  await submit.click();
  await expect(page.getByTestId("error-tanggalMelahirkan")).toContainText("Yakin? Tanggal ini 63 hari sebelum HPL");
  await expect(page.getByLabel("Tanggal melahirkan")).toHaveValue(delivered);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ibu);
  await axeClean(page, "konfirmasi persalinan");
  await page.getByLabel("Ya, tanggal persalinan ini benar").check();
  await submit.click();
  await expect(page.getByTestId("form-message").filter({ hasText: "Persalinan tercatat" })).toBeVisible();

  // Her delivery date is the newborn's birth date; the KIA number is the baby's own; twins in the same step.
  await page.getByRole("link", { name: "Daftarkan bayi" }).click();
  await expect(page.getByLabel("Tanggal lahir")).toHaveValue(delivered);
  await expect(page.getByLabel("No. register KIA")).toHaveValue("");
  await page.getByLabel("Nama anak").fill(`Bayi A ${suffix}`);
  await page.getByLabel("Jenis kelamin").selectOption("L");
  await page.getByLabel("Berat lahir (kg)").fill("2,3");
  await page.getByText("Bayi kembar? Daftarkan bayi kedua").click();
  await page.getByLabel("Nama bayi ke-2").fill(`Bayi B ${suffix}`);
  await page.getByLabel("Kelamin bayi ke-2").selectOption("P");
  await page.getByLabel("Berat bayi ke-2 (kg)").fill("2,7");
  await expectNoOverflow(page, "daftar bayi kembar");
  await axeClean(page, "daftar bayi kembar");
  await page.getByRole("button", { name: "Simpan sasaran" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bayi A ${suffix}`);
  await expect(page.getByTestId("bblr")).toHaveText("BBLR");

  await page.goto(ibuUrl);
  for (const nama of [`Bayi A ${suffix}`, `Bayi B ${suffix}`])
    await expect(page.getByRole("listitem").filter({ hasText: nama })).toContainText("lahir");

  // BBLR (< 2.500 g): the first baby is listed to be followed this month, its 2,7 kg twin is not.
  await page.goto(DESA);
  const bblr = page.getByTestId("tugas-bblr");
  await expect(bblr).toContainText(`Bayi A ${suffix}`);
  await expect(bblr).toContainText("BBLR, berat lahir 2,3 kg");
  await expect(bblr).not.toContainText(`Bayi B ${suffix}`);
});
