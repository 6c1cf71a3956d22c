import "server-only";
import { and, asc, eq, gte, inArray, lte, or, sql } from "drizzle-orm";
import { getDb } from "../client";
import { kegiatanKpm, kegiatanSasaran, pemantauanAnak, pemantauanIbu, sasaran, users } from "../schema";
import { selectRows } from "../raw";
import { inScope } from "./scope";
import type { Viewer } from "@/lib/auth/viewer";
import { monthBounds, todayIso, type YearMonth } from "@/lib/periods";
import { kategoriOf } from "@/lib/sasaran/kategori";
import { KATEGORI_LABELS } from "@/lib/i18n/sasaran";

type Scoped = { viewer: Viewer; kode: string };

const kegiatanColumns = {
  id: kegiatanKpm.id,
  jenis: kegiatanKpm.jenis,
  tanggal: kegiatanKpm.tanggal,
  tempat: kegiatanKpm.tempat,
  jumlahPeserta: kegiatanKpm.jumlahPeserta,
  catatan: kegiatanKpm.catatan,
  kpmUserId: kegiatanKpm.kpmUserId,
  kpmNama: users.displayName,
};

export function inDesa({ viewer, kode }: Scoped) {
  return and(eq(kegiatanKpm.kodeWilayah, kode), inScope(kegiatanKpm.kodeWilayah, viewer.scopeKode));
}

/** Activities of one desa in one month, oldest first, each with the targets visited (by name only). */
export async function listKegiatanByMonth({ viewer, kode, bulan }: Scoped & { bulan: YearMonth }) {
  const db = await getDb();
  const { first, last } = monthBounds(bulan);
  const rows = await db
    .select(kegiatanColumns)
    .from(kegiatanKpm)
    .leftJoin(users, eq(users.id, kegiatanKpm.kpmUserId))
    .where(and(inDesa({ viewer, kode }), gte(kegiatanKpm.tanggal, first), lte(kegiatanKpm.tanggal, last)))
    .orderBy(asc(kegiatanKpm.tanggal), asc(kegiatanKpm.id));
  if (!rows.length) return [];
  // Scoped through the activity: a target who later moved away still shows in the history of the desa that visited.
  const links = await db
    .select({ kegiatanId: kegiatanSasaran.kegiatanId, id: sasaran.id, nama: sasaran.nama })
    .from(kegiatanSasaran)
    .innerJoin(kegiatanKpm, eq(kegiatanKpm.id, kegiatanSasaran.kegiatanId))
    .innerJoin(sasaran, eq(sasaran.id, kegiatanSasaran.sasaranId))
    .where(
      and(
        inArray(
          kegiatanSasaran.kegiatanId,
          rows.map((r) => r.id),
        ),
        inDesa({ viewer, kode }),
      ),
    )
    .orderBy(asc(sasaran.nama));
  return rows.map((r) => ({
    ...r,
    sasaran: links.filter((l) => l.kegiatanId === r.id).map(({ id, nama }) => ({ id, nama })),
  }));
}

export type KegiatanRow = Awaited<ReturnType<typeof listKegiatanByMonth>>[number];

export async function getKegiatan({ viewer, kode, id }: Scoped & { id: number }) {
  const db = await getDb();
  const [row] = await db
    .select(kegiatanColumns)
    .from(kegiatanKpm)
    .leftJoin(users, eq(users.id, kegiatanKpm.kpmUserId))
    .where(and(eq(kegiatanKpm.id, id), inDesa({ viewer, kode })))
    .limit(1);
  if (!row) return null;
  const links = await db
    .select({ id: kegiatanSasaran.sasaranId })
    .from(kegiatanSasaran)
    .where(eq(kegiatanSasaran.kegiatanId, id));
  return { ...row, sasaranIds: links.map((l) => l.id) };
}

/** Targets offered on the home-visit checklist: the desa's active targets, plus any already linked to the
 * activity being edited so an old visit keeps its ticks. Labelled by group, never by NIK. */
export async function listSasaranForVisit({ viewer, kode, includeIds = [] }: Scoped & { includeIds?: number[] }) {
  const db = await getDb();
  const rows = await db
    .select({
      id: sasaran.id,
      nama: sasaran.nama,
      jenis: sasaran.jenis,
      tanggalLahir: sasaran.tanggalLahir,
      tanggalMelahirkan: sasaran.tanggalMelahirkan,
    })
    .from(sasaran)
    .where(
      and(
        eq(sasaran.kodeWilayah, kode),
        inScope(sasaran.kodeWilayah, viewer.scopeKode),
        includeIds.length ? or(eq(sasaran.aktif, true), inArray(sasaran.id, includeIds)) : eq(sasaran.aktif, true),
      ),
    )
    .orderBy(asc(sasaran.nama), asc(sasaran.id));
  const today = todayIso();
  return rows.map((s) => ({ id: s.id, label: `${s.nama} — ${KATEGORI_LABELS[kategoriOf(s, today)]}` }));
}

/** KPM names for the report header: whoever logged the month's activities, else the desa's active KPM accounts. */
export async function listKpmNames({
  viewer,
  kode,
  rows,
}: Scoped & { rows: ReadonlyArray<{ kpmNama: string | null }> }) {
  const logged = [...new Set(rows.map((r) => r.kpmNama).filter((n): n is string => Boolean(n)))];
  if (logged.length) return logged;
  const db = await getDb();
  const accounts = await db
    .select({ nama: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.scopeKode, kode),
        inScope(users.scopeKode, viewer.scopeKode),
        eq(users.role, "kpm"),
        eq(users.active, true),
      ),
    )
    .orderBy(asc(users.displayName));
  return accounts.map((a) => a.nama);
}

/** "The other way round" of enter once (docs/home-visit.md): targets whose monthly record of the month has
 * "kunjungan rumah" ticked while no home visit of the desa's activity log names them that month. Shown beside the
 * log as derived entries, never counted as activities (so no figure counts a visit twice). */
export async function listHomeVisitsFromRecords({ viewer, kode, bulan }: Scoped & { bulan: YearMonth }) {
  const db = await getDb();
  const { first, last } = monthBounds(bulan);
  const month = (table: typeof pemantauanIbu | typeof pemantauanAnak) =>
    and(
      eq(table.kodeWilayah, kode),
      inScope(table.kodeWilayah, viewer.scopeKode),
      eq(table.tahun, bulan.tahun),
      eq(table.bulan, bulan.bulan),
      eq(table.kunjunganRumah, true),
    );
  const rows = await selectRows<{ id: number; nama: string; tanggal: string }>(
    db,
    sql`
    select s.id, s.nama, to_char(r.tanggal_periksa, 'YYYY-MM-DD') as tanggal
    from (select sasaran_id, tanggal_periksa from ${pemantauanIbu} where ${month(pemantauanIbu)}
          union all
          select sasaran_id, tanggal_periksa from ${pemantauanAnak} where ${month(pemantauanAnak)}) r
    join ${sasaran} s on s.id = r.sasaran_id
    where not exists (
      select 1 from ${kegiatanSasaran} ks join ${kegiatanKpm} k on k.id = ks.kegiatan_id
      where ks.sasaran_id = r.sasaran_id and k.jenis = 'kunjungan_rumah' and k.kode_wilayah = ${kode}
        and k.tanggal between ${first}::date and ${last}::date)
    order by s.nama, s.id`,
  );
  return rows.map((r) => ({ id: Number(r.id), nama: r.nama, tanggal: r.tanggal }));
}
