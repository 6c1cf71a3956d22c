CREATE TABLE "data_versi" (
	"kode_wilayah" text PRIMARY KEY NOT NULL,
	"versi" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "data_versi_kode_pattern_idx" ON "data_versi" USING btree ("kode_wilayah" text_pattern_ops,"versi");
--> statement-breakpoint
-- A write to a table the district pages read raises the counter of each desa it touched, in the writing
-- transaction (any code path, COPY included). Codes are taken in order, so two writers never lock two desa rows in
-- opposite orders. lib/cache/versioned.ts keys its cache on the sum of the counters under a region.
CREATE FUNCTION data_versi_naik() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO data_versi AS v (kode_wilayah, versi) SELECT DISTINCT kode_wilayah, 1 FROM baru ORDER BY 1
      ON CONFLICT (kode_wilayah) DO UPDATE SET versi = v.versi + 1;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO data_versi AS v (kode_wilayah, versi) SELECT kode_wilayah, 1 FROM (SELECT kode_wilayah FROM baru UNION SELECT kode_wilayah FROM lama) x ORDER BY 1
      ON CONFLICT (kode_wilayah) DO UPDATE SET versi = v.versi + 1;
  ELSE
    INSERT INTO data_versi AS v (kode_wilayah, versi) SELECT DISTINCT kode_wilayah, 1 FROM lama ORDER BY 1
      ON CONFLICT (kode_wilayah) DO UPDATE SET versi = v.versi + 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Reference data (region names, budget codes, yearly settings) and TRUNCATE: the row '' is under every region.
CREATE FUNCTION data_versi_naik_umum() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO data_versi AS v (kode_wilayah, versi) VALUES ('', 1) ON CONFLICT (kode_wilayah) DO UPDATE SET versi = v.versi + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sasaran_versi_insert AFTER INSERT ON sasaran REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER sasaran_versi_update AFTER UPDATE ON sasaran REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER sasaran_versi_delete AFTER DELETE ON sasaran REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER sasaran_versi_truncate AFTER TRUNCATE ON sasaran FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER posyandu_versi_insert AFTER INSERT ON posyandu REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER posyandu_versi_update AFTER UPDATE ON posyandu REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER posyandu_versi_delete AFTER DELETE ON posyandu REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER posyandu_versi_truncate AFTER TRUNCATE ON posyandu FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER pemantauan_ibu_versi_insert AFTER INSERT ON pemantauan_ibu REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pemantauan_ibu_versi_update AFTER UPDATE ON pemantauan_ibu REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pemantauan_ibu_versi_delete AFTER DELETE ON pemantauan_ibu REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pemantauan_ibu_versi_truncate AFTER TRUNCATE ON pemantauan_ibu FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER pemantauan_anak_versi_insert AFTER INSERT ON pemantauan_anak REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pemantauan_anak_versi_update AFTER UPDATE ON pemantauan_anak REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pemantauan_anak_versi_delete AFTER DELETE ON pemantauan_anak REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pemantauan_anak_versi_truncate AFTER TRUNCATE ON pemantauan_anak FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER pemantauan_paud_versi_insert AFTER INSERT ON pemantauan_paud REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pemantauan_paud_versi_update AFTER UPDATE ON pemantauan_paud REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pemantauan_paud_versi_delete AFTER DELETE ON pemantauan_paud REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pemantauan_paud_versi_truncate AFTER TRUNCATE ON pemantauan_paud FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER pengukuran_versi_insert AFTER INSERT ON pengukuran REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pengukuran_versi_update AFTER UPDATE ON pengukuran REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pengukuran_versi_delete AFTER DELETE ON pengukuran REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pengukuran_versi_truncate AFTER TRUNCATE ON pengukuran FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER pertumbuhan_desa_versi_insert AFTER INSERT ON pertumbuhan_desa REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pertumbuhan_desa_versi_update AFTER UPDATE ON pertumbuhan_desa REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pertumbuhan_desa_versi_delete AFTER DELETE ON pertumbuhan_desa REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pertumbuhan_desa_versi_truncate AFTER TRUNCATE ON pertumbuhan_desa FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER konvergensi_sasaran_versi_insert AFTER INSERT ON konvergensi_sasaran REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER konvergensi_sasaran_versi_update AFTER UPDATE ON konvergensi_sasaran REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER konvergensi_sasaran_versi_delete AFTER DELETE ON konvergensi_sasaran REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER konvergensi_sasaran_versi_truncate AFTER TRUNCATE ON konvergensi_sasaran FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER konvergensi_desa_versi_insert AFTER INSERT ON konvergensi_desa REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER konvergensi_desa_versi_update AFTER UPDATE ON konvergensi_desa REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER konvergensi_desa_versi_delete AFTER DELETE ON konvergensi_desa REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER konvergensi_desa_versi_truncate AFTER TRUNCATE ON konvergensi_desa FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER periode_desa_versi_insert AFTER INSERT ON periode_desa REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER periode_desa_versi_update AFTER UPDATE ON periode_desa REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER periode_desa_versi_delete AFTER DELETE ON periode_desa REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER periode_desa_versi_truncate AFTER TRUNCATE ON periode_desa FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER apbdes_versi_insert AFTER INSERT ON apbdes REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER apbdes_versi_update AFTER UPDATE ON apbdes REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER apbdes_versi_delete AFTER DELETE ON apbdes REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER apbdes_versi_truncate AFTER TRUNCATE ON apbdes FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER apbdes_baris_versi_insert AFTER INSERT ON apbdes_baris REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER apbdes_baris_versi_update AFTER UPDATE ON apbdes_baris REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER apbdes_baris_versi_delete AFTER DELETE ON apbdes_baris REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER apbdes_baris_versi_truncate AFTER TRUNCATE ON apbdes_baris FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER regions_versi AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON regions FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER ref_apbdes_kegiatan_versi AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ref_apbdes_kegiatan FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER ref_rekening_belanja_versi AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ref_rekening_belanja FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER ref_sumber_dana_versi AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ref_sumber_dana FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
--> statement-breakpoint
CREATE TRIGGER pengaturan_tahun_versi AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pengaturan_tahun FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
