import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { pemantauanAnak, pemantauanIbu, pemantauanPaud, pengukuran, posyandu, sasaran } from "../schema";
import { writeAudit } from "./audit";
import { receiptTransaction, type DuplicateResult, type Receipt } from "./receipts";
import { assertPeriodOpen, refuseLockedQuarters } from "../queries/period-lock";
import { applyGrowthChange, childGrowthShare } from "../rollups/growth";
import { recomputeTargets } from "../rollups/scorecard";
import type { Viewer } from "@/lib/auth/viewer";
import type { PlausibilityField } from "@/lib/growth/plausibility";
import { loadGrowthTables } from "@/lib/growth/tables";
import type { AnakMonthInput, IbuMonthInput, PaudMonthInput } from "@/lib/pemantauan/schemas";
import {
  checkAnakMonth,
  deliveryBeforeBirth,
  deliveryToRecord,
  growthDatesOfSave,
  ibuRecomputeFrom,
  isVersionConflict,
  measuredThisMonth,
  nifasVisitsRefusal,
  type AgeRefusal,
  type NifasRefusal,
} from "@/lib/pemantauan/save-rules";
import type { CaraUkur, JenisSasaran } from "@/lib/enums";
import type { evaluateMeasurement } from "@/lib/growth/measure";

/* The monthly records (Formulir 2A/2B/2C): one row per target per month, created or edited in place, each save in
 * one transaction with its audit row and the target's quarterly recomputation. A quarter that was submitted or
 * approved throws AppError("locked") from assertPeriodOpen (the guard shows its message); every other refusal is
 * returned. */

type Refusal<R extends string> = { ok: false; reason: R };
/** Saved: the record's id and its new version; or, for an item from a phone sent before, nothing written. */
type Saved = { ok: true; id: number; version: number; duplicate?: undefined } | DuplicateResult;
export type IbuMonthResult =
  | Saved
  | Refusal<"not_found" | "posyandu_not_here" | "melahirkan_invalid" | "conflict">
  | ({ ok: false } & NifasRefusal);
export type AnakMonthResult =
  | Saved
  | Refusal<"not_found" | "posyandu_not_here" | AgeRefusal | "conflict">
  | { ok: false; reason: "implausible"; problems: Partial<Record<PlausibilityField, string>> };
export type PaudMonthResult = Saved | Refusal<"not_found" | "conflict">;

/** A save from a phone (with a receipt) that names no version was typed for a month the phone held no record of:
 * a record saved meanwhile by someone else is a conflict, never overwritten unseen. An online save keeps the rule of
 * isVersionConflict (no version posted, no check). */
export function isStale(
  stored: { version: number } | null | undefined,
  submitted: number | undefined,
  receipt?: Receipt,
) {
  return isVersionConflict(stored, submitted) || Boolean(receipt && stored && submitted === undefined);
}

/** The active target of this desa, locked for the save (one save of a target at a time: the growth roll-up
 * reads the child's share before and after its write), and whether the chosen posyandu is in the same desa —
 * one round trip. `for no key update` still lets other rows reference the target. */
export async function loadTarget(tx: Tx, kode: string, sasaranId: number, jenis: JenisSasaran, posyanduId = 0) {
  const [row] = await tx
    .select({
      target: sasaran,
      posyanduOk: sql<boolean>`exists (select 1 from ${posyandu} where ${posyandu.id} = ${posyanduId} and ${posyandu.kodeWilayah} = ${kode})`,
    })
    .from(sasaran)
    .where(
      and(eq(sasaran.id, sasaranId), eq(sasaran.kodeWilayah, kode), eq(sasaran.jenis, jenis), eq(sasaran.aktif, true)),
    )
    .for("no key update");
  return row ?? null;
}

/**
 * Independent statements of one transaction handed to the driver together. postgres.js queues them on the
 * transaction's connection and PostgreSQL runs them in the order given (locks still taken quarter → target → month
 * row). They are not pipelined on the wire — an unnamed statement with parameters is described before it is executed,
 * one at a time — but the write does not get control back between them (measured: docs/scaling.md §2.0). Every
 * promise is awaited, so a failure of one (a locked quarter) still aborts the transaction after the others have
 * settled, the first by position wins (as when they ran one after another), and no rejection is left unhandled.
 */
