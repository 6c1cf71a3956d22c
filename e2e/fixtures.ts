import AxeBuilder from "@axe-core/playwright";
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

/** Fails on any serious or critical WCAG 2.2 AA violation axe finds on the page as it stands. */
export async function expectAxeClean(page: Page, where: string) {
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

/** Fails if anything sticks out of the viewport (wide tables scroll inside their own container instead). */
export async function expectNoOverflow(page: Page, where: string, { soft = false } = {}) {
  const offenders = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Elements inside a horizontally scrolling container may extend past it; that is the container's job.
      let p: HTMLElement | null = el.parentElement;
      let clipped = false;
      while (p) {
        const o = getComputedStyle(p).overflowX;
        if (o === "auto" || o === "scroll" || o === "hidden") {
          clipped = true;
          break;
        }
        p = p.parentElement;
      }
      if (!clipped && (r.right > width + 1 || r.left < -1))
        out.push(`${el.tagName.toLowerCase()}.${(el as HTMLElement).className?.toString().slice(0, 40)}`);
    }
    return { out: out.slice(0, 5), scroll: document.documentElement.scrollWidth > width + 1 };
  });
  (soft ? expect.soft : expect)(offenders, where).toEqual({ out: [], scroll: false });
}

export const ACCOUNTS = [
  { username: "admin", home: "/wilayah/19.05", heading: "Kabupaten Bangka Barat", role: "Admin" },
  { username: "tpps.kab", home: "/wilayah/19.05", heading: "Kabupaten Bangka Barat", role: "TPPS Kabupaten" },
  { username: "tpps.mentok", home: "/wilayah/19.05.01", heading: "Kecamatan Mentok", role: "Tim Kecamatan" },
  {
    username: "tpps.simpangteritip",
    home: "/wilayah/19.05.02",
    heading: "Kecamatan Simpang Teritip",
    role: "Tim Kecamatan",
  },
  { username: "kades.airputih", home: "/wilayah/19.05.01.2004", heading: "Desa Air Putih", role: "Kepala Desa" },
  { username: "operator.airputih", home: "/wilayah/19.05.01.2004", heading: "Desa Air Putih", role: "Perangkat Desa" },
  { username: "kpm.airputih", home: "/wilayah/19.05.01.2004", heading: "Desa Air Putih", role: "KPM" },
  { username: "kades.belolaut", home: "/wilayah/19.05.01.2006", heading: "Desa Belo Laut", role: "Kepala Desa" },
  { username: "kpm.belolaut", home: "/wilayah/19.05.01.2006", heading: "Desa Belo Laut", role: "KPM" },
  { username: "kpm.pelangas", home: "/wilayah/19.05.02.2001", heading: "Desa Pelangas", role: "KPM" },
] as const;
