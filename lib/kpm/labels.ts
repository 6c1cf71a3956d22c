import type { jenisPelatihan } from "@/db/schema/pelatihan";
import type { InsentifKpm } from "./types";

/** Kinds of training and coaching events. Kept here (not read from the Drizzle enum) so client forms do not pull
 * the schema into the browser bundle; the type check keeps both in step. */
export const JENIS_PELATIHAN = ["pelatihan", "rakor", "bimtek", "lainnya"] as const satisfies ReadonlyArray<
  (typeof jenisPelatihan.enumValues)[number]
>;
export type JenisPelatihan = (typeof JENIS_PELATIHAN)[number];

export const JENIS_PELATIHAN_LABELS = {
  pelatihan: "Pelatihan",
  rakor: "Rapat koordinasi (rakor)",
  bimtek: "Bimbingan teknis (bimtek)",
  lainnya: "Lainnya",
} as const satisfies Record<JenisPelatihan, string>;

export const JENIS_PELATIHAN_OPTIONS = JENIS_PELATIHAN.map((value) => ({
  value,
  label: JENIS_PELATIHAN_LABELS[value],
}));

export const INSENTIF_LABELS = {
  ya: "Ada (APBDes disetujui)",
  draf: "Hanya di draf",
  tidak: "Tidak ada",
  belum_ada: "Belum ada APBDes",
  kelurahan: "Kelurahan (tanpa APBDes)",
} as const satisfies Record<InsentifKpm, string>;

export const INSENTIF_TONE = {
  ya: "good",
  draf: "warn",
  tidak: "bad",
  belum_ada: "neutral",
  kelurahan: "neutral",
} as const satisfies Record<InsentifKpm, "good" | "warn" | "bad" | "neutral">;

/** Short names for the activity breakdown in the table. */
export const JENIS_KEGIATAN_SHORT = {
  kie: "KIE",
  kunjungan_rumah: "Kunjungan rumah",
  koordinasi: "Koordinasi",
  rembuk_stunting: "Rembuk stunting",
  lainnya: "Lainnya",
} as const;
