CREATE TABLE "sasaran_kelompok_desa" (
	"tanggal" date NOT NULL,
	"kode_wilayah" text NOT NULL,
	"kelompok" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "sasaran_kelompok_desa_tanggal_kode_wilayah_kelompok_pk" PRIMARY KEY("tanggal","kode_wilayah","kelompok")
);
--> statement-breakpoint
CREATE TABLE "sasaran_kelompok_isi" (
	"tanggal" date NOT NULL,
	"kabupaten" text NOT NULL,
	CONSTRAINT "sasaran_kelompok_isi_tanggal_kabupaten_pk" PRIMARY KEY("tanggal","kabupaten")
);
--> statement-breakpoint
-- Any write to sasaran (any code path, COPY included) drops the cached counts of the kabupaten(s) it touches.
-- The advisory lock orders it with a refill (db/queries/target-counts.ts), so a refill never stores counts that
-- miss a write committed after it read.
CREATE FUNCTION sasaran_kelompok_invalidate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('sasaran_kelompok_desa'));
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    DELETE FROM sasaran_kelompok_isi i USING (SELECT DISTINCT split_part(kode_wilayah, '.', 1) || '.' || split_part(kode_wilayah, '.', 2) AS kab FROM baru) b WHERE i.kabupaten = b.kab;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM sasaran_kelompok_isi i USING (SELECT DISTINCT split_part(kode_wilayah, '.', 1) || '.' || split_part(kode_wilayah, '.', 2) AS kab FROM lama) b WHERE i.kabupaten = b.kab;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sasaran_kelompok_insert AFTER INSERT ON sasaran REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION sasaran_kelompok_invalidate();
--> statement-breakpoint
CREATE TRIGGER sasaran_kelompok_update AFTER UPDATE ON sasaran REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION sasaran_kelompok_invalidate();
--> statement-breakpoint
CREATE TRIGGER sasaran_kelompok_delete AFTER DELETE ON sasaran REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION sasaran_kelompok_invalidate();
