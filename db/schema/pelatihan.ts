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

/** Attendees without an account (a KPM not yet registered in Tumbuh, or one from a desa without accounts): a name
 * and the desa, which lies inside the event's region. No NIK. They never count for an account's training
 * (docs/indicators.md §9). */
export const pelatihanPesertaTamu = pgTable(
  "pelatihan_peserta_tamu",
  {
    id: serial("id").primaryKey(),
    pelatihanId: integer("pelatihan_id")
      .notNull()
      .references(() => pelatihan.id, { onDelete: "cascade" }),
    nama: text("nama").notNull(),
    desaKode: text("desa_kode")
      .notNull()
      .references(() => regions.kode),
  },
  (t) => [index("pelatihan_peserta_tamu_pelatihan_idx").on(t.pelatihanId)],
);

export type Pelatihan = typeof pelatihan.$inferSelect;
export type PelatihanPesertaTamu = typeof pelatihanPesertaTamu.$inferSelect;
