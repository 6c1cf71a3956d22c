import { z } from "zod";
import { todayIso } from "@/lib/periods";
import { JENIS_KEGIATAN } from "./labels";

/** KPM work started in 2018; an older date is a typo (e.g. 0226 for 2026), not a record to keep. */
const EARLIEST = "2018-01-01";

const kode = z.string({ error: "Kode wilayah tidak valid." }).regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { error: "Kode wilayah tidak valid." });
const id = z.coerce.number({ error: "Data tidak ditemukan." }).int().positive({ error: "Data tidak ditemukan." });

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

const tanggal = z
  .string({ error: "Tanggal wajib diisi." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Tanggal wajib diisi (format tahun-bulan-tanggal)." })
  .refine(isRealDate, { error: "Tanggal tidak valid." })
  .refine((d) => d >= EARLIEST, { error: "Tanggal terlalu jauh di masa lalu." })
  // Evaluated at parse time, in the villages' own calendar day.
  .refine((d) => d <= todayIso(), { error: "Tanggal tidak boleh di masa depan." });

/** Empty input means "not filled in", not zero: a forgotten field must not silently become 0 participants. */
const jumlahPeserta = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
  z
    .number({ error: (iss) => (iss.input === undefined ? "Jumlah peserta wajib diisi." : "Jumlah peserta harus berupa angka.") })
    .int({ error: "Jumlah peserta harus bilangan bulat." })
    .min(0, { error: "Jumlah peserta tidak boleh negatif." })
    .max(100_000, { error: "Jumlah peserta terlalu besar." }),
);

/** Checkbox list: the guard joins repeated `sasaranIds` values with commas. */
const sasaranIds = z
  .string()
  .optional()
  .transform((v) => [...new Set((v ?? "").split(",").filter(Boolean))])
  .pipe(
    z
      .array(z.string().regex(/^[1-9]\d{0,8}$/, { error: "Pilihan sasaran tidak valid." }).transform(Number))
      .max(200, { error: "Terlalu banyak sasaran dipilih." }),
  );

const kegiatanFields = z
  .object({
    kode,
    jenis: z.enum(JENIS_KEGIATAN, { error: "Pilih jenis kegiatan." }),
    tanggal,
    tempat: z.string({ error: "Tempat wajib diisi." }).trim().min(1, { error: "Tempat wajib diisi." }).max(200, { error: "Tempat paling banyak 200 karakter." }),
    jumlahPeserta,
    catatan: z
      .string()
      .trim()
      .max(2000, { error: "Catatan paling banyak 2.000 karakter." })
      .optional()
      .transform((v) => v || null),
    sasaranIds,
  })
  .superRefine(
    (v, ctx) => {
      if (v.jenis === "kunjungan_rumah" && v.sasaranIds.length === 0) {
        ctx.addIssue({ code: "custom", path: ["sasaranIds"], message: "Pilih minimal satu sasaran yang dikunjungi." });
      }
      if (v.jenis !== "kunjungan_rumah" && v.sasaranIds.length > 0) {
        ctx.addIssue({ code: "custom", path: ["sasaranIds"], message: "Sasaran hanya dipilih untuk kunjungan rumah." });
      }
    },
    // Runs even when another field is wrong, so every error shows at once; it only needs jenis and sasaranIds.
    { when: (payload) => !payload.issues.some((i) => i.path?.[0] === "jenis" || i.path?.[0] === "sasaranIds") },
  );

export const createKegiatanSchema = kegiatanFields;
export const updateKegiatanSchema = z.intersection(kegiatanFields, z.object({ id }));
export const deleteKegiatanSchema = z.object({ kode, id });

export type KegiatanInput = z.infer<typeof createKegiatanSchema>;
