-- The balita record (migration 0019) is read by cached pages (the dashboards' 0–59 figures, the desa home's tasks):
-- its writes raise the desa's data version like the 2B record's (migration 0010).
CREATE TRIGGER pemantauan_balita_versi_insert AFTER INSERT ON pemantauan_balita REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pemantauan_balita_versi_update AFTER UPDATE ON pemantauan_balita REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pemantauan_balita_versi_delete AFTER DELETE ON pemantauan_balita REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik();
--> statement-breakpoint
CREATE TRIGGER pemantauan_balita_versi_truncate AFTER TRUNCATE ON pemantauan_balita FOR EACH STATEMENT EXECUTE FUNCTION data_versi_naik_umum();
