import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { pelatihan, pelatihanPeserta, pelatihanPesertaTamu, regions, users } from "../schema";
import { inScope } from "./scope";
import { underScope } from "./kpm-kinerja";
import type { Viewer } from "@/lib/auth/viewer";
import type { JenisPelatihan } from "@/lib/enums";

type Scope = { viewer: Viewer; kode: string };

/** Active KPM accounts under the region, for the attendance checklist. */
export async function listKpmOptions({ viewer, kode }: Scope) {
  const db = await getDb();
  return db
    .select({ id: users.id, nama: users.displayName, desaKode: regions.kode, desaNama: regions.nama })
    .from(users)
    .innerJoin(regions, eq(regions.kode, users.scopeKode))
    .where(
      and(
        eq(users.role, "kpm"),
        eq(users.active, true),
        inScope(users.scopeKode, kode),
        inScope(users.scopeKode, viewer.scopeKode),
      ),
    )
    .orderBy(asc(regions.kode), asc(users.displayName), asc(users.id));
}

/** Desa and kelurahan under the region, for the desa of an attendee without an account. */
export async function listDesaOptions({ viewer, kode }: Scope) {
  const db = await getDb();
  return db
    .select({ kode: regions.kode, nama: regions.nama, jenis: regions.jenis })
    .from(regions)
    .where(
      and(
        inArray(regions.jenis, ["desa", "kelurahan"]),
        inScope(regions.kode, kode),
        inScope(regions.kode, viewer.scopeKode),
      ),
    )
    .orderBy(asc(regions.nama), asc(regions.kode));
}

export type PelatihanTamu = { pelatihanId: number; nama: string; desaKode: string; desaNama: string };
export type PelatihanPeserta = { pelatihanId: number; id: number; nama: string; desaKode: string; desaNama: string };
export type PelatihanRow = {
  id: number;
  kodeWilayah: string;
  wilayahNama: string;
  jenis: JenisPelatihan;
  tanggal: string;
  tempat: string;
  topik: string;
  penyelenggara: string;
  /** All attendees with an account, including those outside the viewer's region (named only when inside). */
  jumlahPeserta: number;
  peserta: PelatihanPeserta[];
  /** All attendees without an account, and those of the viewer's region by name and desa. */
  jumlahTamu: number;
  tamu: PelatihanTamu[];
};

/** Events the region's KPM are concerned by, newest first: those organised inside the region, and those
 * organised above it (e.g. by the district) that one of the region's KPM attended. Attendees are named only
 * when their desa lies inside the region. */
export async function listPelatihan({
  viewer,
  kode,
  limit = 500,
}: Scope & { limit?: number }): Promise<PelatihanRow[]> {
  const db = await getDb();
  const s = { viewer, kode };
  const events = await selectRows<Omit<PelatihanRow, "peserta">>(
    db,
    sql`select p.id, p.kode_wilayah as "kodeWilayah", r.nama as "wilayahNama", p.jenis::text as jenis, p.tanggal::text as tanggal,
          p.tempat, p.topik, p.penyelenggara,
          (select count(*)::int from pelatihan_peserta x where x.pelatihan_id = p.id) as "jumlahPeserta",
          (select count(*)::int from pelatihan_peserta_tamu x where x.pelatihan_id = p.id) as "jumlahTamu"
        from pelatihan p join regions r on r.kode = p.kode_wilayah
        where ${underScope(sql`p.kode_wilayah`, s)}
          or exists (select 1 from pelatihan_peserta pp join users u on u.id = pp.user_id
                     where pp.pelatihan_id = p.id and ${underScope(sql`u.scope_kode`, s)})
          or exists (select 1 from pelatihan_peserta_tamu pt where pt.pelatihan_id = p.id and ${underScope(sql`pt.desa_kode`, s)})
        order by p.tanggal desc, p.id desc
        limit ${limit}::int`,
  );
  if (!events.length) return [];
  const ids = sql.join(
    events.map((e) => sql`${e.id}::int`),
    sql`, `,
  );
  const tamu = await selectRows<PelatihanTamu>(
    db,
    sql`select pt.pelatihan_id as "pelatihanId", pt.nama, d.kode as "desaKode", d.nama as "desaNama"
        from pelatihan_peserta_tamu pt join regions d on d.kode = pt.desa_kode
        where pt.pelatihan_id in (${ids}) and ${underScope(sql`pt.desa_kode`, s)}
        order by d.kode, pt.nama, pt.id`,
  );
  const peserta = await selectRows<PelatihanPeserta>(
    db,
    sql`select pp.pelatihan_id as "pelatihanId", u.id, u.display_name as nama, d.kode as "desaKode", d.nama as "desaNama"
        from pelatihan_peserta pp join users u on u.id = pp.user_id join regions d on d.kode = u.scope_kode
        where pp.pelatihan_id in (${ids}) and ${underScope(sql`u.scope_kode`, s)}
        order by d.kode, u.display_name, u.id`,
  );
  return events.map((e) => ({
    ...e,
    peserta: peserta.filter((p) => p.pelatihanId === e.id),
    tamu: tamu.filter((p) => p.pelatihanId === e.id),
  }));
}

/** One event organised inside the region, for its edit form: the fields, attendee accounts and attendees without
 * an account. Null when it is not organised inside the region and the viewer's scope. */
export async function getPelatihan({ viewer, kode, id }: Scope & { id: number }) {
  const db = await getDb();
  const [event] = await db
    .select({
      id: pelatihan.id,
      kodeWilayah: pelatihan.kodeWilayah,
      jenis: pelatihan.jenis,
      tanggal: pelatihan.tanggal,
      tempat: pelatihan.tempat,
      topik: pelatihan.topik,
      penyelenggara: pelatihan.penyelenggara,
    })
    .from(pelatihan)
    .where(
      and(eq(pelatihan.id, id), inScope(pelatihan.kodeWilayah, kode), inScope(pelatihan.kodeWilayah, viewer.scopeKode)),
    );
  if (!event) return null;
  const [peserta, tamu] = await Promise.all([
    db.select({ id: pelatihanPeserta.userId }).from(pelatihanPeserta).where(eq(pelatihanPeserta.pelatihanId, id)),
    db
      .select({ nama: pelatihanPesertaTamu.nama, desaKode: pelatihanPesertaTamu.desaKode })
      .from(pelatihanPesertaTamu)
      .where(eq(pelatihanPesertaTamu.pelatihanId, id))
      .orderBy(asc(pelatihanPesertaTamu.id)),
  ]);
  return { ...event, pesertaIds: peserta.map((p) => p.id), tamu };
}
