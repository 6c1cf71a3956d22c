ALTER TABLE "pertumbuhan_desa" ADD COLUMN "whz_n" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "pertumbuhan_desa" ADD COLUMN "overweight" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "pertumbuhan_desa" ADD COLUMN "waz_n" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "pertumbuhan_desa" DROP COLUMN "weighed";--> statement-breakpoint
-- data: rebuild pertumbuhan_desa from pengukuran with one denominator per z-score (docs/indicators.md §3; the same
-- rule as growthCountRows in db/rollups/growth.ts). Per period and z-score, each child's latest measurement in the
-- period that carries a plausible value of that z-score (WHO limits: HAZ -6..6, WHZ -5..5, WAZ -6..5; oedema
-- carries WHZ and WAZ and counts as wasted and underweight), counted in the desa of that measurement.
DELETE FROM "pertumbuhan_desa";
--> statement-breakpoint
INSERT INTO "pertumbuhan_desa" ("kode_wilayah", "periode", "measured", "stunted", "severe", "whz_n", "wasted", "overweight", "waz_n", "underweight")
WITH m AS (
  SELECT p.periode, u.id, u.sasaran_id, u.kode_wilayah, u.tanggal_ukur, u.haz, u.waz, u.whz, u.oedema
  FROM pengukuran u
  CROSS JOIN LATERAL (VALUES (to_char(u.tanggal_ukur, 'YYYY-MM')), (to_char(u.tanggal_ukur, 'YYYY') || '-T' || extract(quarter FROM u.tanggal_ukur)::int), (to_char(u.tanggal_ukur, 'YYYY'))) AS p(periode)),
h AS (SELECT DISTINCT ON (periode, sasaran_id) periode, kode_wilayah, haz FROM m WHERE haz BETWEEN -6 AND 6 ORDER BY periode, sasaran_id, tanggal_ukur DESC, id DESC),
w AS (SELECT DISTINCT ON (periode, sasaran_id) periode, kode_wilayah, whz, oedema FROM m WHERE whz BETWEEN -5 AND 5 OR oedema ORDER BY periode, sasaran_id, tanggal_ukur DESC, id DESC),
a AS (SELECT DISTINCT ON (periode, sasaran_id) periode, kode_wilayah, waz, oedema FROM m WHERE waz BETWEEN -6 AND 5 OR oedema ORDER BY periode, sasaran_id, tanggal_ukur DESC, id DESC),
c AS (
  SELECT periode, kode_wilayah, 1 AS measured, (haz < -2)::int AS stunted, (haz < -3)::int AS severe, 0 AS whz_n, 0 AS wasted, 0 AS overweight, 0 AS waz_n, 0 AS underweight FROM h
  UNION ALL
  SELECT periode, kode_wilayah, 0, 0, 0, 1, (oedema OR whz < -2)::int, coalesce(whz > 2, false)::int, 0, 0 FROM w
  UNION ALL
  SELECT periode, kode_wilayah, 0, 0, 0, 0, 0, 0, 1, (oedema OR waz < -2)::int FROM a)
SELECT kode_wilayah, periode, sum(measured)::int, sum(stunted)::int, sum(severe)::int, sum(whz_n)::int, sum(wasted)::int, sum(overweight)::int, sum(waz_n)::int, sum(underweight)::int
FROM c GROUP BY kode_wilayah, periode;
