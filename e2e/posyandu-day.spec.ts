import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoOverflow, login } from "./fixtures";

/* The posyandu-day mode (docs/posyandu-day.md) as a cadre uses it on a cheap phone: five children of one posyandu in
 * a row, each with its result card, in at most five taps per child besides the typed values. The spec creates its own
 * posyandu and children in Air Putih, so no other spec's rows are touched. */

const DESA = "/wilayah/19.05.01.2004";
const suffix = Math.random().toString(36).slice(2, 7);
const POSYANDU = `Posyandu Hari ${suffix}`;

test.use({ viewport: { width: 360, height: 740 } });

function isoDaysAgo(days: number) {
  const d = new Date(Date.now() + 7 * 3600_000); // Jakarta calendar day
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

async function axeClean(page: Page, where: string) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(
    result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.length}`),
    where,
  ).toEqual([]);
}

async function shot(page: Page, name: string) {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

test("mode hari posyandu: lima anak berturut-turut, masing-masing dengan kartu hasil, paling banyak 5 ketukan per anak", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await login(page, "kpm.airputih");

  // Setup (not counted): a posyandu of our own and five children registered there.
  await page.goto(`${DESA}/posyandu`);
  const add = page.getByRole("form", { name: "Tambah posyandu" });
  await add.getByLabel("Nama posyandu").fill(POSYANDU);
  await add.getByRole("button", { name: "Tambah posyandu" }).click();
  await expect(add.getByLabel("Nama posyandu")).toHaveValue("");
  const names = ["A", "B", "C", "D", "E"].map((x) => `Anak ${x} Hari ${suffix}`);
  const ids: number[] = [];
  for (const [i, nama] of names.entries()) {
    await page.goto(`${DESA}/sasaran/baru?jenis=anak`);
    await page.getByLabel("Nama anak").fill(nama);
    await page.getByLabel("Jenis kelamin").selectOption(i % 2 ? "L" : "P");
    await page.getByLabel("Tanggal lahir").fill(isoDaysAgo(120 + 60 * i));
    await page.getByLabel("Posyandu").selectOption({ label: POSYANDU });
    await page.getByLabel("Kepala keluarga").fill(`KK ${nama}`);
    if (i === 0) {
      // Enter once: the household's answers pre-fill the child's first monthly form.
      await page.getByLabel("Akses air minum layak").check();
      await page.getByLabel("Jamban layak").check();
    }
    await page.getByRole("button", { name: "Simpan sasaran" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(nama);
    ids.push(Number(page.url().match(/sasaran\/(\d+)/)![1]));
  }

  await page.goto(`${DESA}/pemantauan`);
  await page.getByRole("link", { name: `Mulai: ${POSYANDU}` }).click();

  // From here on every tap is counted: a click on a field to focus it, a button, a link. Typing is not a tap.
  let taps = 0;
  let loads = 0;
  let typed = 0;
  page.on("framenavigated", (f) => {
    if (f === page.mainFrame()) loads++;
  });
  const tap = async (l: Locator) => {
    taps++;
    await l.click();
  };
  const type = async (l: Locator, text: string) => {
    await tap(l);
    typed += text.length;
    await l.fill(text);
  };

  const weights = ["6,4", "7,1", "7,9", "8,6", "9,0"];
  const lengths = ["62,0", "65,5", "69,0", "71,5", "74,0"];
  const perChild: number[] = [];
  for (let i = 0; i < 5; i++) {
    const before = taps;
    await expect(page.getByTestId("progres")).toHaveText(`Anak ${i + 1} dari 5`);
    await expect(page.getByTestId("nama-anak")).toHaveText(names[i]);
    if (i === 0) {
      await expect(page.getByLabel("Kepemilikan akses air bersih")).toBeChecked();
      await expect(page.getByLabel("Kepemilikan jamban")).toBeChecked();
      await expect(page.getByLabel("Cara ukur")).toHaveValue("terlentang");
      await expectNoOverflow(page, "mode hari posyandu");
      await axeClean(page, "mode hari posyandu");
      await shot(page, "mode-hari-posyandu-360");
    }
    await type(page.getByLabel("Berat badan (kg)"), weights[i]);
    await type(page.getByLabel("Panjang/tinggi badan (cm)"), lengths[i]);
    // The month's one service the weighing does not imply: counselling (weighed/measured follow from the values).
    await tap(page.getByLabel("Ibu ikut konseling gizi"));
    await tap(page.getByRole("button", { name: "Simpan" }));

    const card = page.getByTestId("kartu-hasil");
    await expect(card).toBeVisible();
    await expect(card).toContainText(names[i]);
    await expect(card).toContainText(`${weights[i]} kg`);
    for (const z of ["haz", "waz", "whz", "baz"]) await expect(card.getByTestId(`z-${z}`)).toContainText(/\d,\d\d/);
    await expect(card.getByTestId("naik")).toContainText("Penimbangan pertama");
    await expect(page.getByTestId("progres")).toHaveText(`Anak ${i + 1} dari 5`);
    if (i === 0) {
      await expectNoOverflow(page, "kartu hasil");
      await axeClean(page, "kartu hasil");
      await shot(page, "kartu-hasil-360");
      await page.setViewportSize({ width: 1280, height: 800 });
      await shot(page, "kartu-hasil-1280");
      await page.setViewportSize({ width: 360, height: 740 });
    }
    if (i < 4) await tap(page.getByTestId("anak-berikutnya"));
    else await expect(page.getByText("Semua anak posyandu ini sudah ditimbang bulan ini.")).toBeVisible();
    perChild.push(taps - before);
  }
  const summary = `per anak ${perChild.join(", ")}; total ${taps} ketukan, ${loads} muat halaman, ${typed} karakter diketik`;
  test.info().annotations.push({ type: "ketukan", description: summary });
  console.log(`[posyandu-day] ${summary}`);
  for (const n of perChild) expect(n).toBeLessThanOrEqual(5);
  await expect(page.getByTestId("terisi")).toHaveText("5 dari 5 sudah ditimbang");

  // The mode again with every child recorded; a 1280-px look at the form of a recorded child (edit).
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${page.url().split("?")[0]}?anak=${ids[0]}`);
  await expect(page.getByLabel("Berat badan (kg)")).toHaveValue(weights[0]);
  await shot(page, "mode-hari-posyandu-1280");

  // The child's page at 360 px: the z-scores of the measurement table without sideways scrolling.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${DESA}/sasaran/${ids[2]}`);
  const cards = page.getByTestId("kartu-pengukuran");
  await expect(cards).toBeVisible();
  await expect(cards).toContainText("TB/U");
  await expect(cards).toContainText(/\d,\d\d/);
  await expectNoOverflow(page, "halaman anak");

  // Another desa's posyandu in this desa's address: not found.
  const other = await page.request.get(`${DESA}/pemantauan/posyandu/2147483000`, { maxRedirects: 0 });
  expect(other.status()).toBe(404);
});
