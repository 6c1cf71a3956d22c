vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, count, eq, sql } from "drizzle-orm";
import { Workbook } from "exceljs";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import { redirectOf } from "./redirect";
import type { DbHandle } from "@/db/client";
import { apbdes, apbdesBaris, auditLog, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import {
  approveApbdesAction,
  createApbdesAction,
  createLineAction,
  deleteLineAction,
  returnApbdesAction,
  submitApbdesAction,
  updateLineAction,
} from "@/app/(portal)/wilayah/[kode]/apbdes/actions";
import { applyImportAction, previewImportAction } from "@/app/(portal)/wilayah/[kode]/apbdes/import-actions";
import { getTabel5, listApbdesVersions, listApprovedStuntingLines } from "@/db/queries/apbdes";
import { getApbdesRecap } from "@/db/queries/apbdes-recap";
import { getActiveViewerById } from "@/db/queries/users";
import { IMPORT_COLUMNS } from "@/lib/apbdes/import-columns";
import { todayIso } from "@/lib/periods";
import { selectRows } from "@/db/raw";

const AIR_PUTIH = "19.05.01.2004";
const BELO_LAUT = "19.05.01.2006";
const MENTOK = "19.05.01";
const FORBIDDEN = "Anda tidak memiliki akses untuk tindakan ini.";
const idle = { status: "idle" as const };
const YEAR = Number(todayIso().slice(0, 4));
const NEW_YEAR = YEAR + 1; // not used by the demo seed
let handle: DbHandle;
let drop: () => Promise<void>;
const as = async (u: string) => actAs(await userId(handle.db, u));
const viewerOf = async (u: string) => (await getActiveViewerById(await userId(handle.db, u)))!;

async function counts() {
  const [h] = await handle.db.select({ n: count() }).from(apbdes);
  const [b] = await handle.db.select({ n: count() }).from(apbdesBaris);
  const [a] = await handle.db.select({ n: count() }).from(auditLog);
  return { apbdes: h.n, baris: b.n, audit: a.n };
}
const header = async (kode: string, tahun: number, versi: "murni" | "perubahan") =>
  (
    await handle.db
      .select()
      .from(apbdes)
      .where(and(eq(apbdes.kodeWilayah, kode), eq(apbdes.tahun, tahun), eq(apbdes.versi, versi)))
  )[0];
const linesOf = (apbdesId: number) => handle.db.select().from(apbdesBaris).where(eq(apbdesBaris.apbdesId, apbdesId));

const line = (apbdesId: number, over: Record<string, string | boolean> = {}) =>
  form({
    kode: AIR_PUTIH,
    apbdesId,
    kodeKegiatan: "02.02.02.",
    uraian: "PMT balita",
    kodeRekening: "5.2.1.06",
    sumberDana: "DDS",
    pagu: "Rp 12.500.000",
    realisasi: "",
    stuntingTag: "auto",
    paketLayanan: "auto",
    indikator: "anak:4",
    ...over,
  });

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  // No demo operator works in Belo Laut: add one to try a neighbouring desa's forged post.
  await handle.db.insert(users).values({
    username: "operator.belolaut",
    displayName: "Operator Belo Laut",
    passwordHash: "x",
    role: "perangkat_desa",
    scopeKode: BELO_LAUT,
    isDemo: true,
  });
});
afterAll(async () => drop());

describe("demo seed", () => {
  it("gives Mentok desa approved budgets, Belo Laut a current-year draft, kelurahan none", async () => {
    expect((await header(AIR_PUTIH, YEAR, "murni")).status).toBe("disetujui");
    expect((await header(AIR_PUTIH, YEAR - 1, "murni")).status).toBe("disetujui");
    expect((await header(BELO_LAUT, YEAR, "murni")).status).toBe("draft");
    const kelurahan = await handle.db
      .select({ n: count() })
      .from(apbdes)
      .where(eq(apbdes.kodeWilayah, "19.05.01.1001"));
    expect(kelurahan[0].n).toBe(0);
    const lines = await linesOf((await header(AIR_PUTIH, YEAR, "murni")).id);
    expect(lines.every((l) => l.realisasi <= l.pagu)).toBe(true);
    expect(lines.some((l) => l.insentifKpm)).toBe(true);
  });
});

