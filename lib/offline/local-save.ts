import { z } from "zod";
import type { FormState } from "@/lib/form-state";
import { messageFor } from "@/lib/errors";
import { anakMonthSchema, balitaMonthSchema, ibuMonthSchema, paudMonthSchema } from "@/lib/pemantauan/schemas";
import { anakSchema, ibuHamilSchema } from "@/lib/sasaran/schemas";
import { withKembar } from "@/lib/sasaran/kembar";
import { checkAnakMonth, checkBalitaMonth } from "@/lib/pemantauan/save-rules";
import { anakRefusalMessage } from "@/lib/pemantauan/refusals";
import type { GrowthTables } from "@/lib/growth/lms";
import { quarterOfMonth, todayIso } from "@/lib/periods";
import { formatMonth } from "@/lib/format";
import { scorecardText } from "@/lib/i18n/scorecard";
import { offlineText } from "@/lib/i18n/offline";
import { pemantauanText } from "@/lib/i18n/pemantauan";
import type { LocalDesa } from "./local-data";
import { newItem, type OutboxItem } from "./outbox";
import type { OutboxKind } from "./protocol";

/* A save on the phone: the same zod schemas and the same growth rules as the server (which checks everything again
 * at sync), so a cadre sees the same messages beside the same fields without a connection, then one outbox item.
 * Pure apart from the clock it is handed: the caller stores the item. */

export type LocalSave = { state: FormState; item?: OutboxItem };

type Ctx = { local: LocalDesa; tables: GrowthTables | null; now: Date; clientId: string; holdMs?: number };

const invalid = (error: z.ZodError, values: Record<string, string>): LocalSave => ({
  state: {
    status: "error",
    message: messageFor("invalid_input"),
    errors: z.flattenError(error).fieldErrors as FormState["errors"],
    values,
  },
});

const refused = (message: string, values: Record<string, string>, field?: string): LocalSave => ({
  state: { status: "error", message, values, ...(field ? { errors: { [field]: [message] } } : {}) },
});

/** The quarter's lock as the phone last saw it: a submitted or approved quarter refuses at once (the server would). */
function lockMessage(local: LocalDesa, ym: { tahun: number; bulan: number }): string | null {
  const triwulan = quarterOfMonth(ym.bulan);
  const p = local.periode.find((r) => r.tahun === ym.tahun && r.triwulan === triwulan);
  if (!p || p.status === "draft") return null;
  return p.status === "disetujui"
    ? scorecardText.locked.approved(triwulan, ym.tahun)
    : scorecardText.locked.submitted(triwulan, ym.tahun);
}

const desaHref = (local: LocalDesa, rest: string) => `/wilayah/${local.desa.kode}${rest}`;

export function saveLocally(kind: OutboxKind, values: Record<string, string>, ctx: Ctx): LocalSave {
  const { local, now } = ctx;
  const today = todayIso(now);
  // A month filled where the phone knew no record says so (version 0): a record made on the server meanwhile is
  // then a conflict to choose from, never overwritten (lib/pemantauan/save-rules.ts isVersionConflict).
  const month = kind === "ibu_bulan" || kind === "anak_bulan" || kind === "paud_bulan" || kind === "balita_bulan";
  const fields = { ...values, kode: local.desa.kode, ...(month && !values.version ? { version: "0" } : {}) };
  const item = (label: string, href: string, preview?: OutboxItem["preview"]): LocalSave => ({
    state: { status: "ok", message: offlineText.saved.onDevice },
    item: newItem({ clientId: ctx.clientId, kind, fields, label, href, now, holdMs: ctx.holdMs, preview }),
  });
  const kindLabel = offlineText.kinds[kind];

  if (kind === "ibu_hamil_baru" || kind === "bayi_baru") {
    const parsed = (kind === "ibu_hamil_baru" ? ibuHamilSchema(today) : withKembar(anakSchema(today))).safeParse(
      fields,
    );
    if (!parsed.success) return invalid(parsed.error, values);
    return item(offlineText.label(kindLabel, parsed.data.nama), desaHref(local, "/sasaran"));
  }

  const schema =
    kind === "ibu_bulan"
      ? ibuMonthSchema(today)
      : kind === "anak_bulan"
        ? anakMonthSchema(today)
        : kind === "balita_bulan"
          ? balitaMonthSchema(today)
          : paudMonthSchema(today);
  const parsed = schema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const target = local.sasaran[String(input.sasaranId)];
  if (!target || target.jenis !== (kind === "ibu_bulan" ? "ibu" : "anak"))
    return refused(pemantauanText.actions.targetNotFound, values);
  const locked = lockMessage(local, input.bulan);
  if (locked) return refused(locked, values);
  const bulan = `${input.bulan.tahun}-${String(input.bulan.bulan).padStart(2, "0")}`;
  const label = offlineText.label(kindLabel, target.nama, formatMonth(bulan));
  const href = desaHref(local, `/pemantauan/${target.id}?bulan=${bulan}`);

  // A child's month: the age window of its form, then the WHO check of what was typed (with or without a weight:
  // a balita month not weighed still has its age window). Without the tables the server checks it at sync.
  if ((kind === "anak_bulan" || kind === "balita_bulan") && "oedema" in input) {
    if (!ctx.tables) return item(label, href);
    const check = (kind === "anak_bulan" ? checkAnakMonth : checkBalitaMonth)(
      target,
      {
        tanggalPeriksa: input.tanggalPeriksa,
        beratKg: input.beratKg,
        panjangCm: input.panjangCm,
        caraUkur: input.caraUkur,
        oedema: input.oedema,
      },
      ctx.tables,
    );
    if (!check.ok) {
      const refusal = anakRefusalMessage(check);
      return { state: { status: "error", message: refusal.message, errors: refusal.errors, values } };
    }
    return item(label, href, check.measured ? check.measurement.row : undefined);
  }
  return item(label, href);
}
