"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { id as idField, optionalId } from "@/lib/validation";
import { fieldError, guardedAction, type FormState } from "@/lib/auth/guard";
import { getDb } from "@/db/client";
import { posyandu, rumahTangga, sasaran, sasaranPindah } from "@/db/schema";
import type { Tx } from "@/db/client";
import { writeAudit } from "@/db/writes/audit";
import { findNameDobDuplicate, findNikElsewhere, isKiaTaken } from "@/db/queries/sasaran";
import { getRegionInScope } from "@/db/queries/regions";
import {
  anakSchema,
  ibuHamilSchema,
  melahirkanSchema,
  pindahSchema,
  rumahTanggaSchema,
  type AnakInput,
  type IbuHamilInput,
} from "@/lib/sasaran/schemas";
import { todayIso } from "@/lib/periods";
import { regionTitle } from "@/lib/regions";
import { AppError } from "@/lib/errors";
import { recomputeTargets } from "@/db/rollups/scorecard";
import { sasaranText } from "@/lib/i18n/sasaran";

const t = sasaranText.actions;

const detailPath = (kode: string, id: number) => `/wilayah/${kode}/sasaran/${id}`;

type Common = IbuHamilInput | AnakInput;

/** Rules that need the database: duplicates, KIA, posyandu and household of this desa. Returns a refusal or null. */
async function checkTarget(
  input: Common,
  jenis: "ibu" | "anak",
  values: Record<string, string>,
  excludeId?: number,
): Promise<FormState | null> {
  const db = await getDb();
  const [pos] = await db
    .select({ id: posyandu.id })
    .from(posyandu)
    .where(and(eq(posyandu.id, input.posyanduId), eq(posyandu.kodeWilayah, input.kode), eq(posyandu.aktif, true)));
  if (!pos) return fieldError(values, "posyanduId", t.posyanduInactive);
  if (input.rumahTanggaId) {
    const [rt] = await db
      .select({ id: rumahTangga.id })
      .from(rumahTangga)
      .where(and(eq(rumahTangga.id, input.rumahTanggaId), eq(rumahTangga.kodeWilayah, input.kode)));
    if (!rt) return fieldError(values, "rumahTanggaId", t.householdNotFound);
  }
  if (input.nik) {
    const other = await findNikElsewhere({ nik: input.nik, excludeId });
    if (other && other.kodeWilayah === input.kode) {
      return fieldError(values, "nik", t.nikHere, { href: detailPath(input.kode, other.id), label: t.openExisting });
    }
    if (other) return fieldError(values, "nik", t.nikElsewhere(regionTitle({ nama: other.desa, jenis: other.jenis })));
  }
  const dup = await findNameDobDuplicate({
    kode: input.kode,
    nama: input.nama,
    tanggalLahir: input.tanggalLahir,
    excludeId,
  });
  if (dup) {
    return fieldError(values, "nama", t.duplicate, { href: detailPath(input.kode, dup.id), label: t.openExisting });
  }
  if (input.noKia && (await isKiaTaken({ kode: input.kode, jenis, noKia: input.noKia, excludeId }))) {
    return fieldError(values, "noKia", t.kiaTaken);
  }
  return null;
}

/** Uses the chosen household, or creates one from the inline fields when a head of household is typed. */
async function resolveHousehold(tx: Tx, input: Common): Promise<number | null> {
  if (input.rumahTanggaId) return input.rumahTanggaId;
  if (!input.kepalaKeluarga) return null;
  const [rt] = await tx
    .insert(rumahTangga)
    .values({
      kodeWilayah: input.kode,
      kepalaKeluarga: input.kepalaKeluarga,
      alamat: input.alamat,
      dusun: input.dusun,
      rt: input.rt,
      rw: input.rw,
      airMinumLayak: input.airMinumLayak,
      jambanLayak: input.jambanLayak,
    })
    .returning();
  return rt.id;
}

function targetColumns(input: Common) {
  return {
    kodeWilayah: input.kode,
    nama: input.nama,
    nik: input.nik ?? null,
    tanggalLahir: input.tanggalLahir,
    noKia: input.noKia ?? null,
    posyanduId: input.posyanduId,
  };
}

