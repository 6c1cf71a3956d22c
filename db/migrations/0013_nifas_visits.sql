ALTER TABLE "pemantauan_ibu" ADD COLUMN "kunjungan_nifas" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "pengaturan_tahun" ADD COLUMN "kunjungan_nifas_minimum" smallint DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "pemantauan_ibu" ADD CONSTRAINT "pemantauan_ibu_kunjungan_nifas_ck" CHECK ("pemantauan_ibu"."kunjungan_nifas" between 0 and 4);--> statement-breakpoint
-- data: postnatal checks recorded as yes/no become one KF visit (pemeriksaan_nifas = true → kunjungan_nifas = 1).
-- Runs before pemeriksaan_nifas is dropped (the next migration); if that drop ever lands first, this fails loudly
-- instead of losing the checks.
UPDATE "pemantauan_ibu" SET "kunjungan_nifas" = 1 WHERE "pemeriksaan_nifas" AND "kunjungan_nifas" = 0;
--> statement-breakpoint
-- data: mother indicator 3 of the stored results re-derived by the new rule (lib/scorecard/nifas.ts, domain §6.1):
-- judged only in the quarter in which delivery + 42 days falls, Y when the visits of the months overlapping
-- delivery .. delivery + 42 reach pengaturan_tahun.kunjungan_nifas_minimum (3 when the year has no row), TS
-- ("-") in every other quarter; the delivery date is the one on her latest monthly record that has one. Only
-- desa-quarters still in draft: a submitted or approved quarter keeps the results it was signed with (as for a
-- change of pengaturan_tahun, docs/scorecard.md). Then diterima/seharusnya and the desa roll-ups of the rows that
-- changed.
CREATE TEMPORARY TABLE "nifas_ubah" AS
WITH "lahir" AS (
  SELECT DISTINCT ON ("sasaran_id") "sasaran_id", "tanggal_melahirkan" AS "d"
  FROM "pemantauan_ibu" WHERE "tanggal_melahirkan" IS NOT NULL
  ORDER BY "sasaran_id", "tahun" DESC, "bulan" DESC
), "nifas" AS (
  SELECT l."sasaran_id", (l."d" + 42) AS "akhir",
    (SELECT coalesce(sum(p."kunjungan_nifas"), 0) FROM "pemantauan_ibu" p
      WHERE p."sasaran_id" = l."sasaran_id"
        AND make_date(p."tahun", p."bulan", 1) <= l."d" + 42
        AND (make_date(p."tahun", p."bulan", 1) + interval '1 month' - interval '1 day')::date >= l."d") AS "kunjungan"
  FROM "lahir" l
), "baru" AS (
  SELECT k."sasaran_id", k."tahun", k."triwulan", k."kode_wilayah",
    overlay(k."hasil" PLACING (CASE
      WHEN n."akhir" IS NULL
        OR extract(year FROM n."akhir")::int <> k."tahun"
        OR extract(quarter FROM n."akhir")::int <> k."triwulan" THEN '-'
      WHEN n."kunjungan" >= coalesce((SELECT t."kunjungan_nifas_minimum" FROM "pengaturan_tahun" t WHERE t."tahun" = k."tahun"), 3) THEN 'Y'
      ELSE 'T' END) FROM 3 FOR 1) AS "hasil"
  FROM "konvergensi_sasaran" k
  LEFT JOIN "nifas" n ON n."sasaran_id" = k."sasaran_id"
  WHERE k."kelompok" = 'ibu' AND length(k."hasil") = 8
    AND NOT EXISTS (SELECT 1 FROM "periode_desa" pd WHERE pd."kode_wilayah" = k."kode_wilayah"
      AND pd."tahun" = k."tahun" AND pd."triwulan" = k."triwulan" AND pd."status" <> 'draft')
)
SELECT b.* FROM "baru" b JOIN "konvergensi_sasaran" k USING ("sasaran_id", "tahun", "triwulan")
WHERE k."kelompok" = 'ibu' AND k."hasil" <> b."hasil";
--> statement-breakpoint
UPDATE "konvergensi_sasaran" k SET "hasil" = u."hasil",
  "diterima" = length(u."hasil") - length(replace(u."hasil", 'Y', '')),
  "seharusnya" = length(replace(u."hasil", '-', ''))
