import { test, type Page } from "@playwright/test";
import { expectNoOverflow, login } from "./fixtures";

/** Screenshots as review: every role's main pages at a cheap phone's width and at a laptop's, attached to the
 * Playwright report (npx playwright show-report) so a person can look at them; each page must also not overflow
 * at 360 px. One sign-in per role, one navigation per page (the viewport is resized, not reloaded). */
const DESA = "/wilayah/19.05.01.2004";
const PAGES: Record<string, string[]> = {
  "kpm.airputih": [DESA, `${DESA}/sasaran`, `${DESA}/pemantauan`, `${DESA}/scorecard`, `${DESA}/apbdes`],
  "operator.airputih": [DESA, `${DESA}/sasaran`, `${DESA}/pemantauan`, `${DESA}/apbdes`],
  "kades.airputih": [DESA, `${DESA}/sasaran`, `${DESA}/scorecard`, `${DESA}/apbdes`],
  "tpps.mentok": [
    "/wilayah/19.05.01",
    "/wilayah/19.05.01/scorecard",
    "/wilayah/19.05.01/apbdes",
    "/wilayah/19.05.01/kpm",
    `${DESA}/sasaran`,
  ],
  "tpps.kab": [
    "/wilayah/19.05",
    "/wilayah/19.05/scorecard",
    "/wilayah/19.05/apbdes",
    "/wilayah/19.05/kpm",
    "/admin/audit",
  ],
  admin: ["/wilayah/19.05", "/admin/pengguna", "/admin/pengguna/baru", "/admin/audit"],
};

const PHONE = { width: 360, height: 640 };
const LAPTOP = { width: 1280, height: 800 };

function slug(path: string): string {
  return path.replace(/^\//, "").replace(/[^a-z0-9.]+/gi, "_") || "beranda";
}

async function shoot(page: Page, name: string) {
  // Chart.js redraws on resize a frame later; full-page shots measure the page after that.
  await page.waitForTimeout(150);
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

test.describe.configure({ mode: "parallel" });

for (const [user, paths] of Object.entries(PAGES)) {
  test(`tangkapan layar ${user} (360 dan 1280 px)`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(PHONE);
    await login(page, user);
    for (const path of paths) {
      await test.step(path, async () => {
        await page.setViewportSize(PHONE);
        await page.goto(path);
        await shoot(page, `${user}-${slug(path)}-360`);
        // Soft, so one page's overflow does not hide the screenshots of the pages after it.
        await expectNoOverflow(page, `${user} ${path} 360 px`, { soft: true });
        await page.setViewportSize(LAPTOP);
        await shoot(page, `${user}-${slug(path)}-1280`);
      });
    }
  });
}
