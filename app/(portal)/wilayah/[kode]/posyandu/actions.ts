"use server";

import { revalidatePath } from "next/cache";
import { guardedAction, type FormState } from "@/lib/auth/guard";
import { messageFor } from "@/lib/errors";
import { createPosyandu, updatePosyandu, type PosyanduWriteResult } from "@/db/writes/posyandu";
import { createPosyanduSchema, posyanduStatusSchema, updatePosyanduSchema } from "@/lib/posyandu/schemas";
import { posyanduText } from "@/lib/i18n/posyandu";

const t = posyanduText.actions;
const DUPLICATE = t.duplicate;

function failure(result: Exclude<PosyanduWriteResult, { ok: true }>, values: Record<string, string>): FormState {
  if (result.reason === "duplicate")
    return { status: "error", message: messageFor("invalid_input"), errors: { nama: [DUPLICATE] }, values };
  return { status: "error", message: messageFor("not_found"), values };
}

export const createPosyanduAction = guardedAction(
  { capability: "posyandu:write", section: "posyandu", schema: createPosyanduSchema, regionOf: (i) => i.kode },
  async ({ viewer, input, region }) => {
    const values = { kode: input.kode, nama: input.nama, alamat: input.alamat ?? "" };
    const result = await createPosyandu({
      viewer,
      kode: region.kode,
      input: { nama: input.nama, alamat: input.alamat },
    });
    if (!result.ok) return failure(result, values);
    revalidatePath(`/wilayah/${region.kode}/posyandu`);
    return { status: "ok", message: t.created(input.nama) };
  },
);

export const updatePosyanduAction = guardedAction(
  { capability: "posyandu:write", schema: updatePosyanduSchema, regionOf: (i) => i.kode },
  async ({ viewer, input, region }) => {
    const values = { kode: input.kode, id: String(input.id), nama: input.nama, alamat: input.alamat ?? "" };
    const result = await updatePosyandu({
      viewer,
      kode: region.kode,
      id: input.id,
      changes: { nama: input.nama, alamat: input.alamat },
    });
    if (!result.ok) return failure(result, values);
    revalidatePath(`/wilayah/${region.kode}/posyandu`);
    return { status: "ok", message: t.updated };
  },
);

/** Deactivate or reactivate. There is no delete: targets and monthly records keep pointing at the posyandu. */
export const setPosyanduStatusAction = guardedAction(
  { capability: "posyandu:write", schema: posyanduStatusSchema, regionOf: (i) => i.kode },
  async ({ viewer, input, region }) => {
    const result = await updatePosyandu({ viewer, kode: region.kode, id: input.id, changes: { aktif: input.aktif } });
    if (!result.ok) return failure(result, {});
    revalidatePath(`/wilayah/${region.kode}/posyandu`);
    return { status: "ok", message: input.aktif ? t.activated : t.deactivated };
  },
);