export async function pipelined<T extends readonly unknown[]>(...steps: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(steps);
  const failed = settled.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** Formulir 2A for one mother and month; a delivery date typed here also moves her to ibu nifas. */
export async function upsertIbuMonth({
  viewer,
  input,
  receipt,
}: {
  viewer: Viewer;
  /** Present when the save came from a phone (lib/offline/protocol.ts): claimed first, see receipts.ts. */
  receipt?: Receipt;
  input: IbuMonthInput;
}): Promise<IbuMonthResult> {
  const { kode, sasaranId, bulan: ym, version, ...fields } = input;
  return receiptTransaction(viewer, receipt, "pemantauan_ibu", async (tx): Promise<IbuMonthResult> => {
    const [, loaded, [before]] = await pipelined(
      assertPeriodOpen(tx, viewer, kode, ym),
      loadTarget(tx, kode, sasaranId, "ibu", fields.posyanduId),
      tx
        .select()
        .from(pemantauanIbu)
        .where(
          and(
            eq(pemantauanIbu.sasaranId, sasaranId),
            eq(pemantauanIbu.tahun, ym.tahun),
            eq(pemantauanIbu.bulan, ym.bulan),
          ),
        )
        .for("update"),
    );
    if (!loaded) return { ok: false, reason: "not_found" };
    const { target, posyanduOk } = loaded;
    if (!posyanduOk) return { ok: false, reason: "posyandu_not_here" };
    if (deliveryBeforeBirth(target.tanggalLahir, fields.tanggalMelahirkan))
      return { ok: false, reason: "melahirkan_invalid" };
    const nifas = nifasVisitsRefusal(ym, fields.kunjunganNifas, fields.tanggalMelahirkan ?? target.tanggalMelahirkan);
    if (nifas) return { ok: false, ...nifas };
    if (isStale(before, version, receipt)) return { ok: false, reason: "conflict" };
    const data = {
      ...fields,
      butirPilFe: fields.butirPilFe ?? null,
      lilaCm: fields.lilaCm ?? null,
      statusKehamilan: fields.statusKehamilan ?? null,
      usiaKehamilan: fields.usiaKehamilan ?? null,
      tanggalMelahirkan: fields.tanggalMelahirkan ?? null,
    };
    const [after] = before
      ? await tx
          .update(pemantauanIbu)
          .set({ ...data, version: before.version + 1, updatedBy: viewer.id, updatedAt: new Date() })
          .where(eq(pemantauanIbu.id, before.id))
          .returning()
      : await tx
          .insert(pemantauanIbu)
          .values({ ...data, sasaranId, kodeWilayah: kode, tahun: ym.tahun, bulan: ym.bulan, updatedBy: viewer.id })
          .returning();
    const delivered = deliveryToRecord(target.tanggalMelahirkan, fields.tanggalMelahirkan);
    if (delivered) {
      await tx
        .update(sasaran)
        .set({ tanggalMelahirkan: delivered, version: sql`${sasaran.version} + 1`, updatedAt: new Date() })
        .where(eq(sasaran.id, target.id));
    }
    await writeAudit(tx, viewer, {
      action: before ? "update" : "create",
      entity: "pemantauan_ibu",
      entityId: after.id,
      kodeWilayah: kode,
      before: before ?? null,
      after,
      typedAt: receipt?.typedAt,
    });
    // Only a delivery date that moves recomputes earlier quarters: a locked quarter keeps its stored results, which
    // may predate a rule change, and an ordinary save must not be refused over them.
    const moved =
      delivered !== null || Boolean(before?.tanggalMelahirkan && before.tanggalMelahirkan !== fields.tanggalMelahirkan);
    const from = moved
      ? ibuRecomputeFrom(ym, [fields.tanggalMelahirkan, before?.tanggalMelahirkan, target.tanggalMelahirkan])
      : ym;
    await recomputeTargets(tx, [sasaranId], { from, guard: refuseLockedQuarters(tx, viewer, { kode, ym }) });
    return { ok: true, id: after.id, version: after.version };
  });
}

/** Formulir 2B plus the month's measurement, its z-scores computed here, on the server; the desa's growth roll-up
 * moves by the child's share before and after the write. */
export async function upsertAnakMonth({
  viewer,
  input,
  receipt,
}: {
  viewer: Viewer;
  /** Present when the save came from a phone (lib/offline/protocol.ts): claimed first, see receipts.ts. */
  receipt?: Receipt;
  input: AnakMonthInput;
}): Promise<AnakMonthResult> {
  const { kode, sasaranId, bulan: ym, version, beratKg, panjangCm, caraUkur, oedema, ...fields } = input;
  return receiptTransaction(viewer, receipt, "pemantauan_anak", async (tx): Promise<AnakMonthResult> => {
    // The three reads together (see pipelined): the quarter's lock, the target, this month's row.
    const [, loaded, [found]] = await pipelined(
      assertPeriodOpen(tx, viewer, kode, ym),
      loadTarget(tx, kode, sasaranId, "anak", fields.posyanduId),
      tx
        .select({ before: pemantauanAnak, oldUkur: pengukuran })
        .from(pemantauanAnak)
        .leftJoin(pengukuran, eq(pengukuran.pemantauanAnakId, pemantauanAnak.id))
        .where(
          and(
            eq(pemantauanAnak.sasaranId, sasaranId),
            eq(pemantauanAnak.tahun, ym.tahun),
            eq(pemantauanAnak.bulan, ym.bulan),
          ),
        )
        .for("update", { of: pemantauanAnak }),
    );
    if (!loaded) return { ok: false, reason: "not_found" };
    const { target, posyanduOk } = loaded;
    if (!posyanduOk) return { ok: false, reason: "posyandu_not_here" };
    const check = checkAnakMonth(
      target,
      {
        tanggalPeriksa: fields.tanggalPeriksa,
        beratKg,
        panjangCm,
        caraUkur,
        oedema,
      },
      loadGrowthTables(),
    );
    if (!check.ok) return check;
    const { measured, measurement: m } = check;
    const before = found?.before;
    const oldUkur = found?.oldUkur ?? undefined;
    if (isStale(before, version, receipt)) return { ok: false, reason: "conflict" };
    // The child's share of the growth roll-up in the periods of the old and the new measurement, before the write.
    const growthDates = growthDatesOfSave(measured, fields.tanggalPeriksa, oldUkur?.tanggalUkur);
    const growthBefore = await childGrowthShare(tx, sasaranId, growthDates);
    const data = {
      ...fields,
      statusGizi: fields.statusGizi ?? null,
      umurBulan: m.umurBulan,
      ...measuredThisMonth(fields, { beratKg, panjangCm }),
    };
    const [after] = before
      ? await tx
          .update(pemantauanAnak)
          .set({ ...data, version: before.version + 1, updatedBy: viewer.id, updatedAt: new Date() })
          .where(eq(pemantauanAnak.id, before.id))
          .returning()
      : await tx
          .insert(pemantauanAnak)
          .values({ ...data, sasaranId, kodeWilayah: kode, tahun: ym.tahun, bulan: ym.bulan, updatedBy: viewer.id })
          .returning();
    const ukur = await writeMeasurement(tx, {
      link: { pemantauanAnakId: after.id },
      old: oldUkur,
      measurement: measured ? m.row : null,
      values: {
        sasaranId,
        kodeWilayah: kode,
        tanggalUkur: fields.tanggalPeriksa,
        beratKg,
        panjangCm,
        caraUkur,
        oedema,
      },
    });
    // Independent after the write: the audit row, the quarter's recomputation and the child's new growth share.
    const [, , growthAfter] = await pipelined(
      writeAudit(tx, viewer, {
        action: before ? "update" : "create",
        entity: "pemantauan_anak",
        entityId: after.id,
        kodeWilayah: kode,
        before: before ? { ...before, pengukuran: oldUkur ?? null } : null,
        after: { ...after, pengukuran: ukur },
        typedAt: receipt?.typedAt,
      }),
      recomputeTargets(tx, [sasaranId], { from: ym, guard: refuseLockedQuarters(tx, viewer, { kode, ym }) }),
      childGrowthShare(tx, sasaranId, growthDates),
    );
    await applyGrowthChange(tx, growthBefore, growthAfter);
    return { ok: true, id: after.id, version: after.version };
  });
}

/** The month's measurement of a child's record (2B or balita, `link` names which): created or replaced with the
 * z-scores computed by the caller (`measurement`, the row of evaluateMeasurement), or the old one removed when the
 * save carries no weight or length. Returns the stored row (null when there is none). */
export async function writeMeasurement(
  tx: Tx,
  p: {
    link: { pemantauanAnakId: number } | { pemantauanBalitaId: number };
    old: { id: number } | undefined;
    measurement: ReturnType<typeof evaluateMeasurement>["row"] | null;
    values: {
      sasaranId: number;
      kodeWilayah: string;
      tanggalUkur: string;
      beratKg?: number;
      panjangCm?: number;
      caraUkur?: CaraUkur;
      oedema: boolean;
    };
  },
) {
  if (!p.measurement) {
    if (p.old) await tx.delete(pengukuran).where(eq(pengukuran.id, p.old.id));
    return null;
  }
  const { beratKg, panjangCm, caraUkur, ...rest } = p.values;
  const row = {
    ...rest,
    ...p.link,
    beratKg: beratKg ?? null,
    panjangCm: panjangCm ?? null,
    caraUkur: caraUkur ?? null,
    ...p.measurement,
    updatedAt: new Date(),
  };
  const target = "pemantauanAnakId" in p.link ? pengukuran.pemantauanAnakId : pengukuran.pemantauanBalitaId;
  const [stored] = await tx.insert(pengukuran).values(row).onConflictDoUpdate({ target, set: row }).returning();
  return stored;
}

/** Formulir 2C: one PAUD status per child per month. */
export async function upsertPaudMonth({
  viewer,
  input,
  receipt,
}: {
  viewer: Viewer;
  /** Present when the save came from a phone (lib/offline/protocol.ts): claimed first, see receipts.ts. */
  receipt?: Receipt;
  input: PaudMonthInput;
}): Promise<PaudMonthResult> {
  const { kode, sasaranId, bulan: ym, version, status } = input;
  return receiptTransaction(viewer, receipt, "pemantauan_paud", async (tx): Promise<PaudMonthResult> => {
    await assertPeriodOpen(tx, viewer, kode, ym);
    if (!(await loadTarget(tx, kode, sasaranId, "anak"))) return { ok: false, reason: "not_found" };
    const written = await writePaudStatus(tx, viewer, { kode, sasaranId, ym, status, version, receipt });
    if (!written) return { ok: false, reason: "conflict" };
    await recomputeTargets(tx, [sasaranId], { from: ym, guard: refuseLockedQuarters(tx, viewer, { kode, ym }) });
    return { ok: true, id: written.id, version: written.version };
  });
}

/** The month's PAUD status (Formulir 2C's one fact), created or changed in place with its audit row; null when
 * the stored row's version differs from the one the form was filled from. The balita record writes PAUD attendance
 * through this too, so the fact lives in one row. The caller holds the target's lock and recomputes. */
export async function writePaudStatus(
  tx: Tx,
  viewer: Viewer,
  p: {
    kode: string;
    sasaranId: number;
    ym: PaudMonthInput["bulan"];
    status: PaudMonthInput["status"];
    version?: number;
    receipt?: Receipt;
    /** The balita form re-posts the status it showed: an unchanged status writes nothing. */
    skipUnchanged?: boolean;
  },
) {
  const { kode, sasaranId, ym, status } = p;
  const [before] = await tx
    .select()
    .from(pemantauanPaud)
    .where(
      and(
        eq(pemantauanPaud.sasaranId, sasaranId),
        eq(pemantauanPaud.tahun, ym.tahun),
        eq(pemantauanPaud.bulan, ym.bulan),
      ),
    )
    .for("update");
  if (isStale(before, p.version, p.receipt)) return null;
  if (p.skipUnchanged && before?.status === status) return before;
  const [after] = before
    ? await tx
        .update(pemantauanPaud)
        .set({ status, version: before.version + 1, updatedBy: viewer.id, updatedAt: new Date() })
        .where(eq(pemantauanPaud.id, before.id))
        .returning()
    : await tx
        .insert(pemantauanPaud)
        .values({ sasaranId, kodeWilayah: kode, tahun: ym.tahun, bulan: ym.bulan, status, updatedBy: viewer.id })
        .returning();
  await writeAudit(tx, viewer, {
    action: before ? "update" : "create",
    entity: "pemantauan_paud",
    entityId: after.id,
    kodeWilayah: kode,
    before: before ?? null,
    after,
    typedAt: p.receipt?.typedAt,
  });
  return after;
}
