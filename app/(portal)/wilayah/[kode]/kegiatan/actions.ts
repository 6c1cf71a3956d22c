"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { guardedAction, type FormState } from "@/lib/auth/guard";
import { messageFor } from "@/lib/errors";
import { formatDate, formatInteger } from "@/lib/format";
import type { HomeVisitTicks } from "@/db/writes/home-visit";
import {
  createKegiatanSchema,
  deleteKegiatanSchema,
  updateKegiatanSchema,
  type KegiatanInput,
} from "@/lib/kegiatan/schemas";
import { createKegiatan, deleteKegiatan, updateKegiatan, type KegiatanWriteResult } from "@/db/writes/kegiatan";
import { JENIS_KEGIATAN_LABELS, kegiatanText } from "@/lib/i18n/kegiatan";

const t = kegiatanText.actions;
const SASARAN_OUTSIDE = t.sasaranOutside;

/** What the user submitted, as strings, so the form can be re-filled after a refusal. */
function echo(input: KegiatanInput & { id?: number }): Record<string, string> {
  return {
    kode: input.kode,
    ...(input.id ? { id: String(input.id) } : {}),
    jenis: input.jenis,
    tanggal: input.tanggal,
    tempat: input.tempat,
    jumlahPeserta: String(input.jumlahPeserta),
    catatan: input.catatan ?? "",
    sasaranIds: input.sasaranIds.join(","),
  };
}

function failure(result: Exclude<KegiatanWriteResult, { ok: true }>, values: Record<string, string>): FormState {
  if (result.reason === "sasaran_outside")
    return { status: "error", message: messageFor("invalid_input"), errors: { sasaranIds: [SASARAN_OUTSIDE] }, values };
  return { status: "error", message: messageFor("not_found"), values };
}

/** What the visit did to the monthly records (enter once). */
function visitNote(v: HomeVisitTicks): string {
  if (v.locked) return t.visitLocked;
  return v.ticked ? t.visitTicked(formatInteger(v.ticked)) : "";
}

function listPath(kode: string, tanggal: string, pesan: string) {
  return `/wilayah/${kode}/kegiatan?bulan=${tanggal.slice(0, 7)}&pesan=${pesan}`;
}

export const createKegiatanAction = guardedAction(
  { capability: "kegiatan:write", section: "kegiatan", schema: createKegiatanSchema, regionOf: (i) => i.kode },
  async ({ viewer, input, region }) => {
    const result = await createKegiatan({ viewer, kode: region.kode, input });
    if (!result.ok) return failure(result, echo(input));
    // The visit also ticked the month's records: the desa home's task list and the monthly pages change too.
    revalidatePath(`/wilayah/${region.kode}`, "layout");
    const saved = t.saved(JENIS_KEGIATAN_LABELS[input.jenis], formatDate(input.tanggal));
    return { status: "ok", message: result.visits ? `${saved} ${visitNote(result.visits)}`.trim() : saved };
  },
);

export const updateKegiatanAction = guardedAction(
  { capability: "kegiatan:write", schema: updateKegiatanSchema, regionOf: (i) => i.kode },
  async ({ viewer, input, region }) => {
    const result = await updateKegiatan({ viewer, kode: region.kode, id: input.id, input });
    if (!result.ok) return failure(result, echo(input));
    revalidatePath(`/wilayah/${region.kode}`, "layout");
    // Back to the month the activity now belongs to, where the change is visible.
    redirect(listPath(region.kode, result.tanggal, "diubah"));
  },
);

export const deleteKegiatanAction = guardedAction(
  { capability: "kegiatan:write", schema: deleteKegiatanSchema, regionOf: (i) => i.kode },
  async ({ viewer, input, region }) => {
    const result = await deleteKegiatan({ viewer, kode: region.kode, id: input.id });
    if (!result.ok) return failure(result, {});
    revalidatePath(`/wilayah/${region.kode}/kegiatan`, "layout");
    redirect(listPath(region.kode, result.tanggal, "dihapus"));
  },
);
