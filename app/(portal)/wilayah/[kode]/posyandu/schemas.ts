import { z } from "zod";

const kode = z.string({ error: "Kode wilayah tidak valid." }).regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { error: "Kode wilayah tidak valid." });
const id = z.coerce.number({ error: "Data tidak ditemukan." }).int().positive({ error: "Data tidak ditemukan." });

const nama = z
  .string({ error: "Nama posyandu wajib diisi." })
  .trim()
  .min(1, { error: "Nama posyandu wajib diisi." })
  .max(100, { error: "Nama posyandu paling banyak 100 karakter." })
  // Double spaces would let "Posyandu  Mawar" slip past the uniqueness check.
  .transform((v) => v.replace(/\s+/g, " "));

const alamat = z
  .string()
  .trim()
  .max(300, { error: "Alamat paling banyak 300 karakter." })
  .optional()
  .transform((v) => v || null);

export const createPosyanduSchema = z.object({ kode, nama, alamat });
export const updatePosyanduSchema = z.object({ kode, id, nama, alamat });
export const posyanduStatusSchema = z.object({ kode, id, aktif: z.enum(["0", "1"], { error: "Status tidak valid." }).transform((v) => v === "1") });
