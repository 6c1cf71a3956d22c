import { index, pgEnum, pgTable, text } from "drizzle-orm/pg-core";

export const regionLevel = pgEnum("region_level", ["provinsi", "kabupaten", "kecamatan", "desa", "kelurahan"]);

/** Kemendagri region tree. `kode` is the dotted Kemendagri code, never a BPS code. */
export const regions = pgTable(
  "regions",
  {
    kode: text("kode").primaryKey(),
    nama: text("nama").notNull(),
    jenis: regionLevel("jenis").notNull(),
    parentKode: text("parent_kode"),
    kodeBps: text("kode_bps"),
  },
  (t) => [
    index("regions_parent_idx").on(t.parentKode),
    // text_pattern_ops lets `kode LIKE '19.05.%'` use the index for scope filters.
    index("regions_kode_prefix_idx").using("btree", t.kode.op("text_pattern_ops")),
  ],
);

export type Region = typeof regions.$inferSelect;
export type RegionLevel = (typeof regionLevel.enumValues)[number];
