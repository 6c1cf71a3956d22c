CREATE TABLE "pelatihan_peserta_tamu" (
	"id" serial PRIMARY KEY NOT NULL,
	"pelatihan_id" integer NOT NULL,
	"nama" text NOT NULL,
	"desa_kode" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pengaturan_tahun" ADD COLUMN "minimum_sasaran_peringkat" smallint DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "pelatihan_peserta_tamu" ADD CONSTRAINT "pelatihan_peserta_tamu_pelatihan_id_pelatihan_id_fk" FOREIGN KEY ("pelatihan_id") REFERENCES "public"."pelatihan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pelatihan_peserta_tamu" ADD CONSTRAINT "pelatihan_peserta_tamu_desa_kode_regions_kode_fk" FOREIGN KEY ("desa_kode") REFERENCES "public"."regions"("kode") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pelatihan_peserta_tamu_pelatihan_idx" ON "pelatihan_peserta_tamu" USING btree ("pelatihan_id");