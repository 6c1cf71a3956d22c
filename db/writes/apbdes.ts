import "server-only";
import { and, count, eq } from "drizzle-orm";
import { getDb, type Tx } from "../client";
import { apbdes, apbdesBaris, type ApbdesBaris } from "../schema";
import { inScope } from "../queries/scope";
import { writeAudit } from "./audit";
import type { Viewer } from "@/lib/auth/viewer";
import { TRANSITIONS, type Transition } from "@/lib/apbdes/access";
import type { LineInput } from "@/lib/apbdes/line-schema";
import { markDuplicates } from "@/lib/apbdes/duplicates";
import type { VersiApbdes } from "@/lib/enums";

// Authorisation (who may write which desa) is decided by the actions; these writes additionally scope every
// row to the desa and the viewer in SQL, and refuse lines of a version that is no longer a draft.

export type WriteFailure = {
  ok: false;
  reason: "not_found" | "locked" | "exists" | "murni_belum_disetujui" | "status" | "kosong";
};

/** Locks the version header of this desa for the rest of the transaction. */
async function lockHeader(tx: Tx, viewer: Viewer, kode: string, apbdesId: number) {
  const [row] = await tx
    .select()
    .from(apbdes)
    .where(and(eq(apbdes.id, apbdesId), eq(apbdes.kodeWilayah, kode), inScope(apbdes.kodeWilayah, viewer.scopeKode)))
    .for("update");
  return row ?? null;
}

/** A new murni, or a perubahan copied from the approved murni (every line, linked by murni_id). */
export async function createApbdesVersion({
  viewer,
  kode,
  tahun,
  versi,
}: {
  viewer: Viewer;
  kode: string;
  tahun: number;
  versi: VersiApbdes;
}): Promise<{ ok: true; id: number } | WriteFailure> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: apbdes.id, versi: apbdes.versi, status: apbdes.status })
      .from(apbdes)
      .where(and(eq(apbdes.kodeWilayah, kode), eq(apbdes.tahun, tahun), inScope(apbdes.kodeWilayah, viewer.scopeKode)))
      .for("update");
    if (existing.some((e) => e.versi === versi)) return { ok: false, reason: "exists" } as const;
    const murni = existing.find((e) => e.versi === "murni");
    if (versi === "perubahan" && murni?.status !== "disetujui")
      return { ok: false, reason: "murni_belum_disetujui" } as const;
    const [header] = await tx
      .insert(apbdes)
      .values({ kodeWilayah: kode, tahun, versi, murniId: versi === "perubahan" ? murni!.id : null })
      .returning();
    let copied = 0;
    if (versi === "perubahan") {
      const lines = await tx.select().from(apbdesBaris).where(eq(apbdesBaris.apbdesId, murni!.id));
      if (lines.length) {
        await tx.insert(apbdesBaris).values(
          lines.map((l) => ({
            apbdesId: header.id,
            kodeWilayah: l.kodeWilayah,
            kodeKegiatan: l.kodeKegiatan,
            uraian: l.uraian,
            kodeRekening: l.kodeRekening,
            sumberDana: l.sumberDana,
            volume: l.volume,
            satuan: l.satuan,
            pagu: l.pagu,
            realisasi: l.realisasi,
            stuntingTag: l.stuntingTag,
            paketLayanan: l.paketLayanan,
            indikator: l.indikator,
            insentifKpm: l.insentifKpm,
            createdBy: viewer.id,
          })),
        );
      }
      copied = lines.length;
    }
    await writeAudit(tx, viewer, {
      action: "create",
      entity: "apbdes",
      entityId: header.id,
      kodeWilayah: kode,
      after: { ...header, barisDisalin: copied },
    });
    return { ok: true, id: header.id } as const;
  });
}

export async function insertApbdesLine({
  viewer,
  kode,
  apbdesId,
  line,
}: {
  viewer: Viewer;
  kode: string;
  apbdesId: number;
  line: LineInput;
}): Promise<{ ok: true; id: number; tahun: number; versi: VersiApbdes } | WriteFailure> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const header = await lockHeader(tx, viewer, kode, apbdesId);
    if (!header) return { ok: false, reason: "not_found" } as const;
    if (header.status !== "draft") return { ok: false, reason: "locked" } as const;
    const [row] = await tx
      .insert(apbdesBaris)
      .values({ ...line, apbdesId, kodeWilayah: kode, createdBy: viewer.id })
      .returning();
    await writeAudit(tx, viewer, {
      action: "create",
      entity: "apbdes_baris",
      entityId: row.id,
      kodeWilayah: kode,
      after: row,
    });
    return { ok: true, id: row.id, tahun: header.tahun, versi: header.versi } as const;
  });
}

export type LineUpdateResult =
  | { ok: true; tahun: number; versi: VersiApbdes }
  | WriteFailure
  | { ok: false; reason: "conflict"; current: ApbdesBaris };

/** Optimistic check: the write names the line version it started from; a newer one is returned, not overwritten. */
export async function updateApbdesLine({
  viewer,
  kode,
  id,
  version,
  line,
}: {
  viewer: Viewer;
  kode: string;
  id: number;
  version: number;
  line: LineInput;
}): Promise<LineUpdateResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(apbdesBaris)
      .where(and(eq(apbdesBaris.id, id), eq(apbdesBaris.kodeWilayah, kode)))
      .for("update");
    if (!before) return { ok: false, reason: "not_found" } as const;
    const header = await lockHeader(tx, viewer, kode, before.apbdesId);
    if (!header) return { ok: false, reason: "not_found" } as const;
    if (header.status !== "draft") return { ok: false, reason: "locked" } as const;
    if (before.version !== version) return { ok: false, reason: "conflict", current: before } as const;
    const [after] = await tx
      .update(apbdesBaris)
      .set({ ...line, version: before.version + 1, updatedAt: new Date() })
      .where(eq(apbdesBaris.id, id))
      .returning();
    await writeAudit(tx, viewer, {
      action: "update",
      entity: "apbdes_baris",
      entityId: id,
      kodeWilayah: kode,
      before,
      after,
    });
    return { ok: true, tahun: header.tahun, versi: header.versi } as const;
  });
}