describe("APBDes workflow", () => {
  let murniId: number;
  let lineId: number;

  it("operator.airputih creates a draft murni for a new year, audited", async () => {
    await as("operator.airputih");
    const before = await counts();
    const to = await redirectOf(createApbdesAction(idle, form({ kode: AIR_PUTIH, tahun: NEW_YEAR, versi: "murni" })));
    expect(to).toBe(`/wilayah/${AIR_PUTIH}/apbdes?tahun=${NEW_YEAR}&versi=murni&pesan=dibuat`);
    murniId = (await header(AIR_PUTIH, NEW_YEAR, "murni")).id;
    expect(await counts()).toMatchObject({ apbdes: before.apbdes + 1, audit: before.audit + 1 });
    const again = await createApbdesAction(idle, form({ kode: AIR_PUTIH, tahun: NEW_YEAR, versi: "murni" }));
    expect(again.message).toMatch(/sudah ada/);
  });

  it("adds lines with normalised codes and the kegiatan's default tag", async () => {
    const to = await redirectOf(createLineAction(idle, line(murniId)));
    const r2 = await redirectOf(
      createLineAction(
        idle,
        line(murniId, {
          kodeKegiatan: "2.3.10",
          uraian: "Jalan desa",
          kodeRekening: "5.3.5",
          pagu: "100000000",
          indikator: "",
        }),
      ),
    );
    const rows = await linesOf(murniId);
    const pmt = rows.find((l) => l.uraian === "PMT balita")!;
    lineId = pmt.id;
    // Back to the list with the saved line named, highlighted and its confirmation scrolled to.
    expect(to).toBe(
      `/wilayah/${AIR_PUTIH}/apbdes?tahun=${NEW_YEAR}&versi=murni&pesan=ditambahkan&baris=${pmt.id}#pesan-baris`,
    );
    expect(r2).toContain(`&baris=${rows.find((l) => l.uraian === "Jalan desa")!.id}#`);
    expect(pmt).toMatchObject({
      kodeKegiatan: "2.2.02",
      pagu: 12_500_000,
      realisasi: 0,
      stuntingTag: "SP",
      paketLayanan: "gizi",
      indikator: ["anak:4"],
      kodeWilayah: AIR_PUTIH,
    });
    expect(rows.find((l) => l.uraian === "Jalan desa")!.stuntingTag).toBeNull();
  });

  it("refuses bad values beside their fields and keeps what was typed", async () => {
    const before = await counts();
    const r = await createLineAction(
      idle,
      line(murniId, { pagu: "-5.000.000", kodeKegiatan: "9.9.99", sumberDana: "", uraian: "Tetap ada" }),
    );
    expect(r.status).toBe("error");
    expect(r.errors?.pagu).toEqual(["Pagu tidak boleh negatif."]);
    expect(r.errors?.kodeKegiatan?.[0]).toBeTruthy();
    expect(r.errors?.sumberDana).toEqual(["Sumber dana wajib diisi."]);
    expect(r.values).toMatchObject({ uraian: "Tetap ada", kodeRekening: "5.2.1.06", pagu: "-5.000.000" });
    const over = await createLineAction(idle, line(murniId, { realisasi: "13.000.000" }));
    expect(over.errors?.realisasi).toEqual(["Realisasi tidak boleh melebihi pagu."]);
    expect(await counts()).toEqual(before);
  });

  it("refuses writes from kpm.airputih, another desa's operator, kecamatan and kabupaten", async () => {
    const before = await counts();
    for (const u of ["kpm.airputih", "operator.belolaut", "tpps.mentok", "tpps.kab"]) {
      await as(u);
      for (const r of [
        await createLineAction(idle, line(murniId, { uraian: `Palsu ${u}` })),
        await submitApbdesAction(idle, form({ kode: AIR_PUTIH, apbdesId: murniId })),
        await approveApbdesAction(idle, form({ kode: AIR_PUTIH, apbdesId: murniId })),
        await createApbdesAction(idle, form({ kode: AIR_PUTIH, tahun: NEW_YEAR + 1, versi: "murni" })),
      ]) {
        expect(r, u).toMatchObject({ status: "error", message: FORBIDDEN });
      }
    }
    // Belo Laut's own code with Air Putih's APBDes id: the version is not found in that desa.
    await as("operator.belolaut");
    const cross = await createLineAction(idle, line(murniId, { kode: BELO_LAUT }));
    expect(cross.status).toBe("error");
    expect(await counts()).toEqual(before);
  });

  it("the KPM does not see the draft", async () => {
    expect(
      await listApbdesVersions({ viewer: await viewerOf("kpm.airputih"), kode: AIR_PUTIH, tahun: NEW_YEAR }),
    ).toEqual([]);
    expect(
      await listApbdesVersions({ viewer: await viewerOf("operator.airputih"), kode: AIR_PUTIH, tahun: NEW_YEAR }),
    ).toHaveLength(1);
  });

  it("operator submits; only the kepala desa approves; approved lines are read-only", async () => {
    await as("operator.airputih");
    await redirectOf(submitApbdesAction(idle, form({ kode: AIR_PUTIH, apbdesId: murniId })));
    expect((await header(AIR_PUTIH, NEW_YEAR, "murni")).status).toBe("diajukan");
    expect(await approveApbdesAction(idle, form({ kode: AIR_PUTIH, apbdesId: murniId }))).toMatchObject({
      message: FORBIDDEN,
    });
    const locked = await createLineAction(idle, line(murniId));
    expect(locked.message).toMatch(/tidak dapat diubah/);

    await as("kades.airputih");
    await redirectOf(approveApbdesAction(idle, form({ kode: AIR_PUTIH, apbdesId: murniId })));
    const h = await header(AIR_PUTIH, NEW_YEAR, "murni");
    expect(h).toMatchObject({ status: "disetujui", disetujuiOleh: await userId(handle.db, "kades.airputih") });

    const before = await counts();
    const [l] = await handle.db.select().from(apbdesBaris).where(eq(apbdesBaris.id, lineId));
    const upd = await updateLineAction(
      idle,
      line(murniId, { id: String(lineId), version: String(l.version), pagu: "1" }),
    );
    const del = await deleteLineAction(idle, form({ kode: AIR_PUTIH, id: lineId, version: l.version }));
    const add = await createLineAction(idle, line(murniId));
    for (const r of [upd, del, add]) expect(r.message).toMatch(/tidak dapat diubah/);
    expect(await counts()).toEqual(before);
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "apbdes"), eq(auditLog.entityId, String(murniId))));
    expect(audit.map((a) => a.action).sort()).toEqual(["ajukan", "create", "setujui"]);
    expect(
      (await listApbdesVersions({ viewer: await viewerOf("kpm.airputih"), kode: AIR_PUTIH, tahun: NEW_YEAR })).map(
        (v) => v.status,
      ),
    ).toEqual(["disetujui"]);
  });

  it("a perubahan starts as a copy of the approved murni; the kepala desa returns it with a note", async () => {
    await as("kades.airputih");
    await redirectOf(createApbdesAction(idle, form({ kode: AIR_PUTIH, tahun: NEW_YEAR, versi: "perubahan" })));
    const p = await header(AIR_PUTIH, NEW_YEAR, "perubahan");
    expect(p).toMatchObject({ status: "draft", murniId });
    expect((await linesOf(p.id)).map((l) => l.uraian).sort()).toEqual(
      (await linesOf(murniId)).map((l) => l.uraian).sort(),
    );
    await redirectOf(submitApbdesAction(idle, form({ kode: AIR_PUTIH, apbdesId: p.id })));
    const noNote = await returnApbdesAction(idle, form({ kode: AIR_PUTIH, apbdesId: p.id, catatan: "" }));
    expect(noNote.errors?.catatan?.[0]).toBeTruthy();
    await redirectOf(returnApbdesAction(idle, form({ kode: AIR_PUTIH, apbdesId: p.id, catatan: "Pagu PMT kurang" })));
    expect(await header(AIR_PUTIH, NEW_YEAR, "perubahan")).toMatchObject({
      status: "draft",
      catatan: "Pagu PMT kurang",
    });
  });

  it("two people editing one line: the second save is told and shown both values", async () => {
    const p = await header(AIR_PUTIH, NEW_YEAR, "perubahan");
    const [l] = (await linesOf(p.id)).filter((x) => x.uraian === "PMT balita");
    const edit = (over: Record<string, string>) =>
      line(p.id, { id: String(l.id), version: String(l.version), ...over });
    await as("operator.airputih");
    await redirectOf(updateLineAction(idle, edit({ pagu: "15.000.000" })));
    await as("kades.airputih");
    const second = await updateLineAction(idle, edit({ pagu: "20.000.000", uraian: "PMT balita" }));
    expect(second.status).toBe("error");
    expect(second.message).toMatch(/diubah oleh pengguna lain/);
    expect(second.errors?.pagu?.[0]).toMatch(/Tersimpan oleh pengguna lain: Rp\s15\.000\.000/);
    expect(second.values?.pagu).toBe("20.000.000");
    expect(second.values?.version).toBe(String(l.version + 1));
    const [saved] = await handle.db.select().from(apbdesBaris).where(eq(apbdesBaris.id, l.id));
    expect(saved.pagu).toBe(15_000_000);
    // Saving again against the version now shown is a deliberate overwrite.
    await redirectOf(updateLineAction(idle, edit({ pagu: "20.000.000", version: second.values!.version })));
    expect((await handle.db.select().from(apbdesBaris).where(eq(apbdesBaris.id, l.id)))[0].pagu).toBe(20_000_000);
  });

  it("import: a dry run writes nothing; one bad row and apply writes nothing; a clean file is applied whole", async () => {
    const p = await header(AIR_PUTIH, NEW_YEAR, "perubahan");
    const headers = IMPORT_COLUMNS.map((c) => c.header);
    const xlsx = async (rows: Array<Array<string | number>>) => {
      const wb = new Workbook();
      const sheet = wb.addWorksheet("Baris");
      sheet.addRow(headers);
      rows.forEach((r) => sheet.addRow(r));
      return new File([new Uint8Array(await wb.xlsx.writeBuffer())], "baris.xlsx", {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
    };
    const good = ["02.04.12.", "Pipanisasi", "5.3.8", "DD-APBN", 10, "sambungan", "40.000.000", "10.000.000"];
    const bad = ["2.2.02", "PMT", "5.2.1.06", "", 12, "bulan", "12,5", ""];
    const upload = (file: File, extra: Record<string, string> = {}) => {
      const fd = form({ kode: AIR_PUTIH, apbdesId: p.id, ...extra });
      fd.append("berkas", file);
      return fd;
    };
    await as("operator.airputih");
    const before = await counts();
    const dry = await previewImportAction(idle, upload(await xlsx([good, bad, good])));
    expect(dry.status).toBe("error");
    expect(dry.preview?.rows.map((r) => r.errors.length > 0)).toEqual([false, true, false]);
    expect(dry.preview?.rows[1].errors.join(" ")).toMatch(/sumber_dana.*wajib/);
    expect(dry.preview?.rows[1].baris).toBe(3);
    const forced = await applyImportAction(idle, upload(await xlsx([good, bad, good])));
    expect(forced.status).toBe("error");
    const tampered = JSON.stringify({
      headers,
      records: [Object.fromEntries(headers.map((h, i) => [h, String(bad[i] ?? "")]))],
      rowNumbers: [2],
    });
    expect((await applyImportAction(idle, upload(new File([], "x.csv"), { payload: tampered }))).status).toBe("error");
    expect(await counts()).toEqual(before);

    const clean = await previewImportAction(idle, upload(await xlsx([good, good])));
    expect(clean).toMatchObject({ status: "ok", preview: { valid: true } });
    expect(await counts()).toEqual(before);
    const applied = await applyImportAction(
      idle,
      form({ kode: AIR_PUTIH, apbdesId: p.id, payload: clean.preview!.payload }),
    );
    expect(applied).toMatchObject({ status: "ok", applied: 2 });
    const after = await counts();
    expect(after.baris).toBe(before.baris + 2);
    expect(after.audit).toBe(before.audit + 1);
    const pipes = (await linesOf(p.id)).filter((l) => l.uraian === "Pipanisasi");
    expect(pipes[0]).toMatchObject({
      kodeKegiatan: "2.4.12",
      sumberDana: "DDS",
      pagu: 40_000_000,
      stuntingTag: "SN",
      paketLayanan: "air_sanitasi",
      volume: 10,
    });

    await as("kpm.airputih");
    expect(await previewImportAction(idle, upload(await xlsx([good])))).toMatchObject({ message: FORBIDDEN });
  });
});

