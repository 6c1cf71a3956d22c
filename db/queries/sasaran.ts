import "server-only";
import { and, asc, count, desc, eq, ilike, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "../client";
import { posyandu, rumahTangga, sasaran } from "../schema";
import { inScope } from "./scope";
import type { Viewer } from "@/lib/auth/viewer";
import { seesFullNik } from "@/lib/people/nik-visibility";
import type { Kategori } from "@/lib/sasaran/kategori";
import { balitaIn, kelompokOn } from "./target-counts";
import type { ListKelompok } from "@/lib/sasaran/list-params";
import { yearMonthOfDate } from "@/lib/periods";
import type { JenisSasaran } from "@/lib/enums";

/** The target's group computed in SQL from its dates (kelompokOn, the twin of kategoriOf in lib/sasaran/kategori.ts). */
export function kategoriSql(today: string): SQL<Kategori> {
  return kelompokOn(today, '"sasaran"', { notYet: false }) as SQL<Kategori>;
}

export const SORTABLE = ["nama", "tanggalLahir", "kelompok", "posyandu", "terbaru"] as const;
export type SasaranSort = (typeof SORTABLE)[number];

export type ListSasaranParams = {
  viewer: Viewer;
  kode: string;
  today: string;
  q?: string;
  kelompok?: ListKelompok;
  posyanduId?: number;
  status?: "aktif" | "nonaktif" | "semua";
  sort?: SasaranSort;
  dir?: "asc" | "desc";
  page?: number;
  pageSize?: number;
};

function listWhere(p: ListSasaranParams): SQL {
  const kategori = kategoriSql(p.today);
  const q = p.q?.trim();
  const digits = q?.replace(/\D/g, "") ?? "";
  const conditions: Array<SQL | undefined> = [
    eq(sasaran.kodeWilayah, p.kode),
    inScope(sasaran.kodeWilayah, p.viewer.scopeKode),
    p.status === "semua" ? undefined : eq(sasaran.aktif, p.status !== "nonaktif"),
    p.kelompok === "balita_24_59"
      ? balitaIn(yearMonthOfDate(p.today), '"sasaran"')
      : p.kelompok
        ? sql`${kategori} = ${p.kelompok}`
        : undefined,
    p.posyanduId ? eq(sasaran.posyanduId, p.posyanduId) : undefined,
    q
      ? or(
          ilike(sasaran.nama, `%${escapeLike(q)}%`),
          ilike(sasaran.noKia, `%${escapeLike(q)}%`),
          // NIK digits are searchable only by those who see the NIK in full: a match is an answer about it.
          digits.length >= 4 && seesFullNik(p.viewer, p.kode) ? sql`${sasaran.nik} like ${`%${digits}%`}` : undefined,
        )
      : undefined,
  ];
  return and(...conditions)!;
}

function escapeLike(s: string) {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One page of the desa's targets with search, filters and sort done in SQL. */
export async function listSasaran(p: ListSasaranParams) {
  const db = await getDb();
  const pageSize = Math.min(Math.max(p.pageSize ?? 25, 5), 100);
  const page = Math.max(p.page ?? 1, 1);
  const kategori = kategoriSql(p.today);
  const ibu = alias(sasaran, "ibu");
  const direction = p.dir === "desc" ? desc : asc;
  const orderBy = {
    nama: [direction(sasaran.nama)],
    tanggalLahir: [direction(sasaran.tanggalLahir), asc(sasaran.nama)],
    kelompok: [direction(kategori), asc(sasaran.nama)],
    posyandu: [direction(posyandu.nama), asc(sasaran.nama)],
    terbaru: [desc(sasaran.id)],
  }[p.sort ?? "nama"];
  const where = listWhere(p);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: sasaran.id,
        nama: sasaran.nama,
        nik: sasaran.nik,
        noKia: sasaran.noKia,
        jenis: sasaran.jenis,
        jenisKelamin: sasaran.jenisKelamin,
        tanggalLahir: sasaran.tanggalLahir,
        hpl: sasaran.hpl,
        tanggalMelahirkan: sasaran.tanggalMelahirkan,
        aktif: sasaran.aktif,
        kelompok: kategori,
        posyanduNama: posyandu.nama,
        ibuNama: ibu.nama,
      })
      .from(sasaran)
      .innerJoin(posyandu, eq(posyandu.id, sasaran.posyanduId))
      .leftJoin(ibu, eq(ibu.id, sasaran.ibuId))
      .where(where)
      .orderBy(...orderBy, asc(sasaran.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(sasaran).where(where),
  ]);
  return { rows, total, page, pageSize };
}

/** All matching rows (no paging) for the Excel export. */
export async function listSasaranForExport(p: Omit<ListSasaranParams, "page" | "pageSize">) {
  const { rows } = await listSasaran({ ...p, page: 1, pageSize: 100 });
  if (rows.length < 100) return rows;
  const all = [];
  for (let page = 1; ; page++) {
    const chunk = await listSasaran({ ...p, page, pageSize: 100 });
    all.push(...chunk.rows);
    if (chunk.rows.length < 100) return all;
  }
}

