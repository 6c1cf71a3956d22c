vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

/**
 * The server side of offline capture (issue 18, docs/offline-sync.md): an outbox item sent to POST /api/luring/kirim
 * goes through the online form's guard, schema and write, once — a second send is a duplicate, a refusal leaves no
 * receipt, a changed record is a conflict with the server's version — and GET /api/luring/data gives the KPM of one
 * desa that desa only, NIKs masked, all or what changed since a cursor.
 */

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { gzipSync } from "node:zlib";
import { and, count, eq, inArray } from "drizzle-orm";
import { NextRequest } from "next/server";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import type { DbHandle } from "@/db/client";
import {
  auditLog,
  pemantauanAnak,
  pemantauanBalita,
  pemantauanIbu,
  pemantauanPaud,
  pengukuran,
  periodeDesa,
  posyandu,
  sasaran,
  sinkronTerima,
} from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { POST } from "@/app/api/luring/kirim/route";
import { GET } from "@/app/api/luring/data/route";
import { saveAnakMonth, saveBalitaMonth } from "@/app/(portal)/wilayah/[kode]/pemantauan/actions";
import { redirectOf } from "./redirect";
import type { OfflineSnapshot, SendAnswer, SendItem } from "@/lib/offline/protocol";
import { addDaysIso, addMonthsIso, currentYearMonth, formatYearMonth, quarterOfMonth, todayIso } from "@/lib/periods";
import { balitaText } from "@/lib/i18n/balita";
import { pemantauanText } from "@/lib/i18n/pemantauan";
import { scorecardText } from "@/lib/i18n/scorecard";
import { sinkronText } from "@/lib/i18n/sinkron";
import { offlineWindowStart } from "@/lib/offline/protocol";

const AIR_PUTIH = "19.05.01.2004";
const BELO_LAUT = "19.05.01.2006";
const PELANGAS = "19.05.02.2001";
const ORIGIN = "http://localhost:3210";
let handle: DbHandle;
let drop: () => Promise<void>;
let pos: number;
let posBelo: number;
const today = todayIso();
const ym = currentYearMonth();
const bulan = formatYearMonth(ym);
const as = async (u: string | null) => actAs(u === null ? null : await userId(handle.db, u));

async function newChild(nama: string, kode = AIR_PUTIH, posyanduId = pos, tanggalLahir = addDaysIso(today, -300)) {
  const [row] = await handle.db
    .insert(sasaran)
    .values({
      kodeWilayah: kode,
      posyanduId,
      jenis: "anak",
      nama,
      jenisKelamin: "L",
      tanggalLahir,
    })
    .returning({ id: sasaran.id });
  return row.id;
}

/** A child of 30 months: the balita record (24–59 months). */
const lahir30 = addDaysIso(addMonthsIso(today, -30), -3);
const newBalita = (nama: string) => newChild(nama, AIR_PUTIH, pos, lahir30);

const balitaFields = (sasaranId: number, over: Record<string, string> = {}): Record<string, string> => ({
  kode: AIR_PUTIH,
  sasaranId: String(sasaranId),
  bulan,
  tanggalPeriksa: today,
  posyanduId: String(pos),
  beratKg: "12,5",
  panjangCm: "90,2",
  caraUkur: "berdiri",
  obatCacing: "on",
  statusPaud: "mengikuti",
  ...over,
});
const balitaRows = (sasaranId: number) =>
  handle.db.select().from(pemantauanBalita).where(eq(pemantauanBalita.sasaranId, sasaranId));

const anakFields = (sasaranId: number, over: Record<string, string> = {}): Record<string, string> => ({
  kode: AIR_PUTIH,
  sasaranId: String(sasaranId),
  bulan,
  tanggalPeriksa: today,
  posyanduId: String(pos),
  statusTikar: "H",
  imunisasiCampak: "belum",
  beratKg: "7,9",
  panjangCm: "68,4",
  caraUkur: "terlentang",
  airBersih: "on",
  ...over,
});

const item = (kind: SendItem["kind"], fields: Record<string, string>, over: Partial<SendItem> = {}): SendItem => ({
  clientId: crypto.randomUUID(),
  kind,
  typedAt: new Date(Date.now() - 3 * 60 * 60 * 1000).toISOString(),
  fields,
  ...over,
});

async function send(body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const res = await POST(
    new NextRequest(`${ORIGIN}/api/luring/kirim`, {
      method: "POST",
      body: text,
      headers: { "content-type": "application/json", origin: ORIGIN, host: "localhost:3210", ...headers },
    }),
  );
  return { status: res.status, body: (await res.json()) as SendAnswer & { message?: string } };
}