describe("figures for other modules", () => {
  it("getTabel5 for the kecamatan equals the sum over its desa, from approved budgets only", async () => {
    const viewer = await viewerOf("tpps.kab");
    const kec = await getTabel5({ viewer, kode: MENTOK, tahun: YEAR });
    expect(kec.adaData).toBe(true);
    expect(kec.rows.map((r) => r.bidang)).toEqual([1, 2, 3, 4, 5]);
    const desa = await Promise.all(
      ["19.05.01.2004", "19.05.01.2005", "19.05.01.2006", "19.05.01.2007"].map((kode) =>
        getTabel5({ viewer, kode, tahun: YEAR }),
      ),
    );
    expect(desa[2].adaData).toBe(false); // Belo Laut is still a draft
    for (const [i, row] of kec.rows.entries()) {
      for (const k of ["totalPagu", "stuntingPagu", "totalRealisasi", "stuntingRealisasi"] as const) {
        expect(row[k]).toBe(desa.reduce((t, d) => t + d.rows[i][k], 0));
      }
    }
    expect(kec.rows[1].stuntingPagu).toBeGreaterThan(0);
    expect(kec.rows[1].stuntingPagu).toBeLessThan(kec.rows[1].totalPagu);
    const dds = await getTabel5({ viewer, kode: MENTOK, tahun: YEAR, sumberDana: "DDS" });
    expect(dds.rows[0].totalPagu).toBeLessThan(kec.rows[0].totalPagu);
    expect((await getTabel5({ viewer, kode: "19.05.01.1001", tahun: YEAR })).adaData).toBe(false);
  });

  it("uses the approved perubahan over the murni, and stays inside the viewer's scope", async () => {
    const viewer = await viewerOf("tpps.mentok");
    const before = await getTabel5({ viewer, kode: AIR_PUTIH, tahun: NEW_YEAR });
    const murniTotal = (await linesOf((await header(AIR_PUTIH, NEW_YEAR, "murni")).id)).reduce((t, l) => t + l.pagu, 0);
    expect(before.rows.reduce((t, r) => t + r.totalPagu, 0)).toBe(murniTotal); // perubahan still a draft
    const otherKecamatan = await getTabel5({
      viewer: await viewerOf("tpps.simpangteritip"),
      kode: MENTOK,
      tahun: YEAR,
    });
    expect(otherKecamatan.adaData).toBe(false);
  });

  it("listApprovedStuntingLines gives per desa the indicators and paket funded", async () => {
    const r = await listApprovedStuntingLines({ viewer: await viewerOf("tpps.kab"), kode: MENTOK, tahun: YEAR });
    expect(r.map((x) => x.kodeWilayah)).toEqual(["19.05.01.2004", "19.05.01.2005", "19.05.01.2007"]);
    expect(r[0].indikator).toContain("anak:4");
    expect(r[0].paketLayanan).toEqual(expect.arrayContaining(["gizi", "kia", "air_sanitasi"]));
    expect(r[0].stuntingPagu).toBeGreaterThan(0);
    // Each line's pagu once, however many indicators it is tagged with.
    const direct = await selectRows<{ kode: string; pagu: number; ind: string[] }>(
      handle.db,
      sql`select a.kode_wilayah as kode, coalesce(sum(b.pagu), 0)::float8 as pagu, (select array_agg(distinct x order by x) from apbdes_baris c, unnest(c.indikator) x where c.apbdes_id = a.id and c.stunting_tag is not null) as ind
          from apbdes a left join apbdes_baris b on b.apbdes_id = a.id and b.stunting_tag is not null
          where a.tahun = ${YEAR} and a.status = 'disetujui' and a.kode_wilayah like '19.05.01.%'
            and not (a.versi = 'murni' and exists (select 1 from apbdes p where p.kode_wilayah = a.kode_wilayah and p.tahun = a.tahun and p.status = 'disetujui' and p.versi = 'perubahan'))
          group by a.id, a.kode_wilayah order by 1`,
    );
    expect(r.map((x) => [x.kodeWilayah, x.stuntingPagu, x.indikator])).toEqual(
      direct.map((d) => [d.kode, Number(d.pagu), d.ind ?? []]),
    );
  });

  it("the recap lists every desa of the kecamatan: approved versions by default, drafts behind draf", async () => {
    const viewer = await viewerOf("tpps.mentok");
    const { rows } = await getApbdesRecap({ viewer, kode: MENTOK, tahun: YEAR, today: todayIso() });
    expect(rows.map((r) => [r.nama, r.status, r.pending])).toEqual([
      ["Air Putih", "disetujui", null],
      ["Air Belo", "disetujui", null],
      ["Belo Laut", null, "draft"],
      ["Air Limau", "disetujui", null],
    ]);
    expect(rows.find((r) => r.nama === "Belo Laut")).toMatchObject({ hasBudget: false, pagu: 0, stuntingPagu: 0 });
    const withDrafts = await getApbdesRecap({ viewer, kode: MENTOK, tahun: YEAR, today: todayIso(), draf: true });
    expect(withDrafts.rows.map((r) => [r.nama, r.status, r.pending])).toEqual([
      ["Air Putih", "disetujui", null],
      ["Air Belo", "disetujui", null],
      ["Belo Laut", "draft", null],
      ["Air Limau", "disetujui", null],
    ]);
    expect(withDrafts.rows.find((r) => r.nama === "Belo Laut")!.stuntingPagu).toBeGreaterThan(0);
    expect(rows[0].sasaran).toBeGreaterThan(0);
    expect(withDrafts.rows.every((r) => r.insentifKpm)).toBe(true);
    const tabel5 = await getTabel5({ viewer: await viewerOf("tpps.mentok"), kode: AIR_PUTIH, tahun: YEAR });
    expect(rows[0].pagu).toBe(tabel5.rows.reduce((t, x) => t + x.totalPagu, 0));
  });
});
