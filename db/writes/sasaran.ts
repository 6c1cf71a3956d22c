import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { getDb, type Tx } from "../client";
import { posyandu, rumahTangga, sasaran, sasaranPindah } from "../schema";
import { findNameDobDuplicate, findNikOwner, isKiaTaken } from "../queries/sasaran";
import { recomputeTargets } from "../rollups/scorecard";
import { assertPeriodOpen, holdTargetQuarters, keepLockedQuarters } from "../queries/period-lock";
import { selectRows } from "../raw";
import { recordAudit, writeAudit } from "./audit";
import { findReceipt, receiptTransaction, type DuplicateResult, type Receipt } from "./receipts";
import type { Viewer } from "@/lib/auth/viewer";
import type { AnakInput, rumahTanggaSchema } from "@/lib/sasaran/schemas";
import type { KembarNo } from "@/lib/sasaran/kembar";
import {
  householdChoice,
  isStaleEdit,
  motherRefusal,
  nikRefusal,
  registrationFields,
  targetFields,
  withNikField,
  type TargetForm,
  type TargetRefusal,
} from "@/lib/sasaran/target-rules";
import { maskNik } from "@/lib/people/nik";
import {
  deactivationRefusal,
  deliveryRefusal,
  transferChanges,
  type DeactivationRefusal,
} from "@/lib/sasaran/lifecycle";
import type { AlasanNonaktif, JenisSasaran } from "@/lib/enums";
import { AppError } from "@/lib/errors";
import { yearMonthOfDate } from "@/lib/periods";
import { deliveryWarning, type DeliveryWarning } from "@/lib/sasaran/birth";

// Authorisation (who may write which desa) is decided by the actions; these writes additionally scope every
// row to the desa named by the form, so a forged id of another desa matches nothing.

export type TargetWriteResult =
  | { ok: true; id: number; duplicate?: undefined }
  | { ok: false; reason: "refused"; refusal: TargetRefusal; kembar?: KembarNo }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict" };

/** The refusals that need the database, in the order the form reports them: the mother (for a child), the
 * posyandu and household of this desa, a duplicate by name and birth date, and by KIA number. The NIK comes
 * after these (duplicateNik). */
async function targetRefusal(form: TargetForm, excludeId?: number): Promise<TargetRefusal | null> {
  const db = await getDb();
  const { input } = form;
  if (form.jenis === "anak" && form.input.ibuId) {
    const [ibu] = await db
      .select({ tanggalLahir: sasaran.tanggalLahir })
      .from(sasaran)
      .where(and(eq(sasaran.id, form.input.ibuId), eq(sasaran.kodeWilayah, input.kode), eq(sasaran.jenis, "ibu")));
    const refusal = motherRefusal(input.tanggalLahir, ibu ?? null);
    if (refusal) return refusal;
  }
  const [pos] = await db
    .select({ id: posyandu.id })
    .from(posyandu)
    .where(and(eq(posyandu.id, input.posyanduId), eq(posyandu.kodeWilayah, input.kode), eq(posyandu.aktif, true)));
  if (!pos) return { reason: "posyandu_inactive" };
  if (input.rumahTanggaId) {
    const [rt] = await db
      .select({ id: rumahTangga.id })
      .from(rumahTangga)
      .where(and(eq(rumahTangga.id, input.rumahTanggaId), eq(rumahTangga.kodeWilayah, input.kode)));
    if (!rt) return { reason: "household_not_found" };
  }
  const dup = await findNameDobDuplicate({
    kode: input.kode,
    nama: input.nama,
    tanggalLahir: input.tanggalLahir,
    excludeId,
  });
  if (dup) return { reason: "duplicate", existingId: dup.id };
  if (input.noKia && (await isKiaTaken({ kode: input.kode, jenis: form.jenis, noKia: input.noKia, excludeId })))
    return { reason: "kia_taken" };
  return null;
}

/** Whether the NIK is taken, asked last — only of a save that would otherwise go through — so the answer is
 * never free: a probe either saves a real record or is refused here, and a refusal for a NIK of another desa is
 * recorded (who, when, from which desa; the NIK masked). */
async function duplicateNik(viewer: Viewer, form: TargetForm, excludeId?: number): Promise<TargetRefusal | null> {
  const { kode, nik } = form.input;
  if (!nik) return null;
  const refusal = nikRefusal(viewer, kode, await findNikOwner({ nik, excludeId }));
  if (refusal?.reason === "nik_elsewhere") {
    await recordAudit(viewer, {
      action: "nik_ditolak",
      entity: "sasaran",
      entityId: excludeId ?? null,
      kodeWilayah: kode,
      after: { nik: maskNik(nik) },
    });
  }
  return refusal;
}

