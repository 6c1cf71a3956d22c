import { date, index, integer, pgEnum, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";
import { regions } from "./regions";
import { users } from "./users";
import { JENIS_PELATIHAN } from "@/lib/enums";

export const jenisPelatihan = pgEnum("jenis_pelatihan", JENIS_PELATIHAN);

/** Training and coaching of KPM (Aksi 5), recorded by the district or kecamatan. */
export const pelatihan = pgTable(
  "pelatihan",
  {
    id: serial("id").primaryKey(),
    /** Region that organised it (kabupaten or kecamatan code); attendees must be inside it. */
    kodeWilayah: text("kode_wilayah")
      .notNull()
      .references(() => regions.kode),
    jenis: jenisPelatihan("jenis").notNull(),
    tanggal: date("tanggal", { mode: "string" }).notNull(),
    tempat: text("tempat").notNull(),
    topik: text("topik").notNull(),
    penyelenggara: text("penyelenggara").notNull(),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("pelatihan_wilayah_idx").using("btree", t.kodeWilayah.op("text_pattern_ops"), t.tanggal)],
);

/** KPM accounts that attended. */
export const pelatihanPeserta = pgTable(
  "pelatihan_peserta",
  {
    pelatihanId: integer("pelatihan_id")
      .notNull()
      .references(() => pelatihan.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.pelatihanId, t.userId] })],
);

export type Pelatihan = typeof pelatihan.$inferSelect;