export const createIbuHamil = guardedAction(
  {
    capability: "sasaran:write",
    section: "sasaran",
    wrongLevel: t.villageOnly,
    schema: () => ibuHamilSchema(todayIso()),
    regionOf: (i) => i.kode,
  },
  async ({ viewer, input, values }) => {
    const refusal = await checkTarget(input, "ibu", values);
    if (refusal) return refusal;
    const db = await getDb();
    const id = await db.transaction(async (tx) => {
      const rumahTanggaId = await resolveHousehold(tx, input);
      const [row] = await tx
        .insert(sasaran)
        .values({
          ...targetColumns(input),
          jenis: "ibu",
          jenisKelamin: "P",
          hpl: input.hpl ?? null,
          rumahTanggaId,
          createdBy: viewer.id,
        })
        .returning();
      await writeAudit(tx, viewer, {
        action: "create",
        entity: "sasaran",
        entityId: row.id,
        kodeWilayah: row.kodeWilayah,
        after: row,
      });
      return row.id;
    });
    revalidatePath(`/wilayah/${input.kode}`, "layout");
    redirect(`${detailPath(input.kode, id)}?tersimpan=1`);
  },
);

async function checkMother(input: AnakInput, values: Record<string, string>): Promise<FormState | null> {
  if (!input.ibuId) return null;
  const db = await getDb();
  const [ibu] = await db
    .select({ id: sasaran.id, tanggalLahir: sasaran.tanggalLahir })
    .from(sasaran)
    .where(and(eq(sasaran.id, input.ibuId), eq(sasaran.kodeWilayah, input.kode), eq(sasaran.jenis, "ibu")));
  if (!ibu) return fieldError(values, "ibuId", t.ibuNotFound);
  if (input.tanggalLahir <= ibu.tanggalLahir) return fieldError(values, "tanggalLahir", t.bornBeforeMother);
  return null;
}

export const createAnak = guardedAction(
  {
    capability: "sasaran:write",
    section: "sasaran",
    wrongLevel: t.villageOnly,
    schema: () => anakSchema(todayIso()),
    regionOf: (i) => i.kode,
  },
  async ({ viewer, input, values }) => {
    const refusal = (await checkMother(input, values)) ?? (await checkTarget(input, "anak", values));
    if (refusal) return refusal;
    const db = await getDb();
    const id = await db.transaction(async (tx) => {
      const rumahTanggaId = await resolveHousehold(tx, input);
      const [row] = await tx
        .insert(sasaran)
        .values({
          ...targetColumns(input),
          jenis: "anak",
          jenisKelamin: input.jenisKelamin,
          ibuId: input.ibuId ?? null,
          beratLahirKg: input.beratLahirKg ?? null,
          panjangLahirCm: input.panjangLahirCm ?? null,
          rumahTanggaId,
          createdBy: viewer.id,
        })
        .returning();
      await writeAudit(tx, viewer, {
        action: "create",
        entity: "sasaran",
        entityId: row.id,
        kodeWilayah: row.kodeWilayah,
        after: row,
      });
      return row.id;
    });
    revalidatePath(`/wilayah/${input.kode}`, "layout");
    redirect(`${detailPath(input.kode, id)}?tersimpan=1`);
  },
);

/** Loads the target being edited inside this desa, with an optimistic version check. */
async function loadForEdit(tx: Tx, kode: string, id: number, jenis: "ibu" | "anak") {
  const [row] = await tx
    .select()
    .from(sasaran)
    .where(and(eq(sasaran.id, id), eq(sasaran.kodeWilayah, kode), eq(sasaran.jenis, jenis)))
    .for("update");
  if (!row) throw new AppError("not_found");
  return row;
}

const editIdSchema = z.object({
  id: idField(sasaranText.schema.fields.sasaran),
  version: optionalId(sasaranText.schema.fields.versi),
});

function updateAction(jenis: "ibu" | "anak") {
  const schema = () => (jenis === "ibu" ? ibuHamilSchema(todayIso()) : anakSchema(todayIso()));
  return guardedAction(
    {
      capability: "sasaran:write",
      schema: () => schema().and(editIdSchema),
      regionOf: (i: { kode: string }) => i.kode,
    },
    async ({ viewer, input, values }) => {
      const data = input as Common & { id: number; version?: number };
      const refusal =
        (jenis === "anak" ? await checkMother(data as AnakInput, values) : null) ??
        (await checkTarget(data, jenis, values, data.id));
      if (refusal) return refusal;
      const db = await getDb();
      const outcome = await db.transaction(async (tx) => {
        const before = await loadForEdit(tx, data.kode, data.id, jenis);
        if (data.version && before.version !== data.version) return "conflict" as const;
        const rumahTanggaId = (await resolveHousehold(tx, data)) ?? before.rumahTanggaId;
        const changes =
          jenis === "ibu"
            ? { ...targetColumns(data), hpl: (data as IbuHamilInput).hpl ?? null }
            : {
                ...targetColumns(data),
                jenisKelamin: (data as AnakInput).jenisKelamin,
                ibuId: (data as AnakInput).ibuId ?? null,
                beratLahirKg: (data as AnakInput).beratLahirKg ?? null,
                panjangLahirCm: (data as AnakInput).panjangLahirCm ?? null,
              };
        const [after] = await tx
          .update(sasaran)
          .set({ ...changes, rumahTanggaId, version: before.version + 1, updatedAt: new Date() })
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
        // The household is part of the stored quarterly rows (JTRT counts households).
        await recomputeTargets(tx, [after.id]);
        return "ok" as const;
      });
      if (outcome === "conflict") {
        return { status: "error", message: t.conflict, values };
      }
      revalidatePath(`/wilayah/${data.kode}`, "layout");
      redirect(`${detailPath(data.kode, data.id)}?tersimpan=1`);
    },
  );
}

