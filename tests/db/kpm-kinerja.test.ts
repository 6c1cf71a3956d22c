vi.mock("@/auth", () => import("./mock-auth"));
vi.mock("next/cache", () => import("./next-stubs"));

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, count, eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { Workbook } from "exceljs";
import { createTestDb } from "./test-db";
import { actAs } from "./mock-auth";
import { userId } from "./users";
import type { DbHandle } from "@/db/client";
import { apbdes, apbdesBaris, auditLog, kegiatanKpm, pelatihan, pelatihanPeserta } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { selectRows } from "@/db/raw";
import { getActiveViewerById } from "@/db/queries/users";
import { listKpmKinerja } from "@/db/queries/kpm-kinerja";
import { listReportingByDesaMonths } from "@/db/queries/reporting";
import { listPelatihan } from "@/db/queries/pelatihan";
import { getApbdesRecap } from "@/db/queries/apbdes-recap";
import { createPelatihanAction, deletePelatihanAction } from "@/app/(portal)/wilayah/[kode]/kpm/actions";
import { GET as exportGet } from "@/app/(portal)/wilayah/[kode]/kpm/ekspor/route";
import { addDaysIso, addMonths, formatYearMonth, todayIso } from "@/lib/periods";
import { kpmWindow, windowMonths } from "@/lib/kpm/window";
import type { KpmKinerjaRow } from "@/lib/kpm/types";

const AIR_PUTIH = "19.05.01.2004";
const AIR_BELO = "19.05.01.2005";
const BELO_LAUT = "19.05.01.2006";
const PELANGAS = "19.05.02.2001";
const idle = { status: "idle" as const };
const today = todayIso();
const tahun = Number(today.slice(0, 4));
const w3 = kpmWindow(3, today);
const [m1, m2, m3] = windowMonths(w3);

let handle: DbHandle;
let drop: () => Promise<void>;
const as = async (u: string) => actAs(await userId(handle.db, u));
const viewerOf = async (u: string) => (await getActiveViewerById(await userId(handle.db, u)))!;
const rowOf = (rows: KpmKinerjaRow[], username: string, id: number) =>
  rows.find((r) => r.kpmId === id) ?? expect.fail(`no row for ${username}`);

/** A timestamp given in WIB (UTC+7), e.g. wib("2026-04-05", "23:00"). */
const wib = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);
const nextMonthDay = (ym: string, day: number) =>
  `${formatYearMonth(addMonths({ tahun: Number(ym.slice(0, 4)), bulan: Number(ym.slice(5, 7)) }, 1))}-${String(day).padStart(2, "0")}`;

function pelatihanForm(values: Record<string, string>, peserta: number[]) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.append(k, v);
  for (const id of peserta) fd.append("pesertaIds", String(id));
  return fd;
}
const event = {
  jenis: "bimtek",
  tanggal: today,
  tempat: "Aula DPMD Bangka Barat",
  topik: "Bimtek KPM: kunjungan rumah terpadu",
  penyelenggara: "DPMD Bangka Barat",
};

async function pelatihanCount() {
  const [p] = await handle.db.select({ n: count() }).from(pelatihan);
  const [pp] = await handle.db.select({ n: count() }).from(pelatihanPeserta);
  return { pelatihan: p.n, peserta: pp.n };
}