/** The household the target joins: the chosen one, a new one from the inline fields, or none. */
async function resolveHousehold(tx: Tx, form: TargetForm): Promise<number | null> {
  const choice = householdChoice(form.input);
  if (choice.kind === "existing") return choice.id;
  if (choice.kind === "none") return null;
  const [rt] = await tx.insert(rumahTangga).values(choice.values).returning();
  return rt.id;
}

/** A new mother or child, with a new household when one was typed inline; audited in the same transaction. With a
 * receipt (sent from a phone) an item saved before is answered as such before anything is checked — its own record
 * would otherwise refuse it as a duplicate — and a refusal is checked against the receipt again, for a first send
 * that committed meanwhile (receipts.ts). */
export async function registerTarget({
  viewer,
  form: typed,
  kembar = [],
  receipt,
}: {
  viewer: Viewer;
  form: TargetForm;
  /** Twins: further babies of the same delivery, registered with the first in one transaction (lib/sasaran/kembar.ts). */
  kembar?: Array<{ n: KembarNo; input: AnakInput }>;
  receipt?: Receipt;
}): Promise<TargetWriteResult | DuplicateResult> {
  if (receipt) {
    const before = await findReceipt(viewer, receipt.clientId);
    if (before) return before;
  }
  const refused = async (refusal: TargetRefusal): Promise<TargetWriteResult | DuplicateResult> =>
    (receipt && (await findReceipt(viewer, receipt.clientId))) || { ok: false, reason: "refused", refusal };
  const field = withNikField(viewer, typed, null);
  if (!field.ok) return refused(field.refusal);
  const { form } = field;
  const refusal = (await targetRefusal(form)) ?? (await duplicateNik(viewer, form));
  if (refusal) return refused(refusal);
  // Each twin is checked as its own registration (name and birth date, KIA number), its refusal shown at its fields.
  for (const k of kembar) {
    const r = await targetRefusal({ jenis: "anak", input: k.input });
    if (r) return (receipt && (await findReceipt(viewer, receipt.clientId))) || { ...refusedAt(r), kembar: k.n };
  }
  return receiptTransaction(viewer, receipt, "sasaran", async (tx) => {
    const rumahTanggaId = await resolveHousehold(tx, form);
    const forms: TargetForm[] = [form, ...kembar.map((k) => ({ jenis: "anak" as const, input: k.input }))];
    const ids: number[] = [];
    for (const f of forms) {
      const [row] = await tx
        .insert(sasaran)
        .values({ ...registrationFields(f), rumahTanggaId, createdBy: viewer.id })
        .returning();
      await writeAudit(tx, viewer, {
        action: "create",
        entity: "sasaran",
        entityId: row.id,
        kodeWilayah: row.kodeWilayah,
        after: row,
        typedAt: receipt?.typedAt,
      });
      ids.push(row.id);
    }
    return { ok: true, id: ids[0] } as const;
  });
}

const refusedAt = (refusal: TargetRefusal) => ({ ok: false, reason: "refused", refusal }) as const;

/** Locks a target of this desa (of the given kind) for the rest of the transaction. */
async function lockTarget(tx: Tx, kode: string, id: number, jenis?: JenisSasaran) {
  const [row] = await tx
    .select()
    .from(sasaran)
    .where(and(eq(sasaran.id, id), eq(sasaran.kodeWilayah, kode), jenis ? eq(sasaran.jenis, jenis) : undefined))
    .for("update");
  return row ?? null;
}