export const updateIbu = updateAction("ibu");
export const updateAnak = updateAction("anak");

export const createRumahTangga = guardedAction(
  {
    capability: "sasaran:write",
    section: "sasaran",
    wrongLevel: t.villageOnly,
    schema: rumahTanggaSchema,
    regionOf: (i) => i.kode,
  },
  async ({ viewer, input }) => {
    const db = await getDb();
    await db.transaction(async (tx) => {
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
    });
    revalidatePath(`/wilayah/${input.kode}/sasaran`);
    return { status: "ok", message: t.householdSaved(input.kepalaKeluarga) };
  },
);

/** Delivery: the pregnant woman becomes an ibu nifas; her baby can then be registered from her record. */
export const markMelahirkan = guardedAction(
  { capability: "sasaran:write", schema: () => melahirkanSchema(todayIso()), regionOf: (i) => i.kode },
  async ({ viewer, input, values }) => {
    const db = await getDb();
    const result = await db.transaction(async (tx) => {
      const before = await loadForEdit(tx, input.kode, input.id, "ibu");
      if (input.tanggalMelahirkan < before.tanggalLahir) return "before-birth" as const;
      const [after] = await tx
        .update(sasaran)
        .set({ tanggalMelahirkan: input.tanggalMelahirkan, version: before.version + 1, updatedAt: new Date() })
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
      return "ok" as const;
    });
    if (result !== "ok") return fieldError(values, "tanggalMelahirkan", t.melahirkanInvalid);
    revalidatePath(`/wilayah/${input.kode}`, "layout");
    redirect(`${detailPath(input.kode, input.id)}?melahirkan=1`);
  },
);

/** Moving a family to another desa: kecamatan/kabupaten only, both desa inside their scope. History kept. */
export const pindahkanSasaran = guardedAction(
  { capability: "sasaran:transfer", schema: pindahSchema, regionOf: (i) => i.kode },
  async ({ viewer, input, values }) => {
    const tujuan = await getRegionInScope({ viewer, kode: input.keKode });
    if (!tujuan || (tujuan.jenis !== "desa" && tujuan.jenis !== "kelurahan"))
      return fieldError(values, "keKode", t.tujuanInvalid);
    if (tujuan.kode === input.kode) return fieldError(values, "keKode", t.tujuanSame);
    const db = await getDb();
    await db.transaction(async (tx) => {
      const [before] = await tx
        .select()
        .from(sasaran)
        .where(and(eq(sasaran.id, input.id), eq(sasaran.kodeWilayah, input.kode)))
        .for("update");
      if (!before) throw new AppError("not_found");
      const [pos] = await tx
        .select({ id: posyandu.id })
        .from(posyandu)
        .where(and(eq(posyandu.kodeWilayah, tujuan.kode), eq(posyandu.aktif, true)))
        .limit(1);
      if (!pos) throw new AppError("invalid_input", t.tujuanNoPosyandu);
      // The KIA number belongs to the old desa's register; the household stays behind.
      const [after] = await tx
        .update(sasaran)
        .set({
          kodeWilayah: tujuan.kode,
          posyanduId: pos.id,
          rumahTanggaId: null,
          noKia: null,
          version: before.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(sasaran.id, before.id))
        .returning();
      await tx.insert(sasaranPindah).values({
        sasaranId: before.id,
        dariKode: input.kode,
        keKode: tujuan.kode,
        alasan: input.alasan,
        olehUserId: viewer.id,
      });
      await writeAudit(tx, viewer, {
        action: "pindah",
        entity: "sasaran",
        entityId: before.id,
        kodeWilayah: tujuan.kode,
        before,
        after,
      });
    });
    revalidatePath(`/wilayah/${input.kode}`, "layout");
    revalidatePath(`/wilayah/${tujuan.kode}`, "layout");
    redirect(`${detailPath(tujuan.kode, input.id)}?dipindahkan=1`);
  },
);
