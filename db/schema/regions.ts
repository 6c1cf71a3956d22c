import { index, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { REGION_LEVELS } from "@/lib/enums";

export const regionLevel = pgEnum("region_level", REGION_LEVELS);

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
/** The level type lives with its tuple in lib/enums.ts; re-exported for db code that imports it from here. */
export type { RegionLevel } from "@/lib/enums";