FROM "nifas_ubah" u
WHERE k."kelompok" = 'ibu' AND k."sasaran_id" = u."sasaran_id" AND k."tahun" = u."tahun" AND k."triwulan" = u."triwulan";
--> statement-breakpoint
-- The same sums as insertRollups in db/rollups/scorecard-desa.ts, for the desa-quarters touched above.
DELETE FROM "konvergensi_desa" d USING (SELECT DISTINCT "kode_wilayah", "tahun", "triwulan" FROM "nifas_ubah") u
WHERE d."kode_wilayah" = u."kode_wilayah" AND d."tahun" = u."tahun" AND d."triwulan" = u."triwulan";
--> statement-breakpoint
INSERT INTO "konvergensi_desa" ("kode_wilayah", "tahun", "triwulan", "kelompok", "n", "diterima", "seharusnya", "risiko", "h", "k", "m", "td", "y", "ts", "ni")
SELECT b."kode_wilayah", b."tahun", b."triwulan", b."kelompok", b."n", b."diterima", b."seharusnya", b."risiko", b."h", b."k", b."m", b."td",
  coalesce(a."y", '{}'), coalesce(a."ts", '{}'), coalesce(a."ni", '{}')
FROM (
  SELECT k."kode_wilayah", k."tahun", k."triwulan", k."kelompok", count(*)::int AS "n",
    coalesce(sum(k."diterima"), 0)::int AS "diterima", coalesce(sum(k."seharusnya"), 0)::int AS "seharusnya",
    count(*) FILTER (WHERE (k."kelompok" = 'ibu' AND k."status" IN ('kek', 'risti')) OR (k."kelompok" = 'anak' AND k."status" IN ('GK', 'GB', 'S')))::int AS "risiko",
    count(*) FILTER (WHERE k."tikar" = 'H')::int AS "h", count(*) FILTER (WHERE k."tikar" = 'K')::int AS "k",
    count(*) FILTER (WHERE k."tikar" = 'M')::int AS "m", count(*) FILTER (WHERE k."kelompok" = 'anak' AND coalesce(k."tikar", 'TD') = 'TD')::int AS "td"
  FROM "konvergensi_sasaran" k
  WHERE ("kode_wilayah", "tahun", "triwulan") IN (SELECT "kode_wilayah", "tahun", "triwulan" FROM "nifas_ubah")
  GROUP BY 1, 2, 3, 4
) b
LEFT JOIN (
  SELECT "kode_wilayah", "tahun", "triwulan", "kelompok",
    array_agg("y" ORDER BY "nomor") AS "y", array_agg("ts" ORDER BY "nomor") AS "ts", array_agg("ni" ORDER BY "nomor") AS "ni"
  FROM (
    SELECT k."kode_wilayah", k."tahun", k."triwulan", k."kelompok", i."nomor",
      count(*) FILTER (WHERE i."c" = 'Y')::int AS "y", count(*) FILTER (WHERE i."c" = '-')::int AS "ts", count(*)::int AS "ni"
    FROM "konvergensi_sasaran" k CROSS JOIN LATERAL unnest(string_to_array(k."hasil", NULL)) WITH ORDINALITY AS i("c", "nomor")
    WHERE (k."kode_wilayah", k."tahun", k."triwulan") IN (SELECT "kode_wilayah", "tahun", "triwulan" FROM "nifas_ubah")
    GROUP BY 1, 2, 3, 4, 5
  ) x
  GROUP BY 1, 2, 3, 4
) a USING ("kode_wilayah", "tahun", "triwulan", "kelompok");
--> statement-breakpoint
DROP TABLE "nifas_ubah";
