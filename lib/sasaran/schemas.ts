import { z } from "zod";
import { checkbox, id, isoDate, oneOf, optionalDecimal, optionalId, optionalIsoDate, optionalText, requiredText } from "@/lib/validation";
import { normalizeNik, validateNik } from "@/lib/people/nik";
import { addDaysIso } from "@/lib/periods";
import { ageInDays } from "@/lib/growth/age";
import { PAUD_MAX_DAYS } from "./kategori";

/** Form schemas for households and targets. Cross-field rules that need the database (KIA unique, the
 * mother's birth date, duplicates) are checked in the action. */

const nik = z.preprocess(
  (v) => (typeof v === "string" && v.trim() ? normalizeNik(v) : undefined),
  z.string().optional(),
);

export const householdFields = {
  kepalaKeluarga: optionalText("Kepala keluarga", 120),
  alamat: optionalText("Alamat", 200),
  dusun: optionalText("Dusun", 80),
  rt: optionalText("RT", 5),
  rw: optionalText("RW", 5),
  airMinumLayak: checkbox,
  jambanLayak: checkbox,
};

export const rumahTanggaSchema = z.object({
  kode: z.string(),
  ...householdFields,
  kepalaKeluarga: requiredText("Kepala keluarga"),
});

function checkNik(data: { nik?: string; tanggalLahir: string }, sex: "L" | "P" | undefined, ctx: z.RefinementCtx) {
  if (!data.nik) return;
  const r = validateNik(data.nik, { birthDate: data.tanggalLahir, sex });
  if (!r.ok) ctx.addIssue({ code: "custom", path: ["nik"], message: r.message });
}

function notFuture(value: string | undefined, today: string, path: string, label: string, ctx: z.RefinementCtx) {
  if (value && value > today) ctx.addIssue({ code: "custom", path: [path], message: `${label} tidak boleh di masa depan.` });
}

const common = {
  kode: z.string(),
  nama: requiredText("Nama", 100),
  nik,
  tanggalLahir: isoDate("Tanggal lahir"),
  noKia: optionalText("No. register KIA", 40),
  posyanduId: id("Posyandu"),
  rumahTanggaId: optionalId("Rumah tangga"),
  ...householdFields,
};

export function ibuHamilSchema(today: string) {
  return z
    .object({ ...common, hpl: optionalIsoDate("Hari perkiraan lahir (HPL)"), version: optionalId("Versi") })
    .superRefine((d, ctx) => {
      notFuture(d.tanggalLahir, today, "tanggalLahir", "Tanggal lahir", ctx);
      const age = ageInDays(d.tanggalLahir, today);
      if (age !== null && age >= 0 && (age < 10 * 365 || age > 60 * 365)) {
        ctx.addIssue({ code: "custom", path: ["tanggalLahir"], message: "Umur ibu tidak wajar (harus 10–60 tahun). Periksa tahun lahir." });
      }
      if (d.hpl && (d.hpl < addDaysIso(today, -60) || d.hpl > addDaysIso(today, 300))) {
        ctx.addIssue({ code: "custom", path: ["hpl"], message: "HPL harus antara 2 bulan lalu dan 10 bulan ke depan." });
      }
      checkNik(d, "P", ctx);
    });
}

export function anakSchema(today: string) {
  return z
    .object({
      ...common,
      jenisKelamin: oneOf(["L", "P"], "Pilih jenis kelamin."),
      ibuId: optionalId("Ibu"),
      beratLahirKg: optionalDecimal("Berat lahir", 0.5, 6, "kg"),
      panjangLahirCm: optionalDecimal("Panjang lahir", 30, 65, "cm"),
      version: optionalId("Versi"),
    })
    .superRefine((d, ctx) => {
      notFuture(d.tanggalLahir, today, "tanggalLahir", "Tanggal lahir", ctx);
      const age = ageInDays(d.tanggalLahir, today);
      if (age !== null && age > PAUD_MAX_DAYS) {
        ctx.addIssue({ code: "custom", path: ["tanggalLahir"], message: "Anak berumur lebih dari 6 tahun bukan sasaran 1.000 HPK atau PAUD." });
      }
      checkNik(d, d.jenisKelamin, ctx);
    });
}

export function melahirkanSchema(today: string) {
  return z
    .object({ kode: z.string(), id: id("Sasaran"), tanggalMelahirkan: isoDate("Tanggal melahirkan") })
    .superRefine((d, ctx) => notFuture(d.tanggalMelahirkan, today, "tanggalMelahirkan", "Tanggal melahirkan", ctx));
}

export const pindahSchema = z.object({
  kode: z.string(),
  id: id("Sasaran"),
  keKode: requiredText("Desa tujuan", 20),
  alasan: optionalText("Alasan", 300),
});

export type IbuHamilInput = z.infer<ReturnType<typeof ibuHamilSchema>>;
export type AnakInput = z.infer<ReturnType<typeof anakSchema>>;
