vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, count, eq } from "drizzle-orm";
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
  submitApbdesAction,
  updateLineAction,
} from "@/app/(portal)/wilayah/[kode]/apbdes/actions";
import { applyImportAction, previewImportAction } from "@/app/(portal)/wilayah/[kode]/apbdes/import-actions";
import { listApbdesLines } from "@/db/queries/apbdes";
import { getActiveViewerById } from "@/db/queries/users";
import { diffApbdes } from "@/lib/apbdes/diff";
import { IMPORT_COLUMNS } from "@/lib/apbdes/import-columns";
import { todayIso } from "@/lib/periods";

// Perubahan diff (what the page shows the kepala desa) and the duplicate-import rule, on a year of their own.
const AIR_PUTIH = "19.05.01.2004";
const BELO_LAUT = "19.05.01.2006";
const FORBIDDEN = "Anda tidak memiliki akses untuk tindakan ini.";
const idle = { status: "idle" as const };
const TAHUN = Number(todayIso().slice(0, 4)) + 7;
let handle: DbHandle;
let drop: () => Promise<void>;
const as = async (u: string) => actAs(await userId(handle.db, u));
const viewerOf = async (u: string) => (await getActiveViewerById(await userId(handle.db, u)))!;

const header = async (versi: "murni" | "perubahan") =>
  (
    await handle.db
      .select()
      .from(apbdes)
      .where(and(eq(apbdes.kodeWilayah, AIR_PUTIH), eq(apbdes.tahun, TAHUN), eq(apbdes.versi, versi)))
  )[0];
const linesOf = (apbdesId: number) => handle.db.select().from(apbdesBaris).where(eq(apbdesBaris.apbdesId, apbdesId));
const lineCount = async (apbdesId: number) =>
  (await handle.db.select({ n: count() }).from(apbdesBaris).where(eq(apbdesBaris.apbdesId, apbdesId)))[0].n;

const line = (apbdesId: number, over: Record<string, string> = {}) =>
  form({
    kode: AIR_PUTIH,
    apbdesId,
    kodeKegiatan: "2.2.02",
    uraian: "PMT balita",
    kodeRekening: "5.2.1.06",
    sumberDana: "DDS",
    pagu: "10.000.000",
    stuntingTag: "auto",
    paketLayanan: "auto",
    ...over,
  });

const HEADERS = IMPORT_COLUMNS.slice(0, 8).map((c) => c.header);
/** kode_kegiatan, uraian, kode_rekening, sumber_dana, volume, satuan, pagu, realisasi */
const csv = (rows: string[][]) =>
  new File([`${HEADERS.join(";")}\n${rows.map((r) => r.join(";")).join("\n")}\n`], "baris.csv", { type: "text/csv" });
const upload = (apbdesId: number, file: File, extra: Record<string, string> = {}) => {
  const fd = form({ kode: AIR_PUTIH, apbdesId, ...extra });
  fd.append("berkas", file);
  return fd;
};

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
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

