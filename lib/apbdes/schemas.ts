import { z } from "zod";
import { checkbox, id, integer, oneOf, requiredText } from "@/lib/validation";
import { VERSI_APBDES } from "./labels";

/** Form schemas of the APBDes actions other than the line itself (lineSchema, which needs reference data). */

const kode = requiredText("Kode wilayah", 20);
export const TAHUN_MIN = 2015;
export const TAHUN_MAX = 2100;
export const tahun = integer("Tahun anggaran", TAHUN_MIN, TAHUN_MAX);

export const versionSchema = z.object({ kode, tahun, versi: oneOf(VERSI_APBDES, "Pilih versi murni atau perubahan.") });
export const lineTargetSchema = z.object({ kode, apbdesId: id("APBDes") });
export const lineEditSchema = z.object({ kode, id: id("Baris"), version: id("Versi baris") });
export const headerSchema = z.object({ kode, apbdesId: id("APBDes") });
export const returnSchema = headerSchema.extend({ catatan: requiredText("Catatan pengembalian", 500) });
export const importSchema = headerSchema.extend({ ganti: checkbox, payload: z.string().max(2_000_000).optional() });

/** The year in the URL, or the current one. */
export function tahunParam(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= TAHUN_MIN && n <= TAHUN_MAX ? n : fallback;
}
