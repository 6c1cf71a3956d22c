CREATE TABLE "pemantauan_balita" (
	"id" serial PRIMARY KEY NOT NULL,
	"sasaran_id" integer NOT NULL,
	"kode_wilayah" text NOT NULL,
	"tahun" smallint NOT NULL,
	"bulan" smallint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"tanggal_periksa" date NOT NULL,
	"posyandu_id" integer NOT NULL,
	"umur_bulan" smallint NOT NULL,
	"ditimbang" boolean DEFAULT false NOT NULL,
	"vitamin_a" boolean DEFAULT false NOT NULL,
	"obat_cacing" boolean DEFAULT false NOT NULL,
	"imunisasi_lanjutan" boolean DEFAULT false NOT NULL,
	"pmt" boolean DEFAULT false NOT NULL,
	"rujukan" boolean DEFAULT false NOT NULL,
	"kunjungan_rumah" boolean DEFAULT false NOT NULL,
	CONSTRAINT "pemantauan_balita_umur_ck" CHECK ("pemantauan_balita"."umur_bulan" between 24 and 59),
	CONSTRAINT "pemantauan_balita_vitamin_a_ck" CHECK (not "pemantauan_balita"."vitamin_a" or "pemantauan_balita"."bulan" in (2, 8))
);
--> statement-breakpoint
ALTER TABLE "pengukuran" ADD COLUMN "pemantauan_balita_id" integer;--> statement-breakpoint
ALTER TABLE "pemantauan_balita" ADD CONSTRAINT "pemantauan_balita_sasaran_id_sasaran_id_fk" FOREIGN KEY ("sasaran_id") REFERENCES "public"."sasaran"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemantauan_balita" ADD CONSTRAINT "pemantauan_balita_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemantauan_balita" ADD CONSTRAINT "pemantauan_balita_posyandu_id_posyandu_id_fk" FOREIGN KEY ("posyandu_id") REFERENCES "public"."posyandu"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pemantauan_balita_periode_uq" ON "pemantauan_balita" USING btree ("sasaran_id","tahun","bulan");--> statement-breakpoint
CREATE INDEX "pemantauan_balita_wilayah_idx" ON "pemantauan_balita" USING btree ("kode_wilayah" text_pattern_ops,"tahun","bulan");--> statement-breakpoint
ALTER TABLE "pengukuran" ADD CONSTRAINT "pengukuran_pemantauan_balita_id_pemantauan_balita_id_fk" FOREIGN KEY ("pemantauan_balita_id") REFERENCES "public"."pemantauan_balita"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pengukuran_balita_uq" ON "pengukuran" USING btree ("pemantauan_balita_id");
--> statement-breakpoint
-- data: the completed calendar months of every measurement (lib/periods.ts completedCalendarMonths; the same
-- clamping as date + make_interval), from the child's birth date.
ALTER TABLE "pengukuran" ADD COLUMN "umur_bulan" smallint;
--> statement-breakpoint
UPDATE "pengukuran" u SET "umur_bulan" = c.n - (c.lahir + make_interval(months => c.n) > c.ukur)::int
FROM (SELECT v.id, s.tanggal_lahir AS lahir, v.tanggal_ukur AS ukur,
        ((extract(year FROM v.tanggal_ukur) - extract(year FROM s.tanggal_lahir)) * 12 + extract(month FROM v.tanggal_ukur) - extract(month FROM s.tanggal_lahir))::int AS n
      FROM "pengukuran" v JOIN "sasaran" s ON s.id = v.sasaran_id) c
WHERE c.id = u.id;
--> statement-breakpoint
ALTER TABLE "pengukuran" ALTER COLUMN "umur_bulan" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "pertumbuhan_desa" ADD COLUMN "kelompok_umur" smallint DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "pertumbuhan_desa" DROP CONSTRAINT "pertumbuhan_desa_kode_wilayah_periode_pk";
--> statement-breakpoint
ALTER TABLE "pertumbuhan_desa" ADD CONSTRAINT "pertumbuhan_desa_kode_wilayah_periode_kelompok_umur_pk" PRIMARY KEY("kode_wilayah","periode","kelompok_umur");
--> statement-breakpoint
-- data: rebuild pertumbuhan_desa by age band (docs/indicators.md §3; growthCountRows in db/rollups/growth.ts): per
-- period and z-score each child's latest measurement carrying a plausible value of it, counted in the desa and the
-- age band (first month 0, 6, 12, 24, 36, 48) of that measurement; measurements from 60 months on belong to none.
DELETE FROM "pertumbuhan_desa";
--> statement-breakpoint
INSERT INTO "pertumbuhan_desa" ("kode_wilayah", "periode", "kelompok_umur", "measured", "stunted", "severe", "whz_n", "wasted", "overweight", "waz_n", "underweight")
WITH m AS (
  SELECT p.periode, u.id, u.sasaran_id, u.kode_wilayah, u.tanggal_ukur, u.umur_bulan, u.haz, u.waz, u.whz, u.oedema
  FROM pengukuran u
  CROSS JOIN LATERAL (VALUES (to_char(u.tanggal_ukur, 'YYYY-MM')), (to_char(u.tanggal_ukur, 'YYYY') || '-T' || extract(quarter FROM u.tanggal_ukur)::int), (to_char(u.tanggal_ukur, 'YYYY'))) AS p(periode)),
h AS (SELECT DISTINCT ON (periode, sasaran_id) periode, kode_wilayah, umur_bulan, haz FROM m WHERE haz BETWEEN -6 AND 6 ORDER BY periode, sasaran_id, tanggal_ukur DESC, id DESC),
w AS (SELECT DISTINCT ON (periode, sasaran_id) periode, kode_wilayah, umur_bulan, whz, oedema FROM m WHERE whz BETWEEN -5 AND 5 OR oedema ORDER BY periode, sasaran_id, tanggal_ukur DESC, id DESC),
a AS (SELECT DISTINCT ON (periode, sasaran_id) periode, kode_wilayah, umur_bulan, waz, oedema FROM m WHERE waz BETWEEN -6 AND 5 OR oedema ORDER BY periode, sasaran_id, tanggal_ukur DESC, id DESC),
c AS (
  SELECT periode, kode_wilayah, umur_bulan, 1 AS measured, (haz < -2)::int AS stunted, (haz < -3)::int AS severe, 0 AS whz_n, 0 AS wasted, 0 AS overweight, 0 AS waz_n, 0 AS underweight FROM h
  UNION ALL
  SELECT periode, kode_wilayah, umur_bulan, 0, 0, 0, 1, (oedema OR whz < -2)::int, coalesce(whz > 2, false)::int, 0, 0 FROM w
  UNION ALL
  SELECT periode, kode_wilayah, umur_bulan, 0, 0, 0, 0, 0, 0, 1, (oedema OR waz < -2)::int FROM a),
b AS (SELECT *, CASE WHEN umur_bulan < 6 THEN 0 WHEN umur_bulan < 12 THEN 6 WHEN umur_bulan < 24 THEN 12 WHEN umur_bulan < 36 THEN 24 WHEN umur_bulan < 48 THEN 36 ELSE 48 END AS kelompok_umur FROM c WHERE umur_bulan BETWEEN 0 AND 59)
SELECT kode_wilayah, periode, kelompok_umur, sum(measured)::int, sum(stunted)::int, sum(severe)::int, sum(whz_n)::int, sum(wasted)::int, sum(overweight)::int, sum(waz_n)::int, sum(underweight)::int
FROM b GROUP BY kode_wilayah, periode, kelompok_umur;
