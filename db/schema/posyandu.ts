import { boolean, index, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { regions } from "./regions";

export const posyandu = pgTable(
  "posyandu",
  {
    id: serial("id").primaryKey(),
    kodeWilayah: text("kode_wilayah")
      .notNull()
      .references(() => regions.kode),
    nama: text("nama").notNull(),
    alamat: text("alamat"),
    aktif: boolean("aktif").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("posyandu_wilayah_idx").using("btree", t.kodeWilayah.op("text_pattern_ops")),
    uniqueIndex("posyandu_wilayah_nama_uq").on(t.kodeWilayah, t.nama),
  ],
);

export type Posyandu = typeof posyandu.$inferSelect;
