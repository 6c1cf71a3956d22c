vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { form, userId } from "./users";
import { redirectOf } from "./redirect";
import type { DbHandle } from "@/db/client";
import { auditLog, kegiatanKpm, pemantauanAnak, pemantauanIbu, posyandu, sasaran } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { selectRows } from "@/db/raw";
import { createKegiatanAction } from "@/app/(portal)/wilayah/[kode]/kegiatan/actions";
import { saveIbuMonth } from "@/app/(portal)/wilayah/[kode]/pemantauan/actions";
import { createAnak, markMelahirkan } from "@/app/(portal)/wilayah/[kode]/sasaran/actions";
import { listHomeVisitsFromRecords } from "@/db/queries/kegiatan";
import { getTugasBulanIni } from "@/db/queries/tugas";
import { getActiveViewerById } from "@/db/queries/users";
import { addDaysIso, currentYearMonth, formatYearMonth, monthsOfQuarter, todayIso } from "@/lib/periods";

/* Issue 19, "the cadre's day": enter once (a home visit in the activity log ↔ the month's "kunjungan rumah") and the
 * birth flow (delivery confirmation, twins, BBLR), on a real database with our own targets. */

const AIR_PUTIH = "19.05.01.2004";
const BELO_LAUT = "19.05.01.2006";
const idle = { status: "idle" as const };
const today = todayIso();
const ym = currentYearMonth();
const bulan = formatYearMonth(ym);

let handle: DbHandle;
let drop: () => Promise<void>;
let pos = 0;
const id = { kek: 0, anak: 0, paud: 0, hamil: 0, baru: 0, bblr: 0 };
const as = async (u: string) => actAs(await userId(handle.db, u));
const viewerOf = async (u: string) => (await getActiveViewerById(await userId(handle.db, u)))!;

const visit = (ids: number[], tanggal = today) =>
  form({
    kode: AIR_PUTIH,
    jenis: "kunjungan_rumah",
    tanggal,
    tempat: "Rumah sasaran",
    jumlahPeserta: 1,
    sasaranIds: ids.join(","),
  });

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  [{ id: pos }] = await handle.db
    .select({ id: posyandu.id })
    .from(posyandu)
    .where(eq(posyandu.kodeWilayah, AIR_PUTIH))
    .limit(1);
  const common = { kodeWilayah: AIR_PUTIH, posyanduId: pos };
  const long = new Date(Date.now() - 90 * 86_400_000);
  const rows = await handle.db
    .insert(sasaran)
    .values([
      { ...common, jenis: "ibu", nama: "Uji19 Ibu KEK", jenisKelamin: "P", tanggalLahir: "1997-03-03" },
      { ...common, jenis: "anak", nama: "Uji19 Baduta", jenisKelamin: "L", tanggalLahir: addDaysIso(today, -300) },
      { ...common, jenis: "anak", nama: "Uji19 PAUD", jenisKelamin: "P", tanggalLahir: addDaysIso(today, -1200) },
      {
        ...common,
        jenis: "ibu",
        nama: "Uji19 Ibu Lama",
        jenisKelamin: "P",
        tanggalLahir: "1995-05-05",
        hpl: addDaysIso(today, 40),
        createdAt: long,
      },
      {
        ...common,
        jenis: "ibu",
        nama: "Uji19 Ibu Baru",
        jenisKelamin: "P",
        tanggalLahir: "1996-06-06",
        hpl: addDaysIso(today, 5),
        noKia: "KIA-19-IBU",
      },
      {
        ...common,
        jenis: "anak",
        nama: "Uji19 Bayi BBLR",
        jenisKelamin: "P",
        tanggalLahir: addDaysIso(today, -40),
        beratLahirKg: 2.3,
      },
    ])
    .returning({ id: sasaran.id });
  [id.kek, id.anak, id.paud, id.hamil, id.baru, id.bblr] = rows.map((r) => r.id);
  // Last month the bidan found her KEK: this month she needs a home visit ("Perlu kunjungan rumah").
  const prev = ym.bulan === 1 ? { tahun: ym.tahun - 1, bulan: 12 } : { tahun: ym.tahun, bulan: ym.bulan - 1 };
  await handle.db.insert(pemantauanIbu).values({
    sasaranId: id.kek,
    kodeWilayah: AIR_PUTIH,
    ...prev,
    tanggalPeriksa: `${prev.tahun}-${String(prev.bulan).padStart(2, "0")}-10`,
    posyanduId: pos,
    statusKehamilan: "kek",
    usiaKehamilan: 5,
  });
  // The child already has this month's record, without a home visit.
  await handle.db.insert(pemantauanAnak).values({
    sasaranId: id.anak,
    kodeWilayah: AIR_PUTIH,
    ...ym,
    tanggalPeriksa: today,
    posyanduId: pos,
    umurBulan: 9,
    aktaLahir: true,
  });
});
afterAll(async () => {
  actAs(null);
  await drop();
});