beforeAll(async () => {
  ({ handle, drop } = await createTestDb());
  await seedDemo(handle.db);
  const db = handle.db;
  // Belo Laut, hand-made reporting for the 3-month window: m1 saved the 10th 23:00 WIB (on time: the default
  // cut-off is the 10th), m2 saved the 11th 00:30 WIB (late, though still the 10th in UTC), m3 no record at all.
  const set = async (ym: string, at: Date) => {
    const [y, m] = ym.split("-").map(Number);
    await db.execute(
      sql`update pemantauan_ibu set created_at = ${at.toISOString()}::timestamptz where kode_wilayah = ${BELO_LAUT} and tahun = ${y} and bulan = ${m}`,
    );
    await db.execute(
      sql`update pemantauan_anak set created_at = ${at.toISOString()}::timestamptz where kode_wilayah = ${BELO_LAUT} and tahun = ${y} and bulan = ${m}`,
    );
  };
  await set(m1, wib(nextMonthDay(m1, 10), "23:00"));
  await set(m2, wib(nextMonthDay(m2, 11), "00:30"));
  const [y3, b3] = m3.split("-").map(Number);
  await db.execute(
    sql`delete from pengukuran where pemantauan_anak_id in (select id from pemantauan_anak where kode_wilayah = ${BELO_LAUT} and tahun = ${y3} and bulan = ${b3})`,
  );
  await db.execute(
    sql`delete from pemantauan_anak where kode_wilayah = ${BELO_LAUT} and tahun = ${y3} and bulan = ${b3}`,
  );
  await db.execute(
    sql`delete from pemantauan_ibu where kode_wilayah = ${BELO_LAUT} and tahun = ${y3} and bulan = ${b3}`,
  );

  // Activities of kpm.belolaut: three inside the window, one in the current month (outside).
  const belo = await userId(db, "kpm.belolaut");
  await db.insert(kegiatanKpm).values([
    { kodeWilayah: BELO_LAUT, jenis: "kie", tanggal: `${m1}-10`, tempat: "Posyandu", kpmUserId: belo },
    { kodeWilayah: BELO_LAUT, jenis: "kie", tanggal: `${m3}-02`, tempat: "Balai desa", kpmUserId: belo },
    { kodeWilayah: BELO_LAUT, jenis: "kunjungan_rumah", tanggal: `${m2}-15`, tempat: "Rumah warga", kpmUserId: belo },
    {
      kodeWilayah: BELO_LAUT,
      jenis: "koordinasi",
      tanggal: `${today.slice(0, 7)}-01`,
      tempat: "Puskesmas",
      kpmUserId: belo,
    },
  ]);
  // An old training for Belo Laut: attended, but more than 12 months ago.
  const [old] = await db
    .insert(pelatihan)
    .values({
      kodeWilayah: "19.05",
      jenis: "pelatihan",
      tanggal: addDaysIso(today, -400),
      tempat: "Mentok",
      topik: "Pelatihan KPM angkatan lama",
      penyelenggara: "DPMD",
    })
    .returning({ id: pelatihan.id });
  await db.insert(pelatihanPeserta).values({ pelatihanId: old.id, userId: belo });
  // Air Belo: its approved budget drops the KPM incentive.
  await db.execute(
    sql`update apbdes_baris set insentif_kpm = false where apbdes_id in (select id from apbdes where kode_wilayah = ${AIR_BELO} and tahun = ${tahun})`,
  );
});
afterAll(async () => {
  actAs(null);
  await drop();
});

