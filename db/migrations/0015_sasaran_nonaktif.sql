CREATE TYPE "public"."alasan_nonaktif" AS ENUM('meninggal', 'pindah_luar', 'lainnya');--> statement-breakpoint
DROP INDEX "sasaran_aktif_kelompok_idx";--> statement-breakpoint
ALTER TABLE "sasaran" ADD COLUMN "tanggal_nonaktif" date;--> statement-breakpoint
ALTER TABLE "sasaran" ADD COLUMN "alasan_nonaktif" "alasan_nonaktif";--> statement-breakpoint
CREATE INDEX "sasaran_kelompok_idx" ON "sasaran" USING btree ("kode_wilayah" text_pattern_ops,"jenis","tanggal_lahir","tanggal_melahirkan","tanggal_nonaktif");--> statement-breakpoint
CREATE INDEX "sasaran_anak_lahir_idx" ON "sasaran" USING btree ("kode_wilayah" text_pattern_ops,"tanggal_lahir","id","tanggal_nonaktif") WHERE "sasaran"."jenis" = 'anak';--> statement-breakpoint
CREATE INDEX "pengukuran_panjang_idx" ON "pengukuran" USING btree ("sasaran_id","tanggal_ukur") WHERE "pengukuran"."panjang_cm" is not null;--> statement-breakpoint
-- data: targets already inactive end on the day of their last change (in the villages' time zone); the reason is
-- unknown (null). Then aktif and tanggal_nonaktif say the same thing, and the cached counts per date (kept under
-- the old rule: active today, ages in days) are dropped so they refill under the new one (docs/indicators.md §0–1).
UPDATE "sasaran" SET "tanggal_nonaktif" = ("updated_at" AT TIME ZONE 'Asia/Jakarta')::date WHERE NOT "aktif" AND "tanggal_nonaktif" IS NULL;--> statement-breakpoint
ALTER TABLE "sasaran" ADD CONSTRAINT "sasaran_nonaktif_ck" CHECK ("aktif" = ("tanggal_nonaktif" IS NULL));--> statement-breakpoint
DELETE FROM "sasaran_kelompok_isi";--> statement-breakpoint
DELETE FROM "sasaran_kelompok_desa";
