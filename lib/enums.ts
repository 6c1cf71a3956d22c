/** The values of every PostgreSQL enum, spelled once. The pgEnum in db/schema, the zod schema
 * (`z.enum(TUPLE)`) and the label map in lib/i18n (`satisfies Record<T, string>`) all read the tuple here, so a
 * new value is added in one place and the type check then asks for its label. Order is the order of the Postgres
 * type and of every option list. Plain data with no imports, so client components can use it. user_role is ROLES in lib/auth/permissions.ts,
 * beside the permission table it keys. */

/** region_level: the Kemendagri region tree. */
export const REGION_LEVELS = ["provinsi", "kabupaten", "kecamatan", "desa", "kelurahan"] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** jenis_sasaran: a 1.000-HPK target is a mother or a child. */
export const JENIS_SASARAN = ["ibu", "anak"] as const;
export type JenisSasaran = (typeof JENIS_SASARAN)[number];

/** alasan_nonaktif: why a target stopped being followed (moved out of the district, died, other). */
export const ALASAN_NONAKTIF = ["meninggal", "pindah_luar", "lainnya"] as const;
export type AlasanNonaktif = (typeof ALASAN_NONAKTIF)[number];

/** jenis_kelamin. */
export const JENIS_KELAMIN = ["L", "P"] as const;
export type JenisKelamin = (typeof JENIS_KELAMIN)[number];

/** status_kehamilan (Formulir 2A). */
export const STATUS_KEHAMILAN = ["normal", "risti", "kek"] as const;
export type StatusKehamilan = (typeof STATUS_KEHAMILAN)[number];

/** status_gizi (Formulir 2B): normal, gizi kurang, gizi buruk, stunting. */
export const STATUS_GIZI = ["N", "GK", "GB", "S"] as const;
export type StatusGizi = (typeof STATUS_GIZI)[number];

/** status_tikar: growth-mat colour, or not measured (TD). */
export const STATUS_TIKAR = ["TD", "M", "K", "H"] as const;
export type StatusTikar = (typeof STATUS_TIKAR)[number];

/** imunisasi_campak. */
export const IMUNISASI_CAMPAK = ["belum", "sudah"] as const;
export type ImunisasiCampak = (typeof IMUNISASI_CAMPAK)[number];

/** cara_ukur: lying (length) or standing (height). */
export const CARA_UKUR = ["terlentang", "berdiri"] as const;
export type CaraUkur = (typeof CARA_UKUR)[number];

/** status_paud (Formulir 2C). */
export const STATUS_PAUD = ["belum", "mengikuti", "tidak_mengikuti"] as const;
export type StatusPaud = (typeof STATUS_PAUD)[number];

/** kelompok_konvergensi: the scorecard's target groups. */
export const KELOMPOK_KONVERGENSI = ["ibu", "anak", "paud"] as const;
export type KelompokKonvergensi = (typeof KELOMPOK_KONVERGENSI)[number];

/** status_periode: a desa's quarter, draft → diajukan → disetujui. */
export const STATUS_PERIODE = ["draft", "diajukan", "disetujui"] as const;
export type StatusPeriode = (typeof STATUS_PERIODE)[number];

/** jenis_kegiatan: kinds of KPM activity, in the order forms and reports list them. */
export const JENIS_KEGIATAN = ["kie", "kunjungan_rumah", "koordinasi", "rembuk_stunting", "lainnya"] as const;
export type JenisKegiatan = (typeof JENIS_KEGIATAN)[number];

/** jenis_pelatihan: kinds of KPM training and coaching events. */
export const JENIS_PELATIHAN = ["pelatihan", "rakor", "bimtek", "lainnya"] as const;
export type JenisPelatihan = (typeof JENIS_PELATIHAN)[number];

/** versi_apbdes: the original budget or its revision. */
export const VERSI_APBDES = ["murni", "perubahan"] as const;
export type VersiApbdes = (typeof VERSI_APBDES)[number];

/** status_apbdes: draft → diajukan → disetujui. */
export const STATUS_APBDES = ["draft", "diajukan", "disetujui"] as const;
export type StatusApbdes = (typeof STATUS_APBDES)[number];

/** stunting_tag: spesifik, sensitif, tata kelola. */
export const STUNTING_TAGS = ["SP", "SN", "TK"] as const;
export type StuntingTag = (typeof STUNTING_TAGS)[number];