describe("kinerja KPM figures", () => {
  it("Belo Laut matches the hand-made fixture (3 months): m1 on time, m2 late, m3 unrecorded; activities by kind, old training flagged", async () => {
    const v = await viewerOf("tpps.kab");
    const rows = await listKpmKinerja({ viewer: v, kode: "19.05", bulan: 3, today });
    const r = rowOf(rows, "kpm.belolaut", await userId(handle.db, "kpm.belolaut"));
    const months = await listReportingByDesaMonths({
      viewer: v,
      kode: BELO_LAUT,
      months: [m1, m2, m3].map((m) => ({ tahun: Number(m.slice(0, 4)), bulan: Number(m.slice(5, 7)) })),
    });
    const month = (ym: string) => months.find((m) => m.ym === ym)!;
    expect(month(m1).tercatat).toBeGreaterThan(0);
    expect(month(m1).tepatWaktu).toBe(month(m1).tercatat);
    expect(month(m2).tercatat).toBeGreaterThan(0);
    expect(month(m2).tepatWaktu).toBe(0);
    expect(month(m3)).toMatchObject({ tercatat: 0, tepatWaktu: 0 });
    expect(month(m3).wajib).toBeGreaterThan(0);
    expect(r).toMatchObject({
      desaKode: BELO_LAUT,
      bulan: 3,
      wajibLapor: month(m1).wajib + month(m2).wajib + month(m3).wajib,
      tercatat: month(m1).tercatat + month(m2).tercatat,
      tepatWaktu: month(m1).tercatat,
      bulanWajib: 3,
      bulanLengkap: [m1, m2].filter((m) => month(m).tercatat === month(m).wajib).length,
      kegiatanTotal: 3,
      pelatihan12Bulan: false,
      pelatihanTerakhir: addDaysIso(today, -400),
      insentifKpm: "draf",
    });
    expect(r.kegiatan).toEqual({ kie: 2, kunjungan_rumah: 1, koordinasi: 0, rembuk_stunting: 0, lainnya: 0 });
  });

  it("report completeness and timeliness for every desa equal an independent computation (docs/indicators.md §4)", async () => {
    const rows = await listKpmKinerja({ viewer: await viewerOf("tpps.kab"), kode: "19.05", bulan: 6, today });
    const w = kpmWindow(6, today);
    // Due = active ibu without delivery or within 42 days of it, or child from birth to the day before the second
    // birthday, on the month's last day; on time = first saved by the 10th of the next month, WIB calendar date.
    const expected = await selectRows<{
      kode: string;
      wajib: number;
      tercatat: number;
      tepat: number;
      lengkap: number;
      bulan: number;
    }>(
      handle.db,
      sql`with m as (select d::date as first, (d + interval '1 month' - interval '1 day')::date as last
                     from generate_series(${w.from}::date, ${w.to}::date, interval '1 month') d),
          due as (select m.first, m.last, s.id, s.kode_wilayah from m join sasaran s
                    on (s.tanggal_nonaktif is null or s.tanggal_nonaktif > m.last) and s.kode_wilayah like '19.05.%'
                    and ((s.jenis = 'ibu' and (s.tanggal_melahirkan is null or m.last <= s.tanggal_melahirkan + 42)
                          and least(s.hpl - 280, s.tanggal_melahirkan - 280, (s.created_at at time zone 'Asia/Jakarta')::date) <= m.last)
                      or (s.jenis = 'anak' and s.tanggal_lahir <= m.last and m.last < s.tanggal_lahir + interval '24 months'))),
          rec as (select sasaran_id, make_date(tahun, bulan, 1) as first, created_at from pemantauan_ibu
                  union all select sasaran_id, make_date(tahun, bulan, 1), created_at from pemantauan_anak),
          per_month as (
            select d.kode_wilayah, d.first, count(*) as wajib, count(r.sasaran_id) as tercatat,
              count(r.sasaran_id) filter (where (r.created_at at time zone 'Asia/Jakarta')::date <= (d.first + interval '1 month 9 days')::date) as tepat
            from due d left join rec r on r.sasaran_id = d.id and r.first = d.first group by 1, 2)
          select kode_wilayah as kode, sum(wajib)::int as wajib, sum(tercatat)::int as tercatat, sum(tepat)::int as tepat,
            count(*) filter (where tercatat = wajib)::int as lengkap, count(*)::int as bulan
          from per_month group by 1`,
    );
    const byKode = new Map(expected.map((e) => [e.kode, e]));
    const villages = new Set(rows.map((r) => r.desaKode));
    expect(villages.size).toBe(66);
    for (const r of rows) {
      const e = byKode.get(r.desaKode) ?? { wajib: 0, tercatat: 0, tepat: 0, lengkap: 0, bulan: 0 };
      expect({
        kode: r.desaKode,
        wajib: r.wajibLapor,
        tercatat: r.tercatat,
        tepat: r.tepatWaktu,
        lengkap: r.bulanLengkap,
        bulan: r.bulanWajib,
      }).toEqual({ kode: r.desaKode, ...e });
    }
    expect(rows.some((r) => r.tercatat > 0 && r.tepatWaktu < r.tercatat)).toBe(true);
  });

  it("targets followed are the desa's Sasaran aktif today (pregnant, nifas, children 0–23 months)", async () => {
    const rows = await listKpmKinerja({ viewer: await viewerOf("tpps.kab"), kode: "19.05", bulan: 3, today });
    const ref = await selectRows<{ kode: string; n: number }>(
      handle.db,
      sql`select kode_wilayah as kode, count(*)::int as n from sasaran
          where (tanggal_nonaktif is null or tanggal_nonaktif > ${today}::date)
            and ((jenis = 'ibu' and (tanggal_melahirkan is null or tanggal_melahirkan + 42 >= ${today}::date)
                and least(hpl - 280, tanggal_melahirkan - 280, (created_at at time zone 'Asia/Jakarta')::date) <= ${today}::date)
              or (jenis = 'anak' and tanggal_lahir <= ${today}::date and ${today}::date < (tanggal_lahir + interval '2 years')::date))
          group by 1`,
    );
    const byKode = new Map(ref.map((x) => [x.kode, x.n]));
    for (const r of rows) expect(r.sasaran).toBe(byKode.get(r.desaKode) ?? 0);
    expect(rows.find((r) => r.desaKode === AIR_PUTIH)!.sasaran).toBeGreaterThan(0);
  });

  it("lists one row per KPM account and marks desa without one; seeded training shows for Air Putih and Pelangas", async () => {
    const rows = await listKpmKinerja({ viewer: await viewerOf("tpps.kab"), kode: "19.05", bulan: 12, today });
    const kpm = rows.filter((r) => r.kpmId !== null);
    expect(kpm.map((r) => r.desaKode).sort()).toEqual([AIR_PUTIH, BELO_LAUT, PELANGAS]);
    expect(rows.filter((r) => r.kpmId === null)).toHaveLength(63);
    for (const u of ["kpm.airputih", "kpm.pelangas"]) {
      const r = rowOf(rows, u, await userId(handle.db, u));
      expect(r.pelatihan12Bulan).toBe(true);
      expect(r.pelatihanTerakhir).toBe(addDaysIso(today, -45));
    }
  });

  it("KPM incentive: approved line, draft only, none, no APBDes, kelurahan — consistent with the APBDes recap", async () => {
    const v = await viewerOf("tpps.kab");
    const rows = await listKpmKinerja({ viewer: v, kode: "19.05", bulan: 3, today });
    const of = (kode: string) => rows.find((r) => r.desaKode === kode)!.insentifKpm;
    expect(of(AIR_PUTIH)).toBe("ya");
    expect(of(BELO_LAUT)).toBe("draf");
    expect(of(AIR_BELO)).toBe("tidak");
    expect(of(PELANGAS)).toBe("belum_ada");
    expect(of("19.05.01.1001")).toBe("kelurahan");
    // The recap counts approved versions by default; the same recap with drafts gives the unapproved ones.
    const recap = await getApbdesRecap({ viewer: v, kode: "19.05.01", tahun, today });
    const withDrafts = await getApbdesRecap({ viewer: v, kode: "19.05.01", tahun, today, draf: true });
    for (const d of recap.rows) {
      const any = withDrafts.rows.find((r) => r.kode === d.kode)!;
      const expected = d.hasBudget
        ? d.insentifKpm
          ? "ya"
          : "tidak"
        : !any.hasBudget
          ? "belum_ada"
          : any.insentifKpm
            ? "draf"
            : "tidak";
      expect({ kode: d.kode, v: of(d.kode) }).toEqual({ kode: d.kode, v: expected });
    }
    // A draft perubahan with the line does not hide the approved murni's line.
    const [murni] = await handle.db
      .select({ id: apbdes.id })
      .from(apbdes)
      .where(and(eq(apbdes.kodeWilayah, AIR_PUTIH), eq(apbdes.tahun, tahun)));
    const [perubahan] = await handle.db
      .insert(apbdes)
      .values({ kodeWilayah: AIR_PUTIH, tahun, versi: "perubahan", status: "draft", murniId: murni.id })
      .returning({ id: apbdes.id });
    await handle.db.insert(apbdesBaris).values({
      apbdesId: perubahan.id,
      kodeWilayah: AIR_PUTIH,
      kodeKegiatan: "3.4.91",
      uraian: "Insentif KPM",
      kodeRekening: "5.2.2.03",
      sumberDana: "DDS",
      pagu: 1_000_000,
    });
    const again = await listKpmKinerja({ viewer: v, kode: AIR_PUTIH.slice(0, 8), bulan: 3, today });
    expect(again.find((r) => r.desaKode === AIR_PUTIH)!.insentifKpm).toBe("ya");
    await handle.db.delete(apbdes).where(eq(apbdes.id, perubahan.id));
  });
});