describe("enter once: a home visit in the activity log", () => {
  it("ticks kunjungan rumah on each target's month (creating the record if none) and clears the task", async () => {
    const viewer = await viewerOf("kpm.airputih");
    const before = await getTugasBulanIni({ viewer, kode: AIR_PUTIH, ym, today });
    expect(before!.kunjunganRumah.map((i) => i.id)).toContain(id.kek);

    await as("kpm.airputih");
    const r = await createKegiatanAction(idle, visit([id.kek, id.anak, id.paud]));
    expect(r).toMatchObject({
      status: "ok",
      message: expect.stringMatching(/dicentang pada catatan bulanan 2 sasaran/),
    });

    const [ibu] = await handle.db
      .select()
      .from(pemantauanIbu)
      .where(
        and(eq(pemantauanIbu.sasaranId, id.kek), eq(pemantauanIbu.bulan, ym.bulan), eq(pemantauanIbu.tahun, ym.tahun)),
      );
    // The visit and the last known status; no other answer invented.
    expect(ibu).toMatchObject({
      kunjunganRumah: true,
      statusKehamilan: "kek",
      tanggalPeriksa: today,
      posyanduId: pos,
      usiaKehamilan: null,
      pemeriksaanKehamilan: false,
      aksesAirBersih: false,
      version: 1,
    });
    const [anak] = await handle.db
      .select()
      .from(pemantauanAnak)
      .where(
        and(
          eq(pemantauanAnak.sasaranId, id.anak),
          eq(pemantauanAnak.tahun, ym.tahun),
          eq(pemantauanAnak.bulan, ym.bulan),
        ),
      );
    expect(anak).toMatchObject({ kunjunganRumah: true, aktaLahir: true, version: 2 });
    // A PAUD child has no 2B record to tick.
    expect(await handle.db.select().from(pemantauanAnak).where(eq(pemantauanAnak.sasaranId, id.paud))).toEqual([]);

    const audits = await handle.db
      .select({ entity: auditLog.entity, action: auditLog.action })
      .from(auditLog)
      .where(
        and(
          inArray(auditLog.entity, ["pemantauan_ibu", "pemantauan_anak"]),
          inArray(auditLog.entityId, [String(ibu.id), String(anak.id)]),
        ),
      );
    expect(audits).toEqual(
      expect.arrayContaining([
        { entity: "pemantauan_ibu", action: "create" },
        { entity: "pemantauan_anak", action: "update" },
      ]),
    );
    const after = await getTugasBulanIni({ viewer, kode: AIR_PUTIH, ym, today });
    expect(after!.kunjunganRumah.map((i) => i.id)).not.toContain(id.kek);
    // Logged as an activity: not listed again as a visit taken from the forms.
    const derived = await listHomeVisitsFromRecords({ viewer, kode: AIR_PUTIH, bulan: ym });
    expect(derived.map((d) => d.id)).not.toContain(id.kek);
  });

  it("leaves a submitted or approved quarter's records alone, and still logs the visit", async () => {
    const [locked] = await selectRows<{ tahun: number; triwulan: number }>(
      handle.db,
      sql`select tahun::int as tahun, triwulan::int as triwulan from periode_desa
          where kode_wilayah = ${AIR_PUTIH} and status = 'disetujui' order by tahun desc, triwulan desc limit 1`,
    );
    expect(locked).toBeDefined();
    const month = monthsOfQuarter(locked.triwulan)[1];
    const tanggal = `${locked.tahun}-${String(month).padStart(2, "0")}-15`;
    await as("kpm.airputih");
    const r = await createKegiatanAction(idle, visit([id.kek], tanggal));
    expect(r).toMatchObject({ status: "ok", message: expect.stringMatching(/sudah diajukan atau disetujui/) });
    const rows = await handle.db
      .select()
      .from(pemantauanIbu)
      .where(
        and(eq(pemantauanIbu.sasaranId, id.kek), eq(pemantauanIbu.tahun, locked.tahun), eq(pemantauanIbu.bulan, month)),
      );
    expect(rows).toEqual([]);
    expect(await handle.db.select().from(kegiatanKpm).where(eq(kegiatanKpm.tanggal, tanggal))).toHaveLength(1);
  });

  it("the other way round: a visit ticked on the monthly form shows beside the log, in its own desa only", async () => {
    await as("kpm.airputih");
    await redirectOf(
      saveIbuMonth(
        idle,
        form({
          kode: AIR_PUTIH,
          sasaranId: id.hamil,
          bulan,
          tanggalPeriksa: today,
          posyanduId: pos,
          kunjunganRumah: true,
          kunjunganNifas: "0",
        }),
      ),
    );
    const derived = await listHomeVisitsFromRecords({
      viewer: await viewerOf("kpm.airputih"),
      kode: AIR_PUTIH,
      bulan: ym,
    });
    expect(derived).toContainEqual({ id: id.hamil, nama: "Uji19 Ibu Lama", tanggal: today });
    expect(
      await listHomeVisitsFromRecords({ viewer: await viewerOf("kpm.belolaut"), kode: AIR_PUTIH, bulan: ym }),
    ).toEqual([]);
    // Logging it as a visit takes it off the derived list: never counted twice.
    await createKegiatanAction(idle, visit([id.hamil]));
    const again = await listHomeVisitsFromRecords({
      viewer: await viewerOf("kpm.airputih"),
      kode: AIR_PUTIH,
      bulan: ym,
    });
    expect(again.map((d) => d.id)).not.toContain(id.hamil);
  });

  it("refuses another desa's target and ticks nothing", async () => {
    const [other] = await handle.db
      .select({ id: sasaran.id })
      .from(sasaran)
      .where(and(eq(sasaran.kodeWilayah, BELO_LAUT), eq(sasaran.jenis, "ibu")))
      .limit(1);
    const count = async () =>
      (await handle.db.select().from(pemantauanIbu).where(eq(pemantauanIbu.sasaranId, other.id))).map((r) => [
        r.id,
        r.version,
      ]);
    const before = await count();
    await as("kpm.airputih");
    const r = await createKegiatanAction(idle, visit([id.kek, other.id]));
    expect(r.errors?.sasaranIds?.[0]).toMatch(/terdaftar di desa ini/);
    expect(await count()).toEqual(before);
  });
});

