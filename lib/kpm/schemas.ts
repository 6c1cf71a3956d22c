import { z } from "zod";
import { todayIso } from "@/lib/periods";
import { isValidIsoDate } from "@/lib/growth/age";
import { JENIS_PELATIHAN } from "@/lib/enums";
import { kpmText } from "@/lib/i18n/kpm";

const t = kpmText.schema;

/** Training is recorded for a kabupaten or kecamatan, never for a single desa. */
const kode = z.string({ error: t.kodeInvalid }).regex(/^\d{2}\.\d{2}(\.\d{2})?$/, { error: t.kodeInvalid });
const id = z.coerce.number({ error: t.notFound }).int().positive({ error: t.notFound }).max(2_147_483_647);

const text = (label: string, max: number) =>
  z
    .string({ error: t.required(label) })
    .trim()
    .min(1, { error: t.required(label) })
    .max(max, { error: t.tooLong(label, max) });

const tanggal = z
  .string({ error: t.tanggalRequired })
  .trim()
  .min(1, { error: t.tanggalRequired })
  .refine(isValidIsoDate, { error: t.tanggalInvalid })
  // KPM were introduced in 2018; an older date is a typo.
  .refine((d) => d >= "2018-01-01", { error: t.tanggalTooOld })
  // Evaluated at parse time, in the villages' own calendar day.
  .refine((d) => d <= todayIso(), { error: t.tanggalFuture });

/** Checkbox list: the guard joins repeated `pesertaIds` values with commas. */
const pesertaIds = z
  .string()
  .optional()
  .transform((v) => [...new Set((v ?? "").split(",").filter(Boolean))])
  .pipe(
    z
      .array(
        z
          .string()
          .regex(/^[1-9]\d{0,8}$/, { error: t.pesertaInvalid })
          .transform(Number),
      )
      .min(1, { error: t.pesertaMin })
      .max(500, { error: t.pesertaMax }),
  );

export const createPelatihanSchema = z.object({
  kode,
  jenis: z.enum(JENIS_PELATIHAN, { error: t.jenis }),
  tanggal,
  tempat: text(t.tempat, 200),
  topik: text(t.topik, 300),
  penyelenggara: text(t.penyelenggara, 200),
  pesertaIds,
});

export const deletePelatihanSchema = z.object({ kode, id });

export type PelatihanInput = z.infer<typeof createPelatihanSchema>;
