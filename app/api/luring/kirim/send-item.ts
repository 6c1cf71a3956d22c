import "server-only";
import type { FormState } from "@/lib/auth/guard";
import type { Viewer } from "@/lib/auth/viewer";
import {
  anakMonthSave,
  balitaMonthSave,
  ibuMonthSave,
  paudMonthSave,
} from "@/app/(portal)/wilayah/[kode]/pemantauan/saves";
import { anakSave, ibuHamilSave } from "@/app/(portal)/wilayah/[kode]/sasaran/registrations";
import { getMonthEntry } from "@/db/queries/pemantauan";
import { recordToValues } from "@/lib/pemantauan/defaults";
import { RECEIPT_FIELDS } from "@/lib/offline/receipt-fields";
import type { OutboxKind, SendAnswer, SendItem } from "@/lib/offline/protocol";
import { formatYearMonth, parseYearMonth } from "@/lib/periods";
import { messageFor } from "@/lib/errors";

/* One outbox item through the same guard, schema and write as the online form (saves.ts, registrations.ts), its
 * FormState turned into the phone's answer. */

type Core = (prev: FormState | undefined, formData: FormData) => Promise<FormState>;

const CORES: Record<OutboxKind, Core> = {
  ibu_bulan: ibuMonthSave,
  anak_bulan: anakMonthSave,
  paud_bulan: paudMonthSave,
  balita_bulan: balitaMonthSave,
  ibu_hamil_baru: ibuHamilSave,
  bayi_baru: anakSave,
};

/** Fields the server sets itself: the receipt (from the item's own id and time) and Next's action fields. */
const RESERVED = /^(?:_|\$ACTION)/;

function formDataOf(item: SendItem): FormData {
  const fd = new FormData();
  for (const [key, value] of Object.entries(item.fields)) if (!RESERVED.test(key)) fd.append(key, value);
  fd.set(RECEIPT_FIELDS.clientId, item.clientId);
  fd.set(RECEIPT_FIELDS.typedAt, item.typedAt);
  return fd;
}

/** Keys of a stored monthly row that are no field of its form. */
const NOT_FIELDS = new Set(["id", "kodeWilayah", "tahun", "updatedBy"]);

/** The server's current record of the item's target-month as the entry page fills its form (measurement included
 * for a child), with its version; null when there is none the viewer may see. */
async function serverValues(
  viewer: Viewer,
  kind: OutboxKind,
  fields: Record<string, string>,
): Promise<{ values: Record<string, string>; version: number } | null> {
  const ym = parseYearMonth(fields.bulan ?? "");
  const sasaranId = Number(fields.sasaranId);
  const kode = fields.kode ?? "";
  if (!ym || !Number.isSafeInteger(sasaranId)) return null;
  const entry = await getMonthEntry({ viewer, kode, sasaranId, ym });
  if (!entry) return null;
  let record: { version: number } & Record<string, unknown>;
  let extra: Record<string, string> = {};
  if (kind === "ibu_bulan" && entry.kind === "ibu" && entry.ibu.record) record = entry.ibu.record;
  else if (kind === "paud_bulan" && entry.kind === "anak" && entry.paud) record = entry.paud;
  else if (kind === "anak_bulan" && entry.kind === "anak" && entry.anak.record) {
    record = entry.anak.record;
    const u = entry.anak.ukur;
    if (u)
      extra = recordToValues({ beratKg: u.beratKg, panjangCm: u.panjangCm, caraUkur: u.caraUkur, oedema: u.oedema });
  } else if (kind === "balita_bulan" && entry.kind === "anak" && entry.balita.record) {
    record = entry.balita.record;
    const u = entry.balita.ukur;
    if (u)
      extra = recordToValues({ beratKg: u.beratKg, panjangCm: u.panjangCm, caraUkur: u.caraUkur, oedema: u.oedema });
    if (entry.paud) extra.statusPaud = entry.paud.status;
  } else return null;
  const values = Object.fromEntries(Object.entries(recordToValues(record)).filter(([k]) => !NOT_FIELDS.has(k)));
  return {
    values: { ...values, ...extra, kode, sasaranId: String(sasaranId), bulan: formatYearMonth(ym) },
    version: record.version,
  };
}

export async function sendItem(viewer: Viewer, item: SendItem): Promise<SendAnswer> {
  const state = await CORES[item.kind](undefined, formDataOf(item));
  if (state.status === "ok") {
    const saved = state.saved ?? { duplicate: false };
    return { status: "ok", duplicate: saved.duplicate, id: saved.id, version: saved.version };
  }
  const message = state.message ?? messageFor("invalid_input");
  if (state.reason === "conflict") {
    const server = await serverValues(viewer, item.kind, item.fields);
    if (server) return { status: "conflict", message, server: server.values, version: String(server.version) };
  }
  return { status: "refused", message, ...(state.errors ? { errors: state.errors } : {}) };
}
