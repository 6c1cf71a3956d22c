import "server-only";
import { and, asc, count, desc, eq, isNull, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb } from "../client";
import {
  pemantauanAnak,
  pemantauanBalita,
  pemantauanIbu,
  pemantauanPaud,
  pengukuran,
  posyandu,
  rumahTangga,
  sasaran,
} from "../schema";
import { inScope } from "./scope";
import type { Viewer } from "@/lib/auth/viewer";
import { monthBounds, type YearMonth } from "@/lib/periods";
import { NIFAS_DAYS } from "@/lib/sasaran/kategori";
import { balitaIn, secondBirthdaySql, sixthBirthdaySql } from "./target-counts";
import type { JenisSasaran } from "@/lib/enums";

type MonthScope = { viewer: Viewer; kode: string; ym: YearMonth; posyanduId?: number };

function targetScope({ viewer, kode, posyanduId }: MonthScope) {
  return and(
    eq(sasaran.kodeWilayah, kode),
    inScope(sasaran.kodeWilayah, viewer.scopeKode),
    eq(sasaran.aktif, true),
    posyanduId ? eq(sasaran.posyanduId, posyanduId) : undefined,
  );
}

/** Targets due a record in a month, each with that month's record if any: 2A, 2B, balita (24–59 months, docs/balita.md)
 * and 2C lists. */
export async function listDueForMonth(p: MonthScope) {
  const db = await getDb();
  const { first, last } = monthBounds(p.ym);
  const ibuDue = and(
    targetScope(p),
    eq(sasaran.jenis, "ibu"),
    or(isNull(sasaran.tanggalMelahirkan), sql`${sasaran.tanggalMelahirkan} + ${NIFAS_DAYS}::int >= ${first}::date`),
  );
  const anakBase = and(targetScope(p), eq(sasaran.jenis, "anak"), sql`${sasaran.tanggalLahir} <= ${last}::date`);
  const [ibu, anak, paud, balita] = await Promise.all([
    db
      .select({
        id: sasaran.id,
        nama: sasaran.nama,
        hpl: sasaran.hpl,
        tanggalMelahirkan: sasaran.tanggalMelahirkan,
        posyanduNama: posyandu.nama,
        recordId: pemantauanIbu.id,
        tanggalPeriksa: pemantauanIbu.tanggalPeriksa,
        statusKehamilan: pemantauanIbu.statusKehamilan,
      })
      .from(sasaran)
      .innerJoin(posyandu, eq(posyandu.id, sasaran.posyanduId))
      .leftJoin(
        pemantauanIbu,
        and(
          eq(pemantauanIbu.sasaranId, sasaran.id),
          eq(pemantauanIbu.tahun, p.ym.tahun),
          eq(pemantauanIbu.bulan, p.ym.bulan),
        ),
      )
      .where(ibuDue)
      .orderBy(asc(posyandu.nama), asc(sasaran.nama)),
    db
      .select({
        id: sasaran.id,
        nama: sasaran.nama,
        jenisKelamin: sasaran.jenisKelamin,
        tanggalLahir: sasaran.tanggalLahir,
        posyanduNama: posyandu.nama,
        recordId: pemantauanAnak.id,
        tanggalPeriksa: pemantauanAnak.tanggalPeriksa,
        ditimbang: sql<boolean>`${pengukuran.beratKg} is not null`,
        haz: pengukuran.haz,
        kategoriHaz: pengukuran.kategoriHaz,
        kategoriWhz: pengukuran.kategoriWhz,
      })
      .from(sasaran)
      .innerJoin(posyandu, eq(posyandu.id, sasaran.posyanduId))
      .leftJoin(
        pemantauanAnak,
        and(
          eq(pemantauanAnak.sasaranId, sasaran.id),
          eq(pemantauanAnak.tahun, p.ym.tahun),
          eq(pemantauanAnak.bulan, p.ym.bulan),
        ),
      )
      .leftJoin(pengukuran, eq(pengukuran.pemantauanAnakId, pemantauanAnak.id))
      // 2B: 0–23 months on the month's first day (by calendar, lib/sasaran/kategori.ts).
      .where(and(anakBase, sql`${first}::date < ${secondBirthdaySql('"sasaran"')}`))
      .orderBy(asc(posyandu.nama), asc(sasaran.nama)),
    db
      .select({
        id: sasaran.id,
        nama: sasaran.nama,
        tanggalLahir: sasaran.tanggalLahir,
        posyanduNama: posyandu.nama,
        recordId: pemantauanPaud.id,
        status: pemantauanPaud.status,
      })
      .from(sasaran)
      .innerJoin(posyandu, eq(posyandu.id, sasaran.posyanduId))
      .leftJoin(
        pemantauanPaud,
        and(
          eq(pemantauanPaud.sasaranId, sasaran.id),
          eq(pemantauanPaud.tahun, p.ym.tahun),
          eq(pemantauanPaud.bulan, p.ym.bulan),
        ),
      )
      .where(
        and(
          anakBase,
          // 2C: two or older on the month's first day, still under six on its last. A balita (24–59 months) is also
          // on the balita list; opening it from either list gives the balita form, which records its PAUD attendance.
          sql`${first}::date >= ${secondBirthdaySql('"sasaran"')}`,
          sql`${last}::date < ${sixthBirthdaySql('"sasaran"')}`,
        ),
      )
      .orderBy(asc(posyandu.nama), asc(sasaran.nama)),
    db
      .select({
        id: sasaran.id,
        nama: sasaran.nama,
        jenisKelamin: sasaran.jenisKelamin,
        tanggalLahir: sasaran.tanggalLahir,
        posyanduNama: posyandu.nama,
        recordId: pemantauanBalita.id,
        tanggalPeriksa: pemantauanBalita.tanggalPeriksa,
        ditimbang: pemantauanBalita.ditimbang,
        kategoriHaz: pengukuran.kategoriHaz,
        kategoriWhz: pengukuran.kategoriWhz,
        paudId: pemantauanPaud.id,
        paudStatus: pemantauanPaud.status,
      })
      .from(sasaran)
      .innerJoin(posyandu, eq(posyandu.id, sasaran.posyanduId))
      .leftJoin(
        pemantauanPaud,
        and(
          eq(pemantauanPaud.sasaranId, sasaran.id),
          eq(pemantauanPaud.tahun, p.ym.tahun),
          eq(pemantauanPaud.bulan, p.ym.bulan),
        ),
      )
      .leftJoin(
        pemantauanBalita,
        and(
          eq(pemantauanBalita.sasaranId, sasaran.id),
          eq(pemantauanBalita.tahun, p.ym.tahun),
          eq(pemantauanBalita.bulan, p.ym.bulan),
        ),
      )
      .leftJoin(pengukuran, eq(pengukuran.pemantauanBalitaId, pemantauanBalita.id))
      .where(and(targetScope(p), balitaIn(p.ym, '"sasaran"')))
      .orderBy(asc(posyandu.nama), asc(sasaran.nama)),
  ]);
  return { ibu, anak, paud, balita };
}

