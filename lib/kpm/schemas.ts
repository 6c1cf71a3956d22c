import { z } from "zod";
import { todayIso } from "@/lib/periods";
import { isValidIsoDate } from "@/lib/growth/age";
import { JENIS_PELATIHAN } from "./labels";

/** Training is recorded for a kabupaten or kecamatan, never for a single desa. */
const kode = z.string({ error: "Kode wilayah tidak valid." }).regex(/^\d{2}\.\d{2}(\.\d{2})?$/, { error: "Kode wilayah tidak valid." });
const id = z.coerce.number({ error: "Data tidak ditemukan." }).int().positive({ error: "Data tidak ditemukan." }).max(2_147_483_647);

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, { error: `${label} wajib diisi.` })
    .max(max, { error: `${label} paling banyak ${max} karakter.` });

const tanggal = z
  .string({ error: "Tanggal wajib diisi." })
  .trim()
  .min(1, { error: "Tanggal wajib diisi." })
  .refine(isValidIsoDate, { error: "Tanggal tidak valid." })
  // KPM were introduced in 2018; an older date is a typo.
  .refine((d) => d >= "2018-01-01", { error: "Tanggal terlalu jauh di masa lalu." })
  // Evaluated at parse time, in the villages' own calendar day.
  .refine((d) => d <= todayIso(), { error: "Tanggal tidak boleh di masa depan." });

/** Checkbox list: the guard joins repeated `pesertaIds` values with commas. */
const pesertaIds = z
  .string()
  .optional()
  .transform((v) => [...new Set((v ?? "").split(",").filter(Boolean))])
  .pipe(
    z
      .array(z.string().regex(/^[1-9]\d{0,8}$/, { error: "Pilihan KPM tidak valid." }).transform(Number))
      .min(1, { error: "Pilih minimal satu KPM yang hadir." })
      .max(500, { error: "Terlalu banyak peserta dipilih." }),
  );

export const createPelatihanSchema = z.object({
  kode,
  jenis: z.enum(JENIS_PELATIHAN, { error: "Pilih jenis kegiatan." }),
  tanggal,
  tempat: text("Tempat", 200),
  topik: text("Topik", 300),
  penyelenggara: text("Penyelenggara", 200),
  pesertaIds,
});

export const deletePelatihanSchema = z.object({ kode, id });

export type PelatihanInput = z.infer<typeof createPelatihanSchema>;
