import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/** One row per item the phone sent that the server saved (docs/offline-sync.md): the client's id makes a second
 * send of the same item (a lost answer, two tabs) a duplicate instead of a second record. A refused item leaves
 * no row, so sending it again is judged again. */
export const sinkronTerima = pgTable(
  "sinkron_terima",
  {
    clientId: uuid("client_id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    /** The OutboxKind of lib/offline/protocol.ts. */
    jenis: text("jenis").notNull(),
    /** When the cadre pressed "Simpan" on the phone (the phone's clock). */
    diketikPada: timestamp("diketik_pada", { withTimezone: true }).notNull(),
    diterimaPada: timestamp("diterima_pada", { withTimezone: true }).notNull().defaultNow(),
    /** The record the item saved (audit entity name and id). */
    entitas: text("entitas"),
    entitasId: integer("entitas_id"),
  },
  (t) => [index("sinkron_terima_user_idx").on(t.userId, t.diterimaPada)],
);

export type SinkronTerima = typeof sinkronTerima.$inferSelect;
