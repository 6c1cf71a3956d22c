import { z } from "zod";
import { integer } from "@/lib/validation";
import { adminText } from "@/lib/i18n/admin";

const n = adminText.settings.fieldNames;

/** The per-year settings an admin changes on /admin/pengaturan (docs/year-settings.md): the two of issue 19, which
 * decide who may submit and who is ranked, and change no stored result. */
export const yearSettingsSchema = z.object({
  tahun: integer(n.tahun, 2000, 2100),
  pengajuanHariSebelumAkhir: integer(n.pengajuan, 0, 92),
  minimumSasaranPeringkat: integer(n.minimum, 1, 1000),
});
export type YearSettingsInput = z.infer<typeof yearSettingsSchema>;
