CREATE TYPE "public"."region_level" AS ENUM('provinsi', 'kabupaten', 'kecamatan', 'desa', 'kelurahan');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('kpm', 'perangkat_desa', 'kepala_desa', 'kecamatan', 'kabupaten', 'admin');--> statement-breakpoint
CREATE TABLE "regions" (
	"kode" text PRIMARY KEY NOT NULL,
	"nama" text NOT NULL,
	"jenis" "region_level" NOT NULL,
	"parent_kode" text,
	"kode_bps" text
);
--> statement-breakpoint
CREATE TABLE "posyandu" (
	"id" serial PRIMARY KEY NOT NULL,
	"kode_wilayah" text NOT NULL,
	"nama" text NOT NULL,
	"alamat" text,
	"aktif" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "user_role" NOT NULL,
	"scope_kode" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_username" text,
	"actor_role" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"kode_wilayah" text,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "ref_apbdes_kegiatan" (
	"kode" text PRIMARY KEY NOT NULL,
	"nama" text NOT NULL,
	"bidang" text NOT NULL,
	"sub_bidang" text NOT NULL,
	"stunting_tag" text,
	"paket_layanan" text
);
--> statement-breakpoint
CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ref_rekening_belanja" (
	"kode" text PRIMARY KEY NOT NULL,
	"nama" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ref_sumber_dana" (
	"kode" text PRIMARY KEY NOT NULL,
	"nama" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "posyandu" ADD CONSTRAINT "posyandu_kode_wilayah_regions_kode_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."regions"("kode") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_scope_kode_regions_kode_fk" FOREIGN KEY ("scope_kode") REFERENCES "public"."regions"("kode") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_kode");--> statement-breakpoint
CREATE INDEX "regions_kode_prefix_idx" ON "regions" USING btree ("kode" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "posyandu_wilayah_idx" ON "posyandu" USING btree ("kode_wilayah" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "posyandu_wilayah_nama_uq" ON "posyandu" USING btree ("kode_wilayah","nama");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_wilayah_idx" ON "audit_log" USING btree ("kode_wilayah" text_pattern_ops);