describe("scope", () => {
  it("tpps.mentok sees only Mentok's desa and KPM, even when asking for the district", async () => {
    const v = await viewerOf("tpps.mentok");
    for (const kode of ["19.05.01", "19.05"]) {
      const rows = await listKpmKinerja({ viewer: v, kode, bulan: 3, today });
      expect(rows.length).toBe(9);
      expect(rows.every((r) => r.desaKode.startsWith("19.05.01."))).toBe(true);
      expect(
        rows
          .filter((r) => r.kpmId !== null)
          .map((r) => r.desaKode)
          .sort(),
      ).toEqual([AIR_PUTIH, BELO_LAUT]);
    }
    expect(await listKpmKinerja({ viewer: v, kode: "19.05.02", bulan: 3, today })).toEqual([]);
  });

  it("a kecamatan sees district events its KPM attended, naming only its own KPM", async () => {
    const events = await listPelatihan({ viewer: await viewerOf("tpps.mentok"), kode: "19.05.01" });
    expect(events.length).toBe(4);
    const seeded = events.find((e) => e.topik.startsWith("Rapat koordinasi KPM"))!;
    expect(seeded.jumlahPeserta).toBe(2);
    expect(seeded.peserta.map((p) => p.desaKode)).toEqual([AIR_PUTIH]);
  });
});

