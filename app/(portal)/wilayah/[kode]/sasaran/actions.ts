"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { id as idField, optionalId } from "@/lib/validation";
import { fieldError, guardedAction, type FormState } from "@/lib/auth/guard";
import {
  createHousehold,
  deactivateTarget,
  recordDelivery,
  transferTarget,
  updateTarget,
  type DeactivateResult,
} from "@/db/writes/sasaran";
import { anak, detailPath, ibuHamil, targetFailure } from "./registrations";
import { getRegionInScope } from "@/db/queries/regions";
import {
  anakSchema,
  ibuHamilSchema,
  melahirkanSchema,
  nonaktifSchema,
  pindahSchema,
  rumahTanggaSchema,
  type AnakInput,
  type IbuHamilInput,
} from "@/lib/sasaran/schemas";
import type { TargetForm } from "@/lib/sasaran/target-rules";
import { addDaysIso, todayIso } from "@/lib/periods";
import { formatDate, formatInteger } from "@/lib/format";
import { messageFor } from "@/lib/errors";
import { sectionAt } from "@/lib/sections";
import { sasaranText } from "@/lib/i18n/sasaran";
import type { JenisSasaran } from "@/lib/enums";

const t = sasaranText.actions;

function saved(kode: string, id: number): never {
  revalidatePath(`/wilayah/${kode}`, "layout");
  redirect(`${detailPath(kode, id)}?tersimpan=1`);
}

/* Registration's guard, schema and write live in registrations.ts, shared with items sent from a phone; online, a
 * registration that went through opens the new target. */
const onceSaved = (state: FormState, kode: string) =>
  state.status === "ok" && state.saved?.id ? saved(kode, state.saved.id) : state;

export const createIbuHamil = guardedAction(ibuHamil.spec, async (ctx) =>
  onceSaved(await ibuHamil.save(ctx), ctx.input.kode),
);

export const createAnak = guardedAction(anak.spec, async (ctx) => onceSaved(await anak.save(ctx), ctx.input.kode));

const editIdSchema = z.object({
  id: idField(sasaranText.schema.fields.sasaran),
  version: optionalId(sasaranText.schema.fields.versi),
});

