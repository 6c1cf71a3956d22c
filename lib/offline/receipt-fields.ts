import { z } from "zod";
import { sinkronText } from "@/lib/i18n/sinkron";
import type { OutboxKind } from "./protocol";

/** The two fields an outbox item adds to a form's own when it is sent (POST /api/luring/kirim): the client's id of
 * the item and when it was typed on the phone. Both or neither; an online form posts neither. */
export const RECEIPT_FIELDS = { clientId: "_clientId", typedAt: "_typedAt" } as const;

const t = sinkronText.receipt;

/** The online forms always carry the two inputs, empty until their script fills them on submit: empty is absent
 * (a form posted without JavaScript has no offline copy). */
const blankIsAbsent = (v: unknown) => (v === "" ? undefined : v);

export const receiptFieldsSchema = z
  .object({
    _clientId: z.preprocess(blankIsAbsent, z.uuid({ error: t.clientId }).optional()),
    _typedAt: z.preprocess(blankIsAbsent, z.iso.datetime({ offset: true, error: t.typedAt }).optional()),
  })
  .superRefine((v, ctx) => {
    if (v._clientId && !v._typedAt) ctx.addIssue({ code: "custom", path: ["_typedAt"], message: t.typedAt });
    if (v._typedAt && !v._clientId) ctx.addIssue({ code: "custom", path: ["_clientId"], message: t.clientId });
  });

export type ReceiptFields = z.infer<typeof receiptFieldsSchema>;

/** What a write needs of an item sent from a phone (db/writes/receipts.ts). */
export type Receipt = { clientId: string; typedAt: Date; kind: OutboxKind };

/** A form's parsed input without the receipt fields, and the receipt when they were posted. */
export function splitReceipt<T extends ReceiptFields>(
  parsed: T,
  kind: OutboxKind,
): { input: Omit<T, keyof ReceiptFields>; receipt: Receipt | undefined } {
  const { _clientId, _typedAt, ...input } = parsed;
  const receipt = _clientId && _typedAt ? { clientId: _clientId, typedAt: new Date(_typedAt), kind } : undefined;
  return { input, receipt };
}
