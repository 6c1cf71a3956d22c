import { z } from "zod";
import { addYearsIso, todayIso } from "@/lib/periods";
import { isValidIsoDate } from "@/lib/growth/age";
import { JENIS_PELATIHAN } from "@/lib/enums";
import { MAX_TAMU } from "./tamu";
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
  // A date after today is a planned event ("Rencana pelatihan"); more than two years ahead is a typo. Evaluated at
  // parse time, in the villages' own calendar day.
  .refine((d) => d <= addYearsIso(todayIso(), 2), { error: t.tanggalTooFar });

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
      .max(500, { error: t.pesertaMax }),
  );

const desaKode = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

export type TamuInput = { nama: string; desaKode: string };

/** Reads the filled rows of the attendees without an account; a row with only a name or only a desa is an error
 * beside the missing field. */
function tamuRows(raw: Record<string, unknown>, ctx: z.RefinementCtx): TamuInput[] {
  const out: TamuInput[] = [];
  for (let i = 0; i < MAX_TAMU; i++) {
    const nama = typeof raw[`tamuNama${i}`] === "string" ? (raw[`tamuNama${i}`] as string).trim() : "";
    const desa = typeof raw[`tamuDesa${i}`] === "string" ? (raw[`tamuDesa${i}`] as string).trim() : "";
    if (!nama && !desa) continue;
    if (!nama) ctx.addIssue({ code: "custom", path: [`tamuNama${i}`], message: t.tamuNama });
    else if (nama.length > 120)
      ctx.addIssue({ code: "custom", path: [`tamuNama${i}`], message: t.tooLong(t.nama, 120) });
    if (!desa || !desaKode.test(desa)) ctx.addIssue({ code: "custom", path: [`tamuDesa${i}`], message: t.tamuDesa });
    out.push({ nama, desaKode: desa });
  }
  return out;
}

const fields = z.object({
  kode,
  jenis: z.enum(JENIS_PELATIHAN, { error: t.jenis }),
  tanggal,
  tempat: text(t.tempat, 200),
  topik: text(t.topik, 300),
  penyelenggara: text(t.penyelenggara, 200),
  pesertaIds,
});

/** The event with its attendees: KPM accounts (`pesertaIds`) and attendees without an account (`tamu`). A past or
 * today's event needs at least one attendee; a planned one may list none yet. */
function withTamu<S extends z.ZodObject>(base: S) {
  // One transform, so the errors of the fixed fields and of the rows are reported together.
  return z.looseObject({}).transform((raw, ctx) => {
    const tamu = tamuRows(raw, ctx);
    const parsed = base.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      return z.NEVER;
    }
    const data = parsed.data as z.infer<S> & { tanggal: string; pesertaIds: number[] };
    if (data.tanggal <= todayIso() && data.pesertaIds.length + tamu.length === 0)
      ctx.addIssue({ code: "custom", path: ["pesertaIds"], message: t.pesertaMin });
    return { ...data, tamu };
  });
}

export const createPelatihanSchema = withTamu(fields);
export const updatePelatihanSchema = withTamu(fields.extend({ id }));
export const deletePelatihanSchema = z.object({ kode, id });

export type PelatihanInput = z.infer<typeof createPelatihanSchema>;
export type UpdatePelatihanInput = z.infer<typeof updatePelatihanSchema>;