function updateAction(jenis: JenisSasaran) {
  const schema = () => (jenis === "ibu" ? ibuHamilSchema(todayIso()) : anakSchema(todayIso()));
  return guardedAction(
    {
      capability: "sasaran:write",
      schema: () => schema().and(editIdSchema),
      regionOf: (i: { kode: string }) => i.kode,
    },
    async ({ viewer, input, values }) => {
      const data = input as (IbuHamilInput | AnakInput) & { id: number; version?: number };
      const form = { jenis, input: data } as TargetForm;
      const result = await updateTarget({ viewer, form, id: data.id, version: data.version });
      if (!result.ok) return targetFailure(result, data.kode, values);
      saved(data.kode, data.id);
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
    await createHousehold({ viewer, input });
    revalidatePath(`/wilayah/${input.kode}/sasaran`);
    return { status: "ok", message: t.householdSaved(input.kepalaKeluarga) };
  },
);

/** Delivery: the pregnant woman becomes an ibu nifas; her baby can then be registered from her record. */
export const markMelahirkan = guardedAction(
  { capability: "sasaran:write", schema: () => melahirkanSchema(todayIso()), regionOf: (i) => i.kode },
  async ({ viewer, input, values }) => {
    const { kode, id, tanggalMelahirkan } = input;
    const confirmed = input.konfirmasi && input.konfirmasiTanggal === tanggalMelahirkan;
    const result = await recordDelivery({ viewer, kode, id, tanggalMelahirkan, confirmed, today: todayIso() });
    if (!result.ok && result.reason === "not_found")
      return { status: "error", message: messageFor("not_found"), values };
    if (!result.ok && result.reason === "needs_confirmation") {
      const w = result.warning;
      const message =
        w.reason === "before_hpl"
          ? sasaranText.lifecycle.confirmBeforeHpl(
              formatInteger(w.days),
              formatDate(addDaysIso(tanggalMelahirkan, w.days)),
            )
          : sasaranText.lifecycle.confirmRecent(formatDate(w.since));
      // The form shows the "Ya, tanggal … benar" box for exactly this date; it starts unticked.
      return fieldError(
        { ...values, konfirmasi: "", konfirmasiTanggal: tanggalMelahirkan },
        "tanggalMelahirkan",
        message,
      );
    }
    if (!result.ok) return fieldError(values, "tanggalMelahirkan", t.melahirkanInvalid);
    revalidatePath(`/wilayah/${input.kode}`, "layout");
    redirect(`${detailPath(input.kode, input.id)}?melahirkan=1`);
  },
);

/** Moving a family to another desa: kecamatan/kabupaten only, both desa inside their scope. History kept. */
export const pindahkanSasaran = guardedAction(
  { capability: "sasaran:transfer", schema: pindahSchema, regionOf: (i) => i.kode },
  async ({ viewer, input, values }) => {
    const tujuan = await getRegionInScope({ viewer, kode: input.keKode });
    if (!tujuan || !sectionAt("sasaran", tujuan.jenis, "write")) return fieldError(values, "keKode", t.tujuanInvalid);
    if (tujuan.kode === input.kode) return fieldError(values, "keKode", t.tujuanSame);
    const { kode, id, alasan } = input;
    const result = await transferTarget({ viewer, kode, id, tujuanKode: tujuan.kode, alasan });
    if (!result.ok && result.reason === "not_found")
      return { status: "error", message: messageFor("not_found"), values };
    if (!result.ok) return { status: "error", message: t.tujuanNoPosyandu, values };
    revalidatePath(`/wilayah/${input.kode}`, "layout");
    revalidatePath(`/wilayah/${tujuan.kode}`, "layout");
    redirect(`${detailPath(tujuan.kode, input.id)}?dipindahkan=1`);
  },
);

/** A refused deactivation, beside the date field where the date is the reason; typed values kept. */
function nonaktifFailure(result: Exclude<DeactivateResult, { ok: true }>, values: Record<string, string>): FormState {
  const field = (message: string) => fieldError(values, "tanggalNonaktif", message);
  switch (result.reason) {
    case "not_found":
      return { status: "error", message: messageFor("not_found"), values };
    case "conflict":
      return { status: "error", message: t.conflict, values };
    case "already_inactive":
      return { status: "error", message: t.alreadyInactive, values };
    case "locked":
      return field(result.message);
    case "refused": {
      const r = result.refusal;
      if (r.reason === "future") return field(sasaranText.schema.notFuture(sasaranText.schema.fields.tanggalNonaktif));
      if (r.reason === "before_start") return field(t.nonaktifBeforeStart(formatDate(r.start)));
      return field(t.nonaktifRecordsAfter(formatDate(r.last)));
    }
  }
}

/** "Nonaktifkan sasaran" (died, moved out of the district): the desa's KPM, like any change to the target. From
 * the date on the target is counted nowhere and leaves the monthly lists (docs/indicators.md §0). */
export const nonaktifkanSasaran = guardedAction(
  {
    capability: "sasaran:write",
    section: "sasaran",
    schema: () => nonaktifSchema(todayIso()),
    regionOf: (i) => i.kode,
  },
  async ({ viewer, input, values }) => {
    const result = await deactivateTarget({
      viewer,
      kode: input.kode,
      id: input.id,
      version: input.version,
      tanggal: input.tanggalNonaktif,
      alasan: input.alasanNonaktif,
      today: todayIso(),
    });
    if (!result.ok) return nonaktifFailure(result, values);
    revalidatePath(`/wilayah/${input.kode}`, "layout");
    redirect(`${detailPath(input.kode, input.id)}?nonaktif=1`);
  },
);
