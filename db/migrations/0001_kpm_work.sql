CREATE TYPE "public"."jenis_kelamin" AS ENUM('L', 'P');--> statement-breakpoint
CREATE TYPE "public"."jenis_sasaran" AS ENUM('ibu', 'anak');--> statement-breakpoint
CREATE TYPE "public"."cara_ukur" AS ENUM('terlentang', 'berdiri');--> statement-breakpoint
CREATE TYPE "public"."imunisasi_campak" AS ENUM('belum', 'sudah');--> statement-breakpoint
CREATE TYPE "public"."status_gizi" AS ENUM('N', 'GK', 'GB', 'S');--> statement-breakpoint
CREATE TYPE "public"."status_kehamilan" AS ENUM('normal', 'risti', 'kek');--> statement-breakpoint
CREATE TYPE "public"."status_paud" AS ENUM('belum', 'mengikuti', 'tidak_mengikuti');--> statement-breakpoint
CREATE TYPE "public"."status_tikar" AS ENUM('TD', 'M', 'K', 'H');--> statement-breakpoint
CREATE TYPE "public"."jenis_kegiatan" AS ENUM('kie', 'kunjungan_rumah', 'koordinasi', 'rembuk_stunting', 'lainnya');--> statement-breakpoint
CREATE TABLE "rumah_tangga" (
	"id" serial PRIMARY KEY NOT NULL,
	"kode_wilayah" text NOT NULL,
	"kepala_keluarga" text NOT NULL,
	"alamat" text,
	"dusun" text,
	"rt" text,
	"rw" text,
	"air_minum_layak" boolean DEFAULT false NOT NULL,
	"jamban_layak" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sasaran" (
	"id" serial PRIMARY KEY NOT NULL,
	"kode_wilayah" text NOT NULL,
	"jenis" "jenis_sasaran" NOT NULL,
	"nama" text NOT NULL,
	"nik" text,
	"jenis_kelamin" "jenis_kelamin" NOT NULL,
	"tanggal_lahir" date NOT NULL,
	"no_kia" text,
	"rumah_tangga_id" integer,
	"posyandu_id" integer NOT NULL,
	"ibu_id" integer,
	"hpl" date,
	"tanggal_melahirkan" date,
	"berat_lahir_kg" numeric(4, 2),
	"panjang_lahir_cm" numeric(4, 1),
	"aktif" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sasaran_pindah" (
	"id" serial PRIMARY KEY NOT NULL,
	"sasaran_id" integer NOT NULL,
	"dari_kode" text NOT NULL,
	"ke_kode" text NOT NULL,
	"alasan" text,
	"oleh_user_id" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pemantauan_anak" (
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
	"status_gizi" "status_gizi",
	"status_tikar" "status_tikar" DEFAULT 'TD' NOT NULL,
	"imunisasi_dasar" boolean DEFAULT false NOT NULL,
	"imunisasi_campak" "imunisasi_campak" DEFAULT 'belum' NOT NULL,
	"pengukuran_berat_badan" boolean DEFAULT false NOT NULL,
	"pengukuran_tinggi_badan" boolean DEFAULT false NOT NULL,
	"konseling_gizi_ibu" boolean DEFAULT false NOT NULL,
	"konseling_gizi_ayah" boolean DEFAULT false NOT NULL,
	"kunjungan_rumah" boolean DEFAULT false NOT NULL,
	"air_bersih" boolean DEFAULT false NOT NULL,
	"kepemilikan_jamban" boolean DEFAULT false NOT NULL,
	"akta_lahir" boolean DEFAULT false NOT NULL,
	"jaminan_kesehatan" boolean DEFAULT false NOT NULL,
	"pengasuhan_paud" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pemantauan_ibu" (
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
	"status_kehamilan" "status_kehamilan",
	"usia_kehamilan" smallint,
	"tanggal_melahirkan" date,
	"pemeriksaan_kehamilan" boolean DEFAULT false NOT NULL,
	"konsumsi_pil_fe" boolean DEFAULT false NOT NULL,
	"butir_pil_fe" smallint,
	"pemeriksaan_nifas" boolean DEFAULT false NOT NULL,
	"konseling_gizi" boolean DEFAULT false NOT NULL,
	"kunjungan_rumah" boolean DEFAULT false NOT NULL,
	"akses_air_bersih" boolean DEFAULT false NOT NULL,
	"kepemilikan_jamban" boolean DEFAULT false NOT NULL,
	"jaminan_kesehatan" boolean DEFAULT false NOT NULL,
	"lila_cm" numeric(4, 1)
);
--> statement-breakpoint
CREATE TABLE "pemantauan_paud" (
	"id" serial PRIMARY KEY NOT NULL,
	"sasaran_id" integer NOT NULL,
	"kode_wilayah" text NOT NULL,
	"tahun" smallint NOT NULL,
	"bulan" smallint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "status_paud" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pengukuran" (
	"id" serial PRIMARY KEY NOT NULL,
	"sasaran_id" integer NOT NULL,
	"pemantauan_anak_id" integer,
	"kode_wilayah" text NOT NULL,
	"tanggal_ukur" date NOT NULL,
	"umur_hari" integer NOT NULL,
	"berat_kg" numeric(5, 2),
	"panjang_cm" numeric(5, 1),
	"cara_ukur" "cara_ukur",
	"oedema" boolean DEFAULT false NOT NULL,
	"panjang_koreksi_cm" real,
	"haz" numeric(5, 2),
	"waz" numeric(5, 2),
	"whz" numeric(5, 2),
	"baz" numeric(5, 2),
	"kategori_haz" text,
	"kategori_waz" text,
	"kategori_whz" text,
	"kategori_baz" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kegiatan_kpm" (
	"id" serial PRIMARY KEY NOT NULL,
	"kode_wilayah" text NOT NULL,
	"jenis" "jenis_kegiatan" NOT NULL,
	"tanggal" date NOT NULL,
	"tempat" text NOT NULL,
	"jumlah_peserta" integer DEFAULT 0 NOT NULL,
	"catatan" text,
	"kpm_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kegiatan_sasaran" (
	"kegiatan_id" integer NOT NULL,
	"sasaran_id" integer NOT NULL,
	CONSTRAINT "kegiatan_sasaran_kegiatan_id_sasaran_id_pk" PRIMARY KEY("kegiatan_id","sasaran_id")
);
--> statement-breakpoint
ALTER TABLE "rumah_tangga" ADD CONSTRAINT "rumah_tangga_kode_wilayah_regions_kode_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."regions"("kode") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran" ADD CONSTRAINT "sasaran_kode_wilayah_regions_kode_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."regions"("kode") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran" ADD CONSTRAINT "sasaran_rumah_tangga_id_rumah_tangga_id_fk" FOREIGN KEY ("rumah_tangga_id") REFERENCES "public"."rumah_tangga"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran" ADD CONSTRAINT "sasaran_posyandu_id_posyandu_id_fk" FOREIGN KEY ("posyandu_id") REFERENCES "public"."posyandu"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran" ADD CONSTRAINT "sasaran_ibu_id_sasaran_id_fk" FOREIGN KEY ("ibu_id") REFERENCES "public"."sasaran"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran" ADD CONSTRAINT "sasaran_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran_pindah" ADD CONSTRAINT "sasaran_pindah_sasaran_id_sasaran_id_fk" FOREIGN KEY ("sasaran_id") REFERENCES "public"."sasaran"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran_pindah" ADD CONSTRAINT "sasaran_pindah_oleh_user_id_users_id_fk" FOREIGN KEY ("oleh_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemantauan_anak" ADD CONSTRAINT "pemantauan_anak_sasaran_id_sasaran_id_fk" FOREIGN KEY ("sasaran_id") REFERENCES "public"."sasaran"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemantauan_anak" ADD CONSTRAINT "pemantauan_anak_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemantauan_anak" ADD CONSTRAINT "pemantauan_anak_posyandu_id_posyandu_id_fk" FOREIGN KEY ("posyandu_id") REFERENCES "public"."posyandu"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemantauan_ibu" ADD CONSTRAINT "pemantauan_ibu_sasaran_id_sasaran_id_fk" FOREIGN KEY ("sasaran_id") REFERENCES "public"."sasaran"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemantauan_ibu" ADD CONSTRAINT "pemantauan_ibu_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemantauan_ibu" ADD CONSTRAINT "pemantauan_ibu_posyandu_id_posyandu_id_fk" FOREIGN KEY ("posyandu_id") REFERENCES "public"."posyandu"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemantauan_paud" ADD CONSTRAINT "pemantauan_paud_sasaran_id_sasaran_id_fk" FOREIGN KEY ("sasaran_id") REFERENCES "public"."sasaran"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemantauan_paud" ADD CONSTRAINT "pemantauan_paud_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengukuran" ADD CONSTRAINT "pengukuran_sasaran_id_sasaran_id_fk" FOREIGN KEY ("sasaran_id") REFERENCES "public"."sasaran"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengukuran" ADD CONSTRAINT "pengukuran_pemantauan_anak_id_pemantauan_anak_id_fk" FOREIGN KEY ("pemantauan_anak_id") REFERENCES "public"."pemantauan_anak"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kegiatan_kpm" ADD CONSTRAINT "kegiatan_kpm_kode_wilayah_regions_kode_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."regions"("kode") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kegiatan_kpm" ADD CONSTRAINT "kegiatan_kpm_kpm_user_id_users_id_fk" FOREIGN KEY ("kpm_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kegiatan_sasaran" ADD CONSTRAINT "kegiatan_sasaran_kegiatan_id_kegiatan_kpm_id_fk" FOREIGN KEY ("kegiatan_id") REFERENCES "public"."kegiatan_kpm"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kegiatan_sasaran" ADD CONSTRAINT "kegiatan_sasaran_sasaran_id_sasaran_id_fk" FOREIGN KEY ("sasaran_id") REFERENCES "public"."sasaran"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rumah_tangga_wilayah_idx" ON "rumah_tangga" USING btree ("kode_wilayah" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "sasaran_wilayah_idx" ON "sasaran" USING btree ("kode_wilayah" text_pattern_ops,"jenis");--> statement-breakpoint
CREATE UNIQUE INDEX "sasaran_kia_uq" ON "sasaran" USING btree ("kode_wilayah","jenis","no_kia") WHERE "sasaran"."no_kia" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "sasaran_nik_uq" ON "sasaran" USING btree ("nik") WHERE "sasaran"."nik" is not null and "sasaran"."aktif";--> statement-breakpoint
CREATE INDEX "sasaran_ibu_idx" ON "sasaran" USING btree ("ibu_id");--> statement-breakpoint
CREATE INDEX "sasaran_posyandu_idx" ON "sasaran" USING btree ("posyandu_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pemantauan_anak_periode_uq" ON "pemantauan_anak" USING btree ("sasaran_id","tahun","bulan");--> statement-breakpoint
CREATE INDEX "pemantauan_anak_wilayah_idx" ON "pemantauan_anak" USING btree ("kode_wilayah" text_pattern_ops,"tahun","bulan");--> statement-breakpoint
CREATE UNIQUE INDEX "pemantauan_ibu_periode_uq" ON "pemantauan_ibu" USING btree ("sasaran_id","tahun","bulan");--> statement-breakpoint
CREATE INDEX "pemantauan_ibu_wilayah_idx" ON "pemantauan_ibu" USING btree ("kode_wilayah" text_pattern_ops,"tahun","bulan");--> statement-breakpoint
CREATE UNIQUE INDEX "pemantauan_paud_periode_uq" ON "pemantauan_paud" USING btree ("sasaran_id","tahun","bulan");--> statement-breakpoint
CREATE INDEX "pemantauan_paud_wilayah_idx" ON "pemantauan_paud" USING btree ("kode_wilayah" text_pattern_ops,"tahun","bulan");--> statement-breakpoint
CREATE UNIQUE INDEX "pengukuran_pemantauan_uq" ON "pengukuran" USING btree ("pemantauan_anak_id");--> statement-breakpoint
CREATE INDEX "pengukuran_sasaran_idx" ON "pengukuran" USING btree ("sasaran_id","tanggal_ukur");--> statement-breakpoint
CREATE INDEX "pengukuran_wilayah_idx" ON "pengukuran" USING btree ("kode_wilayah" text_pattern_ops,"tanggal_ukur");--> statement-breakpoint
CREATE INDEX "kegiatan_wilayah_idx" ON "kegiatan_kpm" USING btree ("kode_wilayah" text_pattern_ops,"tanggal");