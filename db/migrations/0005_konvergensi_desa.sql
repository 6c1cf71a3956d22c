CREATE TABLE "konvergensi_desa" (
	"kode_wilayah" text NOT NULL,
	"tahun" smallint NOT NULL,
	"triwulan" smallint NOT NULL,
	"kelompok" "kelompok_konvergensi" NOT NULL,
	"n" integer NOT NULL,
	"diterima" integer NOT NULL,
	"seharusnya" integer NOT NULL,
	"risiko" integer NOT NULL,
	"h" integer NOT NULL,
	"k" integer NOT NULL,
	"m" integer NOT NULL,
	"td" integer NOT NULL,
	"y" integer[] NOT NULL,
	"ts" integer[] NOT NULL,
	"ni" integer[] NOT NULL,
	CONSTRAINT "konvergensi_desa_kode_wilayah_tahun_triwulan_kelompok_pk" PRIMARY KEY("kode_wilayah","tahun","triwulan","kelompok")
);
--> statement-breakpoint
CREATE INDEX "konvergensi_desa_periode_idx" ON "konvergensi_desa" USING btree ("tahun","triwulan","kode_wilayah" text_pattern_ops);--> statement-breakpoint
-- Backfill from the stored per-target results (same sums as db/konvergensi/rollup.ts).
INSERT INTO "konvergensi_desa" ("kode_wilayah", "tahun", "triwulan", "kelompok", "n", "diterima", "seharusnya", "risiko", "h", "k", "m", "td", "y", "ts", "ni")
SELECT b.kode_wilayah, b.tahun, b.triwulan, b.kelompok, b.n, b.diterima, b.seharusnya, b.risiko, b.h, b.k, b.m, b.td,
  coalesce(a.y, '{}'), coalesce(a.ts, '{}'), coalesce(a.ni, '{}')
FROM (
  SELECT k.kode_wilayah, k.tahun, k.triwulan, k.kelompok, count(*)::int AS n,
    coalesce(sum(k.diterima), 0)::int AS diterima, coalesce(sum(k.seharusnya), 0)::int AS seharusnya,
    count(*) FILTER (WHERE (k.kelompok = 'ibu' AND k.status IN ('kek', 'risti')) OR (k.kelompok = 'anak' AND k.status IN ('GK', 'GB', 'S')))::int AS risiko,
    count(*) FILTER (WHERE k.tikar = 'H')::int AS h, count(*) FILTER (WHERE k.tikar = 'K')::int AS k,
    count(*) FILTER (WHERE k.tikar = 'M')::int AS m, count(*) FILTER (WHERE k.kelompok = 'anak' AND coalesce(k.tikar, 'TD') = 'TD')::int AS td
  FROM konvergensi_sasaran k GROUP BY 1, 2, 3, 4
) b
LEFT JOIN (
  SELECT kode_wilayah, tahun, triwulan, kelompok, array_agg(y ORDER BY nomor) AS y, array_agg(ts ORDER BY nomor) AS ts, array_agg(ni ORDER BY nomor) AS ni
  FROM (
    SELECT k.kode_wilayah, k.tahun, k.triwulan, k.kelompok, i.nomor,
      count(*) FILTER (WHERE i.c = 'Y')::int AS y, count(*) FILTER (WHERE i.c = '-')::int AS ts, count(*)::int AS ni
    FROM konvergensi_sasaran k CROSS JOIN LATERAL unnest(string_to_array(k.hasil, NULL)) WITH ORDINALITY AS i(c, nomor)
    GROUP BY 1, 2, 3, 4, 5
  ) x GROUP BY 1, 2, 3, 4
) a USING (kode_wilayah, tahun, triwulan, kelompok);
