import { pgTable, text } from "drizzle-orm/pg-core";

/** Permendagri 20/2018 kegiatan codes (`B.S.KK`) with default stunting tags; tags are defaults only. */
export const apbdesKegiatan = pgTable("ref_apbdes_kegiatan", {
  kode: text("kode").primaryKey(),
  nama: text("nama").notNull(),
  bidang: text("bidang").notNull(),
  subBidang: text("sub_bidang").notNull(),
  stuntingTag: text("stunting_tag"),
  paketLayanan: text("paket_layanan"),
});

export const rekeningBelanja = pgTable("ref_rekening_belanja", {
  kode: text("kode").primaryKey(),
  nama: text("nama").notNull(),
});

export const sumberDana = pgTable("ref_sumber_dana", {
  kode: text("kode").primaryKey(),
  nama: text("nama").notNull(),
});

/** Small key/value store for operational facts such as which seed ran. */
export const appMeta = pgTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export type ApbdesKegiatan = typeof apbdesKegiatan.$inferSelect;
