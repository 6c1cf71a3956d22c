import { date, index, integer, pgEnum, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";
import { regions } from "./regions";
import { sasaran } from "./sasaran";
import { users } from "./users";
import { JENIS_KEGIATAN } from "@/lib/enums";

export const jenisKegiatan = pgEnum("jenis_kegiatan", JENIS_KEGIATAN);

/** Laporan kegiatan KPM: the cadre's activity log. */
export const kegiatanKpm = pgTable(
  "kegiatan_kpm",
  {
    id: serial("id").primaryKey(),
    kodeWilayah: text("kode_wilayah")
      .notNull()
      .references(() => regions.kode),
    jenis: jenisKegiatan("jenis").notNull(),
    tanggal: date("tanggal", { mode: "string" }).notNull(),
    tempat: text("tempat").notNull(),
    jumlahPeserta: integer("jumlah_peserta").notNull().default(0),
    catatan: text("catatan"),
    kpmUserId: integer("kpm_user_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("kegiatan_wilayah_idx").using("btree", t.kodeWilayah.op("text_pattern_ops"), t.tanggal)],
);

/** Targets visited during a home visit. */
export const kegiatanSasaran = pgTable(
  "kegiatan_sasaran",
  {
    kegiatanId: integer("kegiatan_id")
      .notNull()
      .references(() => kegiatanKpm.id, { onDelete: "cascade" }),
    sasaranId: integer("sasaran_id")
      .notNull()
      .references(() => sasaran.id),
  },
  (t) => [primaryKey({ columns: [t.kegiatanId, t.sasaranId] })],
);

export type KegiatanKpm = typeof kegiatanKpm.$inferSelect;
