import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { login } from "./fixtures";

/** axe-core on the main pages of each role: no serious or critical WCAG 2.x A/AA violation. */
const PAGES: Record<string, string[]> = {
  "kpm.airputih": [
    "/wilayah/19.05.01.2004",
    "/wilayah/19.05.01.2004/sasaran",
    "/wilayah/19.05.01.2004/pemantauan",
    "/wilayah/19.05.01.2004/sasaran/baru?jenis=anak",
    "/wilayah/19.05.01.2004/scorecard",
  ],
  "tpps.kab": ["/wilayah/19.05", "/wilayah/19.05/scorecard", "/wilayah/19.05/apbdes", "/wilayah/19.05/kpm"],
  "tpps.mentok": ["/wilayah/19.05.01", "/wilayah/19.05.01/scorecard", "/wilayah/19.05.01/apbdes"],
  "operator.airputih": ["/wilayah/19.05.01.2004", "/wilayah/19.05.01.2004/apbdes", "/wilayah/19.05.01.2004/posyandu"],
  "kades.airputih": ["/wilayah/19.05.01.2004", "/wilayah/19.05.01.2004/scorecard", "/wilayah/19.05.01.2004/apbdes"],
  admin: ["/admin/pengguna", "/admin/audit", "/akun/kata-sandi"],
};

test("halaman login tanpa pelanggaran serius", async ({ page }) => {
  await page.goto("/login");
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(
    result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.length}`),
  ).toEqual([]);
});

for (const [user, paths] of Object.entries(PAGES)) {
  test(`aksesibilitas halaman utama ${user}`, async ({ page }) => {
    test.setTimeout(120_000);
    await login(page, user);
    for (const path of paths) {
      await page.goto(path);
      const result = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(
        bad.map(
          (v) =>
            `${path} ${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(" | ")}`,
        ),
      ).toEqual([]);
    }
  });
}
