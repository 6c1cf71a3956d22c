"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { guardedAction, type FormState } from "@/lib/auth/guard";
import { messageFor } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { todayIso } from "@/lib/periods";
import { createPelatihanSchema, deletePelatihanSchema, updatePelatihanSchema } from "@/lib/kpm/schemas";
import { createPelatihan, deletePelatihan, updatePelatihan, type PelatihanWriteResult } from "@/db/writes/pelatihan";
import { JENIS_PELATIHAN_LABELS, kpmText } from "@/lib/i18n/kpm";

const t = kpmText.actions;

function failure(result: Exclude<PelatihanWriteResult, { ok: true }>, values: Record<string, string>): FormState {
  if (result.reason === "peserta_outside")
    return {
      status: "error",
      message: messageFor("invalid_input"),
      errors: { pesertaIds: [t.pesertaOutside] },
      values,
    };
  if (result.reason === "tamu_outside")
    return { status: "error", message: messageFor("invalid_input"), errors: { tamu: [t.tamuOutside] }, values };
  return { status: "error", message: messageFor("not_found"), values };
}

export const createPelatihanAction = guardedAction(
  { capability: "pelatihan:write", section: "kpm", schema: createPelatihanSchema, regionOf: (i) => i.kode },
  async ({ viewer, input, region, values }): Promise<FormState> => {
    const result = await createPelatihan({ viewer, kode: region.kode, input });
    if (!result.ok) return failure(result, values);
    revalidatePath(`/wilayah/${region.kode}`, "layout");
    const args = [
      JENIS_PELATIHAN_LABELS[input.jenis],
      input.topik,
      formatDate(input.tanggal),
      input.pesertaIds.length + input.tamu.length,
    ] as const;
    return { status: "ok", message: input.tanggal > todayIso() ? t.planned(...args) : t.saved(...args) };
  },
);

export const updatePelatihanAction = guardedAction(
  { capability: "pelatihan:write", section: "kpm", schema: updatePelatihanSchema, regionOf: (i) => i.kode },
  async ({ viewer, input, region, values }): Promise<FormState> => {
    const result = await updatePelatihan({ viewer, kode: region.kode, id: input.id, input });
    if (!result.ok) return failure(result, values);
    revalidatePath(`/wilayah/${region.kode}`, "layout");
    redirect(`/wilayah/${region.kode}/kpm?pesan=diubah#pelatihan`);
  },
);

export const deletePelatihanAction = guardedAction(
  { capability: "pelatihan:write", schema: deletePelatihanSchema, regionOf: (i) => i.kode },
  async ({ viewer, input, region }): Promise<FormState> => {
    const result = await deletePelatihan({ viewer, kode: region.kode, id: input.id });
    if (!result.ok) return { status: "error", message: messageFor("not_found") };
    revalidatePath(`/wilayah/${region.kode}`, "layout");
    return { status: "ok", message: t.deleted };
  },
);
