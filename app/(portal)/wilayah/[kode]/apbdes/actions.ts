"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldError, guardedAction, type FormState } from "@/lib/auth/guard";
import { AppError, messageFor } from "@/lib/errors";
import { canApproveApbdes, canWriteApbdes, type Transition } from "@/lib/apbdes/access";
import { lineErrors, lineSchema } from "@/lib/apbdes/line-schema";
import { conflictErrors } from "@/lib/apbdes/line-values";
import { headerSchema, lineEditSchema, lineTargetSchema, returnSchema, versionSchema } from "@/lib/apbdes/schemas";
import type { VersiApbdes } from "@/lib/enums";
import { loadLineRef } from "@/db/queries/apbdes-reference";
import {
  createApbdesVersion,
  deleteApbdesLine,
  insertApbdesLine,
  transitionApbdes,
  updateApbdesLine,
  type WriteFailure,
} from "@/db/writes/apbdes";
import type { Region } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { apbdesText } from "@/lib/i18n/apbdes";

const msg = apbdesText.actions;

const REFUSALS: Record<WriteFailure["reason"], string> = {
  not_found: messageFor("not_found"),
  ...msg.refusals,
};

function refuse(reason: WriteFailure["reason"], values: Record<string, string>): FormState {
  return { status: "error", message: REFUSALS[reason], values };
}

/** Writes belong to the desa's own perangkat desa and kepala desa. */
function assertWriter(viewer: Viewer, region: Region) {
  if (!canWriteApbdes(viewer, region.kode)) throw new AppError("forbidden");
}

// Not exported: every export of a "use server" file is a callable endpoint.
const pagePath = (kode: string, tahun: number, versi: VersiApbdes, pesan?: string) =>
  `/wilayah/${kode}/apbdes?tahun=${tahun}&versi=${versi}${pesan ? `&pesan=${pesan}` : ""}`;
/** After a line is saved: the list with that line highlighted and the confirmation beside it, scrolled to (the
 * fragment does it without JavaScript; saved-line-message.tsx focuses it with). */
const savedLinePath = (kode: string, tahun: number, versi: VersiApbdes, pesan: string, id: number) =>
  `${pagePath(kode, tahun, versi, pesan)}&baris=${id}#pesan-baris`;

export const createApbdesAction = guardedAction(
  {
    capability: "apbdes:write",
    section: "apbdes",
    wrongLevel: msg.kelurahan,
    schema: versionSchema,
    regionOf: (i) => i.kode,
  },
  async ({ viewer, input, region, values }) => {
    assertWriter(viewer, region);
    const r = await createApbdesVersion({ viewer, kode: region.kode, tahun: input.tahun, versi: input.versi });
    if (!r.ok) return refuse(r.reason, values);
    revalidatePath(`/wilayah/${region.kode}/apbdes`);
    redirect(pagePath(region.kode, input.tahun, input.versi, "dibuat"));
  },
);

export const createLineAction = guardedAction(
  {
    capability: "apbdes:write",
    section: "apbdes",
    wrongLevel: msg.kelurahan,
    schema: lineTargetSchema,
    regionOf: (i) => i.kode,
  },
  async ({ viewer, input, region, values }) => {
    assertWriter(viewer, region);
    const parsed = lineSchema(await loadLineRef()).safeParse(values);
    if (!parsed.success)
      return { status: "error", message: messageFor("invalid_input"), errors: lineErrors(parsed.error), values };
    const r = await insertApbdesLine({ viewer, kode: region.kode, apbdesId: input.apbdesId, line: parsed.data });
    if (!r.ok) return refuse(r.reason, values);
    revalidatePath(`/wilayah/${region.kode}/apbdes`);
    redirect(savedLinePath(region.kode, r.tahun, r.versi, "ditambahkan", r.id));
  },
);

export const updateLineAction = guardedAction(
  {
    capability: "apbdes:write",
    section: "apbdes",
    wrongLevel: msg.kelurahan,
    schema: lineEditSchema,
    regionOf: (i) => i.kode,
  },
  async ({ viewer, input, region, values }) => {
    assertWriter(viewer, region);
    const parsed = lineSchema(await loadLineRef()).safeParse(values);
    if (!parsed.success)
      return { status: "error", message: messageFor("invalid_input"), errors: lineErrors(parsed.error), values };
    const r = await updateApbdesLine({
      viewer,
      kode: region.kode,
      id: input.id,
      version: input.version,
      line: parsed.data,
    });
    if (!r.ok && r.reason === "conflict") {
      // Both values are shown: theirs beside each differing field, yours kept in it. Saving again (now against
      // their version) is a deliberate overwrite, never a silent one.
      return {
        status: "error",
        message: msg.editConflict,
        errors: conflictErrors(r.current, parsed.data),
        values: { ...values, version: String(r.current.version) },
      };
    }
    if (!r.ok) return refuse(r.reason, values);
    revalidatePath(`/wilayah/${region.kode}/apbdes`);
    redirect(savedLinePath(region.kode, r.tahun, r.versi, "diubah", input.id));
  },
);

export const deleteLineAction = guardedAction(
  {
    capability: "apbdes:write",
    section: "apbdes",
    wrongLevel: msg.kelurahan,
    schema: lineEditSchema,
    regionOf: (i) => i.kode,
  },
  async ({ viewer, input, region, values }) => {
    assertWriter(viewer, region);
    const r = await deleteApbdesLine({ viewer, kode: region.kode, id: input.id, version: input.version });
    if (!r.ok && r.reason === "conflict") return { status: "error", message: msg.deleteConflict, values };
    if (!r.ok) return refuse(r.reason, values);
    revalidatePath(`/wilayah/${region.kode}/apbdes`);
    redirect(pagePath(region.kode, r.tahun, r.versi, "dihapus"));
  },
);

async function transition(
  viewer: Viewer,
  region: Region,
  apbdesId: number,
  t: Transition,
  values: Record<string, string>,
  catatan?: string,
): Promise<FormState> {
  const r = await transitionApbdes({ viewer, kode: region.kode, apbdesId, transition: t, catatan });
  if (!r.ok) return refuse(r.reason, values);
  revalidatePath(`/wilayah/${region.kode}/apbdes`);
  redirect(pagePath(region.kode, r.tahun, r.versi, t));
}

export const submitApbdesAction = guardedAction(
  {
    capability: "apbdes:write",
    section: "apbdes",
    wrongLevel: msg.kelurahan,
    schema: headerSchema,
    regionOf: (i) => i.kode,
  },
  async ({ viewer, input, region, values }) => {
    assertWriter(viewer, region);
    return transition(viewer, region, input.apbdesId, "ajukan", values);
  },
);

export const approveApbdesAction = guardedAction(
  {
    capability: "apbdes:approve",
    section: "apbdes",
    wrongLevel: msg.kelurahan,
    schema: headerSchema,
    regionOf: (i) => i.kode,
  },
  async ({ viewer, input, region, values }) => {
    if (!canApproveApbdes(viewer, region.kode)) throw new AppError("forbidden");
    return transition(viewer, region, input.apbdesId, "setujui", values);
  },
);

export const returnApbdesAction = guardedAction(
  {
    capability: "apbdes:approve",
    section: "apbdes",
    wrongLevel: msg.kelurahan,
    schema: returnSchema,
    regionOf: (i) => i.kode,
  },
  async ({ viewer, input, region, values }) => {
    if (!canApproveApbdes(viewer, region.kode)) throw new AppError("forbidden");
    if (!input.catatan.trim()) return fieldError(values, "catatan", msg.returnReason);
    return transition(viewer, region, input.apbdesId, "kembalikan", values, input.catatan);
  },
);
