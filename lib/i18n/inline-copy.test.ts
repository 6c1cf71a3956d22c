import path from "node:path";
import { describe, expect, it } from "vitest";
import { findInlineCopy, tsxFiles } from "./inline-copy";

const root = path.resolve(__dirname, "../..");

describe("copy lives in lib/i18n, not in JSX", () => {
  it("finds words written inline", () => {
    const found = findInlineCopy(
      "x.tsx",
      `export const A = () => (<div title="Judul halaman">
        Belum ada sasaran
        <Field label={ok ? "Nama ibu" : t.x} />
        {["Desa", "Indikator"].map((h) => <th key={h}>{h}</th>)}
        {\`Desa (\${n})\`}
      </div>);
      const columns = [{ header: "Nama" }];`,
    );
    expect(found.map((f) => f.text)).toEqual([
      "title=Judul halaman",
      "Belum ada sasaran",
      "label=Nama ibu",
      "Desa … Indikator",
      "Desa (",
      "header: Nama",
    ]);
  });

  it("leaves code alone: classes, names, symbols and strings from the strings files", () => {
    const found = findInlineCopy(
      "x.tsx",
      `export const A = () => (<form className="flex gap-2" method="get"><input name="q" type="search" />{t.title} – {n} %<span aria-hidden="true">▲</span></form>);`,
    );
    expect(found).toEqual([]);
  });

  it("no page or component of the app spells its own words", () => {
    const found = ["app", "components"].flatMap((d) => tsxFiles(path.join(root, d))).flatMap((f) => findInlineCopy(f));
    expect(found.map((f) => `${path.relative(root, f.file)}:${f.line} ${f.text}`)).toEqual([]);
  });
});
