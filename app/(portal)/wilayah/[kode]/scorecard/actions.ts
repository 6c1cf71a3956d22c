"use server";

import { revalidatePath } from "next/cache";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { guardedAction, type FormState } from "@/lib/auth/guard";
import { getDb } from "@/db/client";
import { periodeDesa } from "@/db/schema";
import { writeAudit } from "@/db/writes/audit";
import { periodeEntityId } from "@/db/queries/period-lock";
import { integer, requiredText } from "@/lib/validation";
import { currentYearMonth, quarterOfMonth } from "@/lib/periods";
import type { Capability } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { Region } from "@/db/schema";
import { scorecardText } from "@/lib/i18n/scorecard";

const m = scorecardText.actions;

type Status = "draft" | "diajukan" | "disetujui";

const base = { kode: z.string(), tahun: integer(m.tahun, 2018, 2100), triwulan: integer(m.triwulan, 1, 4) };

const TRANSITIONS = {
  ajukan: { capability: "scorecard:submit", from: ["draft"], to: "diajukan", note: false, done: m.done.ajukan },
  setujui: { capability: "scorecard:approve", from: ["diajukan"], to: "disetujui", note: false, done: m.done.setujui },
  kembalikan: { capability: "scorecard:return", from: ["diajukan"], to: "draft", note: true, done: m.done.kembalikan },
  buka: { capability: "period:unlock", from: ["disetujui"], to: "draft", note: true, done: m.done.buka },
} as const satisfies Record<
  string,
  { capability: Capability; from: readonly Status[]; to: Status; note: boolean; done: string }
>;

const STATUS_TEXT: Record<Status, string> = m.status;

/** One state change of a desa-quarter, in one transaction with its audit row. */
async function transition(
  name: keyof typeof TRANSITIONS,
  viewer: Viewer,
  region: Region,
  input: { tahun: number; triwulan: number; catatan?: string },
): Promise<FormState> {
  const t = TRANSITIONS[name];
  const now = currentYearMonth();
  if (input.tahun * 4 + input.triwulan > now.tahun * 4 + quarterOfMonth(now.bulan))
    return { status: "error", message: m.notStarted };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const key = and(
      eq(periodeDesa.kodeWilayah, region.kode),
      eq(periodeDesa.tahun, input.tahun),
      eq(periodeDesa.triwulan, input.triwulan),
    );
    const [before] = await tx.select().from(periodeDesa).where(key).for("update");
    const current: Status = before?.status ?? "draft";
    if (!(t.from as readonly Status[]).includes(current))
      return { status: "error", message: m.wrongStatus(STATUS_TEXT[current]) };
    const stamp = new Date();
    const changes = {
      status: t.to,
      catatan: t.note ? (input.catatan ?? null) : (before?.catatan ?? null),
      updatedAt: stamp,
      ...(name === "ajukan" ? { diajukanOleh: viewer.id, diajukanAt: stamp } : {}),
      ...(name === "setujui" ? { disetujuiOleh: viewer.id, disetujuiAt: stamp } : {}),
    };
    const [after] = before
      ? await tx.update(periodeDesa).set(changes).where(key).returning()
      : await tx
          .insert(periodeDesa)
          .values({ kodeWilayah: region.kode, tahun: input.tahun, triwulan: input.triwulan, ...changes })
          .returning();
    await writeAudit(tx, viewer, {
      action: name,
      entity: "periode_desa",
      entityId: periodeEntityId(region.kode, input.tahun, input.triwulan),
      kodeWilayah: region.kode,
      before: before ?? null,
      after,
    });
    return { status: "ok", message: t.done };
  });
}

function workflowAction(name: keyof typeof TRANSITIONS) {
  const t = TRANSITIONS[name];
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