export async function deleteApbdesLine({
  viewer,
  kode,
  id,
  version,
}: {
  viewer: Viewer;
  kode: string;
  id: number;
  version: number;
}): Promise<LineUpdateResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(apbdesBaris)
      .where(and(eq(apbdesBaris.id, id), eq(apbdesBaris.kodeWilayah, kode)))
      .for("update");
    if (!before) return { ok: false, reason: "not_found" } as const;
    const header = await lockHeader(tx, viewer, kode, before.apbdesId);
    if (!header) return { ok: false, reason: "not_found" } as const;
    if (header.status !== "draft") return { ok: false, reason: "locked" } as const;
    if (before.version !== version) return { ok: false, reason: "conflict", current: before } as const;
    await tx.delete(apbdesBaris).where(eq(apbdesBaris.id, id));
    await writeAudit(tx, viewer, { action: "delete", entity: "apbdes_baris", entityId: id, kodeWilayah: kode, before });
    return { ok: true, tahun: header.tahun, versi: header.versi } as const;
  });
}

/** draft → diajukan → disetujui, or diajukan → draft with the kepala desa's note. */
export async function transitionApbdes({
  viewer,
  kode,
  apbdesId,
  transition,
  catatan,
}: {
  viewer: Viewer;
  kode: string;
  apbdesId: number;
  transition: Transition;
  catatan?: string;
}): Promise<{ ok: true; tahun: number; versi: VersiApbdes } | WriteFailure> {
  const db = await getDb();
  const t = TRANSITIONS[transition];
  return db.transaction(async (tx) => {
    const before = await lockHeader(tx, viewer, kode, apbdesId);
    if (!before) return { ok: false, reason: "not_found" } as const;
    if (before.status !== t.from) return { ok: false, reason: "status" } as const;
    if (transition === "ajukan") {
      const [{ n }] = await tx.select({ n: count() }).from(apbdesBaris).where(eq(apbdesBaris.apbdesId, apbdesId));
      if (!n) return { ok: false, reason: "kosong" } as const;
    }
    const now = new Date();
    const changes =
      transition === "ajukan"
        ? { diajukanOleh: viewer.id, diajukanAt: now, catatan: null }
        : transition === "setujui"
          ? { disetujuiOleh: viewer.id, disetujuiAt: now }
          : { catatan: catatan ?? null, diajukanOleh: null, diajukanAt: null };
    const [after] = await tx
      .update(apbdes)
      .set({ ...changes, status: t.to, version: before.version + 1, updatedAt: now })
      .where(eq(apbdes.id, apbdesId))
      .returning();
    await writeAudit(tx, viewer, {
      action: transition,
      entity: "apbdes",
      entityId: apbdesId,
      kodeWilayah: kode,
      before,
      after,
    });
    return { ok: true, tahun: after.tahun, versi: after.versi } as const;
  });
}

/** Imported lines go in together or not at all; `replace` first removes the draft's existing lines. Without
 * `replace`, lines equal to one already in the draft (lib/apbdes/duplicates.ts) are skipped unless `keepDuplicates`:
 * decided here, under the header lock, from what is stored now — never from the dry run the page shows. */
export async function importApbdesLines({
  viewer,
  kode,
  apbdesId,
  lines: imported,
  replace,
  keepDuplicates = false,
}: {
  viewer: Viewer;
  kode: string;
  apbdesId: number;
  lines: LineInput[];
  replace: boolean;
  keepDuplicates?: boolean;
}): Promise<{ ok: true; count: number; skipped: number } | WriteFailure> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const header = await lockHeader(tx, viewer, kode, apbdesId);
    if (!header) return { ok: false, reason: "not_found" } as const;
    if (header.status !== "draft") return { ok: false, reason: "locked" } as const;
    const removed = replace
      ? await tx.delete(apbdesBaris).where(eq(apbdesBaris.apbdesId, apbdesId)).returning({ id: apbdesBaris.id })
      : [];
    let lines = imported;
    if (!replace && !keepDuplicates) {
      const existing = await tx
        .select({
          kodeKegiatan: apbdesBaris.kodeKegiatan,
          kodeRekening: apbdesBaris.kodeRekening,
          sumberDana: apbdesBaris.sumberDana,
          pagu: apbdesBaris.pagu,
        })
        .from(apbdesBaris)
        .where(and(eq(apbdesBaris.apbdesId, apbdesId), eq(apbdesBaris.kodeWilayah, kode)));
      const dup = markDuplicates(imported, existing);
      lines = imported.filter((_, i) => !dup[i]);
    }
    const skipped = imported.length - lines.length;
    if (lines.length)
      await tx
        .insert(apbdesBaris)
        .values(lines.map((l) => ({ ...l, apbdesId, kodeWilayah: kode, createdBy: viewer.id })));
    await writeAudit(tx, viewer, {
      action: "impor",
      entity: "apbdes",
      entityId: apbdesId,
      kodeWilayah: kode,
      after: { jumlahBaris: lines.length, barisDihapus: removed.length, barisSamaDilewati: skipped },
    });
    return { ok: true, count: lines.length, skipped } as const;
  });
}