describe("recording training", () => {
  it("a KPM cannot record a training, nor a kecamatan team for another kecamatan or the district (called directly)", async () => {
    const before = await pelatihanCount();
    const belo = await userId(handle.db, "kpm.belolaut");
    for (const [u, kode] of [
      ["kpm.airputih", "19.05.01"],
      ["kpm.belolaut", "19.05"],
      ["tpps.mentok", "19.05.02"],
      ["tpps.mentok", "19.05"],
    ] as const) {
      await as(u);
      const r = await createPelatihanAction(idle, pelatihanForm({ ...event, kode }, [belo]));
      expect(r.status).toBe("error");
      expect(r.message).toMatch(/tidak memiliki akses|tidak ditemukan/);
    }
    expect(await pelatihanCount()).toEqual(before);
  });

  it("tpps.kab records one with kpm.belolaut, audited in the same write; the flag disappears", async () => {
    await as("tpps.kab");
    const belo = await userId(handle.db, "kpm.belolaut");
    const before = await pelatihanCount();
    const r = await createPelatihanAction(idle, pelatihanForm({ ...event, kode: "19.05" }, [belo]));
    expect(r.status, r.message).toBe("ok");
    expect(await pelatihanCount()).toEqual({ pelatihan: before.pelatihan + 1, peserta: before.peserta + 1 });
    const [row] = await handle.db.select().from(pelatihan).where(eq(pelatihan.topik, event.topik));
    expect(row).toMatchObject({
      kodeWilayah: "19.05",
      jenis: "bimtek",
      tanggal: today,
      createdBy: await userId(handle.db, "tpps.kab"),
    });
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "pelatihan"), eq(auditLog.entityId, String(row.id))));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", actorUsername: "tpps.kab", kodeWilayah: "19.05" });
    const rows = await listKpmKinerja({ viewer: await viewerOf("tpps.kab"), kode: "19.05", bulan: 3, today });
    expect(rowOf(rows, "kpm.belolaut", belo)).toMatchObject({
      pelatihan12Bulan: true,
      pelatihanTerakhir: today,
      pelatihanTopik: event.topik,
    });
  });

  it("refuses an attendee outside the event's region, a non-KPM account, a date too far ahead and no attendee", async () => {
    await as("tpps.kab");
    const before = await pelatihanCount();
    const pelangas = await userId(handle.db, "kpm.pelangas");
    const outside = await createPelatihanAction(
      idle,
      pelatihanForm({ ...event, kode: "19.05.01", topik: "Rakor Mentok" }, [
        await userId(handle.db, "kpm.airputih"),
        pelangas,
      ]),
    );
    expect(outside.status).toBe("error");
    expect(outside.errors?.pesertaIds?.[0]).toMatch(/wilayah ini/);
    expect(outside.values?.topik).toBe("Rakor Mentok");
    const notKpm = await createPelatihanAction(
      idle,
      pelatihanForm({ ...event, kode: "19.05" }, [await userId(handle.db, "kades.airputih")]),
    );
    expect(notKpm.errors?.pesertaIds?.[0]).toMatch(/wilayah ini/);
    const future = await createPelatihanAction(
      idle,
      pelatihanForm({ ...event, kode: "19.05", tanggal: addDaysIso(today, 800) }, [pelangas]),
    );
    expect(future.errors?.tanggal?.[0]).toMatch(/dua tahun/);
    const none = await createPelatihanAction(idle, pelatihanForm({ ...event, kode: "19.05" }, []));
    expect(none.errors?.pesertaIds?.[0]).toMatch(/minimal satu/);
    expect(await pelatihanCount()).toEqual(before);
  });

  it("deletes only events organised inside the region, audited", async () => {
    await as("tpps.kab");
    const [district] = await handle.db
      .select({ id: pelatihan.id })
      .from(pelatihan)
      .where(eq(pelatihan.topik, event.topik));
    const fromKecamatan = await deletePelatihanAction(
      idle,
      pelatihanForm({ kode: "19.05.01", id: String(district.id) }, []),
    );
    expect(fromKecamatan.status).toBe("error");
    const ok = await deletePelatihanAction(idle, pelatihanForm({ kode: "19.05", id: String(district.id) }, []));
    expect(ok.status).toBe("ok");
    expect(await handle.db.select().from(pelatihan).where(eq(pelatihan.id, district.id))).toEqual([]);
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, "pelatihan"),
          eq(auditLog.action, "delete"),
          eq(auditLog.entityId, String(district.id)),
        ),
      );
    expect(audit).toHaveLength(1);
  });
});

