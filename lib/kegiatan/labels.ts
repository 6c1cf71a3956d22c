import type { jenisKegiatan } from "@/db/schema/kegiatan";

/** Kinds of KPM activity, in the order forms and reports list them. Kept here (not read from the Drizzle enum)
 * so client forms do not pull the schema into the browser bundle; the type check below keeps both in step. */
export const JENIS_KEGIATAN = [
  "kie",
  "kunjungan_rumah",
  "koordinasi",
  "rembuk_stunting",
  "lainnya",
] as const satisfies ReadonlyArray<(typeof jenisKegiatan.enumValues)[number]>;
export type JenisKegiatan = (typeof JENIS_KEGIATAN)[number];

export const JENIS_KEGIATAN_LABELS = {
  kie: "KIE (penyuluhan, kelas, posyandu)",
  kunjungan_rumah: "Kunjungan rumah",
  koordinasi: "Koordinasi dengan bidan/Puskesmas",
  rembuk_stunting: "Rembuk stunting desa",
  lainnya: "Lainnya",
} as const satisfies Record<JenisKegiatan, string>;

export const JENIS_KEGIATAN_OPTIONS = JENIS_KEGIATAN.map((value) => ({ value, label: JENIS_KEGIATAN_LABELS[value] }));

export function isJenisKegiatan(value: unknown): value is JenisKegiatan {
  return typeof value === "string" && (JENIS_KEGIATAN as readonly string[]).includes(value);
}