/** One target of a desa, only if that desa is in the viewer's scope. */
export async function getSasaran({
  viewer,
  kode,
  id,
  today,
}: {
  viewer: Viewer;
  kode: string;
  id: number;
  today: string;
}) {
  const db = await getDb();
  const ibu = alias(sasaran, "ibu");
  const [row] = await db
    .select({
      sasaran,
      kelompok: kategoriSql(today),
      posyanduNama: posyandu.nama,
      ibuNama: ibu.nama,
      rumahTangga,
    })
    .from(sasaran)
    .innerJoin(posyandu, eq(posyandu.id, sasaran.posyanduId))
    .leftJoin(ibu, eq(ibu.id, sasaran.ibuId))
    .leftJoin(rumahTangga, eq(rumahTangga.id, sasaran.rumahTanggaId))
    .where(and(eq(sasaran.id, id), eq(sasaran.kodeWilayah, kode), inScope(sasaran.kodeWilayah, viewer.scopeKode)))
    .limit(1);
  return row ?? null;
}

/** Children registered from this mother. */
export async function listAnakOfIbu({ viewer, ibuId }: { viewer: Viewer; ibuId: number }) {
  const db = await getDb();
  return db
    .select({
      id: sasaran.id,
      nama: sasaran.nama,
      tanggalLahir: sasaran.tanggalLahir,
      kodeWilayah: sasaran.kodeWilayah,
    })
    .from(sasaran)
    .where(and(eq(sasaran.ibuId, ibuId), inScope(sasaran.kodeWilayah, viewer.scopeKode)))
    .orderBy(asc(sasaran.tanggalLahir));
}

/** Mothers of the desa for the child form's "ibu" picker. */
export async function listIbuOptions({ viewer, kode }: { viewer: Viewer; kode: string }) {
  const db = await getDb();
  return db
    .select({
      id: sasaran.id,
      nama: sasaran.nama,
      noKia: sasaran.noKia,
      rumahTanggaId: sasaran.rumahTanggaId,
      posyanduId: sasaran.posyanduId,
      tanggalLahir: sasaran.tanggalLahir,
      tanggalMelahirkan: sasaran.tanggalMelahirkan,
    })
    .from(sasaran)
    .where(
      and(
        eq(sasaran.kodeWilayah, kode),
        eq(sasaran.jenis, "ibu"),
        eq(sasaran.aktif, true),
        inScope(sasaran.kodeWilayah, viewer.scopeKode),
      ),
    )
    .orderBy(asc(sasaran.nama));
}

export async function listRumahTanggaOptions({ viewer, kode }: { viewer: Viewer; kode: string }) {
  const db = await getDb();
  return db
    .select({
      id: rumahTangga.id,
      kepalaKeluarga: rumahTangga.kepalaKeluarga,
      dusun: rumahTangga.dusun,
      rt: rumahTangga.rt,
    })
    .from(rumahTangga)
    .where(and(eq(rumahTangga.kodeWilayah, kode), inScope(rumahTangga.kodeWilayah, viewer.scopeKode)))
    .orderBy(asc(rumahTangga.kepalaKeluarga));
}

/** The active target holding this NIK, anywhere. Deliberately unscoped (a NIK must be unique nationally); it
 * returns only the id and desa code, for the write's refusal rule (nikRefusal), which decides what may be said. */
export async function findNikOwner({ nik, excludeId }: { nik: string; excludeId?: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ id: sasaran.id, kodeWilayah: sasaran.kodeWilayah })
    .from(sasaran)
    .where(and(eq(sasaran.nik, nik), eq(sasaran.aktif, true), excludeId ? ne(sasaran.id, excludeId) : undefined))
    .limit(1);
  return row ?? null;
}

/** A likely duplicate in the same desa: same name (case-insensitive) and birth date. */
export async function findNameDobDuplicate({
  kode,
  nama,
  tanggalLahir,
  excludeId,
}: {
  kode: string;
  nama: string;
  tanggalLahir: string;
  excludeId?: number;
}) {
  const db = await getDb();
  const [row] = await db
    .select({ id: sasaran.id })
    .from(sasaran)
    .where(
      and(
        eq(sasaran.kodeWilayah, kode),
        eq(sasaran.tanggalLahir, tanggalLahir),
        sql`lower(trim(${sasaran.nama})) = lower(trim(${nama}))`,
        excludeId ? ne(sasaran.id, excludeId) : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

/** KIA numbers are unique per desa within a jenis (the mother and her child share one book). */
export async function isKiaTaken({
  kode,
  jenis,
  noKia,
  excludeId,
}: {
  kode: string;
  jenis: JenisSasaran;
  noKia: string;
  excludeId?: number;
}) {
  const db = await getDb();
  const [row] = await db
    .select({ id: sasaran.id })
    .from(sasaran)
    .where(
      and(
        eq(sasaran.kodeWilayah, kode),
        eq(sasaran.jenis, jenis),
        eq(sasaran.noKia, noKia),
        excludeId ? ne(sasaran.id, excludeId) : undefined,
      ),
    )
    .limit(1);
  return Boolean(row);
}