describe("Excel export", () => {
  const get = (kode: string) =>
    exportGet(new NextRequest(`http://localhost/wilayah/${kode}/kpm/ekspor?bulan=3`), {
      params: Promise.resolve({ kode }),
    });

  it("tpps.mentok downloads Mentok's KPM and training; kpm.airputih gets 404", async () => {
    await as("tpps.mentok");
    const res = await get("19.05.01");
    expect(res.status).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const kinerja = wb.getWorksheet("Kinerja KPM")!;
    // Rows under the frozen header (title rows above it).
    const header = (kinerja.views[0] as { ySplit: number }).ySplit;
    expect(kinerja.getRow(header).getCell(2).value).toBe("Desa/kelurahan");
    const kodes = kinerja
      .getColumn(1)
      .values.slice(header + 1)
      .map(String);
    expect(kodes).toHaveLength(9);
    expect(kodes.every((k) => k.startsWith("19.05.01."))).toBe(true);
    const peserta = wb.getWorksheet("Peserta pelatihan")!.getSheetValues().flat().map(String);
    expect(peserta).toContain("Nurhayati (KPM Air Putih)");
    expect(peserta).not.toContain("Dewi (KPM Pelangas)");
    await as("kpm.airputih");
    expect((await get("19.05.01")).status).toBe(404);
  });
});
