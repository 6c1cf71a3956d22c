import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { login } from "./fixtures";

const DESA = "/wilayah/19.05.01.2004";

/** The previous quarter: this flow locks it, so it must not collide with tests that write this month. */
function previousQuarter() {
  const now = new Date(Date.now() + 7 * 3600_000);
  const q = Math.ceil((now.getUTCMonth() + 1) / 3);
  const tahun = q === 1 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  const triwulan = q === 1 ? 4 : q - 1;
  const bulan = `${tahun}-${String(triwulan * 3).padStart(2, "0")}`;
  return { tahun, triwulan, bulan, query: `tahun=${tahun}&triwulan=${triwulan}` };
}

test.describe.configure({ mode: "serial" });

test("KPM mengisi dan mengajukan, kades menyetujui, data terkunci, kecamatan melihat, drill-down, cetak, Excel", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const pq = previousQuarter();
  const kpm = await (await browser.newContext()).newPage();
  await login(kpm, "kpm.airputih");

  // Record the last month of the quarter for the first listed child, then submit the quarter.
  await kpm.goto(`${DESA}/pemantauan?bulan=${pq.bulan}`);
  const firstChild = kpm
    .locator('[data-testid^="baris-"]')
    .filter({ hasText: /Sudah diisi|Belum diisi/ })
    .nth(0);
  await firstChild.getByRole("link").click();
  await kpm.getByLabel("Kepemilikan akses air bersih").first().check();
  await kpm.getByRole("button", { name: "Simpan" }).click();
  await expect(kpm).toHaveURL(/tersimpan=/);
  const sasaranId = new URL(kpm.url()).searchParams.get("tersimpan");

  await kpm.goto(`${DESA}/scorecard?${pq.query}`);
  await expect(kpm.getByTestId("status-periode")).toContainText("Draf");
  await kpm.getByRole("button", { name: "Ajukan triwulan ke kepala desa" }).click();
  await expect(kpm.getByTestId("status-periode")).toContainText("Diajukan");

  const kades = await (await browser.newContext()).newPage();
  await login(kades, "kades.airputih");
  await kades.goto(`${DESA}/scorecard?${pq.query}`);
  await kades.getByRole("button", { name: "Setujui dan kunci triwulan" }).click();
  await kades.getByRole("button", { name: "Ya, setujui dan kunci" }).click();
  await expect(kades.getByTestId("status-periode")).toContainText("Disetujui");
  await expect(kades.getByTestId("riwayat-periode")).toContainText("kades.airputih menyetujui");
  await expect(kades.getByTestId("riwayat-periode")).toContainText("kpm.airputih mengajukan");

  // The locked month can no longer be edited: no form, and the lock is explained.
  await kpm.goto(`${DESA}/pemantauan/${sasaranId}?bulan=${pq.bulan}`);
  await expect(kpm.getByTestId("periode-terkunci")).toContainText("dikunci");
  await expect(kpm.getByRole("button", { name: "Simpan" })).toHaveCount(0);

  // Kecamatan sees Air Putih approved and the pooled total.
  const kec = await (await browser.newContext()).newPage();
  await login(kec, "tpps.mentok");
  await kec.goto(`/wilayah/19.05.01/scorecard?${pq.query}`);
  const row = kec.getByTestId("tabel-desa").locator("tr", { hasText: "Air Putih" });
  await expect(row).toContainText("Disetujui");
  await expect(kec.getByTestId("tkd")).toContainText("%");

  // Drill down from a coverage % to the targets behind it, then to a target.
  await kec.getByTestId("capaian-anak-6").click();
  await expect(kec).toHaveURL(/scorecard\/indikator\/anak\/6/);
  await expect(kec.getByRole("heading", { level: 1 })).toContainText("air minum layak");
  const first = kec.getByTestId("tabel-indikator").locator("tbody tr").first().getByRole("link");
  await first.click();
  await expect(kec).toHaveURL(/\/sasaran\/\d+/);

  // Print view and Excel from the desa scorecard.
  await kades.goto(`${DESA}/scorecard?${pq.query}`);
  const tkdText = (await kades.getByTestId("tkd").textContent())!.trim();
  await kades.emulateMedia({ media: "print" });
  await expect(kades.getByText(`SCORECARD KONVERGENSI DESA — TRIWULAN ${pq.triwulan} TAHUN ${pq.tahun}`)).toBeVisible();
  await expect(kades.getByRole("button", { name: "Keluar" })).toBeHidden();
  await kades.screenshot({ path: test.info().outputPath("scorecard-print.png"), fullPage: true });
  await test
    .info()
    .attach("scorecard-print", { path: test.info().outputPath("scorecard-print.png"), contentType: "image/png" });
  await kades.emulateMedia({ media: "screen" });
  const download = kades.waitForEvent("download");
  await kades.getByRole("link", { name: "Unduh Excel" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`scorecard-19.05.01.2004-${pq.tahun}-T${pq.triwulan}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await file.path())!);
  const sheet = wb.getWorksheet("Scorecard")!;
  let total: ExcelJS.Row | undefined;
  let tikar: ExcelJS.Row | undefined;
  // One table (Tabel | Baris | Uraian | Jumlah | Dari | Persen) under a frozen header (issue 19).
  expect(sheet.views[0].state).toBe("frozen");
  sheet.eachRow((r) => {
    if (r.getCell(2).value === "TOTAL") total = r;
    if (r.getCell(2).value === "Hijau") tikar = r;
  });
  // Counts stay counts: only ratio cells carry a percentage format (the Tabel 2 row once read 1200,0 %).
  for (const c of [4, 5]) expect(tikar!.getCell(c).numFmt ?? "").not.toContain("%");
  expect(total!.getCell(6).numFmt).toBe("0.0%");
  const d = Number(total!.getCell(4).value);
  const s = Number(total!.getCell(5).value);
  expect(`${((d / s) * 100).toLocaleString("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`).toBe(
    tkdText.replace(/\s/g, " "),
  );
  expect(wb.getWorksheet("Formulir 3B Anak")!.rowCount).toBeGreaterThan(1);
});
