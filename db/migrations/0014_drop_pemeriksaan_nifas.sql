-- Runs after the data block of 0013_nifas_visits (pemeriksaan_nifas = true → kunjungan_nifas = 1): keep this order.
ALTER TABLE "pemantauan_ibu" DROP COLUMN "pemeriksaan_nifas";