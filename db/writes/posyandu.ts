import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { getDb, type Db } from "../client";
import { posyandu } from "../schema";
import { inScope } from "../queries/scope";
import { writeAudit } from "./audit";
import type { Viewer } from "@/lib/auth/viewer";

export type PosyanduInput = { nama: string; alamat: string | null };
export type PosyanduWriteResult = { ok: true; id: number } | { ok: false; reason: "duplicate" | "not_found" };

/** Names are unique per desa regardless of case ("Posyandu Mawar" = "posyandu mawar"); the unique index is the
 * last word when two people save at once. */
async function nameTaken(db: Db, kode: string, nama: string, exceptId?: number) {
  const [row] = await db
    .select({ id: posyandu.id })
    .from(posyandu)
    .where(
      and(
        eq(posyandu.kodeWilayah, kode),
        sql`lower(${posyandu.nama}) = lower(${nama})`,
        exceptId ? ne(posyandu.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return Boolean(row);
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === "23505" || e?.cause?.code === "23505";
}

export async function createPosyandu({
  viewer,
  kode,
  input,
}: {
  viewer: Viewer;
  kode: string;
  input: PosyanduInput;
}): Promise<PosyanduWriteResult> {
  const db = await getDb();
  if (await nameTaken(db, kode, input.nama)) return { ok: false, reason: "duplicate" };
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(posyandu)
        .values({ kodeWilayah: kode, nama: input.nama, alamat: input.alamat })
        .returning();
      await writeAudit(tx, viewer, {
        action: "create",
        entity: "posyandu",
        entityId: row.id,
        kodeWilayah: kode,
        after: row,
      });
      return { ok: true as const, id: row.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "duplicate" };
    throw error;
  }
}

/** Edits name/address, or switches `aktif`; scoped by desa and viewer in SQL so a forged id matches nothing. */
export async function updatePosyandu({
  viewer,
  kode,
  id,
  changes,
}: {
  viewer: Viewer;
  kode: string;
  id: number;
  changes: Partial<PosyanduInput> & { aktif?: boolean };
}): Promise<PosyanduWriteResult> {
  const db = await getDb();
  if (changes.nama !== undefined && (await nameTaken(db, kode, changes.nama, id)))
    return { ok: false, reason: "duplicate" };
  const where = and(
    eq(posyandu.id, id),
    eq(posyandu.kodeWilayah, kode),
    inScope(posyandu.kodeWilayah, viewer.scopeKode),
  );
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(posyandu).where(where).for("update");
      if (!before) return { ok: false as const, reason: "not_found" as const };
      const [after] = await tx
        .update(posyandu)
        .set({ ...changes, updatedAt: new Date() })
        .where(where)
        .returning();
      const action = changes.aktif === undefined ? "update" : changes.aktif ? "reactivate" : "deactivate";
      await writeAudit(tx, viewer, { action, entity: "posyandu", entityId: id, kodeWilayah: kode, before, after });
      return { ok: true as const, id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "duplicate" };
    throw error;
  }
}
