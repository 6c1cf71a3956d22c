import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "../client";
import { selectRows } from "../raw";
import { pelatihan, pelatihanPeserta, regions, users } from "../schema";
import { inScope } from "./scope";
import type { Tx } from "../client";
import { writeAudit } from "../writes/audit";
import { underScope } from "./kpm-kinerja";
import type { Viewer } from "@/lib/auth/viewer";
import type { JenisPelatihan } from "@/lib/enums";
import type { PelatihanInput } from "@/lib/kpm/schemas";

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

export type PelatihanWriteResult = { ok: true; id: number } | { ok: false; reason: "peserta_outside" | "not_found" };

/** Every attendee must be an active KPM account whose desa lies inside the event's region (and the viewer's
 * scope); checked in SQL inside the write's transaction. */
async function pesertaAllInside(tx: Tx, viewer: Viewer, kode: string, ids: number[]) {
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(
      and(
        inArray(users.id, ids),
        eq(users.role, "kpm"),
        eq(users.active, true),
        inScope(users.scopeKode, kode),
        inScope(users.scopeKode, viewer.scopeKode),
      ),
    );
  return row.n === ids.length;
}

export async function createPelatihan({
  viewer,
  kode,
  input,
}: Scope & { input: PelatihanInput }): Promise<PelatihanWriteResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await pesertaAllInside(tx, viewer, kode, input.pesertaIds)))
      return { ok: false, reason: "peserta_outside" } as const;
    const { jenis, tanggal, tempat, topik, penyelenggara } = input;
    const [row] = await tx
      .insert(pelatihan)
      .values({ kodeWilayah: kode, jenis, tanggal, tempat, topik, penyelenggara, createdBy: viewer.id })
      .returning();
    await tx.insert(pelatihanPeserta).values(input.pesertaIds.map((userId) => ({ pelatihanId: row.id, userId })));
    await writeAudit(tx, viewer, {
      action: "create",
      entity: "pelatihan",
      entityId: row.id,
      kodeWilayah: kode,
      after: { ...row, pesertaIds: input.pesertaIds },
    });
    return { ok: true, id: row.id } as const;
  });
}

/** Deletes an event organised inside the region (not one organised above it). */
export async function deletePelatihan({ viewer, kode, id }: Scope & { id: number }): Promise<PelatihanWriteResult> {
  const db = await getDb();
  const where = and(
    eq(pelatihan.id, id),
    inScope(pelatihan.kodeWilayah, kode),
    inScope(pelatihan.kodeWilayah, viewer.scopeKode),
  );
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(pelatihan).where(where).for("update");
    if (!before) return { ok: false, reason: "not_found" } as const;
    const links = await tx
      .select({ id: pelatihanPeserta.userId })
      .from(pelatihanPeserta)
      .where(eq(pelatihanPeserta.pelatihanId, id));
    // pelatihan_peserta rows go with it (on delete cascade).
    await tx.delete(pelatihan).where(where);
    await writeAudit(tx, viewer, {
      action: "delete",
      entity: "pelatihan",
      entityId: id,
      kodeWilayah: before.kodeWilayah,
      before: { ...before, pesertaIds: links.map((l) => l.id) },
    });
    return { ok: true, id } as const;
  });
}