describe("perubahan diff", () => {
  let murniId: number;
  let perubahanId: number;

  it("a murni of three lines is approved, and its perubahan re-budgets one, drops one and adds one", async () => {
    await as("operator.airputih");
    await redirectOf(createApbdesAction(idle, form({ kode: AIR_PUTIH, tahun: TAHUN, versi: "murni" })));
    murniId = (await header("murni")).id;
    await redirectOf(createLineAction(idle, line(murniId)));
    await redirectOf(
      createLineAction(
        idle,
        line(murniId, { kodeKegiatan: "2.4.12", uraian: "Pipanisasi", kodeRekening: "5.3.8", pagu: "40.000.000" }),
      ),
    );
    await redirectOf(
      createLineAction(
        idle,
        line(murniId, { kodeKegiatan: "3.4.91", uraian: "Insentif KPM", kodeRekening: "5.2.2.03", pagu: "6.000.000" }),
      ),
    );
    await redirectOf(submitApbdesAction(idle, form({ kode: AIR_PUTIH, apbdesId: murniId })));
    await as("kades.airputih");
    await redirectOf(approveApbdesAction(idle, form({ kode: AIR_PUTIH, apbdesId: murniId })));
    await as("operator.airputih");
    await redirectOf(createApbdesAction(idle, form({ kode: AIR_PUTIH, tahun: TAHUN, versi: "perubahan" })));
    perubahanId = (await header("perubahan")).id;
    const copied = await linesOf(perubahanId);
    const pmt = copied.find((l) => l.kodeKegiatan === "2.2.02")!;
    const pipa = copied.find((l) => l.kodeKegiatan === "2.4.12")!;
    const to = await redirectOf(
      updateLineAction(
        idle,
        line(perubahanId, { id: String(pmt.id), version: String(pmt.version), pagu: "12.500.000" }),
      ),
    );
    expect(to).toBe(
      `/wilayah/${AIR_PUTIH}/apbdes?tahun=${TAHUN}&versi=perubahan&pesan=diubah&baris=${pmt.id}#pesan-baris`,
    );
    await redirectOf(deleteLineAction(idle, form({ kode: AIR_PUTIH, id: pipa.id, version: pipa.version })));
    await redirectOf(
      createLineAction(idle, line(perubahanId, { kodeKegiatan: "2.2.06", uraian: "Kelas BKB", pagu: "4.800.000" })),
    );
  });

  it("the kepala desa and the kecamatan see added, removed and changed lines with totals that add up", async () => {
    for (const u of ["kades.airputih", "tpps.mentok"]) {
      const viewer = await viewerOf(u);
      const murni = await listApbdesLines({ viewer, kode: AIR_PUTIH, apbdesId: murniId });
      const perubahan = await listApbdesLines({ viewer, kode: AIR_PUTIH, apbdesId: perubahanId });
      const d = diffApbdes(murni, perubahan);
      expect(
        d.added.map((e) => [e.kodeKegiatan, e.paguPerubahan]),
        u,
      ).toEqual([["2.2.06", 4_800_000]]);
      expect(
        d.removed.map((e) => [e.kodeKegiatan, e.paguMurni]),
        u,
      ).toEqual([["2.4.12", 40_000_000]]);
      expect(
        d.changed.map((e) => [e.kodeKegiatan, e.paguMurni, e.paguPerubahan, e.selisih]),
        u,
      ).toEqual([["2.2.02", 10_000_000, 12_500_000, 2_500_000]]);
      expect(d.unchanged).toBe(1);
      expect(d.totals).toMatchObject({ murni: 56_000_000, perubahan: 23_300_000, selisih: -32_700_000 });
    }
  });

  it("outside the desa's scope there is nothing to compare; the KPM sees no draft perubahan", async () => {
    for (const u of ["kades.belolaut", "tpps.simpangteritip"]) {
      const viewer = await viewerOf(u);
      expect(await listApbdesLines({ viewer, kode: AIR_PUTIH, apbdesId: murniId }), u).toEqual([]);
      expect(await listApbdesLines({ viewer, kode: AIR_PUTIH, apbdesId: perubahanId }), u).toEqual([]);
    }
    const kpm = await viewerOf("kpm.airputih");
    expect(await listApbdesLines({ viewer: kpm, kode: AIR_PUTIH, apbdesId: perubahanId })).toEqual([]);
  });

  describe("import of lines already in the draft", () => {
    const same = ["02.02.02.", "PMT dari berkas", "5.2.1.06", "DD-APBN", "", "", "Rp 12.500.000", ""];
    const fresh = ["2.1.01", "PAUD desa", "5.2.1.06", "DDS", "", "", "3.000.000", ""];

    it("the dry run names the rows equal to a draft line (after normalising codes), none with replace", async () => {
      await as("operator.airputih");
      const before = await lineCount(perubahanId);
      const dry = await previewImportAction(idle, upload(perubahanId, csv([fresh, same])));
      expect(dry.status).toBe("ok");
      expect(dry.message).toMatch(/1 di antaranya sudah ada di draf/);
      expect(dry.preview).toMatchObject({ valid: true, total: 2, duplicate: 1 });
      expect(dry.preview!.duplicateRows).toEqual([
        {
          baris: 3,
          kodeKegiatan: "2.2.02",
          kodeRekening: "5.2.1.06",
          sumberDana: "DDS",
          uraian: "PMT dari berkas",
          pagu: 12_500_000,
        },
      ]);
      const replace = await previewImportAction(idle, upload(perubahanId, csv([fresh, same]), { ganti: "on" }));
      expect(replace.preview).toMatchObject({ valid: true, duplicate: 0, duplicateRows: [] });
      expect(await lineCount(perubahanId)).toBe(before);
    });

    it("apply skips them unless 'Tetap impor baris yang sama' is ticked; replace imports all", async () => {
      await as("operator.airputih");
      const dry = await previewImportAction(idle, upload(perubahanId, csv([fresh, same])));
      const payload = dry.preview!.payload;
      const n0 = await lineCount(perubahanId);
      const skipped = await applyImportAction(idle, form({ kode: AIR_PUTIH, apbdesId: perubahanId, payload }));
      expect(skipped).toMatchObject({ status: "ok", applied: 1, skipped: 1 });
      expect(skipped.message).toMatch(/1 baris diimpor\. 1 baris yang sudah ada di draf dilewati\./);
      expect(await lineCount(perubahanId)).toBe(n0 + 1);
      const [audit] = await handle.db
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.entity, "apbdes"), eq(auditLog.action, "impor"), eq(auditLog.entityId, String(perubahanId))),
        );
      expect(audit.after).toMatchObject({ jumlahBaris: 1, barisSamaDilewati: 1 });

      // The same payload again: now both rows are in the draft. Decided on the server from what is stored,
      // whatever the page's dry run said.
      const again = await applyImportAction(idle, form({ kode: AIR_PUTIH, apbdesId: perubahanId, payload }));
      expect(again).toMatchObject({ status: "ok", applied: 0, skipped: 2 });
      expect(await lineCount(perubahanId)).toBe(n0 + 1);

      const kept = await applyImportAction(
        idle,
        form({ kode: AIR_PUTIH, apbdesId: perubahanId, payload, tetapImpor: "on" }),
      );
      expect(kept).toMatchObject({ status: "ok", applied: 2, skipped: 0 });
      expect(await lineCount(perubahanId)).toBe(n0 + 3);

      const replaced = await applyImportAction(
        idle,
        form({ kode: AIR_PUTIH, apbdesId: perubahanId, payload, ganti: "on" }),
      );
      expect(replaced).toMatchObject({ status: "ok", applied: 2, skipped: 0 });
      expect(await lineCount(perubahanId)).toBe(2);
    });

    it("another desa's operator, the KPM and the kecamatan cannot preview or apply into the draft", async () => {
      const dry = await previewImportAction(idle, upload(perubahanId, csv([fresh])));
      const before = await lineCount(perubahanId);
      for (const u of ["operator.belolaut", "kpm.airputih", "tpps.mentok"]) {
        await as(u);
        expect(await previewImportAction(idle, upload(perubahanId, csv([fresh]))), u).toMatchObject({
          status: "error",
          message: FORBIDDEN,
        });
        const apply = await applyImportAction(
          idle,
          form({ kode: AIR_PUTIH, apbdesId: perubahanId, payload: dry.preview?.payload ?? "", tetapImpor: "on" }),
        );
        expect(apply, u).toMatchObject({ status: "error", message: FORBIDDEN });
      }
      // Belo Laut's own code with Air Putih's draft id: not found in that desa, nothing written.
      await as("operator.belolaut");
      const cross = await applyImportAction(
        idle,
        form({ kode: BELO_LAUT, apbdesId: perubahanId, payload: dry.preview?.payload ?? "" }),
      );
      expect(cross.status).toBe("error");
      expect(await lineCount(perubahanId)).toBe(before);
    });
  });
});
