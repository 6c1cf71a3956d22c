import "server-only";
import { fieldError, guardedAction, type ActionContext, type FormState } from "@/lib/auth/guard";
import { registerTarget, type TargetWriteResult } from "@/db/writes/sasaran";
import { anakSchema, ibuHamilSchema } from "@/lib/sasaran/schemas";
import { refusalField } from "@/lib/sasaran/target-rules";
import { kembarField, kembarOf, pickAnak, withKembar } from "@/lib/sasaran/kembar";
import { receiptFieldsSchema, splitReceipt } from "@/lib/offline/receipt-fields";
import { todayIso } from "@/lib/periods";
import { messageFor } from "@/lib/errors";
import { sasaranText } from "@/lib/i18n/sasaran";

/* Registering a target (a new ibu hamil, with a household typed inline or chosen; a child, a newborn from its mother)
 * in one place: the guard, the form's schema and the write, answering with a FormState — status "ok" and the saved
 * id instead of a redirect. The online actions (actions.ts) run these and redirect; an item sent from a phone
 * (POST /api/luring/kirim) runs the same, with its receipt fields. */

const t = sasaranText.actions;

export const detailPath = (kode: string, id: number) => `/wilayah/${kode}/sasaran/${id}`;

/** A refused save as the form shows it: beside its field, linking to the existing record behind a duplicate. */
export function targetFailure(
  result: Exclude<TargetWriteResult, { ok: true }>,
  kode: string,
  values: Record<string, string>,
): FormState {
  if (result.reason === "conflict") return { status: "error", message: t.conflict, values, reason: "conflict" };
  if (result.reason === "not_found") return { status: "error", message: messageFor("not_found"), values };
  const r = refusalField(result.refusal);
  const f = result.kembar && isKembarField(r.field) ? { ...r, field: kembarField(result.kembar, r.field) } : r;
  const link = f.existingId ? { href: detailPath(kode, f.existingId), label: t.openExisting } : undefined;
  return fieldError(values, f.field, f.message, link);
}

/** The refusals a twin can meet on its own (the shared fields are the first baby's and refused there). */
const isKembarField = (field: string): field is "nama" | "noKia" => field === "nama" || field === "noKia";

const writer = {
  capability: "sasaran:write",
  section: "sasaran",
  wrongLevel: t.villageOnly,
  regionOf: (i: { kode: string }) => i.kode,
} as const;

export const ibuHamil = {
  spec: { ...writer, schema: () => ibuHamilSchema(todayIso()).and(receiptFieldsSchema) },
  async save({
    viewer,
    input: parsed,
    values,
  }: ActionContext<ReturnType<typeof ibuHamilSchema>["_output"] & typeof receiptFieldsSchema._output>) {
    const { input, receipt } = splitReceipt(parsed, "ibu_hamil_baru");
    const result = await registerTarget({ viewer, form: { jenis: "ibu", input }, receipt });
    if (!result.ok) return targetFailure(result, input.kode, values);
    return { status: "ok", values, saved: { id: result.id, duplicate: Boolean(result.duplicate) } } satisfies FormState;
  },
};

export const anak = {
  // A newborn's form may carry its twins (lib/sasaran/kembar.ts), on the phone too.
  spec: { ...writer, schema: () => withKembar(anakSchema(todayIso())).and(receiptFieldsSchema) },
  async save({
    viewer,
    input: parsed,
    values,
  }: ActionContext<ReturnType<typeof anakSchema>["_output"] & typeof receiptFieldsSchema._output>) {
    const { input, receipt } = splitReceipt(parsed, "bayi_baru");
    const kembar = kembarOf(input);
    const form = { jenis: "anak" as const, input: pickAnak(input) };
    const result = await registerTarget({ viewer, form, kembar, receipt });
    if (!result.ok) return targetFailure(result, input.kode, values);
    return { status: "ok", values, saved: { id: result.id, duplicate: Boolean(result.duplicate) } } satisfies FormState;
  },
};

/** The registrations as an item from a phone runs them: guard, schema and write, answering without a redirect. */
export const ibuHamilSave = guardedAction(ibuHamil.spec, ibuHamil.save);
export const anakSave = guardedAction(anak.spec, anak.save);
