import {
  bigint,
  boolean,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { type AnyPgColumn } from "drizzle-orm/pg-core";
import { regions } from "./regions";
import { users } from "./users";
import { STATUS_APBDES, STUNTING_TAGS, VERSI_APBDES } from "@/lib/enums";

export const versiApbdes = pgEnum("versi_apbdes", VERSI_APBDES);
export const statusApbdes = pgEnum("status_apbdes", STATUS_APBDES);
export const stuntingTag = pgEnum("stunting_tag", STUNTING_TAGS);

/** A desa's APBDes for one tahun anggaran and version. A perubahan starts as a copy of the approved murni. */
export const apbdes = pgTable(
  "apbdes",
  {
    id: serial("id").primaryKey(),
    kodeWilayah: text("kode_wilayah")
      .notNull()
      .references(() => regions.kode),
    tahun: smallint("tahun").notNull(),
    versi: versiApbdes("versi").notNull(),
    status: statusApbdes("status").notNull().default("draft"),
    murniId: integer("murni_id").references((): AnyPgColumn => apbdes.id),
    catatan: text("catatan"),
    diajukanOleh: integer("diajukan_oleh").references(() => users.id),
    diajukanAt: timestamp("diajukan_at", { withTimezone: true }),
    disetujuiOleh: integer("disetujui_oleh").references(() => users.id),
    disetujuiAt: timestamp("disetujui_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("apbdes_desa_tahun_versi_uq").on(t.kodeWilayah, t.tahun, t.versi),
    index("apbdes_wilayah_idx").using("btree", t.kodeWilayah.op("text_pattern_ops"), t.tahun),
  ],
);

/** One budget line: kegiatan × rekening × sumber dana, money in whole rupiah (bigint, never float). */
export const apbdesBaris = pgTable(
  "apbdes_baris",
  {
    id: serial("id").primaryKey(),
    apbdesId: integer("apbdes_id")
      .notNull()
      .references(() => apbdes.id, { onDelete: "cascade" }),
    kodeWilayah: text("kode_wilayah").notNull(),
    kodeKegiatan: text("kode_kegiatan").notNull(),
    uraian: text("uraian").notNull(),
    kodeRekening: text("kode_rekening").notNull(),
    sumberDana: text("sumber_dana").notNull(),
    volume: numeric("volume", { precision: 12, scale: 2, mode: "number" }),
    satuan: text("satuan"),
    pagu: bigint("pagu", { mode: "number" }).notNull(),
    realisasi: bigint("realisasi", { mode: "number" }).notNull().default(0),
    stuntingTag: stuntingTag("stunting_tag"),
    paketLayanan: text("paket_layanan"),
    /** Scorecard indicators the line is meant to improve, as "ibu:1" … "anak:10", "paud:1". */
    indikator: text("indikator").array().notNull().default([]),
    insentifKpm: boolean("insentif_kpm").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("apbdes_baris_apbdes_idx").on(t.apbdesId),
    index("apbdes_baris_wilayah_idx").using("btree", t.kodeWilayah.op("text_pattern_ops")),
  ],
);

export type Apbdes = typeof apbdes.$inferSelect;
export type ApbdesBaris = typeof apbdesBaris.$inferSelect;
