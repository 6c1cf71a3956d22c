/** The cadre's month of issue 19, walked as a KPM on a 360-px phone against a running server with the demo district:
 * register a pregnant woman, record her month (2A), record her delivery, register the newborn, weigh the newborn
 * (2B). Counts what the person does: taps (a tap to focus a field, to open a list and to pick from it, to tick, to
 * press a button or a link), page loads (main-frame navigations) and typed characters (a date typed as 8 digits).
 * Usage: tsx bench/cadre-month.ts <base-url>   (Chromium from CHROMIUM_PATH). Figures: docs/posyandu-day.md. */
import { chromium, type Locator, type Page } from "@playwright/test";

const DESA = "/wilayah/19.05.01.2004";
const count = { taps: 0, chars: 0, loads: 0 };
const steps: Array<{ step: string } & typeof count> = [];

const iso = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 864e5).toISOString().slice(0, 10);

async function tap(l: Locator) {
  count.taps++;
  await l.click();
}
async function type(l: Locator, text: string, typed = text.length) {
  count.taps++;
  await l.fill(text);
  count.chars += typed;
}
const typeDate = (l: Locator, date: string) => type(l, date, 8);
async function choose(l: Locator, option: { index: number } | string) {
  count.taps += 2;
  await l.selectOption(option);
}

function mark(step: string) {
  const before = steps.reduce(
    (a, s) => ({ taps: a.taps + s.taps, chars: a.chars + s.chars, loads: a.loads + s.loads }),
    {
      taps: 0,
      chars: 0,
      loads: 0,
    },
  );
  steps.push({
    step,
    taps: count.taps - before.taps,
    chars: count.chars - before.chars,
    loads: count.loads - before.loads,
  });
}