/** An edit with an optimistic version check; keeps the household unless another is chosen or typed. */
export async function updateTarget({
  viewer,
  form: typed,
  id,
  version,
}: {
  viewer: Viewer;
  form: TargetForm;
  id: number;
  version?: number;
}): Promise<TargetWriteResult> {
  const refusal = await targetRefusal(typed, id);
  if (refusal) return { ok: false, reason: "refused", refusal };
  const db = await getDb();
  // Which target and which version before the NIK is looked at, so its answer is only given to a save that would
  // otherwise go through; the transaction checks both again under the row lock.
  const [current] = await db
    .select({ version: sasaran.version, nik: sasaran.nik })
    .from(sasaran)
    .where(and(eq(sasaran.id, id), eq(sasaran.kodeWilayah, typed.input.kode), eq(sasaran.jenis, typed.jenis)));
  if (!current) return { ok: false, reason: "not_found" };
  if (isStaleEdit(current.version, version)) return { ok: false, reason: "conflict" };
  const field = withNikField(viewer, typed, current.nik);
  if (!field.ok) return { ok: false, reason: "refused", refusal: field.refusal };
  const { form } = field;
  const nikTaken = await duplicateNik(viewer, form, id);
  if (nikTaken) return { ok: false, reason: "refused", refusal: nikTaken };
  return db.transaction(async (tx) => {
    await holdTargetQuarters(tx, viewer, [id]);
    const before = await lockTarget(tx, form.input.kode, id, form.jenis);
    if (!before) return { ok: false, reason: "not_found" } as const;
    // The NIK kept for a role that cannot see it must be the one checked above.
    if (isStaleEdit(before.version, version) || before.nik !== current.nik)
      return { ok: false, reason: "conflict" } as const;
    const rumahTanggaId = (await resolveHousehold(tx, form)) ?? before.rumahTanggaId;
    const [after] = await tx
      .update(sasaran)
      .set({ ...targetFields(form), rumahTanggaId, version: before.version + 1, updatedAt: new Date() })
      .where(eq(sasaran.id, before.id))
      .returning();
    await writeAudit(tx, viewer, {
      action: "update",
      entity: "sasaran",
      entityId: after.id,
      kodeWilayah: after.kodeWilayah,
      before,
      after,
    });
    // The household is part of the stored quarterly rows (JTRT counts households); a submitted or approved
    // quarter keeps the household it was submitted with (docs/scorecard.md, "Changes to a target").
    await recomputeTargets(tx, [after.id], { guard: keepLockedQuarters(tx, viewer) });
    return { ok: true, id: after.id } as const;
  });
}

export async function createHousehold({
  viewer,
  input,
}: {
  viewer: Viewer;
  input: z.infer<typeof rumahTanggaSchema>;
}): Promise<{ ok: true; id: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(rumahTangga)
      .values({ ...input, kodeWilayah: input.kode })
      .returning();
    await writeAudit(tx, viewer, {
      action: "create",
      entity: "rumah_tangga",
      entityId: row.id,
      kodeWilayah: row.kodeWilayah,
      after: row,
    });
    return { ok: true, id: row.id } as const;
  });
}

/** Delivery: the pregnant woman becomes an ibu nifas; her baby can then be registered from her record. */
export async function recordDelivery({
  viewer,
  kode,
  id,
  tanggalMelahirkan,
  confirmed,
  today,
}: {
  viewer: Viewer;
  kode: string;
  id: number;
  tanggalMelahirkan: string;
  /** The user ticked "Ya, tanggal ini benar" for this date (asked when deliveryWarning has something to say). */
  confirmed: boolean;
  today: string;
}): Promise<
  | { ok: true }
  | { ok: false; reason: "not_found" | "before_birth" }
  | { ok: false; reason: "needs_confirmation"; warning: DeliveryWarning }
> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockTarget(tx, kode, id, "ibu");
    if (!before) return { ok: false, reason: "not_found" } as const;
    const refusal = deliveryRefusal(before, tanggalMelahirkan);
    if (refusal) return { ok: false, reason: refusal } as const;
    // Registered = entered, or its first monthly record if earlier (as for a deactivation).
    const { terdaftar } = await recordSpan(tx, before.id);
    const warning = deliveryWarning({ hpl: before.hpl, terdaftar }, tanggalMelahirkan, today);
    if (warning && !confirmed) return { ok: false, reason: "needs_confirmation", warning } as const;
    // No recomputation: the scorecard reads the delivery from the monthly records, never from the target.
    const [after] = await tx
      .update(sasaran)
      .set({ tanggalMelahirkan, version: before.version + 1, updatedAt: new Date() })
      .where(eq(sasaran.id, before.id))
      .returning();
    await writeAudit(tx, viewer, {
      action: "melahirkan",
      entity: "sasaran",
      entityId: after.id,
      kodeWilayah: after.kodeWilayah,
      before,
      after,
    });
    return { ok: true } as const;
  });
}

/** Moves a target to another desa (checked by the action: in the viewer's scope, not the same desa), to the
 * first active posyandu there. The move is kept in sasaran_pindah and the audit trail. */
