import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { regions, users } from "../schema";
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
  /** All attendees, including those outside the viewer's region (named only when inside). */
  jumlahPeserta: number;
  peserta: PelatihanPeserta[];
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
          (select count(*)::int from pelatihan_peserta x where x.pelatihan_id = p.id) as "jumlahPeserta"
        from pelatihan p join regions r on r.kode = p.kode_wilayah
        where ${underScope(sql`p.kode_wilayah`, s)}
          or exists (select 1 from pelatihan_peserta pp join users u on u.id = pp.user_id
                     where pp.pelatihan_id = p.id and ${underScope(sql`u.scope_kode`, s)})
        order by p.tanggal desc, p.id desc
        limit ${limit}::int`,
  );
  if (!events.length) return [];
  const peserta = await selectRows<PelatihanPeserta>(
    db,
    sql`select pp.pelatihan_id as "pelatihanId", u.id, u.display_name as nama, d.kode as "desaKode", d.nama as "desaNama"
        from pelatihan_peserta pp join users u on u.id = pp.user_id join regions d on d.kode = u.scope_kode
        where pp.pelatihan_id in (${sql.join(
          events.map((e) => sql`${e.id}::int`),
          sql`, `,
        )}) and ${underScope(sql`u.scope_kode`, s)}
        order by d.kode, u.display_name, u.id`,
  );
  return events.map((e) => ({ ...e, peserta: peserta.filter((p) => p.pelatihanId === e.id) }));
}
