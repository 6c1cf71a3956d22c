import "server-only";
import { fieldError, guardedAction, type ActionContext, type FormState } from "@/lib/auth/guard";
import {
  upsertAnakMonth,
  upsertIbuMonth,
  upsertPaudMonth,
  type AnakMonthResult,
  type IbuMonthResult,
  type PaudMonthResult,
} from "@/db/writes/pemantauan";
import { upsertBalitaMonth, type BalitaMonthResult } from "@/db/writes/balita";
import { anakMonthSchema, balitaMonthSchema, ibuMonthSchema, paudMonthSchema } from "@/lib/pemantauan/schemas";
import { balitaText } from "@/lib/i18n/balita";
import { receiptFieldsSchema, splitReceipt } from "@/lib/offline/receipt-fields";
import { todayIso } from "@/lib/periods";
import { pemantauanText } from "@/lib/i18n/pemantauan";
import { formatDate } from "@/lib/format";

/* The monthly saves (Formulir 2A/2B/2C) in one place: the guard, the form's schema and the write, answering with a
 * FormState — status "ok" and the saved record instead of a redirect. The online actions (actions.ts) run these and
 * redirect; an item sent from a phone (POST /api/luring/kirim) runs the same, with its receipt fields. */

const t = pemantauanText.actions;

type Result = IbuMonthResult | AnakMonthResult | PaudMonthResult | BalitaMonthResult;
type Refusal = Exclude<Result, { ok: true }>;

/** A refused save, shown beside the field that caused it and keeping what was typed. */
function failure(result: Refusal, values: Record<string, string>): FormState {
  switch (result.reason) {
    case "not_found":
      return { status: "error", message: t.targetNotFound, values };
    case "conflict":
      return { status: "error", message: t.conflict, values, reason: "conflict" };
    case "posyandu_not_here":
      return fieldError(values, "posyanduId", t.posyanduNotHere);
    case "melahirkan_invalid":
      return fieldError(values, "tanggalMelahirkan", t.melahirkanInvalid);
    case "nifas_no_delivery":
      return fieldError(values, "kunjunganNifas", t.nifasNoDelivery);
    case "nifas_outside_window":
      return fieldError(
        values,
        "kunjunganNifas",
        t.nifasOutsideWindow(formatDate(result.window.start), formatDate(result.window.end)),
      );
    case "before_birth":
      return fieldError(values, "tanggalPeriksa", t.beforeBirth);
    case "too_old":
      return fieldError(values, "tanggalPeriksa", t.tooOld);
    case "past_five":
      return fieldError(values, "tanggalPeriksa", balitaText.actions.tooOld);
    case "not_balita_yet":
      return fieldError(values, "tanggalPeriksa", balitaText.actions.notBalitaYet);
    case "implausible":
      return {
        status: "error",
        message: Object.values(result.problems)[0],
        errors: Object.fromEntries(Object.entries(result.problems).map(([k, v]) => [k, [v]])),
        values,
      };
  }
}

function answer(result: Result, values: Record<string, string>): FormState {
  if (!result.ok) return failure(result, values);
  return {
    status: "ok",
    values,
    saved: { id: result.id, version: result.version, duplicate: Boolean(result.duplicate) },
  };
}

const writer = { capability: "pemantauan:write", regionOf: (i: { kode: string }) => i.kode } as const;

export const ibuMonth = {
  spec: { ...writer, schema: () => ibuMonthSchema(todayIso()).and(receiptFieldsSchema) },
  async save({
    viewer,
    input: parsed,
    values,
  }: ActionContext<ReturnType<typeof ibuMonthSchema>["_output"] & typeof receiptFieldsSchema._output>) {
    const { input, receipt } = splitReceipt(parsed, "ibu_bulan");
    return answer(await upsertIbuMonth({ viewer, input, receipt }), values);
  },
};

export const anakMonth = {
  spec: { ...writer, schema: () => anakMonthSchema(todayIso()).and(receiptFieldsSchema) },
  async save({
    viewer,
    input: parsed,
    values,
  }: ActionContext<ReturnType<typeof anakMonthSchema>["_output"] & typeof receiptFieldsSchema._output>) {
    const { input, receipt } = splitReceipt(parsed, "anak_bulan");
    return answer(await upsertAnakMonth({ viewer, input, receipt }), values);
  },
};

export const paudMonth = {
  spec: { ...writer, schema: () => paudMonthSchema(todayIso()).and(receiptFieldsSchema) },
  async save({
    viewer,
    input: parsed,
    values,
  }: ActionContext<ReturnType<typeof paudMonthSchema>["_output"] & typeof receiptFieldsSchema._output>) {
    const { input, receipt } = splitReceipt(parsed, "paud_bulan");
    return answer(await upsertPaudMonth({ viewer, input, receipt }), values);
  },
};

export const balitaMonth = {
  spec: { ...writer, schema: () => balitaMonthSchema(todayIso()).and(receiptFieldsSchema) },
  async save({
    viewer,
    input: parsed,
    values,
  }: ActionContext<ReturnType<typeof balitaMonthSchema>["_output"] & typeof receiptFieldsSchema._output>) {
    const { input, receipt } = splitReceipt(parsed, "balita_bulan");
    return answer(await upsertBalitaMonth({ viewer, input, receipt }), values);
  },
};

/** The saves as an item from a phone runs them: guard, schema and write, answering without a redirect. */
export const ibuMonthSave = guardedAction(ibuMonth.spec, ibuMonth.save);
export const anakMonthSave = guardedAction(anakMonth.spec, anakMonth.save);
export const paudMonthSave = guardedAction(paudMonth.spec, paudMonth.save);
export const balitaMonthSave = guardedAction(balitaMonth.spec, balitaMonth.save);