/** Desa counters shown on the monitoring page (domain §5.5). */
export async function getMonthCounters({ viewer, kode, ym }: MonthScope) {
  const db = await getDb();
  const scoped = (col: AnyPgColumn) => and(eq(col, kode), inScope(col, viewer.scopeKode));
  const [[ibuMonth], [anakMonth], [ibuTotal], [anakTotal]] = await Promise.all([
    db
      .select({ n: count() })
      .from(pemantauanIbu)
      .where(
        and(scoped(pemantauanIbu.kodeWilayah), eq(pemantauanIbu.tahun, ym.tahun), eq(pemantauanIbu.bulan, ym.bulan)),
      ),
    db
      .select({ n: count() })
      .from(pemantauanAnak)
      .where(
        and(scoped(pemantauanAnak.kodeWilayah), eq(pemantauanAnak.tahun, ym.tahun), eq(pemantauanAnak.bulan, ym.bulan)),
      ),
    db.select({ n: count() }).from(pemantauanIbu).where(scoped(pemantauanIbu.kodeWilayah)),
    db.select({ n: count() }).from(pemantauanAnak).where(scoped(pemantauanAnak.kodeWilayah)),
  ]);
  return { ibuMonth: ibuMonth.n, anakMonth: anakMonth.n, ibuTotal: ibuTotal.n, anakTotal: anakTotal.n };
}

