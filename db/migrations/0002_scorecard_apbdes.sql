CREATE TYPE "public"."status_apbdes" AS ENUM('draft', 'diajukan', 'disetujui');--> statement-breakpoint
CREATE TYPE "public"."stunting_tag" AS ENUM('SP', 'SN', 'TK');--> statement-breakpoint
CREATE TYPE "public"."versi_apbdes" AS ENUM('murni', 'perubahan');--> statement-breakpoint
CREATE TYPE "public"."kelompok_konvergensi" AS ENUM('ibu', 'anak', 'paud');--> statement-breakpoint
CREATE TYPE "public"."status_periode" AS ENUM('draft', 'diajukan', 'disetujui');--> statement-breakpoint
CREATE TABLE "apbdes" (
	"id" serial PRIMARY KEY NOT NULL,
	"kode_wilayah" text NOT NULL,
	"tahun" smallint NOT NULL,
	"versi" "versi_apbdes" NOT NULL,
	"status" "status_apbdes" DEFAULT 'draft' NOT NULL,
	"murni_id" integer,
	"catatan" text,
	"diajukan_oleh" integer,
	"diajukan_at" timestamp with time zone,
	"disetujui_oleh" integer,
	"disetujui_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "apbdes_baris" (
	"id" serial PRIMARY KEY NOT NULL,
	"apbdes_id" integer NOT NULL,
	"kode_wilayah" text NOT NULL,
	"kode_kegiatan" text NOT NULL,
	"uraian" text NOT NULL,
	"kode_rekening" text NOT NULL,
	"sumber_dana" text NOT NULL,
	"volume" numeric(12, 2),
	"satuan" text,
	"pagu" bigint NOT NULL,
	"realisasi" bigint DEFAULT 0 NOT NULL,
	"stunting_tag" "stunting_tag",
	"paket_layanan" text,
	"indikator" text[] DEFAULT '{}' NOT NULL,
	"insentif_kpm" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "konvergensi_sasaran" (
	"sasaran_id" integer NOT NULL,
	"tahun" smallint NOT NULL,
	"triwulan" smallint NOT NULL,
	"kode_wilayah" text NOT NULL,
	"posyandu_id" integer,
	"kelompok" "kelompok_konvergensi" NOT NULL,
	"rumah_tangga_id" integer,
	"status" text,
	"tikar" text,
	"stage" text,
	"hasil" text NOT NULL,
	"diterima" smallint NOT NULL,
	"seharusnya" smallint NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "konvergensi_sasaran_sasaran_id_tahun_triwulan_kelompok_pk" PRIMARY KEY("sasaran_id","tahun","triwulan","kelompok")
);
--> statement-breakpoint
CREATE TABLE "pengaturan_tahun" (
	"tahun" smallint PRIMARY KEY NOT NULL,
	"anc_minimum" smallint DEFAULT 4 NOT NULL,
	"length_rule" text DEFAULT 'bulan_penimbangan' NOT NULL,
	"kunjungan_normal" text DEFAULT 'TS' NOT NULL,
	"target_cakupan" smallint DEFAULT 80 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "periode_desa" (
	"kode_wilayah" text NOT NULL,
	"tahun" smallint NOT NULL,
	"triwulan" smallint NOT NULL,
	"status" "status_periode" DEFAULT 'draft' NOT NULL,
	"catatan" text,
	"diajukan_oleh" integer,
	"diajukan_at" timestamp with time zone,
	"disetujui_oleh" integer,
	"disetujui_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "periode_desa_kode_wilayah_tahun_triwulan_pk" PRIMARY KEY("kode_wilayah","tahun","triwulan")
);
--> statement-breakpoint
ALTER TABLE "apbdes" ADD CONSTRAINT "apbdes_kode_wilayah_regions_kode_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."regions"("kode") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apbdes" ADD CONSTRAINT "apbdes_murni_id_apbdes_id_fk" FOREIGN KEY ("murni_id") REFERENCES "public"."apbdes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apbdes" ADD CONSTRAINT "apbdes_diajukan_oleh_users_id_fk" FOREIGN KEY ("diajukan_oleh") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apbdes" ADD CONSTRAINT "apbdes_disetujui_oleh_users_id_fk" FOREIGN KEY ("disetujui_oleh") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apbdes_baris" ADD CONSTRAINT "apbdes_baris_apbdes_id_apbdes_id_fk" FOREIGN KEY ("apbdes_id") REFERENCES "public"."apbdes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apbdes_baris" ADD CONSTRAINT "apbdes_baris_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "konvergensi_sasaran" ADD CONSTRAINT "konvergensi_sasaran_sasaran_id_sasaran_id_fk" FOREIGN KEY ("sasaran_id") REFERENCES "public"."sasaran"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periode_desa" ADD CONSTRAINT "periode_desa_kode_wilayah_regions_kode_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."regions"("kode") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periode_desa" ADD CONSTRAINT "periode_desa_diajukan_oleh_users_id_fk" FOREIGN KEY ("diajukan_oleh") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periode_desa" ADD CONSTRAINT "periode_desa_disetujui_oleh_users_id_fk" FOREIGN KEY ("disetujui_oleh") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "apbdes_desa_tahun_versi_uq" ON "apbdes" USING btree ("kode_wilayah","tahun","versi");--> statement-breakpoint
CREATE INDEX "apbdes_wilayah_idx" ON "apbdes" USING btree ("kode_wilayah" text_pattern_ops,"tahun");--> statement-breakpoint
CREATE INDEX "apbdes_baris_apbdes_idx" ON "apbdes_baris" USING btree ("apbdes_id");--> statement-breakpoint
CREATE INDEX "apbdes_baris_wilayah_idx" ON "apbdes_baris" USING btree ("kode_wilayah" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "konvergensi_sasaran_wilayah_idx" ON "konvergensi_sasaran" USING btree ("kode_wilayah" text_pattern_ops,"tahun","triwulan");