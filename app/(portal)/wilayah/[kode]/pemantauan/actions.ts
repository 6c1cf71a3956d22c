"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { guardedAction, type FormState } from "@/lib/auth/guard";
import { anakMonth, balitaMonth, ibuMonth, paudMonth } from "./saves";
import { formatYearMonth, type YearMonth } from "@/lib/periods";

/* The guard, schema and write of each save live in saves.ts, shared with items sent from a phone; online, a save
 * that went through goes back to the month's list. */

function backToList(kode: string, ym: YearMonth, sasaranId: number): never {
  revalidatePath(`/wilayah/${kode}`, "layout");
  redirect(`/wilayah/${kode}/pemantauan?bulan=${formatYearMonth(ym)}&tersimpan=${sasaranId}#s-${sasaranId}`);
}

const onceSaved = (state: FormState, input: { kode: string; bulan: YearMonth; sasaranId: number }) =>
  state.status === "ok" ? backToList(input.kode, input.bulan, input.sasaranId) : state;

/** Formulir 2A for one mother and month: created or edited in place (one row per target per month). */
export const saveIbuMonth = guardedAction(ibuMonth.spec, async (ctx) => onceSaved(await ibuMonth.save(ctx), ctx.input));

/** The posyandu-day mode's form carries `hariPosyandu` (its posyandu): a save goes on to that child's result card
 * in the mode (docs/posyandu-day.md), which checks the posyandu against the viewer's scope itself. */
function toResultCard(kode: string, ym: YearMonth, sasaranId: number, posyanduId: string): never {
  revalidatePath(`/wilayah/${kode}`, "layout");
  redirect(`/wilayah/${kode}/pemantauan/posyandu/${posyanduId}?bulan=${formatYearMonth(ym)}&hasil=${sasaranId}`);
}

/** Formulir 2B plus the month's measurement; z-scores are computed on the server, and implausible values are
 * refused beside the field that looks wrong. */
export const saveAnakMonth = guardedAction(anakMonth.spec, async (ctx) => {
  const state = await anakMonth.save(ctx);
  const day = ctx.values.hariPosyandu;
  if (state.status === "ok" && day && /^[1-9]\d{0,8}$/.test(day))
    toResultCard(ctx.input.kode, ctx.input.bulan, ctx.input.sasaranId, day);
  return onceSaved(state, ctx.input);
});

/** The monthly balita record (24–59 months) with its weighing; like 2B, a save from the posyandu-day mode opens the
 * child's result card there. */
export const saveBalitaMonth = guardedAction(balitaMonth.spec, async (ctx) => {
  const state = await balitaMonth.save(ctx);
  const day = ctx.values.hariPosyandu;
  if (state.status === "ok" && day && /^[1-9]\d{0,8}$/.test(day))
    toResultCard(ctx.input.kode, ctx.input.bulan, ctx.input.sasaranId, day);
  return onceSaved(state, ctx.input);
});

/** Formulir 2C: one PAUD status per child per month. */
export const savePaudMonth = guardedAction(paudMonth.spec, async (ctx) =>
  onceSaved(await paudMonth.save(ctx), ctx.input),
);
