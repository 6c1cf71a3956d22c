CREATE TYPE "public"."jenis_pelatihan" AS ENUM('pelatihan', 'rakor', 'bimtek', 'lainnya');--> statement-breakpoint
CREATE TABLE "pelatihan" (
	"id" serial PRIMARY KEY NOT NULL,
	"kode_wilayah" text NOT NULL,
	"jenis" "jenis_pelatihan" NOT NULL,
	"tanggal" date NOT NULL,
	"tempat" text NOT NULL,
	"topik" text NOT NULL,
	"penyelenggara" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pelatihan_peserta" (
	"pelatihan_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	CONSTRAINT "pelatihan_peserta_pelatihan_id_user_id_pk" PRIMARY KEY("pelatihan_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "pelatihan" ADD CONSTRAINT "pelatihan_kode_wilayah_regions_kode_fk" FOREIGN KEY ("kode_wilayah") REFERENCES "public"."regions"("kode") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pelatihan" ADD CONSTRAINT "pelatihan_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pelatihan_peserta" ADD CONSTRAINT "pelatihan_peserta_pelatihan_id_pelatihan_id_fk" FOREIGN KEY ("pelatihan_id") REFERENCES "public"."pelatihan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pelatihan_peserta" ADD CONSTRAINT "pelatihan_peserta_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pelatihan_wilayah_idx" ON "pelatihan" USING btree ("kode_wilayah" text_pattern_ops,"tanggal");