async function snapshot(sejak?: string, headers: Record<string, string> = {}) {
  const url = new URL(`${ORIGIN}/api/luring/data`);
  if (sejak) url.searchParams.set("sejak", sejak);
  const res = await GET(new NextRequest(url, { headers: { "sec-fetch-site": "same-origin", ...headers } }));
  const text = await res.text();
  return {
    status: res.status,
    cache: res.headers.get("cache-control"),
    text,
    body: JSON.parse(text) as OfflineSnapshot,
  };
}

const monthRows = (sasaranId: number) =>
  handle.db.select().from(pemantauanAnak).where(eq(pemantauanAnak.sasaranId, sasaranId));
const auditRows = (entityId: number) =>
  handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "pemantauan_anak"), eq(auditLog.entityId, String(entityId))));

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  const active = (kode: string) =>
    handle.db
      .select({ id: posyandu.id })
      .from(posyandu)
      .where(and(eq(posyandu.kodeWilayah, kode), eq(posyandu.aktif, true)))
      .limit(1);
  [{ id: pos }] = await active(AIR_PUTIH);
  [{ id: posBelo }] = await active(BELO_LAUT);
});
afterAll(async () => drop());

describe("POST /api/luring/kirim", () => {
  it("the same item sent twice makes one record and one audit row; the second answer is a duplicate", async () => {
    await as("kpm.airputih");
    const child = await newChild("Anak Sinkron Dua Kali");
    const one = item("anak_bulan", anakFields(child));
    const first = await send(one);
    expect(first).toMatchObject({ status: 200, body: { status: "ok", duplicate: false, version: 1 } });
    const second = await send(one);
    expect(second.body).toEqual({ status: "ok", duplicate: true, id: first.body.status === "ok" && first.body.id });
    const rows = await monthRows(child);
    expect(rows).toHaveLength(1);
    expect(await auditRows(rows[0].id)).toHaveLength(1);
    // The measurement was computed on the server, as online.
    const [u] = await handle.db.select().from(pengukuran).where(eq(pengukuran.pemantauanAnakId, rows[0].id));
    expect(u.haz).not.toBeNull();
  });

  it("the audit row keeps the time typed on the phone beside the time received; the record's created_at (timeliness) is the time received", async () => {
    await as("kpm.airputih");
    const child = await newChild("Anak Sinkron Waktu");
    const typedAt = new Date(Date.now() - 26 * 60 * 60 * 1000);
    const one = item("anak_bulan", anakFields(child), { typedAt: typedAt.toISOString() });
    const before = Date.now();
    expect((await send(one)).body.status).toBe("ok");
    const [row] = await monthRows(child);
    const [audit] = await auditRows(row.id);
    expect(audit.diketikPada?.getTime()).toBe(typedAt.getTime());
    expect(audit.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const [receipt] = await handle.db.select().from(sinkronTerima).where(eq(sinkronTerima.clientId, one.clientId));
    expect(receipt).toMatchObject({ jenis: "anak_bulan", entitas: "pemantauan_anak", entitasId: row.id });
    expect(receipt.diketikPada.getTime()).toBe(typedAt.getTime());
  });

  it("two concurrent sends of one item make one record", async () => {
    await as("kpm.airputih");
    const child = await newChild("Anak Sinkron Serentak");
    const one = item("anak_bulan", anakFields(child));
    const answers = await Promise.all([send(one), send(one), send(one)]);
    expect(answers.map((a) => a.body.status)).toEqual(["ok", "ok", "ok"]);
    expect(answers.filter((a) => a.body.status === "ok" && !a.body.duplicate)).toHaveLength(1);
    const rows = await monthRows(child);
    expect(rows).toHaveLength(1);
    expect(await auditRows(rows[0].id)).toHaveLength(1);
  });

  it("a refused item leaves no receipt: sent again, it is refused again (not taken for saved)", async () => {
    await as("kpm.airputih");
    const child = await newChild("Anak Sinkron Ditolak");
    // Refused by the write, inside its transaction (the posyandu is not of this desa), and by the schema.
    const refusedByWrite = item("anak_bulan", anakFields(child, { posyanduId: String(posBelo) }));
    const refusedBySchema = item("anak_bulan", anakFields(child, { beratKg: "70" }));
    for (let i = 0; i < 2; i++) {
      const w = await send(refusedByWrite);
      expect(w.status).toBe(200);
      expect(w.body).toMatchObject({
        status: "refused",
        message: pemantauanText.actions.posyanduNotHere,
        errors: { posyanduId: [pemantauanText.actions.posyanduNotHere] },
      });
      const s = await send(refusedBySchema);
      expect(s.body).toMatchObject({ status: "refused" });
      expect(s.body.status === "refused" && s.body.errors?.beratKg?.[0]).toMatch(/Berat badan/);
    }
    const receipts = await handle.db
      .select()
      .from(sinkronTerima)
      .where(inArray(sinkronTerima.clientId, [refusedByWrite.clientId, refusedBySchema.clientId]));
    expect(receipts).toEqual([]);
    expect(await monthRows(child)).toEqual([]);
    // Corrected on the phone and sent as the same item, it is saved.
    const fixed = { ...refusedByWrite, fields: anakFields(child) };
    expect((await send(fixed)).body).toMatchObject({ status: "ok", duplicate: false });
  });

  it("a month whose quarter the kepala desa approved meanwhile is refused with the lock message, and leaves no receipt", async () => {
    await as("kpm.airputih");
    const child = await newChild("Anak Sinkron Terkunci");
    const triwulan = quarterOfMonth(ym.bulan);
    await handle.db
      .insert(periodeDesa)
      .values({ kodeWilayah: AIR_PUTIH, tahun: ym.tahun, triwulan, status: "disetujui", disetujuiAt: new Date() });
    try {
      const one = item("anak_bulan", anakFields(child));
      const r = await send(one);
      expect(r.body).toEqual({ status: "refused", message: scorecardText.locked.approved(triwulan, ym.tahun) });
      expect(await handle.db.select().from(sinkronTerima).where(eq(sinkronTerima.clientId, one.clientId))).toEqual([]);
      expect(await monthRows(child)).toEqual([]);
    } finally {
      await handle.db
        .delete(periodeDesa)
        .where(
          and(
            eq(periodeDesa.kodeWilayah, AIR_PUTIH),
            eq(periodeDesa.tahun, ym.tahun),
            eq(periodeDesa.triwulan, triwulan),
          ),
        );
    }
  });

  it("a month changed on the server after the phone saw it is a conflict carrying the server's values and version", async () => {
    await as("kpm.airputih");
    const child = await newChild("Anak Sinkron Konflik");
    // The phone saw version 1; then the month was corrected online (version 2).
    expect((await send(item("anak_bulan", anakFields(child)))).body.status).toBe("ok");
    await redirectOf(saveAnakMonth({ status: "idle" }, form(anakFields(child, { beratKg: "8,1", version: "1" }))));
    const stale = item("anak_bulan", anakFields(child, { beratKg: "7,7", version: "1" }));
    const r = await send(stale);
    expect(r.body).toMatchObject({
      status: "conflict",
      message: pemantauanText.actions.conflict,
      version: "2",
      server: { kode: AIR_PUTIH, sasaranId: String(child), bulan, beratKg: "8,1", panjangCm: "68,4", version: "2" },
    });
    expect(r.body.status === "conflict" && r.body.server).not.toHaveProperty("kodeWilayah");
    const [row] = await monthRows(child);
    expect(row.version).toBe(2);
    expect(await handle.db.select().from(sinkronTerima).where(eq(sinkronTerima.clientId, stale.clientId))).toEqual([]);
    // The cadre's choice, sent again with the server's version, is saved.
    const chosen = item("anak_bulan", anakFields(child, { beratKg: "7,7", version: "2" }));
    expect((await send(chosen)).body).toMatchObject({ status: "ok", version: 3 });
  });

  it("a month typed with no record on the phone conflicts with a record saved meanwhile by someone else (no silent overwrite)", async () => {
    await as("kpm.airputih");
    const child = await newChild("Anak Sinkron Baru Dua Kader");
    await redirectOf(saveAnakMonth({ status: "idle" }, form(anakFields(child, { beratKg: "8,0" }))));
    const r = await send(item("anak_bulan", anakFields(child, { beratKg: "7,5" })));
    expect(r.body).toMatchObject({ status: "conflict", version: "1", server: { beratKg: "8" } });
  });

  it("a balita month (24–59 months) sent twice makes one record, its weighing and its PAUD row; the second answer is a duplicate", async () => {
    await as("kpm.airputih");
    const child = await newBalita("Balita Sinkron Dua Kali");
    const one = item("balita_bulan", balitaFields(child, { version: "0" }));
    const first = await send(one);
    expect(first.body).toMatchObject({ status: "ok", duplicate: false, version: 1 });
    expect((await send(one)).body).toEqual({
      status: "ok",
      duplicate: true,
      id: first.body.status === "ok" && first.body.id,
    });
    const rows = await balitaRows(child);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ditimbang: true, obatCacing: true, umurBulan: 30 });
    const [u] = await handle.db.select().from(pengukuran).where(eq(pengukuran.pemantauanBalitaId, rows[0].id));
    expect(u).toMatchObject({ beratKg: 12.5, caraUkur: "berdiri" });
    expect(u.haz).not.toBeNull();
    const paud = await handle.db.select().from(pemantauanPaud).where(eq(pemantauanPaud.sasaranId, child));
    expect(paud.map((p) => p.status)).toEqual(["mengikuti"]);
    const [receipt] = await handle.db.select().from(sinkronTerima).where(eq(sinkronTerima.clientId, one.clientId));
    expect(receipt).toMatchObject({ jenis: "balita_bulan", entitas: "pemantauan_balita", entitasId: rows[0].id });
  });

  it("a balita month of a child still on Formulir 2B is refused beside the date, and leaves no receipt", async () => {
    await as("kpm.airputih");
    const child = await newChild("Balita Sinkron Terlalu Muda");
    const one = item("balita_bulan", balitaFields(child, { beratKg: "8,2", panjangCm: "70,1" }));
    const r = await send(one);
    expect(r.body).toMatchObject({
      status: "refused",
      message: balitaText.actions.notBalitaYet,
      errors: { tanggalPeriksa: [balitaText.actions.notBalitaYet] },
    });
    expect(await handle.db.select().from(sinkronTerima).where(eq(sinkronTerima.clientId, one.clientId))).toEqual([]);
    expect(await balitaRows(child)).toEqual([]);
  });

  it("a balita month changed on the server after the phone saw it is a conflict with the server's values (weighing and PAUD included)", async () => {
    await as("kpm.airputih");
    const child = await newBalita("Balita Sinkron Konflik");
    expect((await send(item("balita_bulan", balitaFields(child)))).body.status).toBe("ok");
    await redirectOf(
      saveBalitaMonth(
        { status: "idle" },
        form(balitaFields(child, { beratKg: "12,9", statusPaud: "tidak_mengikuti", pmt: "on", version: "1" })),
      ),
    );
    const stale = item("balita_bulan", balitaFields(child, { beratKg: "12,1", version: "1" }));
    const r = await send(stale);
    expect(r.body).toMatchObject({
      status: "conflict",
      message: pemantauanText.actions.conflict,
      version: "2",
      server: {
        kode: AIR_PUTIH,
        sasaranId: String(child),
        bulan,
        beratKg: "12,9",
        panjangCm: "90,2",
        caraUkur: "berdiri",
        pmt: "on",
        ditimbang: "on",
        statusPaud: "tidak_mengikuti",
        version: "2",
      },
    });
    expect(await handle.db.select().from(sinkronTerima).where(eq(sinkronTerima.clientId, stale.clientId))).toEqual([]);
    expect((await balitaRows(child))[0]).toMatchObject({ version: 2, pmt: true });
    // A month typed where the phone held none (version 0) conflicts too: never a silent overwrite.
    const blind = await send(item("balita_bulan", balitaFields(child, { version: "0" })));
    expect(blind.body).toMatchObject({ status: "conflict", version: "2" });
    // The cadre's choice, sent with the server's version, is saved.
    const chosen = item("balita_bulan", balitaFields(child, { beratKg: "12,1", pmt: "on", version: "2" }));
    expect((await send(chosen)).body).toMatchObject({ status: "ok", version: 3 });
    const [u] = await handle.db
      .select()
      .from(pengukuran)
      .where(eq(pengukuran.pemantauanBalitaId, (await balitaRows(child))[0].id));
    expect(u.beratKg).toBe(12.1);
  });

  it("a target moved to another desa meanwhile is refused", async () => {
    await as("kpm.airputih");
    const child = await newChild("Anak Sinkron Pindah");
    await handle.db.update(sasaran).set({ kodeWilayah: BELO_LAUT, posyanduId: posBelo }).where(eq(sasaran.id, child));
    const r = await send(item("anak_bulan", anakFields(child)));
    expect(r.body).toEqual({ status: "refused", message: pemantauanText.actions.targetNotFound });
  });

  it("a new ibu hamil with a household typed inline is registered once; a duplicate NIK is refused beside the field", async () => {
    await as("kpm.airputih");
    const fields = {
      kode: AIR_PUTIH,
      nama: "Sari Luring",
      nik: "1905015203950015",
      tanggalLahir: "1995-03-12",
      hpl: addDaysIso(today, 120),
      posyanduId: String(pos),
      kepalaKeluarga: "Bapak Luring",
      airMinumLayak: "on",
    };
    const one = item("ibu_hamil_baru", fields);
    const first = await send(one);
    expect(first.body).toMatchObject({ status: "ok", duplicate: false });
    const id = first.body.status === "ok" ? first.body.id! : 0;
    const [row] = await handle.db.select().from(sasaran).where(eq(sasaran.id, id));
    expect(row).toMatchObject({ nama: "Sari Luring", kodeWilayah: AIR_PUTIH });
    expect(row.rumahTanggaId).not.toBeNull();
    // Sent again: its own record would refuse it as a duplicate — it is answered as the duplicate send it is.
    expect((await send(one)).body).toEqual({ status: "ok", duplicate: true, id });
    const [a] = await handle.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "sasaran"), eq(auditLog.entityId, String(id))));
    expect(a.n).toBe(1);
    // Another item with the same NIK: refused with the online form's message beside the NIK.
    const dup = await send(item("ibu_hamil_baru", { ...fields, nama: "Sari Lain" }));
    expect(dup.body).toMatchObject({ status: "refused" });
    expect(dup.body.status === "refused" && dup.body.errors?.nik?.[0]).toMatch(/sudah terdaftar/);
  });

  it("a newborn is registered from its mother", async () => {
    await as("kpm.airputih");
    const [mother] = await handle.db
      .insert(sasaran)
      .values({
        kodeWilayah: AIR_PUTIH,
        posyanduId: pos,
        jenis: "ibu",
        nama: "Ibu Bayi Luring",
        jenisKelamin: "P",
        tanggalLahir: "1994-04-04",
        tanggalMelahirkan: addDaysIso(today, -5),
      })
      .returning({ id: sasaran.id });
    const r = await send(
      item("bayi_baru", {
        kode: AIR_PUTIH,
        nama: "Bayi Luring",
        jenisKelamin: "P",
        tanggalLahir: addDaysIso(today, -5),
        posyanduId: String(pos),
        ibuId: String(mother.id),
      }),
    );
    expect(r.body).toMatchObject({ status: "ok", duplicate: false });
    const [baby] = await handle.db
      .select()
      .from(sasaran)
      .where(eq(sasaran.id, r.body.status === "ok" ? r.body.id! : 0));
    expect(baby).toMatchObject({ jenis: "anak", ibuId: mother.id });
  });

  it("another desa's KPM, and roles that do not record months, are refused by the same guard", async () => {
    const child = await newChild("Anak Sinkron Orang Lain");
    await as("kpm.belolaut");
    expect((await send(item("anak_bulan", anakFields(child)))).body).toMatchObject({ status: "refused" });
    await as("kades.airputih");
    expect((await send(item("anak_bulan", anakFields(child)))).body).toMatchObject({ status: "refused" });
    expect(await monthRows(child)).toEqual([]);
  });

  it("answers 401 signed out, 400 for no item, 413 over 64 kB, 403 for another site's request", async () => {
    const child = await newChild("Anak Sinkron Salah Kirim");
    await as(null);
    expect((await send(item("anak_bulan", anakFields(child)))).status).toBe(401);
    await as("kpm.airputih");
    expect(await send("{not json")).toMatchObject({ status: 400, body: { message: sinkronText.notAnItem } });
    expect((await send({ kind: "anak_bulan", fields: {} })).status).toBe(400);
    expect((await send(item("anak_bulan", anakFields(child), { clientId: "not-a-uuid" }))).status).toBe(400);
    const huge = item("anak_bulan", { ...anakFields(child), catatan: "x".repeat(1900) });
    for (let i = 0; i < 40; i++) huge.fields[`x${i}`] = "y".repeat(1990);
    expect((await send(huge)).status).toBe(413);
    expect((await send(item("anak_bulan", anakFields(child)), { "content-length": "70000" })).status).toBe(413);
    expect((await send(item("anak_bulan", anakFields(child)), { origin: "https://evil.example" })).status).toBe(403);
    expect(await monthRows(child)).toEqual([]);
  });
});

