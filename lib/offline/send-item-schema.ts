import { z } from "zod";
import { OUTBOX_KINDS, type SendItem } from "./protocol";

const MAX_FIELDS = 60;

/** The server's check of one item sent from the phone (POST /api/luring/kirim). Server side only: the phone's
 * pages never load zod for this. */
export const sendItemSchema = z.object({
  clientId: z.uuid(),
  kind: z.enum(OUTBOX_KINDS),
  /** When the cadre pressed "Simpan" on the phone (the phone's clock). */
  typedAt: z.iso.datetime({ offset: true }),
  fields: z
    .record(z.string().max(64), z.string().max(2000))
    .refine((f) => Object.keys(f).length <= MAX_FIELDS, "too many fields"),
});
// The schema and the phone's type describe the same object.
export type ParsedSendItem = z.infer<typeof sendItemSchema> & SendItem;
