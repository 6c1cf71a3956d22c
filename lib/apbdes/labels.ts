/** Display names for the APBDes module (domain §9.2, §9.3). Keys are the stored values. */

export const STATUS_APBDES = ["draft", "diajukan", "disetujui"] as const;
export type StatusApbdes = (typeof STATUS_APBDES)[number];

export const STATUS_LABELS: Record<StatusApbdes, string> = {
  draft: "Draf",
  diajukan: "Diajukan",
  disetujui: "Disetujui",
};

export const VERSI_APBDES = ["murni", "perubahan"] as const;
export type VersiApbdes = (typeof VERSI_APBDES)[number];
export const VERSI_LABELS: Record<VersiApbdes, string> = { murni: "Murni", perubahan: "Perubahan" };

export const STUNTING_TAGS = ["SP", "SN", "TK"] as const;
export type StuntingTag = (typeof STUNTING_TAGS)[number];
export const TAG_LABELS: Record<StuntingTag, string> = {
  SP: "Spesifik (SP)",
  SN: "Sensitif (SN)",
  TK: "Tata kelola (TK)",
};

export const PAKET_LAYANAN = ["kia", "gizi", "air_sanitasi", "perlindungan_sosial", "paud", "tata_kelola"] as const;
export type PaketLayanan = (typeof PAKET_LAYANAN)[number];
export const PAKET_LABELS: Record<PaketLayanan, string> = {
  kia: "KIA",
  gizi: "Konseling gizi",
  air_sanitasi: "Air bersih & sanitasi",
  perlindungan_sosial: "Perlindungan sosial",
  paud: "PAUD",
  tata_kelola: "Tata kelola",
};

export const BIDANG_NAMES: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: "Penyelenggaraan Pemerintahan Desa",
  2: "Pelaksanaan Pembangunan Desa",
  3: "Pembinaan Kemasyarakatan Desa",
  4: "Pemberdayaan Masyarakat Desa",
  5: "Penanggulangan Bencana, Keadaan Darurat dan Mendesak",
};
export const BIDANG = [1, 2, 3, 4, 5] as const;
export type Bidang = (typeof BIDANG)[number];

export function isPaket(v: string | null | undefined): v is PaketLayanan {
  return !!v && (PAKET_LAYANAN as readonly string[]).includes(v);
}

export function isTag(v: string | null | undefined): v is StuntingTag {
  return !!v && (STUNTING_TAGS as readonly string[]).includes(v);
}