describe("GET /api/luring/data", () => {
  let beloChild: number;

  beforeAll(async () => {
    beloChild = await newChild("Anak Belo Laut Luring", BELO_LAUT, posBelo);
    await handle.db
      .update(sasaran)
      .set({ nik: "1905011506210003" })
      .where(eq(sasaran.id, await newChild("Anak NIK Penuh")));
  });

  it("gives the KPM of a desa that desa only, the NIK masked, never cached", async () => {
    await as("kpm.airputih");
    const s = await snapshot();
    expect(s.status).toBe(200);
    expect(s.cache).toBe("no-store, private");
    expect(s.body).toMatchObject({ v: 1, full: true, desa: { kode: AIR_PUTIH }, today });
    const ids = (
      await handle.db
        .select({ id: sasaran.id })
        .from(sasaran)
        .where(and(eq(sasaran.kodeWilayah, AIR_PUTIH), eq(sasaran.aktif, true)))
    ).map((r) => r.id);
    expect(new Set(s.body.sasaranIds)).toEqual(new Set(ids));
    expect(s.body.sasaranIds).not.toContain(beloChild);
    expect(s.body.sasaran.length).toBe(ids.length);
    for (const rows of [s.body.ibu, s.body.anak, s.body.paud, s.body.balita])
      for (const r of rows) expect(r.kodeWilayah).toBe(AIR_PUTIH);
    expect(s.body.posyandu.map((p) => p.id)).toContain(pos);
    // The balita months saved above, each with its weighing (by its own record, not a 2B one).
    const balitaIds = new Set(s.body.balita.map((b) => b.id));
    expect(s.body.balita.length).toBeGreaterThan(0);
    expect(s.body.balitaUkur.length).toBeGreaterThan(0);
    for (const u of s.body.balitaUkur) expect(balitaIds.has(u.pemantauanBalitaId)).toBe(true);
    const stored = await handle.db
      .select({ id: pemantauanBalita.id })
      .from(pemantauanBalita)
      .where(eq(pemantauanBalita.kodeWilayah, AIR_PUTIH));
    expect(balitaIds).toEqual(new Set(stored.map((r) => r.id)));
    expect(s.body.posyandu.map((p) => p.id)).not.toContain(posBelo);
    // Every anak row sent comes with its measurement when it has one.
    const anakIds = new Set(s.body.anak.map((a) => a.id));
    expect(s.body.ukur.length).toBeGreaterThan(0);
    for (const u of s.body.ukur) expect(anakIds.has(u.pemantauanAnakId)).toBe(true);
    // No full NIK of anyone, anywhere in the answer; the masked one is there.
    const niks = await handle.db.select({ nik: sasaran.nik }).from(sasaran);
    for (const { nik } of niks) if (nik) expect(s.text).not.toContain(nik);
    expect(s.body.sasaran.map((t) => t.nikMasked)).toContain("190501••••••••••");
    expect(s.text).not.toMatch(/"nik"/);
    // Records of the window only.
    const from = offlineWindowStart(ym);
    for (const r of [...s.body.ibu, ...s.body.anak, ...s.body.paud, ...s.body.balita])
      expect(r.tahun * 12 + r.bulan).toBeGreaterThanOrEqual(from.tahun * 12 + from.bulan);
  });

  it("the KPM of desa B never gets desa A's rows; other roles get 403, signed out 401", async () => {
    await as("kpm.belolaut");
    const s = await snapshot();
    expect(s.status).toBe(200);
    expect(s.body.desa.kode).toBe(BELO_LAUT);
    expect(s.body.sasaranIds).toContain(beloChild);
    for (const t of s.body.sasaran) expect(t.posyanduId).not.toBe(pos);
    for (const rows of [s.body.ibu, s.body.anak, s.body.paud, s.body.balita])
      for (const r of rows) expect(r.kodeWilayah).toBe(BELO_LAUT);
    expect(s.text).not.toContain("Balita Sinkron");
    expect(s.text).not.toContain("Anak Sinkron Dua Kali");
    for (const u of ["operator.airputih", "kades.airputih", "tpps.mentok", "tpps.kab", "admin"]) {
      await as(u);
      const r = await snapshot();
      expect(r.status, u).toBe(403);
      expect(r.text).not.toContain("Anak Sinkron");
    }
    await as(null);
    expect((await snapshot()).status).toBe(401);
    await as("kpm.airputih");
    expect((await snapshot(undefined, { "sec-fetch-site": "cross-site" })).status).toBe(403);
  });

  it("a delta returns only what changed since the cursor (with the overlap), and the active ids", async () => {
    await as("kpm.airputih");
    const full = await snapshot();
    // A cursor older than the overlap: what was written before it is not sent again.
    const later = new Date(Date.now() + 0);
    await handle.db
      .update(sasaran)
      .set({ updatedAt: new Date(Date.now() - 10 * 60 * 1000) })
      .where(eq(sasaran.kodeWilayah, AIR_PUTIH));
    for (const t of [pemantauanAnak, pemantauanIbu, pemantauanBalita, pemantauanPaud])
      await handle.db
        .update(t)
        .set({ updatedAt: new Date(Date.now() - 10 * 60 * 1000) })
        .where(eq(t.kodeWilayah, AIR_PUTIH));
    await handle.db
      .update(pengukuran)
      .set({ updatedAt: new Date(Date.now() - 10 * 60 * 1000) })
      .where(eq(pengukuran.kodeWilayah, AIR_PUTIH));
    const child = await newChild("Anak Sinkron Delta");
    expect((await send(item("anak_bulan", anakFields(child)))).body.status).toBe("ok");
    const delta = await snapshot(later.toISOString());
    expect(delta.status).toBe(200);
    expect(delta.body.full).toBe(false);
    expect(delta.body.sasaran.map((t) => t.id)).toEqual([child]);
    expect(delta.body.anak.map((a) => a.sasaranId)).toEqual([child]);
    expect(delta.body.ukur.map((u) => u.sasaranId)).toEqual([child]);
    expect(delta.body.ibu).toEqual([]);
    expect(delta.body.balita).toEqual([]);
    // A balita month saved after the cursor comes with its weighing and its PAUD row; the rest does not.
    const balitaChild = await newBalita("Balita Sinkron Delta");
    expect((await send(item("balita_bulan", balitaFields(balitaChild)))).body.status).toBe("ok");
    const delta2 = await snapshot(later.toISOString());
    expect(delta2.body.balita.map((b) => b.sasaranId)).toEqual([balitaChild]);
    expect(delta2.body.balitaUkur.map((u) => u.sasaranId)).toEqual([balitaChild]);
    expect(delta2.body.paud.map((p) => p.sasaranId)).toEqual([balitaChild]);
    // Only the weighing changed (a correction of the z-scores, say): the month is sent again with it.
    const [b] = await balitaRows(balitaChild);
    await handle.db
      .update(pemantauanBalita)
      .set({ updatedAt: new Date(Date.now() - 10 * 60 * 1000) })
      .where(eq(pemantauanBalita.id, b.id));
    await handle.db
      .update(pemantauanPaud)
      .set({ updatedAt: new Date(Date.now() - 10 * 60 * 1000) })
      .where(eq(pemantauanPaud.sasaranId, balitaChild));
    const later2 = new Date();
    await handle.db
      .update(pengukuran)
      .set({ updatedAt: new Date(Date.now() + 1000) })
      .where(eq(pengukuran.pemantauanBalitaId, b.id));
    const delta3 = await snapshot(later2.toISOString());
    expect(delta3.body.balita.map((r) => r.id)).toEqual([b.id]);
    expect(delta3.body.balitaUkur.map((u) => u.pemantauanBalitaId)).toEqual([b.id]);
    expect(delta.body.sasaranIds).toEqual([...full.body.sasaranIds, child].sort((a, b) => a - b));
    expect(Date.parse(delta.body.cursor)).toBeGreaterThanOrEqual(later.getTime());
    // A cursor from before the window, in the future, or no date: everything.
    for (const bad of ["2001-01-01T00:00:00Z", new Date(Date.now() + 86_400_000).toISOString(), "kemarin"]) {
      const r = await snapshot(bad);
      expect(r.status, bad).toBe(200);
      expect(r.body.full, bad).toBe(true);
    }
  });

  it("a desa of 200 targets with 12 months of records stays small", async () => {
    const [posPel] = await handle.db
      .select({ id: posyandu.id })
      .from(posyandu)
      .where(eq(posyandu.kodeWilayah, PELANGAS))
      .limit(1);
    const targets = await handle.db
      .insert(sasaran)
      .values(
        Array.from({ length: 200 }, (_, i) => ({
          kodeWilayah: PELANGAS,
          posyanduId: posPel.id,
          jenis: i < 80 ? ("ibu" as const) : ("anak" as const),
          nama: `Sasaran Ukuran ${i} Binti Contoh`,
          nik: `190502${String(100000 + i).slice(-6)}${String(1000 + i).slice(-4)}`,
          jenisKelamin: i < 80 ? ("P" as const) : ("L" as const),
          tanggalLahir: i < 80 ? "1995-05-05" : addDaysIso(today, -400),
          noKia: `KIA-${i}`,
        })),
      )
      .returning({ id: sasaran.id, jenis: sasaran.jenis });
    const months = Array.from({ length: 12 }, (_, k) => {
      const index = ym.tahun * 12 + ym.bulan - 1 - k;
      return { tahun: Math.floor(index / 12), bulan: (index % 12) + 1 };
    });
    const dateOf = (m: { tahun: number; bulan: number }) => `${m.tahun}-${String(m.bulan).padStart(2, "0")}-10`;
    const common = { kodeWilayah: PELANGAS, posyanduId: posPel.id };
    await handle.db.insert(pemantauanIbu).values(
      targets
        .filter((t) => t.jenis === "ibu")
        .flatMap((t) =>
          months.map((m) => ({
            ...common,
            sasaranId: t.id,
            ...m,
            tanggalPeriksa: dateOf(m),
            statusKehamilan: "normal" as const,
            usiaKehamilan: 5,
            pemeriksaanKehamilan: true,
            konsumsiPilFe: true,
            butirPilFe: 30,
            lilaCm: 24.5,
          })),
        ),
    );
    const anakRows = await handle.db
      .insert(pemantauanAnak)
      .values(
        targets
          .filter((t) => t.jenis === "anak")
          .flatMap((t) =>
            months.map((m) => ({
              ...common,
              sasaranId: t.id,
              ...m,
              tanggalPeriksa: dateOf(m),
              umurBulan: 10,
              statusTikar: "H" as const,
              pengukuranBeratBadan: true,
              pengukuranTinggiBadan: true,
            })),
          ),
      )
      .returning({
        id: pemantauanAnak.id,
        sasaranId: pemantauanAnak.sasaranId,
        tanggalPeriksa: pemantauanAnak.tanggalPeriksa,
      });
    await handle.db.insert(pengukuran).values(
      anakRows.map((a) => ({
        sasaranId: a.sasaranId,
        pemantauanAnakId: a.id,
        kodeWilayah: PELANGAS,
        tanggalUkur: a.tanggalPeriksa,
        umurHari: 300,
        umurBulan: 9,
        beratKg: 8.25,
        panjangCm: 71.5,
        caraUkur: "terlentang" as const,
        haz: -1.23,
        waz: -0.45,
        whz: 0.12,
        baz: 0.33,
        kategoriHaz: "normal",
        kategoriWaz: "normal",
        kategoriWhz: "normal",
        kategoriBaz: "normal",
      })),
    );
    await as("kpm.pelangas");
    const s = await snapshot();
    expect(s.status).toBe(200);
    const ids = new Set(targets.map((t) => t.id));
    expect(s.body.sasaran.filter((t) => ids.has(t.id))).toHaveLength(200);
    expect(s.body.ibu.length + s.body.anak.length).toBeGreaterThanOrEqual(2400);
    const raw = Buffer.byteLength(s.text);
    const gzip = gzipSync(s.text).length;
    console.log(
      `[offline-sync] 200 targets × 12 months: ${Math.round(raw / 1024)} kB JSON, ${Math.round(gzip / 1024)} kB gzip`,
    );
    // On the wire (Next compresses JSON answers): far under the 300 kB budget. Uncompressed, the object shape of
    // OfflineSnapshot repeats every key per row (docs/offline-sync.md, "Size").
    expect(gzip).toBeLessThan(300 * 1024);
    expect(raw).toBeLessThan(2 * 1024 * 1024);

    // Issue 20: the same desa with 100 balita (24–59 months) weighed every month of the window (24 months) — a
    // worst case for the balita record, whose months outnumber the 2B ones (three years against two).
    const balitaTargets = await handle.db
      .insert(sasaran)
      .values(
        Array.from({ length: 100 }, (_, i) => ({
          kodeWilayah: PELANGAS,
          posyanduId: posPel.id,
          jenis: "anak" as const,
          nama: `Balita Ukuran ${i} Bin Contoh`,
          jenisKelamin: "P" as const,
          tanggalLahir: addMonthsIso(today, -(48 + (i % 10))),
          noKia: `KIA-B-${i}`,
        })),
      )
      .returning({ id: sasaran.id });
    const months24 = Array.from({ length: 24 }, (_, k) => {
      const index = ym.tahun * 12 + ym.bulan - 1 - k;
      return { tahun: Math.floor(index / 12), bulan: (index % 12) + 1 };
    });
    const balitaRowsInserted = await handle.db
      .insert(pemantauanBalita)
      .values(
        balitaTargets.flatMap((t) =>
          months24.map((m) => ({
            ...common,
            sasaranId: t.id,
            ...m,
            tanggalPeriksa: dateOf(m),
            umurBulan: 40,
            ditimbang: true,
            obatCacing: m.bulan % 6 === 2,
            vitaminA: m.bulan === 2 || m.bulan === 8,
          })),
        ),
      )
      .returning({
        id: pemantauanBalita.id,
        sasaranId: pemantauanBalita.sasaranId,
        tanggalPeriksa: pemantauanBalita.tanggalPeriksa,
      });
    await handle.db.insert(pengukuran).values(
      balitaRowsInserted.map((b) => ({
        sasaranId: b.sasaranId,
        pemantauanBalitaId: b.id,
        kodeWilayah: PELANGAS,
        tanggalUkur: b.tanggalPeriksa,
        umurHari: 1220,
        umurBulan: 40,
        beratKg: 14.35,
        panjangCm: 98.5,
        caraUkur: "berdiri" as const,
        panjangKoreksiCm: 98.5,
        haz: -1.04,
        waz: -0.66,
        whz: -0.12,
        baz: -0.08,
        kategoriHaz: "normal",
        kategoriWaz: "normal",
        kategoriWhz: "normal",
        kategoriBaz: "normal",
      })),
    );
    const withBalita = await snapshot();
    // The test's 100 balita × 24 months (the demo desa's own balita come on top).
    const mine = new Set(balitaRowsInserted.map((b) => b.id));
    expect(withBalita.body.balita.filter((b) => mine.has(b.id))).toHaveLength(2400);
    expect(withBalita.body.balitaUkur.filter((u) => mine.has(u.pemantauanBalitaId))).toHaveLength(2400);
    const rawB = Buffer.byteLength(withBalita.text);
    const gzipB = gzipSync(withBalita.text).length;
    console.log(
      `[offline-sync] + 100 balita × 24 months: ${Math.round(rawB / 1024)} kB JSON, ${Math.round(gzipB / 1024)} kB gzip`,
    );
    expect(gzipB).toBeLessThan(300 * 1024);
    await handle.db.delete(pengukuran).where(eq(pengukuran.kodeWilayah, PELANGAS));
    await handle.db.delete(pemantauanBalita).where(eq(pemantauanBalita.kodeWilayah, PELANGAS));
    await handle.db.delete(sasaran).where(
      inArray(
        sasaran.id,
        balitaTargets.map((t) => t.id),
      ),
    );
    await handle.db.delete(pengukuran).where(eq(pengukuran.kodeWilayah, PELANGAS));
    await handle.db.delete(pemantauanAnak).where(eq(pemantauanAnak.kodeWilayah, PELANGAS));
    await handle.db.delete(pemantauanIbu).where(eq(pemantauanIbu.kodeWilayah, PELANGAS));
    await handle.db.delete(sasaran).where(inArray(sasaran.id, [...ids]));
  });
});
