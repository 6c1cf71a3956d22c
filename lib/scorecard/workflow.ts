import type { Capability } from "@/lib/auth/permissions";
import { addDaysIso, monthBounds, monthsOfQuarter, quarterOfMonth, type YearMonth } from "@/lib/periods";
import type { StatusPeriode } from "@/lib/enums";

/* The quarter workflow of a desa (the period lock): draft → diajukan (KPM) → disetujui (kepala desa; locked), or back
 * to draft with a note. The write (db/writes/scorecard.ts) applies it to the row it has locked. */

/** Which capability moves a quarter from which status to which, and whether the move asks for a note. */
export const PERIODE_TRANSITIONS = {
  ajukan: { capability: "scorecard:submit", from: ["draft"], to: "diajukan", note: false },
  setujui: { capability: "scorecard:approve", from: ["diajukan"], to: "disetujui", note: false },
  kembalikan: { capability: "scorecard:return", from: ["diajukan"], to: "draft", note: true },
  buka: { capability: "period:unlock", from: ["disetujui"], to: "draft", note: true },
} as const satisfies Record<
  string,
  { capability: Capability; from: readonly StatusPeriode[]; to: StatusPeriode; note: boolean }
>;

export type PeriodeTransition = keyof typeof PERIODE_TRANSITIONS;

/** A desa-quarter without a row is a draft. */
export function mayTransition(name: PeriodeTransition, current: StatusPeriode): boolean {
  return (PERIODE_TRANSITIONS[name].from as readonly StatusPeriode[]).includes(current);
}

/** A quarter is moved only once it has begun. */
export function quarterStarted(q: { tahun: number; triwulan: number }, now: YearMonth): boolean {
  return q.tahun * 4 + q.triwulan <= now.tahun * 4 + quarterOfMonth(now.bulan);
}

/** Default of `pengaturan_tahun.pengajuan_hari_sebelum_akhir`: a quarter may be submitted in its last 10 days. */
export const DEFAULT_PENGAJUAN_HARI = 10;

/** The first day (YYYY-MM-DD, the villages' calendar) on which a quarter may be submitted: the first of its last
 * `days` days, so 10 → 22 December for the fourth quarter, and 0 → the day after it ends. A negative setting counts
 * as 0: a quarter is never submitted later than that by rule. */
export function submissionOpensOn(q: { tahun: number; triwulan: number }, days: number): string {
  const { last } = monthBounds({ tahun: q.tahun, bulan: monthsOfQuarter(q.triwulan)[2] });
  return addDaysIso(last, 1 - Math.max(0, Math.trunc(days)));
}

/** Whether the quarter may be submitted today (`today` as YYYY-MM-DD in Asia/Jakarta, lib/periods todayIso). */
export function submissionOpen(q: { tahun: number; triwulan: number }, today: string, days: number): boolean {
  return today >= submissionOpensOn(q, days);
}

/** Quarter number as the scorecard's confirmation names it: Triwulan IV. */
export function triwulanRoman(triwulan: number): string {
  return ["I", "II", "III", "IV"][triwulan - 1] ?? String(triwulan);
}

/** The columns a transition writes: the new status; the note (replaced by a move that asks for one, else kept); who
 * submitted or approved, and when. */
export function transitionChanges(
  name: PeriodeTransition,
  ctx: { before?: { catatan: string | null }; actorId: number; catatan?: string; at: Date },
) {
  const t = PERIODE_TRANSITIONS[name];
  return {
    status: t.to,
    catatan: t.note ? (ctx.catatan ?? null) : (ctx.before?.catatan ?? null),
    updatedAt: ctx.at,
    ...(name === "ajukan" ? { diajukanOleh: ctx.actorId, diajukanAt: ctx.at } : {}),
    ...(name === "setujui" ? { disetujuiOleh: ctx.actorId, disetujuiAt: ctx.at } : {}),
  };
}
