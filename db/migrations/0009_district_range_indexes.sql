DROP INDEX "pemantauan_anak_bulan_idx";--> statement-breakpoint
DROP INDEX "pemantauan_ibu_bulan_idx";--> statement-breakpoint
DROP INDEX "konvergensi_sasaran_rumah_tangga_idx";--> statement-breakpoint
CREATE INDEX "periode_desa_periode_idx" ON "periode_desa" USING btree ("tahun","triwulan","kode_wilayah" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "pemantauan_anak_bulan_idx" ON "pemantauan_anak" USING btree ("tahun","bulan","kode_wilayah" text_pattern_ops,"created_at");--> statement-breakpoint
CREATE INDEX "pemantauan_ibu_bulan_idx" ON "pemantauan_ibu" USING btree ("tahun","bulan","kode_wilayah" text_pattern_ops,"created_at");--> statement-breakpoint
CREATE INDEX "konvergensi_sasaran_rumah_tangga_idx" ON "konvergensi_sasaran" USING btree ("tahun","triwulan","kelompok","kode_wilayah" text_pattern_ops,"rumah_tangga_id","sasaran_id");