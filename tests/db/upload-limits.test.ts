vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

/** Issue 17, finding 3: hostile uploads through the APBDes import actions, as perangkat desa and kepala desa.
 * Each is refused beside the file field with its message, quickly, with the other values kept and nothing
 * written; the dry run answers a summary, never the whole table; and fast-check varies the file's shape (format,
 * rows, columns, cell text, a far cell, a lying ZIP, corrupted bytes) to show that the limits hold, that no
 * upload throws (no 500), and that the event loop keeps serving others while it is read. */

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { count } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import type { DbHandle } from "@/db/client";
import { apbdes, apbdesBaris, auditLog } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { applyImportAction, previewImportAction } from "@/app/(portal)/wilayah/[kode]/apbdes/import-actions";
import type { ImportState } from "@/lib/apbdes/import-check";
import { IMPORT_LIMITS } from "@/lib/apbdes/import-columns";
import { todayIso } from "@/lib/periods";
import * as H from "@/tests/hostile-uploads";

const AIR_PUTIH = "19.05.01.2004";
const NEW_YEAR = Number(todayIso().slice(0, 4)) + 1;
const RUNS = Number(process.env.FC_RUNS ?? 40);
const idle = { status: "idle" as const };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let handle: DbHandle;
let drop: () => Promise<void>;
let draftId = 0;
const as = async (u: string) => actAs(await userId(handle.db, u));

async function counts() {
  const [b] = await handle.db.select({ n: count() }).from(apbdesBaris);
  const [a] = await handle.db.select({ n: count() }).from(auditLog);
  return { baris: b.n, audit: a.n };
}

const fileOf = (name: string, bytes: Uint8Array) =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type: name.endsWith(".csv") ? "text/csv" : XLSX });

function upload(file: File, extra: Record<string, string> = {}) {
  const fd = form({ kode: AIR_PUTIH, apbdesId: draftId, ganti: "on", ...extra });
  fd.append("berkas", file);
  return fd;
}

/** The action's answer, how long it took, and the longest stretch the event loop was held meanwhile. */
async function timed(run: () => Promise<ImportState>) {
  let last = performance.now();
  let held = 0;
  const tick = setInterval(() => {
    held = Math.max(held, performance.now() - last);
    last = performance.now();
  }, 5);
  const start = performance.now();
  const state = await run();
  const ms = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 10));
  clearInterval(tick);
  return { state, ms, held };
}

/** Every message a refused upload may show beside the file field. */
const REFUSALS = [
  /^Berkas terlalu besar; paling besar 1 MB\.$/,
  /^Berkas berisi lebih dari 500 baris anggaran/,
  /^Berkas berisi lebih dari 50 kolom/,
  /^Lembar kerja terpakai sampai baris [\d.]+; paling banyak 5\.000 baris/,
  /^Baris [\d.]+ terlalu panjang; satu baris paling banyak 10\.000 karakter/,
  /^Isi berkas \.xlsx terlalu besar setelah dibuka/,
  /^Berkas \.xlsx berisi terlalu banyak sel/,
  /^Berkas terlalu lama diproses/,
  /^Berkas kosong\.$/,
  /^Berkas tidak berisi baris anggaran/,
  /^Berkas \.xlsx ini tidak dapat dibaca/,
  /^Berkas tidak dapat dibaca/,
  /^Pilih berkas CSV atau XLSX/,
];

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  [{ id: draftId }] = await handle.db
    .insert(apbdes)
    .values({ kodeWilayah: AIR_PUTIH, tahun: NEW_YEAR, versi: "murni" })
    .returning({ id: apbdes.id });
});
afterAll(async () => drop());

