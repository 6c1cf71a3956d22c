"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldError, guardedAction, type FormState } from "@/lib/auth/guard";
import {
  upsertAnakMonth,
  upsertIbuMonth,
  upsertPaudMonth,
  type AnakMonthResult,
  type IbuMonthResult,
  type PaudMonthResult,
} from "@/db/writes/pemantauan";
import { anakMonthSchema, ibuMonthSchema, paudMonthSchema } from "@/lib/pemantauan/schemas";
import { formatYearMonth, todayIso, type YearMonth } from "@/lib/periods";
import { pemantauanText } from "@/lib/i18n/pemantauan";
import { formatDate } from "@/lib/format";

const t = pemantauanText.actions;

type Refusal = Exclude<IbuMonthResult | AnakMonthResult | PaudMonthResult, { ok: true }>;

/** A refused save, shown beside the field that caused it and keeping what was typed. */
function failure(result: Refusal, values: Record<string, string>): FormState {
  switch (result.reason) {
    case "not_found":
      return { status: "error", message: t.targetNotFound, values };
    case "conflict":
      return { status: "error", message: t.conflict, values };
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
    case "implausible":
      return {
        status: "error",
        message: Object.values(result.problems)[0],
        errors: Object.fromEntries(Object.entries(result.problems).map(([k, v]) => [k, [v]])),
        values,
      };
  }
}

function backToList(kode: string, ym: YearMonth, sasaranId: number): never {
  revalidatePath(`/wilayah/${kode}`, "layout");
  redirect(`/wilayah/${kode}/pemantauan?bulan=${formatYearMonth(ym)}&tersimpan=${sasaranId}#s-${sasaranId}`);
}

/** Formulir 2A for one mother and month: created or edited in place (one row per target per month). */
export const saveIbuMonth = guardedAction(
  { capability: "pemantauan:write", schema: () => ibuMonthSchema(todayIso()), regionOf: (i) => i.kode },
  async ({ viewer, input, values }) => {
    const result = await upsertIbuMonth({ viewer, input });
    if (!result.ok) return failure(result, values);
    backToList(input.kode, input.bulan, input.sasaranId);
  },
);

/** Formulir 2B plus the month's measurement; z-scores are computed on the server, and implausible values are
 * refused beside the field that looks wrong. */
export const saveAnakMonth = guardedAction(
  { capability: "pemantauan:write", schema: () => anakMonthSchema(todayIso()), regionOf: (i) => i.kode },
  async ({ viewer, input, values }) => {
    const result = await upsertAnakMonth({ viewer, input });
    if (!result.ok) return failure(result, values);
    backToList(input.kode, input.bulan, input.sasaranId);
  },
);

/** Formulir 2C: one PAUD status per child per month. */
export const savePaudMonth = guardedAction(
  { capability: "pemantauan:write", schema: () => paudMonthSchema(todayIso()), regionOf: (i) => i.kode },
  async ({ viewer, input, values }) => {
    const result = await upsertPaudMonth({ viewer, input });
    if (!result.ok) return failure(result, values);
    backToList(input.kode, input.bulan, input.sasaranId);
  },
);
