import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyOutsideI18n, findCodeCopy, findInlineCopy, isCopy } from "./inline-copy";

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
});

describe("copy lives in lib/i18n, not in the strings of code", () => {
  it("a capitalised word, or an Indonesian word beside another, is copy", () => {
    for (const text of [
      "Draf",
      "Kode desa",
      "Berkas kosong.",
      "Tersimpan oleh pengguna lain: ",
      "Anak 0–23 bulan",
      "masih draf",
      "3 tahun ${} bulan",
      "(kosong) dari pagu",
    ])
      expect(isCopy(text), text).toBe(true);
  });

  it("values, keys, classes, SQL, paths, file names, formats and English developer messages are code", () => {
    for (const text of [
      "disetujui",
      "kunjungan_rumah",
      "kodeWilayah",
      "ibu:1",
      "SP",
      "KPM",
      "flex gap-2 text-sm",
      "hidden sm:block",
      "no key update",
      "asc nulls last",
      "/wilayah/ ${} /apbdes?tahun= ${} &versi=",
      "apbdes- ${} - ${} .xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Type",
      "text/plain; charset=utf-8",
      "Asia/Jakarta",
      "id-ID",
      '"Rp"#,##0',
      "default-src 'none'; frame-ancestors 'none'",
      "img-src 'self' data: blob:",
    ])
      expect(isCopy(text), text).toBe(false);
    expect(isCopy("Unknown role", true)).toBe(false);
    expect(isCopy("Konfigurasi tidak valid", true)).toBe(true);
  });

  it("reads the literals of a .ts file, not its imports, types, sql, keys or directives", () => {
    const found = findCodeCopy(
      "x.ts",
      `"use server";
      import { x } from "@/lib/i18n/common";
      type Status = "Draf" | "Final";
      const headers = { "Content-Type": "text/plain", Location: "/wilayah" };
      const q = sql\`select nama from regions where jenis = 'Desa'\`;
      if (!ok) throw new Error("Unknown code");
      console.warn("Retrying later");
      const status = "disetujui";
      const label = status === "draft" ? "Draf" : \`\${n} tahun\`;
      wb.creator = "Tumbuh";
      throw new Error(\`Konfigurasi lingkungan tidak valid: \${detail}\`);
      const message = \`Berkas berisi \${n} baris\`;`,
    );
    expect(found.map((f) => `${f.line} ${f.text}`)).toEqual([
      "9 Draf",
      "10 Tumbuh",
      "11 Konfigurasi lingkungan tidak valid: ${…}",
      "12 Berkas berisi ${…} baris",
    ]);
  });

  it("in a .tsx, leaves the JSX to the JSX rule and reads the rest", () => {
    const found = findCodeCopy(
      "x.tsx",
      `const TONE = { draft: "neutral" };
      const EMPTY = "Belum ada data";
      export const A = () => <div className="p-2" title="Judul">Teks {ok ? "Ya" : "Tidak"}<F options={[{ label: "Satu" }]} /></div>;`,
    );
    expect(found.map((f) => f.text)).toEqual(["Belum ada data"]);
  });
});

describe("no copy outside lib/i18n", () => {
  it("no page, component or lib module spells its own words", () => {
    const found = copyOutsideI18n(root);
    expect(found.map((f) => `${path.relative(root, f.file)}:${f.line} ${f.text}`)).toEqual([]);
  });
});
