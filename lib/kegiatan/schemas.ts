import { z } from "zod";
import { todayIso } from "@/lib/periods";
import { JENIS_KEGIATAN } from "@/lib/enums";
import { kegiatanText } from "@/lib/i18n/kegiatan";

const t = kegiatanText.schema;

/** KPM work started in 2018; an older date is a typo (e.g. 0226 for 2026), not a record to keep. */
const EARLIEST = "2018-01-01";

const kode = z.string({ error: t.kodeInvalid }).regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { error: t.kodeInvalid });
const id = z.coerce.number({ error: t.notFound }).int().positive({ error: t.notFound });

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

const tanggal = z
  .string({ error: t.tanggalRequired })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: t.tanggalFormat })
  .refine(isRealDate, { error: t.tanggalInvalid })
  .refine((d) => d >= EARLIEST, { error: t.tanggalTooOld })
  // Evaluated at parse time, in the villages' own calendar day.
  .refine((d) => d <= todayIso(), { error: t.tanggalFuture });

/** Empty input means "not filled in", not zero: a forgotten field must not silently become 0 participants. */
const jumlahPeserta = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
  z
    .number({ error: (iss) => (iss.input === undefined ? t.pesertaRequired : t.pesertaNumber) })
    .int({ error: t.pesertaInteger })
    .min(0, { error: t.pesertaNegative })
    .max(100_000, { error: t.pesertaTooMany }),
);

/** Checkbox list: the guard joins repeated `sasaranIds` values with commas. */
const sasaranIds = z
  .string()
  .optional()
  .transform((v) => [...new Set((v ?? "").split(",").filter(Boolean))])
  .pipe(
    z
      .array(
        z
          .string()
          .regex(/^[1-9]\d{0,8}$/, { error: t.sasaranInvalid })
          .transform(Number),
      )
      .max(200, { error: t.sasaranTooMany }),
  );

const kegiatanFields = z
  .object({
    kode,
    jenis: z.enum(JENIS_KEGIATAN, { error: t.jenis }),
    tanggal,
    tempat: z
      .string({ error: t.tempatRequired })
      .trim()
      .min(1, { error: t.tempatRequired })
      .max(200, { error: t.tempatTooLong }),
    jumlahPeserta,
    catatan: z
      .string()
      .trim()
      .max(2000, { error: t.catatanTooLong })
      .optional()
      .transform((v) => v || null),
    sasaranIds,
  })
  .superRefine(
    (v, ctx) => {
      if (v.jenis === "kunjungan_rumah" && v.sasaranIds.length === 0) {
        ctx.addIssue({ code: "custom", path: ["sasaranIds"], message: t.sasaranRequired });
      }
      if (v.jenis !== "kunjungan_rumah" && v.sasaranIds.length > 0) {
        ctx.addIssue({ code: "custom", path: ["sasaranIds"], message: t.sasaranOnlyVisit });
      }
    },
    // Runs even when another field is wrong, so every error shows at once; it only needs jenis and sasaranIds.
    { when: (payload) => !payload.issues.some((i) => i.path?.[0] === "jenis" || i.path?.[0] === "sasaranIds") },
  );

export const createKegiatanSchema = kegiatanFields;
export const updateKegiatanSchema = z.intersection(kegiatanFields, z.object({ id }));
export const deleteKegiatanSchema = z.object({ kode, id });

export type KegiatanInput = z.infer<typeof createKegiatanSchema>;