export async function transferTarget({
  viewer,
  kode,
  id,
  tujuanKode,
  alasan,
}: {
  viewer: Viewer;
  kode: string;
  id: number;
  tujuanKode: string;
  alasan?: string;
}): Promise<{ ok: true } | { ok: false; reason: "not_found" | "no_posyandu" }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await holdTargetQuarters(tx, viewer, [id]);
    const before = await lockTarget(tx, kode, id);
    if (!before) return { ok: false, reason: "not_found" } as const;
    const [pos] = await tx
      .select({ id: posyandu.id })
      .from(posyandu)
      .where(and(eq(posyandu.kodeWilayah, tujuanKode), eq(posyandu.aktif, true)))
      .limit(1);
    if (!pos) return { ok: false, reason: "no_posyandu" } as const;
    const [after] = await tx
      .update(sasaran)
      .set({ ...transferChanges(tujuanKode, pos.id), version: before.version + 1, updatedAt: new Date() })
      .where(eq(sasaran.id, before.id))
      .returning();
    await tx.insert(sasaranPindah).values({
      sasaranId: before.id,
      dariKode: kode,
      keKode: tujuanKode,
      alasan,
      olehUserId: viewer.id,
    });
    await writeAudit(tx, viewer, {
      action: "pindah",
      entity: "sasaran",
      entityId: before.id,
      kodeWilayah: tujuanKode,
      before,
      after,
    });
    // The household stays behind: the open quarters count the target without it; the records (and so the rows)
    // stay in the old desa, whose submitted or approved quarters keep their results.
    await recomputeTargets(tx, [before.id], { guard: keepLockedQuarters(tx, viewer) });
    return { ok: true } as const;
  });
}

export type DeactivateResult =
  | { ok: true }
  | { ok: false; reason: "not_found" | "conflict" | "already_inactive" }
  | { ok: false; reason: "refused"; refusal: DeactivationRefusal }
  | { ok: false; reason: "locked"; message: string };

/** The target's registration (the day it was entered, or its first monthly record if earlier) and its last
 * monthly record's date: what a deactivation date is checked against. */
async function recordSpan(tx: Tx, id: number): Promise<{ terdaftar: string; lastRecord: string | null }> {
  const [row] = await selectRows<{ terdaftar: string; lastRecord: string | null }>(
    tx,
    sql`with r as (
          select tanggal_periksa as d from pemantauan_ibu where sasaran_id = ${id}
          union all select tanggal_periksa from pemantauan_anak where sasaran_id = ${id}
          union all select make_date(tahun::int, bulan::int, 1) from pemantauan_paud where sasaran_id = ${id})
        select least((s.created_at at time zone 'Asia/Jakarta')::date, (select min(d) from r))::text as terdaftar,
          (select max(d) from r)::text as "lastRecord"
        from sasaran s where s.id = ${id}`,
  );
  return row;
}

/** "Nonaktifkan sasaran" (died, moved out of the district): from `tanggal` on the target is counted nowhere
 * (docs/indicators.md §0) and leaves the monthly lists. Refused when the date falls in a submitted or approved
 * quarter (the period lock), before the target's first day, or before a monthly record already kept. Audited;
 * the stored quarterly results are recomputed as for any change to a target, locked quarters kept. */
export async function deactivateTarget({
  viewer,
  kode,
  id,
  version,
  tanggal,
  alasan,
  today,
}: {
  viewer: Viewer;
  kode: string;
  id: number;
  version?: number;
  tanggal: string;
  alasan: AlasanNonaktif;
  today: string;
}): Promise<DeactivateResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await holdTargetQuarters(tx, viewer, [id]);
    const before = await lockTarget(tx, kode, id);
    if (!before) return { ok: false, reason: "not_found" } as const;
    if (isStaleEdit(before.version, version)) return { ok: false, reason: "conflict" } as const;
    if (!before.aktif) return { ok: false, reason: "already_inactive" } as const;
    const span = await recordSpan(tx, id);
    const refusal = deactivationRefusal(
      { jenis: before.jenis, tanggalLahir: before.tanggalLahir, ...span },
      tanggal,
      today,
    );
    if (refusal) return { ok: false, reason: "refused", refusal } as const;
    try {
      await assertPeriodOpen(tx, viewer, kode, yearMonthOfDate(tanggal));
    } catch (error) {
      if (error instanceof AppError && error.code === "locked")
        return { ok: false, reason: "locked", message: error.message } as const;
      throw error;
    }
    const [after] = await tx
      .update(sasaran)
      .set({
        aktif: false,
        tanggalNonaktif: tanggal,
        alasanNonaktif: alasan,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(sasaran.id, before.id))
      .returning();
    await writeAudit(tx, viewer, {
      action: "nonaktif",
      entity: "sasaran",
      entityId: after.id,
      kodeWilayah: after.kodeWilayah,
      before,
      after,
    });
    await recomputeTargets(tx, [after.id], { guard: keepLockedQuarters(tx, viewer) });
    return { ok: true } as const;
  });
}
