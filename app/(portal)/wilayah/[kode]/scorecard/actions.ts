"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guardedAction, type FormState } from "@/lib/auth/guard";
import { transitionPeriode } from "@/db/writes/scorecard";
import { getSubmissionWindow } from "@/db/queries/period-lock";
import { formatDateLong } from "@/lib/format";
import { integer, requiredText } from "@/lib/validation";
import { currentYearMonth } from "@/lib/periods";
import { PERIODE_TRANSITIONS, quarterStarted, type PeriodeTransition } from "@/lib/scorecard/workflow";
import type { Viewer } from "@/lib/auth/viewer";
import type { Region } from "@/db/schema";
import { scorecardText } from "@/lib/i18n/scorecard";

const m = scorecardText.actions;

const base = { kode: z.string(), tahun: integer(m.tahun, 2018, 2100), triwulan: integer(m.triwulan, 1, 4) };

/** One state change of a desa-quarter. */
async function transition(
  name: PeriodeTransition,
  viewer: Viewer,
  region: Region,
  input: { tahun: number; triwulan: number; catatan?: string },
): Promise<FormState> {
  if (!quarterStarted(input, currentYearMonth())) return { status: "error", message: m.notStarted };
  const { tahun, triwulan, catatan } = input;
  if (name === "ajukan") {
    // A quarter is submitted only in its last days or after it ends (pengaturan_tahun, docs/scorecard.md).
    const window = await getSubmissionWindow({ tahun, triwulan });
    if (!window.open)
      return { status: "error", message: m.notYetOpen(triwulan, tahun, formatDateLong(window.opensOn)) };
  }
  const result = await transitionPeriode({ viewer, kode: region.kode, tahun, triwulan, name, catatan });
  if (!result.ok) return { status: "error", message: m.wrongStatus(m.status[result.current]) };
  return { status: "ok", message: m.done[name] };
}

function workflowAction(name: PeriodeTransition) {
  const t = PERIODE_TRANSITIONS[name];
  const schema = t.note
    ? z.object({ ...base, catatan: requiredText(name === "buka" ? m.alasanBuka : m.catatan, 500) })
    : z.object(base);
  return guardedAction(
    {
      capability: t.capability,
      section: "scorecard",
      wrongLevel: m.notDesa,
      schema,
      regionOf: (i: { kode: string }) => i.kode,
    },
    async ({ viewer, region, input }) => {
      const result = await transition(
        name,
        viewer,
        region,
        input as { tahun: number; triwulan: number; catatan?: string },
      );
      if (result.status === "ok") revalidatePath(`/wilayah`, "layout");
      return result;
    },
  );
}

export const ajukanTriwulan = workflowAction("ajukan");
export const setujuiTriwulan = workflowAction("setujui");
export const kembalikanTriwulan = workflowAction("kembalikan");
export const bukaKunciTriwulan = workflowAction("buka");