describe("birth flow", () => {
  it("an early delivery asks 'Yakin?' and is recorded once confirmed for that date", async () => {
    await as("kpm.airputih");
    const early = addDaysIso(today, -30); // HPL in 40 days: 70 days early
    const r = await markMelahirkan(idle, form({ kode: AIR_PUTIH, id: id.hamil, tanggalMelahirkan: early }));
    expect(r.errors?.tanggalMelahirkan?.[0]).toMatch(/^Yakin\? Tanggal ini 70 hari sebelum HPL/);
    expect(r.values).toMatchObject({ tanggalMelahirkan: early, konfirmasiTanggal: early });
    const [still] = await handle.db.select().from(sasaran).where(eq(sasaran.id, id.hamil));
    expect(still.tanggalMelahirkan).toBeNull();
    // Ticking the box for another date does not confirm this one.
    const other = await markMelahirkan(
      idle,
      form({ kode: AIR_PUTIH, id: id.hamil, tanggalMelahirkan: early, konfirmasi: true, konfirmasiTanggal: today }),
    );
    expect(other.status).toBe("error");
    await redirectOf(
      markMelahirkan(
        idle,
        form({ kode: AIR_PUTIH, id: id.hamil, tanggalMelahirkan: early, konfirmasi: true, konfirmasiTanggal: early }),
      ),
    );
    const [done] = await handle.db.select().from(sasaran).where(eq(sasaran.id, id.hamil));
    expect(done.tanggalMelahirkan).toBe(early);
  });

  it("a pregnancy registered less than a month ago asks too", async () => {
    await as("kpm.airputih");
    const r = await markMelahirkan(idle, form({ kode: AIR_PUTIH, id: id.baru, tanggalMelahirkan: today }));
    expect(r.errors?.tanggalMelahirkan?.[0]).toMatch(/baru didaftarkan/);
    await redirectOf(
      markMelahirkan(
        idle,
        form({ kode: AIR_PUTIH, id: id.baru, tanggalMelahirkan: today, konfirmasi: true, konfirmasiTanggal: today }),
      ),
    );
  });

  it("twins register in one step, each with its own KIA number (the mother's may be reused once per child)", async () => {
    await as("kpm.airputih");
    const base = {
      kode: AIR_PUTIH,
      nama: "Uji19 Kembar A",
      jenisKelamin: "L",
      tanggalLahir: today,
      ibuId: id.baru,
      posyanduId: pos,
      noKia: "KIA-19-IBU",
      beratLahirKg: "2,6",
      bayi2Nama: "Uji19 Kembar B",
      bayi2JenisKelamin: "P",
      bayi2BeratLahirKg: "2,2",
    };
    // The second baby cannot take the first one's KIA number: refused beside its own field, values kept.
    const dupe = await createAnak(idle, form({ ...base, bayi2NoKia: "KIA-19-IBU" }));
    expect(dupe.errors?.bayi2NoKia?.[0]).toMatch(/harus berbeda/);
    expect(dupe.values?.bayi2Nama).toBe("Uji19 Kembar B");
    // A KIA number already held by another child of the desa is refused at the twin's field too.
    const [taken] = await selectRows<{ no_kia: string }>(
      handle.db,
      sql`select no_kia from sasaran where kode_wilayah = ${AIR_PUTIH} and jenis = 'anak' and no_kia is not null limit 1`,
    );
    if (taken) {
      const r = await createAnak(idle, form({ ...base, bayi2NoKia: taken.no_kia }));
      expect(r.errors?.bayi2NoKia?.[0]).toMatch(/sudah dipakai/);
    }
    await redirectOf(createAnak(idle, form({ ...base, bayi2NoKia: "KIA-19-B" })));
    const babies = await handle.db.select().from(sasaran).where(eq(sasaran.ibuId, id.baru)).orderBy(sasaran.id);
    expect(babies.map((b) => [b.nama, b.tanggalLahir, b.noKia, b.beratLahirKg])).toEqual([
      ["Uji19 Kembar A", today, "KIA-19-IBU", 2.6],
      ["Uji19 Kembar B", today, "KIA-19-B", 2.2],
    ]);
    expect(new Set(babies.map((b) => b.rumahTanggaId)).size).toBe(1);
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, "sasaran"),
          inArray(
            auditLog.entityId,
            babies.map((b) => String(b.id)),
          ),
        ),
      );
    expect(audits).toHaveLength(2);
  });

  it("a BBLR baby not weighed this month is in 'Bayi BBLR perlu dipantau', in its own desa only", async () => {
    const tugas = await getTugasBulanIni({ viewer: await viewerOf("kpm.airputih"), kode: AIR_PUTIH, ym, today });
    const bblr = tugas!.bblr!;
    expect(bblr).toContainEqual({ id: id.bblr, nama: "Uji19 Bayi BBLR", detail: "2.30" });
    // The twin born at 2,2 kg today too; the one at 2,6 kg is not BBLR.
    expect(bblr.map((b) => b.nama)).toContain("Uji19 Kembar B");
    expect(bblr.map((b) => b.nama)).not.toContain("Uji19 Kembar A");
    expect(await getTugasBulanIni({ viewer: await viewerOf("kpm.belolaut"), kode: AIR_PUTIH, ym, today })).toBeNull();
  });
});
