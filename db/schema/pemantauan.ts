import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { sasaran } from "./sasaran";
import { posyandu } from "./posyandu";
import { users } from "./users";
import { CARA_UKUR, IMUNISASI_CAMPAK, STATUS_GIZI, STATUS_KEHAMILAN, STATUS_PAUD, STATUS_TIKAR } from "@/lib/enums";

export const statusKehamilan = pgEnum("status_kehamilan", STATUS_KEHAMILAN);
export const statusGizi = pgEnum("status_gizi", STATUS_GIZI);
export const statusTikar = pgEnum("status_tikar", STATUS_TIKAR);
export const imunisasiCampak = pgEnum("imunisasi_campak", IMUNISASI_CAMPAK);
export const caraUkur = pgEnum("cara_ukur", CARA_UKUR);
export const statusPaud = pgEnum("status_paud", STATUS_PAUD);

const periodColumns = {
  id: serial("id").primaryKey(),
  sasaranId: integer("sasaran_id")
    .notNull()
    .references(() => sasaran.id),
  /** Copied from the target at write time so scope filters need no join. */
  kodeWilayah: text("kode_wilayah").notNull(),
  tahun: smallint("tahun").notNull(),
  bulan: smallint("bulan").notNull(),
  version: integer("version").notNull().default(1),
  updatedBy: integer("updated_by").references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** Formulir 2A: one row per pregnant woman / mother per calendar month. */
export const pemantauanIbu = pgTable(
  "pemantauan_ibu",
  {
    ...periodColumns,
    tanggalPeriksa: date("tanggal_periksa", { mode: "string" }).notNull(),
    posyanduId: integer("posyandu_id")
      .notNull()
      .references(() => posyandu.id),
    statusKehamilan: statusKehamilan("status_kehamilan"),
    usiaKehamilan: smallint("usia_kehamilan"),
    tanggalMelahirkan: date("tanggal_melahirkan", { mode: "string" }),
    pemeriksaanKehamilan: boolean("pemeriksaan_kehamilan").notNull().default(false),
    konsumsiPilFe: boolean("konsumsi_pil_fe").notNull().default(false),
    butirPilFe: smallint("butir_pil_fe"),
    /** KF visits (KF1–KF4) that happened in this month, 0–4; summed over the months of the 42-day nifas period for
     * mother indicator 3 (lib/scorecard/nifas.ts). */
    kunjunganNifas: smallint("kunjungan_nifas").notNull().default(0),
    konselingGizi: boolean("konseling_gizi").notNull().default(false),
    kunjunganRumah: boolean("kunjungan_rumah").notNull().default(false),
    aksesAirBersih: boolean("akses_air_bersih").notNull().default(false),
    kepemilikanJamban: boolean("kepemilikan_jamban").notNull().default(false),
    jaminanKesehatan: boolean("jaminan_kesehatan").notNull().default(false),
    lilaCm: numeric("lila_cm", { precision: 4, scale: 1, mode: "number" }),
  },
  (t) => [
    check("pemantauan_ibu_kunjungan_nifas_ck", sql`${t.kunjunganNifas} between 0 and 4`),
    uniqueIndex("pemantauan_ibu_periode_uq").on(t.sasaranId, t.tahun, t.bulan),
    index("pemantauan_ibu_wilayah_idx").using("btree", t.kodeWilayah.op("text_pattern_ops"), t.tahun, t.bulan),
    // District reporting completeness reads one month across hundreds of desa (index-only).
    index("pemantauan_ibu_bulan_idx").using(
      "btree",
      t.tahun,
      t.bulan,
      t.kodeWilayah.op("text_pattern_ops"),
      t.createdAt,
    ),
  ],
);

/** Formulir 2B: one row per child 0-23 months per calendar month. */
export const pemantauanAnak = pgTable(
  "pemantauan_anak",
  {
    ...periodColumns,
    tanggalPeriksa: date("tanggal_periksa", { mode: "string" }).notNull(),
    posyanduId: integer("posyandu_id")
      .notNull()
      .references(() => posyandu.id),
    umurBulan: smallint("umur_bulan").notNull(),
    statusGizi: statusGizi("status_gizi"),
    statusTikar: statusTikar("status_tikar").notNull().default("TD"),
    imunisasiDasar: boolean("imunisasi_dasar").notNull().default(false),
    imunisasiCampak: imunisasiCampak("imunisasi_campak").notNull().default("belum"),
    pengukuranBeratBadan: boolean("pengukuran_berat_badan").notNull().default(false),
    pengukuranTinggiBadan: boolean("pengukuran_tinggi_badan").notNull().default(false),
    konselingGiziIbu: boolean("konseling_gizi_ibu").notNull().default(false),
    konselingGiziAyah: boolean("konseling_gizi_ayah").notNull().default(false),
    kunjunganRumah: boolean("kunjungan_rumah").notNull().default(false),
    airBersih: boolean("air_bersih").notNull().default(false),
    kepemilikanJamban: boolean("kepemilikan_jamban").notNull().default(false),
    aktaLahir: boolean("akta_lahir").notNull().default(false),
    jaminanKesehatan: boolean("jaminan_kesehatan").notNull().default(false),
    pengasuhanPaud: boolean("pengasuhan_paud").notNull().default(false),
  },
  (t) => [
    uniqueIndex("pemantauan_anak_periode_uq").on(t.sasaranId, t.tahun, t.bulan),
    index("pemantauan_anak_wilayah_idx").using("btree", t.kodeWilayah.op("text_pattern_ops"), t.tahun, t.bulan),
    // District reporting completeness reads one month across hundreds of desa (index-only).
    index("pemantauan_anak_bulan_idx").using(
      "btree",
      t.tahun,
      t.bulan,
      t.kodeWilayah.op("text_pattern_ops"),
      t.createdAt,
    ),
  ],
);

/** Formulir 2C: PAUD attendance, stored long (one row per child per month). */
export const pemantauanPaud = pgTable(
  "pemantauan_paud",
  {
    ...periodColumns,
    status: statusPaud("status").notNull(),
  },
  (t) => [
    uniqueIndex("pemantauan_paud_periode_uq").on(t.sasaranId, t.tahun, t.bulan),
    index("pemantauan_paud_wilayah_idx").using("btree", t.kodeWilayah.op("text_pattern_ops"), t.tahun, t.bulan),
  ],
);

/** The monthly balita record (24–59 months, docs/balita.md): one row per child per month from the month after the
 * second birthday's month (that month still belongs to Formulir 2B) up to the day before the fifth birthday. Not
 * part of the KPM scorecard; its weighing feeds the SKDN and the 0–59 growth figures through `pengukuran`. PAUD
 * attendance typed on this form is stored where Formulir 2C keeps it (`pemantauan_paud`), never twice. */
export const pemantauanBalita = pgTable(
  "pemantauan_balita",
  {
    ...periodColumns,
    tanggalPeriksa: date("tanggal_periksa", { mode: "string" }).notNull(),
    posyanduId: integer("posyandu_id")
      .notNull()
      .references(() => posyandu.id),
    /** Completed calendar months on the examination date (24–59). */
    umurBulan: smallint("umur_bulan").notNull(),
    /** Weighed this month; true exactly when the month's measurement carries a weight. */
    ditimbang: boolean("ditimbang").notNull().default(false),
    vitaminA: boolean("vitamin_a").notNull().default(false),
    obatCacing: boolean("obat_cacing").notNull().default(false),
    imunisasiLanjutan: boolean("imunisasi_lanjutan").notNull().default(false),
    pmt: boolean("pmt").notNull().default(false),
    rujukan: boolean("rujukan").notNull().default(false),
    kunjunganRumah: boolean("kunjungan_rumah").notNull().default(false),
  },
  (t) => [
    check("pemantauan_balita_umur_ck", sql`${t.umurBulan} between 24 and 59`),
    check("pemantauan_balita_vitamin_a_ck", sql`not ${t.vitaminA} or ${t.bulan} in (2, 8)`),
    uniqueIndex("pemantauan_balita_periode_uq").on(t.sasaranId, t.tahun, t.bulan),
    index("pemantauan_balita_wilayah_idx").using("btree", t.kodeWilayah.op("text_pattern_ops"), t.tahun, t.bulan),
  ],
);

/** Anthropometry with WHO z-scores (2-decimal, as WHO Anthro) and Permenkes 2/2020 categories per index. */
export const pengukuran = pgTable(
  "pengukuran",
  {
    id: serial("id").primaryKey(),
    sasaranId: integer("sasaran_id")
      .notNull()
      .references(() => sasaran.id),
    pemantauanAnakId: integer("pemantauan_anak_id").references(() => pemantauanAnak.id, { onDelete: "cascade" }),
    pemantauanBalitaId: integer("pemantauan_balita_id").references(() => pemantauanBalita.id, { onDelete: "cascade" }),
    kodeWilayah: text("kode_wilayah").notNull(),
    tanggalUkur: date("tanggal_ukur", { mode: "string" }).notNull(),
    umurHari: integer("umur_hari").notNull(),
    /** Completed calendar months on the measurement date (lib/growth/age-bands.ts): the age band of every growth
     * figure (docs/indicators.md §0, §3). */
    umurBulan: smallint("umur_bulan").notNull(),
    beratKg: numeric("berat_kg", { precision: 5, scale: 2, mode: "number" }),
    panjangCm: numeric("panjang_cm", { precision: 5, scale: 1, mode: "number" }),
    caraUkur: caraUkur("cara_ukur"),
    oedema: boolean("oedema").notNull().default(false),
    panjangKoreksiCm: real("panjang_koreksi_cm"),
    haz: numeric("haz", { precision: 5, scale: 2, mode: "number" }),
    waz: numeric("waz", { precision: 5, scale: 2, mode: "number" }),
    whz: numeric("whz", { precision: 5, scale: 2, mode: "number" }),
    baz: numeric("baz", { precision: 5, scale: 2, mode: "number" }),
    kategoriHaz: text("kategori_haz"),
    kategoriWaz: text("kategori_waz"),
    kategoriWhz: text("kategori_whz"),
    kategoriBaz: text("kategori_baz"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("pengukuran_pemantauan_uq").on(t.pemantauanAnakId),
    uniqueIndex("pengukuran_balita_uq").on(t.pemantauanBalitaId),
    index("pengukuran_sasaran_idx").on(t.sasaranId, t.tanggalUkur),
    // "Anak 0–23 bulan diukur" probes each child for a length in the period: index-only (docs/indicators.md §2).
    index("pengukuran_panjang_idx")
      .on(t.sasaranId, t.tanggalUkur)
      .where(sql`${t.panjangCm} is not null`),
    index("pengukuran_wilayah_idx").using("btree", t.kodeWilayah.op("text_pattern_ops"), t.tanggalUkur),
  ],
);

export type PemantauanIbu = typeof pemantauanIbu.$inferSelect;
export type PemantauanAnak = typeof pemantauanAnak.$inferSelect;
export type PemantauanPaud = typeof pemantauanPaud.$inferSelect;
export type PemantauanBalita = typeof pemantauanBalita.$inferSelect;
export type Pengukuran = typeof pengukuran.$inferSelect;

/** Per desa × period growth counts (a month `2026-11`, a quarter `2026-T4`, a year `2026`), one denominator per
 * z-score (docs/indicators.md §3): for each of HAZ, WHZ and WAZ, each child counts once, by its latest measurement
 * in the period that carries a plausible value of that z-score (oedema carries WHZ and WAZ), in the desa of that
 * measurement. Refreshed in the transaction that saves a measurement (db/rollups/growth.ts), so dashboards sum
 * hundreds of rows. */
export const pertumbuhanDesa = pgTable(
  "pertumbuhan_desa",
  {
    kodeWilayah: text("kode_wilayah").notNull(),
    periode: text("periode").notNull(),
    /** The age band of the counted measurement: its first month (0, 6, 12, 24, 36, 48; lib/growth/age-bands.ts).
     * The 0–23 figures sum the bands below 24, the 0–59 figures every band. */
    kelompokUmur: smallint("kelompok_umur").notNull().default(0),
    /** Children with a plausible HAZ in the period: the stunting denominator. */
    measured: integer("measured").notNull(),
    /** … of whom HAZ < −2 (stunted) and HAZ < −3 (severely stunted). */
    stunted: integer("stunted").notNull(),
    severe: integer("severe").notNull(),
    /** Children with a plausible WHZ (or oedema) in the period: the wasting and overweight denominator. */
    whzN: integer("whz_n").notNull().default(0),
    /** … of whom WHZ < −2 or oedema (wasted) and WHZ > +2 (overweight). */
    wasted: integer("wasted").notNull(),
    overweight: integer("overweight").notNull().default(0),
    /** Children with a plausible WAZ (or oedema) in the period: the underweight denominator. */
    wazN: integer("waz_n").notNull().default(0),
    /** … of whom WAZ < −2 or oedema. */
    underweight: integer("underweight").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kodeWilayah, t.periode, t.kelompokUmur] }),
    index("pertumbuhan_desa_periode_idx").using("btree", t.periode, t.kodeWilayah.op("text_pattern_ops")),
  ],
);