async function walk(page: Page) {
  const nama = `Ibu Bulan ${Math.random().toString(36).slice(2, 6)}`;
  const menu = page.getByRole("navigation", { name: "Menu wilayah" });

  // 1. Register the pregnant woman, with a new household.
  await tap(menu.getByRole("link", { name: "Sasaran", exact: true }));
  await page.waitForURL(/\/sasaran(\?|$)/);
  await tap(page.getByRole("link", { name: "+ Ibu hamil" }));
  await type(page.getByLabel("Nama ibu"), nama);
  await typeDate(page.getByLabel("Tanggal lahir"), "1998-05-14");
  await typeDate(page.getByLabel("Hari perkiraan lahir (HPL)"), iso(10));
  await choose(page.getByLabel("Posyandu"), { index: 1 });
  await type(page.getByLabel("Kepala keluarga"), "Budi Santoso");
  await tap(page.getByLabel("Akses air minum layak"));
  await tap(page.getByLabel("Jamban layak"));
  await tap(page.getByRole("button", { name: "Simpan sasaran" }));
  await page.waitForURL(/tersimpan=1/);
  mark("daftar ibu hamil");

  // 2. Her month (Formulir 2A).
  await tap(page.getByRole("link", { name: "Isi pemantauan bulan ini" }));
  await choose(page.getByLabel("Status kehamilan (dari bidan)"), { index: 1 });
  await type(page.getByLabel("Usia kehamilan (bulan)"), "8");
  await type(page.getByLabel("Jumlah butir pil Fe bulan ini"), "30");
  await tap(page.getByLabel("Pemeriksaan kehamilan (ANC) bulan ini"));
  await tap(page.getByLabel("Konsumsi pil Fe (TTD)"));
  for (const label of ["Kepemilikan akses air bersih", "Kepemilikan jamban"])
    if (!(await page.getByLabel(label).isChecked())) await tap(page.getByLabel(label));
  await tap(page.getByRole("button", { name: "Simpan", exact: true }));
  await page.waitForURL(/tersimpan=/);
  mark("catatan bulanan ibu (2A)");

  // 3. The delivery (some days later): her page, through the target list.
  await tap(menu.getByRole("link", { name: "Sasaran", exact: true }));
  await page.waitForURL(/\/sasaran(\?|$)/);
  // Found by name: the search field, then the phone keyboard's search key.
  await type(page.getByRole("searchbox"), nama);
  await page.getByRole("searchbox").press("Enter");
  await page.waitForURL(/[?&]q=/);
  await tap(page.getByRole("link", { name: nama, exact: true }).first());
  const summary = page.getByText("Tandai sudah melahirkan…");
  if (await summary.count()) await tap(summary);
  await typeDate(page.getByLabel("Tanggal melahirkan").last(), iso(-1));
  const save = page.getByRole("button", { name: /simpan persalinan|Tandai sudah melahirkan/ }).last();
  await tap(save);
  const confirm = page.getByLabel("Ya, tanggal persalinan ini benar");
  await Promise.race([page.waitForURL(/melahirkan=1/), confirm.waitFor()]);
  if (!/melahirkan=1/.test(page.url())) {
    await tap(confirm);
    await tap(page.getByRole("button", { name: /simpan persalinan|Tandai sudah melahirkan/ }).last());
    await page.waitForURL(/melahirkan=1/);
  }
  mark("persalinan");

  // 4. The newborn, from the mother's page.
  await tap(page.getByRole("link", { name: "Daftarkan bayi" }).first());
  await type(page.getByLabel("Nama anak"), `Bayi ${nama.slice(4)}`);
  await choose(page.getByLabel("Jenis kelamin").first(), "P");
  const lahir = page.getByLabel("Tanggal lahir");
  if (!(await lahir.inputValue())) await typeDate(lahir, iso(-1));
  await type(page.getByLabel("Berat lahir (kg)"), "3,1");
  await type(page.getByLabel("Panjang lahir (cm)"), "49");
  const pos = page.getByLabel("Posyandu");
  if (!(await pos.inputValue())) await choose(pos, { index: 1 });
  await tap(page.getByRole("button", { name: "Simpan sasaran" }));
  await page.waitForURL(/tersimpan=1/);
  mark("daftar bayi");

  // 5. The weighing (Formulir 2B), from the baby's page.
  await tap(page.getByRole("link", { name: "Isi pemantauan bulan ini" }));
  await type(page.getByLabel("Berat badan (kg)"), "3,4");
  await type(page.getByLabel("Panjang/tinggi badan (cm)"), "50");
  const cara = page.getByLabel("Cara ukur");
  if ((await cara.inputValue()) !== "terlentang") await choose(cara, "terlentang");
  await tap(page.getByRole("button", { name: "Simpan", exact: true }));
  await page.waitForURL(/tersimpan=/);
  // The z-scores and categories: on the result card after the save, or a tap on the child's row to its record.
  if (!(await page.getByTestId("kartu-hasil").count())) {
    await tap(page.locator('[id^="s-"].bg-brand-50, [data-testid^="baris-"].bg-brand-50').getByRole("link").first());
    await page.getByTestId("hasil-ukur").waitFor();
  }
  mark("penimbangan (2B) dan z-score");
}

async function main() {
  const base = process.argv[2] ?? "http://localhost:3000";
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const ctx = await browser.newContext({
    baseURL: base,
    viewport: { width: 360, height: 740 },
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    serviceWorkers: "block",
  });
  const page = await ctx.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto("/login");
  await page.getByLabel("Nama pengguna").fill("kpm.airputih");
  await page.getByLabel("Kata sandi").fill("tumbuh-demo");
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.waitForURL(new RegExp(DESA));
  page.on("framenavigated", (f) => {
    if (f === page.mainFrame()) count.loads++;
  });
  await walk(page);
  for (const s of steps) console.log(`${s.step}\t${s.taps} taps\t${s.loads} page loads\t${s.chars} characters`);
  console.log(`total\t${count.taps} taps\t${count.loads} page loads\t${count.chars} characters`);
  await browser.close();
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
