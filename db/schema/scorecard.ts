import { index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp } from "drizzle-orm/pg-core";
import { regions } from "./regions";
import { sasaran } from "./sasaran";
import { users } from "./users";
import { KELOMPOK_KONVERGENSI, STATUS_PERIODE } from "@/lib/enums";

export const kelompokKonvergensi = pgEnum("kelompok_konvergensi", KELOMPOK_KONVERGENSI);
export const statusPeriode = pgEnum("status_periode", STATUS_PERIODE);

/** Per-year rules that the guides leave configurable (domain §6, §11.3, §14). */
export const pengaturanTahun = pgTable("pengaturan_tahun", {
  tahun: smallint("tahun").primaryKey(),
  ancMinimum: smallint("anc_minimum").notNull().default(4),
  lengthRule: text("length_rule").notNull().default("bulan_penimbangan"),
  kunjunganNormal: text("kunjungan_normal").notNull().default("TS"),
  targetCakupan: smallint("target_cakupan").notNull().default(80),
  /** Day of the next month by which a month's records count as on time (docs/indicators.md §4). */
  batasLaporanHari: smallint("batas_laporan_hari").notNull().default(10),
  /** KF visits of the nifas period mother indicator 3 asks for: 3, or 4 for the Kemenkes "KF lengkap" rule. */
  kunjunganNifasMinimum: smallint("kunjungan_nifas_minimum").notNull().default(3),
  /** A quarter may be submitted from this many days before its end (its last N days); 0 = only after it ends
   * (docs/scorecard.md, "Submission window"). */
  pengajuanHariSebelumAkhir: smallint("pengajuan_hari_sebelum_akhir").notNull().default(10),
  /** Smallest denominator (targets) with which a desa is ranked: "kuartil terburuk" and "indikator terlemah"
   * (docs/indicators.md §8). */
  minimumSasaranPeringkat: smallint("minimum_sasaran_peringkat").notNull().default(10),
});

/** Quarterly Y/T/TS result of one target (Formulir 3A/3B/2C row). `hasil` holds one character per indicator:
 * Y, T, or "-" for TS. Recomputed whenever a record of the target changes, so every roll-up is a sum. */
export const konvergensiSasaran = pgTable(
  "konvergensi_sasaran",
  {
    sasaranId: integer("sasaran_id")
      .notNull()
      .references(() => sasaran.id, { onDelete: "cascade" }),
    tahun: smallint("tahun").notNull(),
    triwulan: smallint("triwulan").notNull(),
    kodeWilayah: text("kode_wilayah").notNull(),
    posyanduId: integer("posyandu_id"),
    kelompok: kelompokKonvergensi("kelompok").notNull(),
    rumahTanggaId: integer("rumah_tangga_id"),
    /** Ibu: status kehamilan of the last record; anak: status gizi of the last record. */
    status: text("status"),
    /** Anak: growth-mat colour of the last record. */
    tikar: text("tikar"),
    stage: text("stage"),
    hasil: text("hasil").notNull(),
    diterima: smallint("diterima").notNull(),
    seharusnya: smallint("seharusnya").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A child turning 24 months mid-quarter has both a 0–23 row and a PAUD row.
    primaryKey({ columns: [t.sasaranId, t.tahun, t.triwulan, t.kelompok] }),
    index("konvergensi_sasaran_wilayah_idx").using("btree", t.kodeWilayah.op("text_pattern_ops"), t.tahun, t.triwulan),
    // JTRT (distinct households) over a district's quarter, index-only.
    index("konvergensi_sasaran_rumah_tangga_idx").using(
      "btree",
      t.tahun,
      t.triwulan,
      t.kelompok,
      t.kodeWilayah.op("text_pattern_ops"),
      t.rumahTanggaId,
      t.sasaranId,
    ),
  ],
);

/** Quarter workflow of a desa: draft → diajukan (KPM) → disetujui (kepala desa; locked) or back to draft. */
export const periodeDesa = pgTable(
  "periode_desa",
  {
    kodeWilayah: text("kode_wilayah")
      .notNull()
      .references(() => regions.kode),
    tahun: smallint("tahun").notNull(),
    triwulan: smallint("triwulan").notNull(),
    status: statusPeriode("status").notNull().default("draft"),
    catatan: text("catatan"),
    diajukanOleh: integer("diajukan_oleh").references(() => users.id),
    diajukanAt: timestamp("diajukan_at", { withTimezone: true }),
    disetujuiOleh: integer("disetujui_oleh").references(() => users.id),
    disetujuiAt: timestamp("disetujui_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The period index serves district pages: `kode_wilayah like '19.71.%'` is a range after the quarter.
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.tahun, t.triwulan] }),
    index("periode_desa_periode_idx").using("btree", t.tahun, t.triwulan, t.kodeWilayah.op("text_pattern_ops")),
  ],
);

export type KonvergensiSasaran = typeof konvergensiSasaran.$inferSelect;
export type PeriodeDesa = typeof periodeDesa.$inferSelect;

/** Per desa × quarter × group sums of `konvergensi_sasaran`, refreshed in the same transaction as the rows they
 * sum (db/rollups/scorecard-desa.ts), so kecamatan and kabupaten pages read hundreds of rows instead of every
 * target's. Per-indicator counts are arrays indexed like `hasil` (position 1 = indicator 1). */
export const konvergensiDesa = pgTable(
  "konvergensi_desa",
  {
    kodeWilayah: text("kode_wilayah").notNull(),
    tahun: smallint("tahun").notNull(),
    triwulan: smallint("triwulan").notNull(),
    kelompok: kelompokKonvergensi("kelompok").notNull(),
    n: integer("n").notNull(),
    diterima: integer("diterima").notNull(),
    seharusnya: integer("seharusnya").notNull(),
    risiko: integer("risiko").notNull(),
    h: integer("h").notNull(),
    k: integer("k").notNull(),
    m: integer("m").notNull(),
    td: integer("td").notNull(),
    /** Targets answering Y / TS / anything, per indicator. */
    y: integer("y").array().notNull(),
    ts: integer("ts").array().notNull(),
    ni: integer("ni").array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.tahun, t.triwulan, t.kelompok] }),
    index("konvergensi_desa_periode_idx").using("btree", t.tahun, t.triwulan, t.kodeWilayah.op("text_pattern_ops")),
  ],
);
