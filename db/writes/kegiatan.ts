import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import { getDb, type Tx } from "../client";
import { kegiatanKpm, kegiatanSasaran, sasaran } from "../schema";
import { inDesa } from "../queries/kegiatan";
import { writeAudit } from "./audit";
import { tickHomeVisits, type HomeVisitTicks } from "./home-visit";
import type { Viewer } from "@/lib/auth/viewer";
import type { KegiatanInput } from "@/lib/kegiatan/schemas";

type Scoped = { viewer: Viewer; kode: string };

/** Every visited target must belong to the activity's own desa; checked in SQL inside the write's transaction. */
async function sasaranAllInDesa(tx: Tx, kode: string, ids: number[]) {
  if (!ids.length) return true;
  const [row] = await tx
    .select({ n: count() })
    .from(sasaran)
    .where(and(inArray(sasaran.id, ids), eq(sasaran.kodeWilayah, kode)));
  return row.n === ids.length;
}

export type KegiatanWriteResult =
  | { ok: true; id: number; tanggal: string; visits?: HomeVisitTicks }
  | { ok: false; reason: "sasaran_outside" | "not_found" };

/** A home visit ticks "kunjungan rumah" on its targets' monthly records (enter once, db/writes/home-visit.ts). */
function ticks(tx: Tx, viewer: Viewer, kode: string, input: KegiatanInput) {
  return input.jenis === "kunjungan_rumah"
    ? tickHomeVisits(tx, viewer, kode, input.tanggal, input.sasaranIds)
    : Promise.resolve(undefined);
}

function fields(input: KegiatanInput) {
  const { jenis, tanggal, tempat, jumlahPeserta, catatan } = input;
  return { jenis, tanggal, tempat, jumlahPeserta, catatan };
}

export async function createKegiatan({
  viewer,
  kode,
  input,
}: Scoped & { input: KegiatanInput }): Promise<KegiatanWriteResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await sasaranAllInDesa(tx, kode, input.sasaranIds))) return { ok: false, reason: "sasaran_outside" } as const;
    const [row] = await tx
      .insert(kegiatanKpm)
      .values({ ...fields(input), kodeWilayah: kode, kpmUserId: viewer.id })
      .returning();
    if (input.sasaranIds.length)
      await tx.insert(kegiatanSasaran).values(input.sasaranIds.map((sasaranId) => ({ kegiatanId: row.id, sasaranId })));
    await writeAudit(tx, viewer, {
      action: "create",
      entity: "kegiatan_kpm",
      entityId: row.id,
      kodeWilayah: kode,
      after: { ...row, sasaranIds: input.sasaranIds },
    });
    const visits = await ticks(tx, viewer, kode, input);
    return { ok: true, id: row.id, tanggal: row.tanggal, visits } as const;
  });
}

export async function updateKegiatan({
  viewer,
  kode,
  id,
  input,
}: Scoped & { id: number; input: KegiatanInput }): Promise<KegiatanWriteResult> {
  const db = await getDb();
  const where = and(eq(kegiatanKpm.id, id), inDesa({ viewer, kode }));
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(kegiatanKpm).where(where).for("update");
    if (!before) return { ok: false, reason: "not_found" } as const;
    if (!(await sasaranAllInDesa(tx, kode, input.sasaranIds))) return { ok: false, reason: "sasaran_outside" } as const;
    const oldLinks = await tx
      .select({ id: kegiatanSasaran.sasaranId })
      .from(kegiatanSasaran)
      .where(eq(kegiatanSasaran.kegiatanId, id));
    const [after] = await tx
      .update(kegiatanKpm)
      .set({ ...fields(input), updatedAt: new Date() })
      .where(where)
      .returning();
    await tx.delete(kegiatanSasaran).where(eq(kegiatanSasaran.kegiatanId, id));
    if (input.sasaranIds.length)
      await tx.insert(kegiatanSasaran).values(input.sasaranIds.map((sasaranId) => ({ kegiatanId: id, sasaranId })));
    await writeAudit(tx, viewer, {
      action: "update",
      entity: "kegiatan_kpm",
      entityId: id,
      kodeWilayah: kode,
      before: { ...before, sasaranIds: oldLinks.map((l) => l.id) },
      after: { ...after, sasaranIds: input.sasaranIds },
    });
    const visits = await ticks(tx, viewer, kode, input);
    return { ok: true, id, tanggal: after.tanggal, visits } as const;
  });
}

export async function deleteKegiatan({ viewer, kode, id }: Scoped & { id: number }): Promise<KegiatanWriteResult> {
  const db = await getDb();
  const where = and(eq(kegiatanKpm.id, id), inDesa({ viewer, kode }));
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(kegiatanKpm).where(where).for("update");
    if (!before) return { ok: false, reason: "not_found" } as const;
    const links = await tx
      .select({ id: kegiatanSasaran.sasaranId })
      .from(kegiatanSasaran)
      .where(eq(kegiatanSasaran.kegiatanId, id));
    // kegiatan_sasaran rows go with it (on delete cascade).
    await tx.delete(kegiatanKpm).where(where);
    await writeAudit(tx, viewer, {
      action: "delete",
      entity: "kegiatan_kpm",
      entityId: id,
      kodeWilayah: kode,
      before: { ...before, sasaranIds: links.map((l) => l.id) },
    });
    return { ok: true, id, tanggal: before.tanggal } as const;
  });
}
