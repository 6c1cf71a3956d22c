import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import { getDb, type Tx } from "../client";
import { pelatihan, pelatihanPeserta, users } from "../schema";
import { inScope } from "../queries/scope";
import { writeAudit } from "./audit";
import type { Viewer } from "@/lib/auth/viewer";
import type { PelatihanInput } from "@/lib/kpm/schemas";

type Scope = { viewer: Viewer; kode: string };

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
