CREATE TABLE "pertumbuhan_desa" (
	"kode_wilayah" text NOT NULL,
	"periode" text NOT NULL,
	"measured" integer NOT NULL,
	"stunted" integer NOT NULL,
	"severe" integer NOT NULL,
	"weighed" integer NOT NULL,
	"wasted" integer NOT NULL,
	"underweight" integer NOT NULL,
	CONSTRAINT "pertumbuhan_desa_kode_wilayah_periode_pk" PRIMARY KEY("kode_wilayah","periode")
);
--> statement-breakpoint
CREATE INDEX "pertumbuhan_desa_periode_idx" ON "pertumbuhan_desa" USING btree ("periode","kode_wilayah" text_pattern_ops);--> statement-breakpoint
-- Backfill from the stored measurements (same counts as db/pertumbuhan/rollup.ts).
INSERT INTO "pertumbuhan_desa" ("kode_wilayah", "periode", "measured", "stunted", "severe", "weighed", "wasted", "underweight")
WITH m AS (
  SELECT p.periode, u.id, u.sasaran_id, u.kode_wilayah, u.tanggal_ukur, u.haz, u.waz, u.whz, u.oedema, u.berat_kg
  FROM pengukuran u
  CROSS JOIN LATERAL (VALUES (to_char(u.tanggal_ukur, 'YYYY-MM')), (to_char(u.tanggal_ukur, 'YYYY') || '-T' || extract(quarter FROM u.tanggal_ukur)::int), (to_char(u.tanggal_ukur, 'YYYY'))) AS p(periode)),
len AS (SELECT DISTINCT ON (periode, sasaran_id) periode, kode_wilayah, haz FROM m WHERE haz IS NOT NULL ORDER BY periode, sasaran_id, tanggal_ukur DESC, id DESC),
wt AS (SELECT DISTINCT ON (periode, sasaran_id) periode, kode_wilayah, waz, whz, oedema FROM m WHERE berat_kg IS NOT NULL ORDER BY periode, sasaran_id, tanggal_ukur DESC, id DESC),
a AS (SELECT periode, kode_wilayah, count(*)::int AS measured, count(*) FILTER (WHERE haz < -2)::int AS stunted, count(*) FILTER (WHERE haz < -3)::int AS severe FROM len GROUP BY 1, 2),
b AS (SELECT periode, kode_wilayah, count(*)::int AS weighed, count(*) FILTER (WHERE whz < -2 OR oedema)::int AS wasted, count(*) FILTER (WHERE waz < -2 OR oedema)::int AS underweight FROM wt GROUP BY 1, 2)
SELECT kode_wilayah, periode, coalesce(a.measured, 0), coalesce(a.stunted, 0), coalesce(a.severe, 0), coalesce(b.weighed, 0), coalesce(b.wasted, 0), coalesce(b.underweight, 0)
FROM a FULL JOIN b USING (periode, kode_wilayah);