describe("hostile uploads through the import actions", () => {
  const cases: Array<[string, () => Uint8Array, RegExp]> = [
    ["jauh.xlsx", H.xlsxFarCell, /lebih dari 50 kolom \(terpakai sampai sel XFD1048576\)/],
    ["lebar.xlsx", H.xlsxWide, /lebih dari 50 kolom \(terpakai sampai sel XFD/],
    ["kolom.csv", () => H.csvManyHeaders(), /lebih dari 50 kolom/],
    ["besar.csv", () => H.csvOversized(), /Berkas terlalu besar; paling besar 1 MB/],
    ["bom.xlsx", () => H.xlsxBomb(30), /terlalu besar setelah dibuka/],
    ["bom-bohong.xlsx", () => H.xlsxBomb(20, { lie: true }), /terlalu besar setelah dibuka/],
    ["gabung.xlsx", H.xlsxMergeBomb, /terpakai sampai sel XFD1048576/],
    ["baris.csv", () => H.csvOfSize(80, 501), /lebih dari 500 baris anggaran/],
  ];

  for (const user of ["operator.airputih", "kades.airputih"])
    it(`${user}: each is refused beside the file field, quickly, with the values kept and nothing written`, async () => {
      await as(user);
      const before = await counts();
      for (const [name, make, message] of cases) {
        const file = fileOf(name, make());
        for (const action of [previewImportAction, applyImportAction]) {
          const { state, ms, held } = await timed(() => action(idle, upload(file)));
          expect(state.status, name).toBe("error");
          expect(state.errors?.berkas?.[0], name).toMatch(message);
          expect(state.values?.ganti, name).toBe("on");
          expect(state.preview, name).toBeUndefined();
          expect(ms, `${name} took ${Math.round(ms)} ms`).toBeLessThan(2_000);
          expect(held, `${name} held the event loop ${Math.round(held)} ms`).toBeLessThan(500);
        }
      }
      expect(await counts()).toEqual(before);
    });
});

describe("the dry run answers a summary", () => {
  it("a 60 kB CSV: counts, a sample and an answer no larger than the file; its payload applies every row", async () => {
    await as("operator.airputih");
    const csv = H.csvOfSize(60);
    const { state } = await timed(() => previewImportAction(idle, upload(fileOf("baris.csv", csv), { ganti: "" })));
    expect(state).toMatchObject({ status: "ok", preview: { total: 480, bad: 0, moreBad: 0, valid: true } });
    expect(state.preview!.rows.map((r) => r.baris)).toEqual([2, 3, 4, 5, 6]);
    const size = JSON.stringify(state).length;
    expect(size, `answer ${size} bytes for a ${csv.length}-byte file`).toBeLessThan(csv.length * 1.5);
    const before = await counts();
    const applied = await applyImportAction(
      idle,
      form({ kode: AIR_PUTIH, apbdesId: draftId, payload: state.preview!.payload }),
    );
    expect(applied).toMatchObject({ status: "ok", applied: 480 });
    expect((await counts()).baris).toBe(before.baris + 480);
  });

  it("a file with errors on every row lists the first 20 and counts the rest", async () => {
    await as("operator.airputih");
    const text = new TextDecoder().decode(H.csvOfSize(40, 300)).replace(/,DDS,/g, ",XYZ,");
    const { state } = await timed(() =>
      previewImportAction(idle, upload(fileOf("salah.csv", new TextEncoder().encode(text)))),
    );
    expect(state).toMatchObject({
      status: "error",
      preview: { total: 300, bad: 300, moreBad: 280, valid: false, payload: "" },
    });
    expect(state.preview!.rows).toHaveLength(20);
    expect(state.message).toBe(
      "Uji coba: 300 dari 300 baris bermasalah. Perbaiki berkas lalu unggah lagi; belum ada yang disimpan.",
    );
    expect(JSON.stringify(state).length).toBeLessThan(20_000);
  });
});

/** A file shape: format, size of the table, what is in its cells, and what an adversary may add. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
const shape = fc.record({
  format: fc.constantFrom("csv", "xlsx"),
  rows: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 30 }) },
    { weight: 2, arbitrary: fc.integer({ min: 495, max: 505 }) },
    { weight: 1, arbitrary: fc.constant(3_000) },
  ),
  extraColumns: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 4 }) },
    { weight: 1, arbitrary: fc.integer({ min: 40, max: 45 }) },
    { weight: 1, arbitrary: fc.constant(100_000) },
  ),
  text: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        "PMT balita",
        "",
        "<b>&amp;</b>",
        '"kutip, koma"',
        "baris\nbaru",
        "=SUM(A1)",
        "\u0000",
        "👶🏽",
      ),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 12_000 }).map((n) => "x".repeat(n)) },
  ),
  delimiter: fc.constantFrom(",", ";"),
  far: rarely(fc.constantFrom("XFD1", "A1048576", "XFD1048576", "AY2", "AX5001", "ZZ3")),
  lie: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  corrupt: rarely(fc.nat()),
});
type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

function build(s: Shape): Uint8Array {
  const headers = [...H.TEMPLATE_HEADERS, ...Array.from({ length: s.extraColumns }, (_, i) => `c${i + 9}`)];
  const row = ["2.2.02", s.text, "5.2.1.06", "DDS", "12", "bulan", "12500000", "0"];
  let bytes: Uint8Array;
  if (s.format === "csv") {
    const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const lines = [
      headers.join(s.delimiter),
      ...Array.from({ length: s.rows }, () => row.map(quote).join(s.delimiter)),
    ];
    if (s.far) lines.push(s.delimiter.repeat(60) + "x");
    bytes = new TextEncoder().encode(lines.join("\n"));
  } else {
    const body = [H.rowXml(1, H.rowCells(1, headers))];
    for (let r = 2; r <= s.rows + 1; r++) body.push(H.rowXml(r, H.rowCells(r, row)));
    if (s.far) {
      const n = Number(/\d+/.exec(s.far)![0]);
      body.push(
        H.rowXml(Math.max(n, s.rows + 2), [{ ref: s.far.replace(/\d+/, String(Math.max(n, s.rows + 2))), number: 1 }]),
      );
    }
    const sheetData = body.join("");
    bytes = H.xlsx({ sheetData, sheetDeclaredSize: s.lie ? Math.floor(sheetData.length / 2) : undefined });
  }
  if (s.corrupt !== undefined && bytes.length) {
    bytes = bytes.slice();
    bytes[s.corrupt % bytes.length] ^= 0xa5;
  }
  return bytes;
}

/** Whether a shape breaks a limit that must refuse it (when its bytes are intact). */
function overLimit(s: Shape, bytes: Uint8Array): boolean {
  if (bytes.length > IMPORT_LIMITS.bytes) return true;
  if (s.extraColumns + H.TEMPLATE_HEADERS.length > IMPORT_LIMITS.columns) return true;
  if (s.rows > IMPORT_LIMITS.rows) return true;
  if (s.format === "csv") return s.text.length > IMPORT_LIMITS.lineChars || s.far !== undefined;
  if (s.lie) return true;
  const far = s.far ? Number(/\d+/.exec(s.far)![0]) : 0;
  return (s.far !== undefined && /^(XFD|AY|ZZ)/.test(s.far)) || far > IMPORT_LIMITS.sheetRows;
}

describe("fuzzed uploads: the limits hold and nothing throws", () => {
  it("any file shape gives a form state: a refusal with one of the messages, or a summary within the limits", async () => {
    await as("operator.airputih");
    const before = await counts();
    let refused = 0;
    let summarised = 0;
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        const bytes = build(s);
        const name = `uji.${s.format}`;
        const { state, ms, held } = await timed(() => previewImportAction(idle, upload(fileOf(name, bytes))));
        const what = `${JSON.stringify({ ...s, text: s.text.slice(0, 20) })} (${bytes.length} bytes)`;
        expect(state.status, what).toMatch(/^(ok|error)$/);
        expect(ms, `${what}: ${Math.round(ms)} ms`).toBeLessThan(IMPORT_LIMITS.timeMs + 1_000);
        expect(held, `${what}: event loop held ${Math.round(held)} ms`).toBeLessThan(1_000);
        const refusal = state.errors?.berkas?.[0];
        if (refusal) {
          refused++;
          expect(
            REFUSALS.some((r) => r.test(refusal)),
            `${what}: ${refusal}`,
          ).toBe(true);
          expect(state.values?.ganti).toBe("on");
        } else {
          summarised++;
          expect(state.preview, what).toBeDefined();
          expect(state.preview!.total).toBeLessThanOrEqual(IMPORT_LIMITS.rows);
          expect(state.preview!.rows.length).toBeLessThanOrEqual(25);
          // No more than the columns the import reads: about the file for a CSV; for an .xlsx, whose text is
          // compressed, at most 500 rows of valid values.
          expect(JSON.stringify(state).length).toBeLessThan(s.format === "csv" ? bytes.length * 2 + 30_000 : 400_000);
          if (s.corrupt === undefined) expect(overLimit(s, bytes), `${what} was not refused`).toBe(false);
        }
      }),
      {
        numRuns: RUNS,
        examples: [
          [
            {
              format: "csv",
              rows: 3,
              extraColumns: 0,
              text: "PMT balita",
              delimiter: ";",
              far: undefined,
              lie: false,
              corrupt: undefined,
            },
          ],
          [
            {
              format: "xlsx",
              rows: 3,
              extraColumns: 2,
              text: "PMT balita",
              delimiter: ",",
              far: undefined,
              lie: false,
              corrupt: undefined,
            },
          ],
          [
            {
              format: "xlsx",
              rows: 2,
              extraColumns: 0,
              text: "",
              delimiter: ",",
              far: "XFD1048576",
              lie: false,
              corrupt: undefined,
            },
          ],
        ],
      },
    );
    // Meaningful only if both outcomes occurred.
    expect(refused, "no upload was refused").toBeGreaterThan(0);
    expect(summarised, "no upload got a summary").toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
  });
});
