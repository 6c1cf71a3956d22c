import { z } from "zod";
import { posyanduText } from "@/lib/i18n/posyandu";

const t = posyanduText.schema;

const kode = z.string({ error: t.kode }).regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { error: t.kode });
const id = z.coerce.number({ error: t.id }).int().positive({ error: t.id });

const nama = z
  .string({ error: t.namaRequired })
  .trim()
  .min(1, { error: t.namaRequired })
  .max(100, { error: t.namaMax })
  // Double spaces would let "Posyandu  Mawar" slip past the uniqueness check.
  .transform((v) => v.replace(/\s+/g, " "));

const alamat = z
  .string()
  .trim()
  .max(300, { error: t.alamatMax })
  .optional()
  .transform((v) => v || null);

export const createPosyanduSchema = z.object({ kode, nama, alamat });
export const updatePosyanduSchema = z.object({ kode, id, nama, alamat });
export const posyanduStatusSchema = z.object({
  kode,
  id,
  aktif: z.enum(["0", "1"], { error: t.status }).transform((v) => v === "1"),
});
