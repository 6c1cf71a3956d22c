import { bigint, index, pgTable, text } from "drizzle-orm/pg-core";

/** One counter per desa/kelurahan code, raised by statement triggers (migration 0010) in the same transaction as
 * any write to a table the district pages read; the row with code '' stands for reference data. The sum of the
 * counters under a region changes with every committed write there, so it keys a cache exactly
 * (lib/cache/versioned.ts). */
export const dataVersi = pgTable(
  "data_versi",
  {
    kodeWilayah: text("kode_wilayah").primaryKey(),
    versi: bigint("versi", { mode: "number" }).notNull().default(0),
  },
  (t) => [index("data_versi_kode_pattern_idx").using("btree", t.kodeWilayah.op("text_pattern_ops"), t.versi)],
);
