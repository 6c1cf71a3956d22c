import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { regions } from "./regions";
import { posyandu } from "./posyandu";
import { users } from "./users";
import { ALASAN_NONAKTIF, JENIS_KELAMIN, JENIS_SASARAN } from "@/lib/enums";

/** Household (rumah tangga 1.000 HPK): JTRT counts distinct households, so mother and child share one. */
export const rumahTangga = pgTable(
  "rumah_tangga",
  {
    id: serial("id").primaryKey(),
    kodeWilayah: text("kode_wilayah")
      .notNull()
      .references(() => regions.kode),
    kepalaKeluarga: text("kepala_keluarga").notNull(),
    alamat: text("alamat"),
    dusun: text("dusun"),
    rt: text("rt"),
    rw: text("rw"),
    airMinumLayak: boolean("air_minum_layak").notNull().default(false),
    jambanLayak: boolean("jamban_layak").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("rumah_tangga_wilayah_idx").using("btree", t.kodeWilayah.op("text_pattern_ops"))],
);

export const jenisSasaran = pgEnum("jenis_sasaran", JENIS_SASARAN);
export const jenisKelamin = pgEnum("jenis_kelamin", JENIS_KELAMIN);
export const alasanNonaktif = pgEnum("alasan_nonaktif", ALASAN_NONAKTIF);

/** A 1.000-HPK target. The group (ibu hamil / nifas / anak 0-23 / PAUD 2-6) is derived from dates, so a
 * pregnancy becomes a delivery and a baby becomes a PAUD child without anyone retyping anything. */
export const sasaran = pgTable(
  "sasaran",
  {
    id: serial("id").primaryKey(),
    kodeWilayah: text("kode_wilayah")
      .notNull()
      .references(() => regions.kode),
    jenis: jenisSasaran("jenis").notNull(),
    nama: text("nama").notNull(),
    nik: text("nik"),
    jenisKelamin: jenisKelamin("jenis_kelamin").notNull(),
    tanggalLahir: date("tanggal_lahir", { mode: "string" }).notNull(),
    noKia: text("no_kia"),
    rumahTanggaId: integer("rumah_tangga_id").references(() => rumahTangga.id),
    posyanduId: integer("posyandu_id")
      .notNull()
      .references(() => posyandu.id),
    /** anak → ibu (one KIA register row per mother–child pair). */
    ibuId: integer("ibu_id").references((): AnyPgColumn => sasaran.id),
    hpl: date("hpl", { mode: "string" }),
    tanggalMelahirkan: date("tanggal_melahirkan", { mode: "string" }),
    beratLahirKg: numeric("berat_lahir_kg", { precision: 4, scale: 2, mode: "number" }),
    panjangLahirCm: numeric("panjang_lahir_cm", { precision: 4, scale: 1, mode: "number" }),
    aktif: boolean("aktif").notNull().default(true),
    /** The day the target stopped being followed (moved out of the district, died): counted on every date before
     * it, not from it on (docs/indicators.md §0). Set exactly when `aktif` is false. */
    tanggalNonaktif: date("tanggal_nonaktif", { mode: "string" }),
    /** Null for targets deactivated before the reason was recorded (migration 0011). */
    alasanNonaktif: alasanNonaktif("alasan_nonaktif"),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sasaran_wilayah_idx").using("btree", t.kodeWilayah.op("text_pattern_ops"), t.jenis),
    // Targets by group on a date, counted over a whole district: everything the group and the "active on that
    // date" rule need, index-only. Not partial: a target deactivated later still counts in earlier periods.
    index("sasaran_kelompok_idx").using(
      "btree",
      t.kodeWilayah.op("text_pattern_ops"),
      t.jenis,
      t.tanggalLahir,
      t.tanggalMelahirkan,
      t.tanggalNonaktif,
    ),
    // Children 0–23 on a date over a district, with the id the measured figure probes by: index-only (§2 of
    // docs/indicators.md; the birth-date range is the 731-day window of anak023On).
    index("sasaran_anak_lahir_idx")
      .using("btree", t.kodeWilayah.op("text_pattern_ops"), t.tanggalLahir, t.id, t.tanggalNonaktif)
      .where(sql`${t.jenis} = 'anak'`),
    // CHECK sasaran_nonaktif_ck (aktif = (tanggal_nonaktif is null)) is added by migration 0011's data block, after
    // the existing inactive rows got their date.
    // A KIA book links one mother and her child, so the number is unique per desa within each jenis.
    uniqueIndex("sasaran_kia_uq")
      .on(t.kodeWilayah, t.jenis, t.noKia)
      .where(sql`${t.noKia} is not null`),
    uniqueIndex("sasaran_nik_uq")
      .on(t.nik)
      .where(sql`${t.nik} is not null and ${t.aktif}`),
    index("sasaran_ibu_idx").on(t.ibuId),
    index("sasaran_posyandu_idx").on(t.posyanduId),
  ],
);

/** Moves between desa when a family moves; the row keeps its id, this keeps the history. */
export const sasaranPindah = pgTable("sasaran_pindah", {
  id: serial("id").primaryKey(),
  sasaranId: integer("sasaran_id")
    .notNull()
    .references(() => sasaran.id),
  dariKode: text("dari_kode").notNull(),
  keKode: text("ke_kode").notNull(),
  alasan: text("alasan"),
  olehUserId: integer("oleh_user_id").references(() => users.id),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
});

export type RumahTangga = typeof rumahTangga.$inferSelect;
export type Sasaran = typeof sasaran.$inferSelect;
export type NewSasaran = typeof sasaran.$inferInsert;

/** Active targets per desa and group (kategori on `tanggal`), filled on first read of a date for a whole
 * kabupaten (db/queries/target-counts.ts) and invalidated for the kabupaten by a trigger on every write to
 * `sasaran`, whatever code path made it (migration 0008). District pages sum these instead of classifying every
 * target by age on each request. */
export const sasaranKelompokDesa = pgTable(
  "sasaran_kelompok_desa",
  {
    tanggal: date("tanggal", { mode: "string" }).notNull(),
    kodeWilayah: text("kode_wilayah").notNull(),
    kelompok: text("kelompok").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tanggal, t.kodeWilayah, t.kelompok] })],
);

/** Which (date, kabupaten) counts are complete; the trigger deletes the kabupaten's rows here. */
export const sasaranKelompokIsi = pgTable(
  "sasaran_kelompok_isi",
  {
    tanggal: date("tanggal", { mode: "string" }).notNull(),
    kabupaten: text("kabupaten").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tanggal, t.kabupaten] })],
);
