import { z } from "zod";
import { integer } from "@/lib/validation";

/** The per-year settings an admin changes on /admin/pengaturan (docs/year-settings.md): the two of issue 19, which
 * decide who may submit and who is ranked, and change no stored result. */
export const yearSettingsSchema = z.object({
  tahun: integer("Tahun", 2000, 2100),
  pengajuanHariSebelumAkhir: integer("Hari sebelum akhir triwulan", 0, 92),
  minimumSasaranPeringkat: integer("Minimum sasaran", 1, 1000),
});
export type YearSettingsInput = z.infer<typeof yearSettingsSchema>;
