"use server";

import { revalidatePath } from "next/cache";
import { guardedAction, type FormState } from "@/lib/auth/guard";
import { messageFor } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { createPelatihanSchema, deletePelatihanSchema } from "@/lib/kpm/schemas";
import { createPelatihan, deletePelatihan } from "@/db/writes/pelatihan";
import { JENIS_PELATIHAN_LABELS, kpmText } from "@/lib/i18n/kpm";

const t = kpmText.actions;
const PESERTA_OUTSIDE = t.pesertaOutside;

export const createPelatihanAction = guardedAction(
  { capability: "pelatihan:write", section: "kpm", schema: createPelatihanSchema, regionOf: (i) => i.kode },
  async ({ viewer, input, region, values }): Promise<FormState> => {
    const result = await createPelatihan({ viewer, kode: region.kode, input });
    if (!result.ok)
      return {
        status: "error",
        message: messageFor("invalid_input"),
        errors: { pesertaIds: [PESERTA_OUTSIDE] },
        values,
      };
    revalidatePath(`/wilayah/${region.kode}`, "layout");
    return {
      status: "ok",
      message: t.saved(
        JENIS_PELATIHAN_LABELS[input.jenis],
        input.topik,
        formatDate(input.tanggal),
        input.pesertaIds.length,
      ),
    };
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
