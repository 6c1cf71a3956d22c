vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

/** Issue 17, finding 13: free text that looks like a formula (`=HYPERLINK(…)`, `@SUM`, `+`, `-`, a tab or CR at the
 * start) leaves every export as text that stays text: prefixed with an apostrophe, so it does not come alive when
 * the sheet is saved as CSV or a cell is edited. Stored through the real actions or rows, read back from the real
 * downloads; numbers stay numbers. */

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Workbook } from "exceljs";
import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import type { DbHandle } from "@/db/client";
import { apbdes, apbdesBaris, posyandu, sasaran } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { createKegiatanAction } from "@/app/(portal)/wilayah/[kode]/kegiatan/actions";
import { GET as kegiatanExport } from "@/app/(portal)/wilayah/[kode]/kegiatan/ekspor/route";
import { GET as sasaranExport } from "@/app/(portal)/wilayah/[kode]/sasaran/ekspor/route";
import { GET as apbdesExport } from "@/app/(portal)/wilayah/[kode]/apbdes/ekspor/route";
import { GET as templateGet } from "@/app/(portal)/wilayah/[kode]/apbdes/templat/route";
import { todayIso } from "@/lib/periods";

const AIR_PUTIH = "19.05.01.2004";
const HYPERLINK = '=HYPERLINK("http://x","y")';

let handle: DbHandle;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
});
afterAll(async () => drop());

async function download(
  get: (r: NextRequest, c: { params: Promise<{ kode: string }> }) => Promise<Response>,
  url: string,
): Promise<Response> {
  const res = await get(new NextRequest(`http://localhost${url}`), { params: Promise.resolve({ kode: AIR_PUTIH }) });
  expect(res.status, url).toBe(200);
  return res;
}

/** Every cell of every sheet, with its type as exceljs reads it back. */
async function cellsOf(res: Response): Promise<Array<{ value: unknown }>> {
  const wb = new Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const out: Array<{ value: unknown }> = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => out.push({ value: cell.value }))));
  return out;
}

const texts = (cells: Array<{ value: unknown }>) =>
  cells.map((c) => c.value).filter((v): v is string => typeof v === "string");

describe("exports neutralise formula-like text", () => {
  it("a kegiatan's note and place: the monthly activity export", async () => {
    actAs(await userId(handle.db, "kpm.airputih"));
    const today = todayIso();
    const saved = await createKegiatanAction(
      { status: "idle" },
      form({
        kode: AIR_PUTIH,
        jenis: "kie",
        tanggal: today,
        tempat: "@SUM(1+1)",
        jumlahPeserta: 12,
        catatan: HYPERLINK,
      }),
    );
    expect(saved.status).toBe("ok");
    const cells = await cellsOf(await download(kegiatanExport, `/wilayah/${AIR_PUTIH}/kegiatan/ekspor`));
    expect(texts(cells)).toContain(`'${HYPERLINK}`);
    expect(texts(cells)).toContain("'@SUM(1+1)");
    expect(texts(cells)).not.toContain(HYPERLINK);
    // The participant count stays a number Excel can sum.
    expect(cells.some((c) => c.value === 12)).toBe(true);
  });

  it("a target's name: the target list export", async () => {
    actAs(await userId(handle.db, "kpm.airputih"));
    const [pos] = await handle.db
      .select({ id: posyandu.id })
      .from(posyandu)
      .where(eq(posyandu.kodeWilayah, AIR_PUTIH))
      .limit(1);
    await handle.db.insert(sasaran).values([
      {
        kodeWilayah: AIR_PUTIH,
        jenis: "ibu",
        nama: HYPERLINK,
        jenisKelamin: "P",
        tanggalLahir: "1995-03-12",
        posyanduId: pos.id,
      },
      {
        kodeWilayah: AIR_PUTIH,
        jenis: "ibu",
        nama: "-1+2",
        jenisKelamin: "P",
        tanggalLahir: "1995-03-12",
        posyanduId: pos.id,
      },
      {
        kodeWilayah: AIR_PUTIH,
        jenis: "ibu",
        nama: "\t=1+1",
        jenisKelamin: "P",
        tanggalLahir: "1995-03-12",
        posyanduId: pos.id,
      },
    ]);
    const cells = texts(
      await cellsOf(await download(sasaranExport, `/wilayah/${AIR_PUTIH}/sasaran/ekspor?status=semua`)),
    );
    expect(cells).toContain(`'${HYPERLINK}`);
    expect(cells).toContain("'-1+2");
    expect(cells).toContain("'\t=1+1");
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it("an APBDes line's description: the desa's APBDes export, amounts still numbers", async () => {
    actAs(await userId(handle.db, "operator.airputih"));
    const [h] = await handle.db
      .insert(apbdes)
      .values({ kodeWilayah: AIR_PUTIH, tahun: 2099, versi: "murni", status: "draft" })
      .returning({ id: apbdes.id });
    await handle.db.insert(apbdesBaris).values({
      apbdesId: h.id,
      kodeWilayah: AIR_PUTIH,
      kodeKegiatan: "2.2.02",
      uraian: '+HYPERLINK("http://x")',
      kodeRekening: "5.2.1.06",
      sumberDana: "DDS",
      pagu: 1_250_000,
    });
    const cells = await cellsOf(await download(apbdesExport, `/wilayah/${AIR_PUTIH}/apbdes/ekspor?tahun=2099`));
    expect(texts(cells)).toContain('\'+HYPERLINK("http://x")');
    expect(cells.some((c) => c.value === 1_250_000)).toBe(true);
    const stored = await handle.db
      .select({ uraian: apbdesBaris.uraian })
      .from(apbdesBaris)
      .where(and(eq(apbdesBaris.apbdesId, h.id)));
    // Only the download changes: the stored text is what was typed.
    expect(stored[0].uraian).toBe('+HYPERLINK("http://x")');
  });

  it("the APBDes import template, as .xlsx and as CSV, holds no live formula", async () => {
    actAs(await userId(handle.db, "operator.airputih"));
    const xlsx = texts(await cellsOf(await download(templateGet, `/wilayah/${AIR_PUTIH}/apbdes/templat`)));
    expect(xlsx.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const csv = await (await download(templateGet, `/wilayah/${AIR_PUTIH}/apbdes/templat?format=csv`)).text();
    expect(
      csv
        .split(/\r?\n/)
        .flatMap((line) => line.split(","))
        .filter((c) => /^"?[=+\-@\t\r]/.test(c)),
    ).toEqual([]);
  });
});