/** The target (in scope) with its record for the month and its latest earlier record (form defaults). */
export async function getMonthEntry({
  viewer,
  kode,
  sasaranId,
  ym,
}: {
  viewer: Viewer;
  kode: string;
  sasaranId: number;
  ym: YearMonth;
}) {
  const db = await getDb();
  const [target] = await db
    .select()
    .from(sasaran)
    .where(
      and(eq(sasaran.id, sasaranId), eq(sasaran.kodeWilayah, kode), inScope(sasaran.kodeWilayah, viewer.scopeKode)),
    )
    .limit(1);
  if (!target) return null;
  // The household's water and latrine answers: the first month's defaults (lib/pemantauan/defaults.ts).
  const [household] = target.rumahTanggaId
    ? await db
        .select({ airMinumLayak: rumahTangga.airMinumLayak, jambanLayak: rumahTangga.jambanLayak })
        .from(rumahTangga)
        .where(and(eq(rumahTangga.id, target.rumahTanggaId), inScope(rumahTangga.kodeWilayah, viewer.scopeKode)))
        .limit(1)
    : [];
  const same = (t: typeof pemantauanIbu | typeof pemantauanAnak | typeof pemantauanPaud | typeof pemantauanBalita) =>
    and(eq(t.sasaranId, sasaranId), eq(t.tahun, ym.tahun), eq(t.bulan, ym.bulan));
  const prev = (t: typeof pemantauanIbu | typeof pemantauanAnak | typeof pemantauanBalita) =>
    and(eq(t.sasaranId, sasaranId), sql`${t.tahun} * 12 + ${t.bulan} < ${ym.tahun * 12 + ym.bulan}`);
  if (target.jenis === "ibu") {
    const [[record], [previous]] = await Promise.all([
      db.select().from(pemantauanIbu).where(same(pemantauanIbu)).limit(1),
      db
        .select()
        .from(pemantauanIbu)
        .where(prev(pemantauanIbu))
        .orderBy(desc(pemantauanIbu.tahun), desc(pemantauanIbu.bulan))
        .limit(1),
    ]);
    return {
      target,
      household: household ?? null,
      kind: "ibu" as const,
      ibu: { record: record ?? null, previous: previous ?? null },
    };
  }
  const [[anak], [previous], [paud], [balita], [lastWeighing], [balitaPrevious]] = await Promise.all([
    db
      .select({ record: pemantauanAnak, ukur: pengukuran })
      .from(pemantauanAnak)
      .leftJoin(pengukuran, eq(pengukuran.pemantauanAnakId, pemantauanAnak.id))
      .where(same(pemantauanAnak))
      .limit(1),
    db
      .select()
      .from(pemantauanAnak)
      .where(prev(pemantauanAnak))
      .orderBy(desc(pemantauanAnak.tahun), desc(pemantauanAnak.bulan))
      .limit(1),
    db.select().from(pemantauanPaud).where(same(pemantauanPaud)).limit(1),
    db
      .select({ record: pemantauanBalita, ukur: pengukuran })
      .from(pemantauanBalita)
      .leftJoin(pengukuran, eq(pengukuran.pemantauanBalitaId, pemantauanBalita.id))
      .where(same(pemantauanBalita))
      .limit(1),
    // The last weighing before this month (2B or balita): shown beside the balita form's weight.
    db
      .select({ tanggalUkur: pengukuran.tanggalUkur, beratKg: pengukuran.beratKg })
      .from(pengukuran)
      .where(
        and(
          eq(pengukuran.sasaranId, sasaranId),
          sql`${pengukuran.beratKg} is not null`,
          sql`${pengukuran.tanggalUkur} < ${monthBounds(ym).first}::date`,
        ),
      )
      .orderBy(desc(pengukuran.tanggalUkur))
      .limit(1),
    db
      .select()
      .from(pemantauanBalita)
      .where(prev(pemantauanBalita))
      .orderBy(desc(pemantauanBalita.tahun), desc(pemantauanBalita.bulan))
      .limit(1),
  ]);
  return {
    target,
    household: household ?? null,
    kind: "anak" as const,
    anak: { record: anak?.record ?? null, ukur: anak?.ukur ?? null, previous: previous ?? null },
    paud: paud ?? null,
    balita: {
      record: balita?.record ?? null,
      ukur: balita?.ukur ?? null,
      previous: balitaPrevious ?? null,
      lastWeighing: lastWeighing ?? null,
    },
  };
}

/** Every measurement of one child, oldest first (growth chart and history). */
export async function listPengukuranOfSasaran({ viewer, sasaranId }: { viewer: Viewer; sasaranId: number }) {
  const db = await getDb();
  return db
    .select()
    .from(pengukuran)
    .where(and(eq(pengukuran.sasaranId, sasaranId), inScope(pengukuran.kodeWilayah, viewer.scopeKode)))
    .orderBy(asc(pengukuran.tanggalUkur));
}

/** Months recorded for one target (newest first), for its detail page. */
export async function listRecordMonths({
  viewer,
  sasaranId,
  jenis,
}: {
  viewer: Viewer;
  sasaranId: number;
  jenis: JenisSasaran;
}) {
  const db = await getDb();
  const t = jenis === "ibu" ? pemantauanIbu : pemantauanAnak;
  return db
    .select({ tahun: t.tahun, bulan: t.bulan, tanggalPeriksa: t.tanggalPeriksa, kodeWilayah: t.kodeWilayah })
    .from(t)
    .where(and(eq(t.sasaranId, sasaranId), inScope(t.kodeWilayah, viewer.scopeKode)))
    .orderBy(desc(t.tahun), desc(t.bulan))
    .limit(24);
}
