import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Append-only trail: every write, login, approval and export. Actor columns are copied, not joined,
 * so the row still reads correctly after the user is renamed or changes role. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: integer("actor_id"),
    actorUsername: text("actor_username"),
    actorRole: text("actor_role"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    kodeWilayah: text("kode_wilayah"),
    before: jsonb("before"),
    after: jsonb("after"),
    /** For a record typed on a phone without signal: when it was typed there (the phone's clock); `at` is when the
     * server received it. Timeliness figures use the time received. */
    diketikPada: timestamp("diketik_pada", { withTimezone: true }),
  },
  (t) => [
    index("audit_entity_idx").on(t.entity, t.entityId),
    index("audit_at_idx").on(t.at),
    index("audit_wilayah_idx").using("btree", t.kodeWilayah.op("text_pattern_ops")),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;
