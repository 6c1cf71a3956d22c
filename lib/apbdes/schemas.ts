import { z } from "zod";
import { checkbox, id, integer, oneOf, requiredText } from "@/lib/validation";
import { VERSI_APBDES } from "@/lib/enums";
import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.schema;

/** Form schemas of the APBDes actions other than the line itself (lineSchema, which needs reference data). */

const kode = requiredText(t.kode, 20);
export const TAHUN_MIN = 2015;
export const TAHUN_MAX = 2100;
export const tahun = integer(t.tahun, TAHUN_MIN, TAHUN_MAX);

export const versionSchema = z.object({ kode, tahun, versi: oneOf(VERSI_APBDES, t.versi) });
export const lineTargetSchema = z.object({ kode, apbdesId: id(t.apbdes) });
export const lineEditSchema = z.object({ kode, id: id(t.baris), version: id(t.versiBaris) });
export const headerSchema = z.object({ kode, apbdesId: id(t.apbdes) });
export const returnSchema = headerSchema.extend({ catatan: requiredText(t.catatan, 500) });
export const importSchema = headerSchema.extend({
  ganti: checkbox,
  /** "Tetap impor baris yang sama": import lines already in the draft anyway. */
  tetapImpor: checkbox,
  payload: z.string().max(2_000_000).optional(),
});
