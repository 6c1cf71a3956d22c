import { z } from "zod";
import {
  checkbox,
  id,
  isoDate,
  oneOf,
  optionalDecimal,
  optionalId,
  optionalIsoDate,
  optionalText,
  requiredText,
} from "@/lib/validation";
import { normalizeNik, validateNik } from "@/lib/people/nik";
import { addDaysIso } from "@/lib/periods";
import { ageInDays } from "@/lib/growth/age";
import { sixthBirthday } from "./kategori";
import { ALASAN_NONAKTIF, JENIS_KELAMIN, type JenisKelamin } from "@/lib/enums";
import { sasaranText } from "@/lib/i18n/sasaran";

const t = sasaranText.schema;
const f = t.fields;

/** Form schemas for households and targets. Cross-field rules that need the database (KIA unique, the
 * mother's birth date, duplicates) are checked by the write (db/writes/sasaran.ts, rules in target-rules.ts). */

const nik = z.preprocess(
  (v) => (typeof v === "string" && v.trim() ? normalizeNik(v) : undefined),
  z.string().optional(),
);

export const householdFields = {
  kepalaKeluarga: optionalText(f.kepalaKeluarga, 120),
  alamat: optionalText(f.alamat, 200),
  dusun: optionalText(f.dusun, 80),
  rt: optionalText(f.rt, 5),
  rw: optionalText(f.rw, 5),
  airMinumLayak: checkbox,
  jambanLayak: checkbox,
};

export const rumahTanggaSchema = z.object({
  kode: z.string(),
  ...householdFields,
  kepalaKeluarga: requiredText(f.kepalaKeluarga),
});

function checkNik(data: { nik?: string; tanggalLahir: string }, sex: JenisKelamin | undefined, ctx: z.RefinementCtx) {
  if (!data.nik) return;
  const r = validateNik(data.nik, { birthDate: data.tanggalLahir, sex });
  if (!r.ok) ctx.addIssue({ code: "custom", path: ["nik"], message: r.message });
}

function notFuture(value: string | undefined, today: string, path: string, label: string, ctx: z.RefinementCtx) {
  if (value && value > today) ctx.addIssue({ code: "custom", path: [path], message: t.notFuture(label) });
}

const common = {
  kode: z.string(),
  nama: requiredText(f.nama, 100),
  nik,
  tanggalLahir: isoDate(f.tanggalLahir),
  noKia: optionalText(f.noKia, 40),
  posyanduId: id(f.posyandu),
  rumahTanggaId: optionalId(f.rumahTangga),
  ...householdFields,
};

export function ibuHamilSchema(today: string) {
  return z.object({ ...common, hpl: optionalIsoDate(f.hpl), version: optionalId(f.versi) }).superRefine((d, ctx) => {
    notFuture(d.tanggalLahir, today, "tanggalLahir", f.tanggalLahir, ctx);
    const age = ageInDays(d.tanggalLahir, today);
    if (age !== null && age >= 0 && (age < 10 * 365 || age > 60 * 365)) {
      ctx.addIssue({ code: "custom", path: ["tanggalLahir"], message: t.ibuAge });
    }
    if (d.hpl && (d.hpl < addDaysIso(today, -60) || d.hpl > addDaysIso(today, 300))) {
      ctx.addIssue({ code: "custom", path: ["hpl"], message: t.hplRange });
    }
    checkNik(d, "P", ctx);
  });
}

export function anakSchema(today: string) {
  return z
    .object({
      ...common,
      jenisKelamin: oneOf(JENIS_KELAMIN, t.jenisKelamin),
      ibuId: optionalId(f.ibu),
      beratLahirKg: optionalDecimal(f.beratLahir, 0.5, 6, "kg"),
      panjangLahirCm: optionalDecimal(f.panjangLahir, 30, 65, "cm"),
      version: optionalId(f.versi),
    })
    .superRefine((d, ctx) => {
      notFuture(d.tanggalLahir, today, "tanggalLahir", f.tanggalLahir, ctx);
      if (ageInDays(d.tanggalLahir, today) !== null && today >= sixthBirthday(d.tanggalLahir)) {
        ctx.addIssue({ code: "custom", path: ["tanggalLahir"], message: t.anakTooOld });
      }
      checkNik(d, d.jenisKelamin, ctx);
    });
}

export function melahirkanSchema(today: string) {
  return z
    .object({
      kode: z.string(),
      id: id(f.sasaran),
      tanggalMelahirkan: isoDate(f.tanggalMelahirkan),
      /** "Ya, tanggal ini benar" and the date it was asked about: a changed date asks again (lib/sasaran/birth.ts). */
      konfirmasi: checkbox,
      konfirmasiTanggal: optionalText(f.tanggalMelahirkan, 10),
    })
    .superRefine((d, ctx) => notFuture(d.tanggalMelahirkan, today, "tanggalMelahirkan", f.tanggalMelahirkan, ctx));
}

export const pindahSchema = z.object({
  kode: z.string(),
  id: id(f.sasaran),
  keKode: requiredText(f.desaTujuan, 20),
  alasan: optionalText(f.alasan, 300),
});

export type IbuHamilInput = z.infer<ReturnType<typeof ibuHamilSchema>>;
export type AnakInput = z.infer<ReturnType<typeof anakSchema>>;

/** "Nonaktifkan sasaran": the date the target stops being counted and why (lib/sasaran/lifecycle.ts checks the
 * date against the target's own dates). */
export function nonaktifSchema(today: string) {
  return z
    .object({
      kode: z.string(),
      id: id(f.sasaran),
      version: optionalId(f.versi),
      tanggalNonaktif: isoDate(f.tanggalNonaktif),
      alasanNonaktif: oneOf(ALASAN_NONAKTIF, t.alasanNonaktif),
    })
    .superRefine((d, ctx) => notFuture(d.tanggalNonaktif, today, "tanggalNonaktif", f.tanggalNonaktif, ctx));
}
