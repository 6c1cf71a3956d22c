import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import { getDb, type Tx } from "../client";
import { pelatihan, pelatihanPeserta, pelatihanPesertaTamu, regions, users } from "../schema";
import { inScope } from "../queries/scope";
import { writeAudit } from "./audit";
import type { Viewer } from "@/lib/auth/viewer";
import type { PelatihanInput, TamuInput } from "@/lib/kpm/schemas";

type Scope = { viewer: Viewer; kode: string };

export type PelatihanWriteResult =
  { ok: true; id: number } | { ok: false; reason: "peserta_outside" | "tamu_outside" | "not_found" };

/** Every attendee must be an active KPM account whose desa lies inside the event's region (and the viewer's
 * scope); checked in SQL inside the write's transaction. */
async function pesertaAllInside(tx: Tx, viewer: Viewer, kode: string, ids: number[]) {
  if (!ids.length) return true;
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

/** Every attendee without an account names a desa or kelurahan inside the event's region and the viewer's scope. */
async function tamuAllInside(tx: Tx, viewer: Viewer, kode: string, tamu: TamuInput[]) {
  const codes = [...new Set(tamu.map((x) => x.desaKode))];
  if (!codes.length) return true;
  const [row] = await tx
    .select({ n: count() })
    .from(regions)
    .where(
      and(
        inArray(regions.kode, codes),
        inArray(regions.jenis, ["desa", "kelurahan"]),
        inScope(regions.kode, kode),
        inScope(regions.kode, viewer.scopeKode),
      ),
    );
  return row.n === codes.length;
}

async function checkAttendees(tx: Tx, viewer: Viewer, kode: string, input: PelatihanInput) {
  if (!(await pesertaAllInside(tx, viewer, kode, input.pesertaIds))) return "peserta_outside" as const;
  if (!(await tamuAllInside(tx, viewer, kode, input.tamu))) return "tamu_outside" as const;
  return null;
}

async function insertAttendees(tx: Tx, id: number, input: PelatihanInput) {
  if (input.pesertaIds.length)
    await tx.insert(pelatihanPeserta).values(input.pesertaIds.map((userId) => ({ pelatihanId: id, userId })));
  if (input.tamu.length)
    await tx
      .insert(pelatihanPesertaTamu)
      .values(input.tamu.map((x) => ({ pelatihanId: id, nama: x.nama, desaKode: x.desaKode })));
}

export async function createPelatihan({
  viewer,
  kode,
  input,
}: Scope & { input: PelatihanInput }): Promise<PelatihanWriteResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const refused = await checkAttendees(tx, viewer, kode, input);
    if (refused) return { ok: false, reason: refused } as const;
    const { jenis, tanggal, tempat, topik, penyelenggara } = input;
    const [row] = await tx
      .insert(pelatihan)
      .values({ kodeWilayah: kode, jenis, tanggal, tempat, topik, penyelenggara, createdBy: viewer.id })
      .returning();
    await insertAttendees(tx, row.id, input);
    await writeAudit(tx, viewer, {
      action: "create",
      entity: "pelatihan",
      entityId: row.id,
      kodeWilayah: kode,
      // Names of attendees without an account are personal data: the audit keeps how many and their desa.
      after: { ...row, pesertaIds: input.pesertaIds, tamuDesa: input.tamu.map((x) => x.desaKode) },
    });
    return { ok: true, id: row.id } as const;
  });
}

/** The event organised inside the region (not one organised above it), locked for the write. */
function ownEvent({ viewer, kode }: Scope, id: number) {
  return and(
    eq(pelatihan.id, id),
    inScope(pelatihan.kodeWilayah, kode),
    inScope(pelatihan.kodeWilayah, viewer.scopeKode),
  );
}

/** Edits an event organised inside the region: its fields and both attendee lists are replaced. An attendee account
 * from another region kept on the event (a district event seen from a kecamatan is not editable there) cannot
 * arise, since only events organised inside the region are found. */
export async function updatePelatihan({
  viewer,
  kode,
  id,
  input,
}: Scope & { id: number; input: PelatihanInput }): Promise<PelatihanWriteResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(pelatihan).where(ownEvent({ viewer, kode }, id)).for("update");
    if (!before) return { ok: false, reason: "not_found" } as const;
    // Attendee checks against the event's own region (a kabupaten editing a kecamatan's event keeps its scope).
    const refused = await checkAttendees(tx, viewer, before.kodeWilayah, input);
    if (refused) return { ok: false, reason: refused } as const;
    const links = await tx
      .select({ id: pelatihanPeserta.userId })
      .from(pelatihanPeserta)
      .where(eq(pelatihanPeserta.pelatihanId, id));
    const tamuBefore = await tx
      .select({ desaKode: pelatihanPesertaTamu.desaKode })
      .from(pelatihanPesertaTamu)
      .where(eq(pelatihanPesertaTamu.pelatihanId, id));
    const { jenis, tanggal, tempat, topik, penyelenggara } = input;
    const [after] = await tx
      .update(pelatihan)
      .set({ jenis, tanggal, tempat, topik, penyelenggara, updatedAt: new Date() })
      .where(eq(pelatihan.id, id))
      .returning();
    await tx.delete(pelatihanPeserta).where(eq(pelatihanPeserta.pelatihanId, id));
    await tx.delete(pelatihanPesertaTamu).where(eq(pelatihanPesertaTamu.pelatihanId, id));
    await insertAttendees(tx, id, input);
    await writeAudit(tx, viewer, {
      action: "update",
      entity: "pelatihan",
      entityId: id,
      kodeWilayah: before.kodeWilayah,
      before: { ...before, pesertaIds: links.map((l) => l.id), tamuDesa: tamuBefore.map((x) => x.desaKode) },
      after: { ...after, pesertaIds: input.pesertaIds, tamuDesa: input.tamu.map((x) => x.desaKode) },
    });
    return { ok: true, id } as const;
  });
}

/** Deletes an event organised inside the region (not one organised above it). */
export async function deletePelatihan({ viewer, kode, id }: Scope & { id: number }): Promise<PelatihanWriteResult> {
  const db = await getDb();
  const where = ownEvent({ viewer, kode }, id);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(pelatihan).where(where).for("update");
    if (!before) return { ok: false, reason: "not_found" } as const;
    const links = await tx
      .select({ id: pelatihanPeserta.userId })
      .from(pelatihanPeserta)
      .where(eq(pelatihanPeserta.pelatihanId, id));
    // pelatihan_peserta and pelatihan_peserta_tamu rows go with it (on delete cascade).
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
