CREATE TABLE "sinkron_terima" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"jenis" text NOT NULL,
	"diketik_pada" timestamp with time zone NOT NULL,
	"diterima_pada" timestamp with time zone DEFAULT now() NOT NULL,
	"entitas" text,
	"entitas_id" integer
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "diketik_pada" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sinkron_terima" ADD CONSTRAINT "sinkron_terima_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sinkron_terima_user_idx" ON "sinkron_terima" USING btree ("user_id","diterima_pada");