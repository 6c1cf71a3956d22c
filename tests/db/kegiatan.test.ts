vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, count, eq, inArray } from "drizzle-orm";
import { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import type { DbHandle } from "@/db/client";
import { auditLog, kegiatanKpm, kegiatanSasaran, posyandu, sasaran } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { listKegiatanByMonth } from "@/db/queries/kegiatan";
import { getActiveViewerById } from "@/db/queries/users";
import { addDaysIso, todayIso, yearMonthOfDate } from "@/lib/periods";
import {
  createKegiatanAction,
  deleteKegiatanAction,
  updateKegiatanAction,
} from "@/app/(portal)/wilayah/[kode]/kegiatan/actions";
import { GET as exportGet } from "@/app/(portal)/wilayah/[kode]/kegiatan/ekspor/route";

const AIR_PUTIH = "19.05.01.2004";
const BELO_LAUT = "19.05.01.2006";
const idle = { status: "idle" as const };
const today = todayIso();
const ym = today.slice(0, 7);

let handle: DbHandle;
let drop: () => Promise<void>;
const ids = { airPutih: [] as number[], beloLaut: 0 };
const as = async (username: string) => actAs(await userId(handle.db, username));
const viewerOf = async (username: string) => (await getActiveViewerById(await userId(handle.db, username)))!;

/** redirect() throws; the digest carries the target URL. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { digest?: string },
  );
  expect(error?.digest).toMatch(/^NEXT_REDIRECT;/);
  return error!.digest!.split(";")[2];
}

async function snapshot() {
  const rows = await handle.db.select().from(kegiatanKpm).orderBy(kegiatanKpm.id);
  const links = await handle.db
    .select()
    .from(kegiatanSasaran)
    .orderBy(kegiatanSasaran.kegiatanId, kegiatanSasaran.sasaranId);
  const [audit] = await handle.db.select({ n: count() }).from(auditLog);
  return { rows, links, audit: audit.n };
}

async function auditFor(id: number) {
  return handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "kegiatan_kpm"), eq(auditLog.entityId, String(id))))
    .orderBy(auditLog.id);
}

const kie = {
  kode: AIR_PUTIH,
  jenis: "kie",
  tanggal: today,
  tempat: "Balai Desa Air Putih",
  jumlahPeserta: 18,
  catatan: "Kelas ibu hamil",
};

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  // Our own targets, so the test does not depend on what the demo seed holds.
  const posOf = async (kode: string) =>
    (await handle.db.select().from(posyandu).where(eq(posyandu.kodeWilayah, kode)).limit(1))[0].id;
  const mine = await handle.db
    .insert(sasaran)
    .values([
      {
        kodeWilayah: AIR_PUTIH,
        jenis: "ibu",
        nama: "Uji Ibu Hamil",
        jenisKelamin: "P",
        tanggalLahir: "1998-04-01",
        posyanduId: await posOf(AIR_PUTIH),
      },
      {
        kodeWilayah: AIR_PUTIH,
        jenis: "anak",
        nama: "Uji Baduta",
        jenisKelamin: "L",
        tanggalLahir: addDaysIso(today, -200),
        posyanduId: await posOf(AIR_PUTIH),
      },
    ])
    .returning({ id: sasaran.id });
  ids.airPutih = mine.map((r) => r.id);
  const [other] = await handle.db
    .insert(sasaran)
    .values({
      kodeWilayah: BELO_LAUT,
      jenis: "anak",
      nama: "Uji Anak Belo Laut",
      jenisKelamin: "P",
      tanggalLahir: addDaysIso(today, -100),
      posyanduId: await posOf(BELO_LAUT),
    })
    .returning({ id: sasaran.id });
  ids.beloLaut = other.id;
});
afterAll(async () => {
  actAs(null);
  await drop();
});

describe("kegiatan: KPM of the desa", () => {
  it("logs a KIE session, recorded as the KPM and audited", async () => {
    await as("kpm.airputih");
    const state = await createKegiatanAction(idle, form(kie));
    expect(state).toMatchObject({ status: "ok", message: expect.stringMatching(/disimpan/) });
    const [row] = await handle.db.select().from(kegiatanKpm).where(eq(kegiatanKpm.tempat, "Balai Desa Air Putih"));
    expect(row).toMatchObject({
      jenis: "kie",
      jumlahPeserta: 18,
      kodeWilayah: AIR_PUTIH,
      kpmUserId: await userId(handle.db, "kpm.airputih"),
    });
    expect((await auditFor(row.id)).map((a) => a.action)).toEqual(["create"]);
  });

  it("logs a home visit with the targets visited", async () => {
    await as("kpm.airputih");
    const state = await createKegiatanAction(
      idle,
      form({
        ...kie,
        jenis: "kunjungan_rumah",
        tempat: "Rumah keluarga Uji",
        jumlahPeserta: 2,
        sasaranIds: ids.airPutih.join(","),
      }),
    );
    expect(state.status).toBe("ok");
    const [row] = await handle.db.select().from(kegiatanKpm).where(eq(kegiatanKpm.tempat, "Rumah keluarga Uji"));
    const links = await handle.db.select().from(kegiatanSasaran).where(eq(kegiatanSasaran.kegiatanId, row.id));
    expect(links.map((l) => l.sasaranId).sort()).toEqual([...ids.airPutih].sort());
    const [audit] = await auditFor(row.id);
    expect(audit.after).toMatchObject({ sasaranIds: ids.airPutih });
    const list = await listKegiatanByMonth({
      viewer: await viewerOf("kpm.airputih"),
      kode: AIR_PUTIH,
      bulan: yearMonthOfDate(today),
    });
    expect(
      list
        .find((k) => k.id === row.id)
        ?.sasaran.map((s) => s.nama)
        .sort(),
    ).toEqual(["Uji Baduta", "Uji Ibu Hamil"]);
  });

  it("a home visit listing a target of another desa is refused and nothing is written", async () => {
    await as("kpm.airputih");
    const before = await snapshot();
    const state = await createKegiatanAction(
      idle,
      form({
        ...kie,
        jenis: "kunjungan_rumah",
        tempat: "Rumah lain",
        sasaranIds: [ids.airPutih[0], ids.beloLaut].join(","),
      }),
    );
    expect(state.status).toBe("error");
    expect(state.errors?.sasaranIds?.[0]).toMatch(/desa ini/);
    expect(state.values).toMatchObject({ tempat: "Rumah lain", sasaranIds: `${ids.airPutih[0]},${ids.beloLaut}` });
    expect(await snapshot()).toEqual(before);
  });

  it("shows each error beside its field and echoes the typed values", async () => {
    await as("kpm.airputih");
    const state = await createKegiatanAction(
      idle,
      form({
        kode: AIR_PUTIH,
        jenis: "kunjungan_rumah",
        tanggal: addDaysIso(today, 1),
        tempat: "Posyandu",
        jumlahPeserta: "-1",
        catatan: "x",
      }),
    );
    expect(state.errors).toMatchObject({
      tanggal: ["Tanggal tidak boleh di masa depan."],
      jumlahPeserta: [expect.stringMatching(/negatif/)],
      sasaranIds: ["Pilih minimal satu sasaran yang dikunjungi."],
    });
    expect(state.values).toMatchObject({ tempat: "Posyandu", jumlahPeserta: "-1", catatan: "x" });
    const blank = await createKegiatanAction(idle, form({ kode: AIR_PUTIH }));
    expect(Object.keys(blank.errors ?? {}).sort()).toEqual(["jenis", "jumlahPeserta", "tanggal", "tempat"]);
  });

  it("edits an activity and its visited targets, then returns to the list", async () => {
    await as("kpm.airputih");
    const [row] = await handle.db.select().from(kegiatanKpm).where(eq(kegiatanKpm.tempat, "Rumah keluarga Uji"));
    const url = await redirectOf(
      updateKegiatanAction(
        idle,
        form({
          ...kie,
          id: row.id,
          jenis: "kunjungan_rumah",
          tempat: "Rumah keluarga Uji (ulang)",
          jumlahPeserta: 1,
          sasaranIds: String(ids.airPutih[1]),
        }),
      ),
    );
    expect(url).toBe(`/wilayah/${AIR_PUTIH}/kegiatan?bulan=${ym}&pesan=diubah`);
    const links = await handle.db.select().from(kegiatanSasaran).where(eq(kegiatanSasaran.kegiatanId, row.id));
    expect(links.map((l) => l.sasaranId)).toEqual([ids.airPutih[1]]);
    const audit = await auditFor(row.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1].before).toMatchObject({
      tempat: "Rumah keluarga Uji",
      sasaranIds: expect.arrayContaining(ids.airPutih),
    });
    expect(audit[1].after).toMatchObject({ tempat: "Rumah keluarga Uji (ulang)", sasaranIds: [ids.airPutih[1]] });
  });
});

describe("kegiatan: refusals change nothing", () => {
  it("kpm.belolaut posting forged forms for Air Putih is refused", async () => {
    await as("kpm.belolaut");
    const [target] = await handle.db.select().from(kegiatanKpm).where(eq(kegiatanKpm.kodeWilayah, AIR_PUTIH)).limit(1);
    const before = await snapshot();
    expect(await createKegiatanAction(idle, form(kie))).toMatchObject({
      status: "error",
      message: expect.stringMatching(/tidak memiliki akses/),
    });
    expect(await updateKegiatanAction(idle, form({ ...kie, id: target.id, tempat: "Diubah" }))).toMatchObject({
      status: "error",
    });
    expect(await deleteKegiatanAction(idle, form({ kode: AIR_PUTIH, id: target.id }))).toMatchObject({
      status: "error",
    });
    // Own desa code with Air Putih's row id: the SQL scope matches nothing.
    expect(
      await updateKegiatanAction(idle, form({ ...kie, kode: BELO_LAUT, id: target.id, tempat: "Diubah" })),
    ).toMatchObject({ message: "Data tidak ditemukan." });
    expect(await deleteKegiatanAction(idle, form({ kode: BELO_LAUT, id: target.id }))).toMatchObject({
      message: "Data tidak ditemukan.",
    });
    // Own desa, but visiting Air Putih's targets.
    const visit = await createKegiatanAction(
      idle,
      form({ ...kie, kode: BELO_LAUT, jenis: "kunjungan_rumah", sasaranIds: String(ids.airPutih[0]) }),
    );
    expect(visit.errors?.sasaranIds).toBeDefined();
    expect(await snapshot()).toEqual(before);
  });

  it.each(["kades.airputih", "operator.airputih", "tpps.mentok", "tpps.kab"])(
    "%s may read but not write",
    async (username) => {
      await as(username);
      const [target] = await handle.db
        .select()
        .from(kegiatanKpm)
        .where(eq(kegiatanKpm.kodeWilayah, AIR_PUTIH))
        .limit(1);
      const before = await snapshot();
      for (const state of [
        await createKegiatanAction(idle, form(kie)),
        await updateKegiatanAction(idle, form({ ...kie, id: target.id, tempat: "Diubah" })),
        await deleteKegiatanAction(idle, form({ kode: AIR_PUTIH, id: target.id })),
      ]) {
        expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/tidak memiliki akses/) });
      }
      expect(await snapshot()).toEqual(before);
      const list = await listKegiatanByMonth({
        viewer: await viewerOf(username),
        kode: AIR_PUTIH,
        bulan: yearMonthOfDate(today),
      });
      expect(list.length).toBeGreaterThanOrEqual(2);
    },
  );

  it("other desa see none of Air Putih's activities", async () => {
    expect(
      await listKegiatanByMonth({
        viewer: await viewerOf("kpm.belolaut"),
        kode: AIR_PUTIH,
        bulan: yearMonthOfDate(today),
      }),
    ).toEqual([]);
    expect(
      await listKegiatanByMonth({
        viewer: await viewerOf("tpps.simpangteritip"),
        kode: AIR_PUTIH,
        bulan: yearMonthOfDate(today),
      }),
    ).toEqual([]);
  });
});

describe("kegiatan: Excel export", () => {
  const get = (kode: string, bulan = ym) =>
    exportGet(new NextRequest(`http://localhost/wilayah/${kode}/kegiatan/ekspor?bulan=${bulan}`), {
      params: Promise.resolve({ kode }),
    });

  it("returns an .xlsx holding the month's activities, and audits the export", async () => {
    await as("kades.airputih");
    const res = await get(AIR_PUTIH);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="kegiatan-kpm-${AIR_PUTIH}-${ym}.xlsx"`);
    const wb = new Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const cells = wb.getWorksheet("Kegiatan")!.getSheetValues().flat().map(String);
    expect(cells).toContain("Balai Desa Air Putih");
    expect(cells).toContain("Uji Baduta");
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "ekspor"), eq(auditLog.kodeWilayah, AIR_PUTIH)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUsername: "kades.airputih", after: { bulan: ym } });
  });

  it("is 404 outside the viewer's scope and 401 without a session", async () => {
    await as("kpm.belolaut");
    expect((await get(AIR_PUTIH)).status).toBe(404);
    await as("tpps.kab");
    expect((await get("19.05.01")).status).toBe(404);
    actAs(null);
    expect((await get(AIR_PUTIH)).status).toBe(401);
  });
});

describe("kegiatan: delete", () => {
  it("deletes with its visited-target links and an audit row", async () => {
    await as("kpm.airputih");
    const [row] = await handle.db
      .select()
      .from(kegiatanKpm)
      .where(eq(kegiatanKpm.tempat, "Rumah keluarga Uji (ulang)"));
    const url = await redirectOf(deleteKegiatanAction(idle, form({ kode: AIR_PUTIH, id: row.id })));
    expect(url).toBe(`/wilayah/${AIR_PUTIH}/kegiatan?bulan=${ym}&pesan=dihapus`);
    expect(await handle.db.select().from(kegiatanKpm).where(eq(kegiatanKpm.id, row.id))).toEqual([]);
    expect(
      await handle.db
        .select()
        .from(kegiatanSasaran)
        .where(inArray(kegiatanSasaran.kegiatanId, [row.id])),
    ).toEqual([]);
    expect((await auditFor(row.id)).map((a) => a.action)).toEqual(["create", "update", "delete"]);
  });
});
