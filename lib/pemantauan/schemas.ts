import { z } from "zod";
import {
  checkbox,
  id,
  isoDate,
  oneOf,
  optionalDecimal,
  optionalInteger,
  optionalIsoDate,
  optionalOneOf,
} from "@/lib/validation";
import { monthBounds, parseYearMonth } from "@/lib/periods";
import { CARA_UKUR, IMUNISASI_CAMPAK, STATUS_GIZI, STATUS_KEHAMILAN, STATUS_PAUD, STATUS_TIKAR } from "@/lib/enums";
import { pemantauanText } from "@/lib/i18n/pemantauan";
import { KUNJUNGAN_NIFAS_MAX } from "@/lib/scorecard/nifas";
import { balitaText } from "@/lib/i18n/balita";

const t = pemantauanText.schema;
const f = t.fields;

/** Monthly forms 2A (ibu), 2B (anak 0–23) and 2C (PAUD). The examination date must fall in the month being
 * recorded and not in the future; the (target, month) pair is the record's identity. */

const bulan = z
  .string({ error: t.bulanRequired })
  .refine((v) => parseYearMonth(v) !== null, t.bulanFormat)
  .transform((v) => parseYearMonth(v)!);

const base = {
  kode: z.string(),
  sasaranId: id(f.sasaran),
  bulan,
  version: optionalInteger(f.versi, 0, 1_000_000),
};

function periodRules(today: string) {
  return (d: { bulan: { tahun: number; bulan: number }; tanggalPeriksa?: string }, ctx: z.RefinementCtx) => {
    const { first, last } = monthBounds(d.bulan);
    if (first > today) ctx.addIssue({ code: "custom", path: ["bulan"], message: t.futureMonth });
    if (d.tanggalPeriksa && (d.tanggalPeriksa < first || d.tanggalPeriksa > last)) {
      ctx.addIssue({ code: "custom", path: ["tanggalPeriksa"], message: t.periksaOutsideMonth });
    }
    if (d.tanggalPeriksa && d.tanggalPeriksa > today) {
      ctx.addIssue({ code: "custom", path: ["tanggalPeriksa"], message: t.periksaFuture });
    }
  };
}

export function ibuMonthSchema(today: string) {
  return z
    .object({
      ...base,
      tanggalPeriksa: isoDate(f.tanggalPeriksa),
      posyanduId: id(f.posyandu),
      statusKehamilan: optionalOneOf(STATUS_KEHAMILAN, t.statusKehamilan),
      usiaKehamilan: optionalInteger(f.usiaKehamilan, 0, 10),
      tanggalMelahirkan: optionalIsoDate(f.tanggalMelahirkan),
      pemeriksaanKehamilan: checkbox,
      konsumsiPilFe: checkbox,
      butirPilFe: optionalInteger(f.butirPilFe, 0, 120),
      kunjunganNifas: optionalInteger(f.kunjunganNifas, 0, KUNJUNGAN_NIFAS_MAX).transform((n) => n ?? 0),
      konselingGizi: checkbox,
      kunjunganRumah: checkbox,
      aksesAirBersih: checkbox,
      kepemilikanJamban: checkbox,
      jaminanKesehatan: checkbox,
      lilaCm: optionalDecimal(f.lila, 10, 50, "cm"),
    })
    .superRefine(periodRules(today))
    .superRefine((d, ctx) => {
      if (d.tanggalMelahirkan && d.tanggalMelahirkan > today) {
        ctx.addIssue({ code: "custom", path: ["tanggalMelahirkan"], message: t.melahirkanFuture });
      }
      if (d.butirPilFe && !d.konsumsiPilFe) {
        ctx.addIssue({ code: "custom", path: ["konsumsiPilFe"], message: t.pilFe });
      }
    });
}

const measurement = {
  beratKg: optionalDecimal(f.berat, 0.5, 40, "kg"),
  panjangCm: optionalDecimal(f.panjang, 35, 130, "cm"),
  caraUkur: optionalOneOf(CARA_UKUR, t.caraUkur),
  oedema: checkbox,
};

export function anakMonthSchema(today: string) {
  return z
    .object({
      ...base,
      tanggalPeriksa: isoDate(f.tanggalPeriksa),
      posyanduId: id(f.posyandu),
      statusGizi: optionalOneOf(STATUS_GIZI, t.statusGizi),
      statusTikar: oneOf(STATUS_TIKAR, t.statusTikar),
      imunisasiDasar: checkbox,
      imunisasiCampak: oneOf(IMUNISASI_CAMPAK, t.campak),
      pengukuranBeratBadan: checkbox,
      pengukuranTinggiBadan: checkbox,
      konselingGiziIbu: checkbox,
      konselingGiziAyah: checkbox,
      kunjunganRumah: checkbox,
      airBersih: checkbox,
      kepemilikanJamban: checkbox,
      aktaLahir: checkbox,
      jaminanKesehatan: checkbox,
      pengasuhanPaud: checkbox,
      ...measurement,
    })
    .superRefine(periodRules(today))
    .superRefine((d, ctx) => {
      if (d.panjangCm !== undefined && !d.caraUkur) {
        ctx.addIssue({ code: "custom", path: ["caraUkur"], message: t.caraUkurForLength });
      }
    });
}

export function paudMonthSchema(today: string) {
  return z.object({ ...base, status: oneOf(STATUS_PAUD, t.statusPaud) }).superRefine(periodRules(today));
}

/** The monthly balita record (24–59 months, docs/balita.md): weighed or not, the measurement, the month's services,
 * and the PAUD attendance that Formulir 2C keeps (written there, never twice). */
export function balitaMonthSchema(today: string) {
  const b = balitaText.schema;
  return (
    z
      .object({
        ...base,
        tanggalPeriksa: isoDate(f.tanggalPeriksa),
        posyanduId: id(f.posyandu),
        ditimbang: checkbox,
        vitaminA: checkbox,
        obatCacing: checkbox,
        imunisasiLanjutan: checkbox,
        pmt: checkbox,
        rujukan: checkbox,
        kunjunganRumah: checkbox,
        statusPaud: optionalOneOf(STATUS_PAUD, t.statusPaud),
        ...measurement,
      })
      .superRefine(periodRules(today))
      .superRefine((d, ctx) => {
        if (d.panjangCm !== undefined && !d.caraUkur) {
          ctx.addIssue({ code: "custom", path: ["caraUkur"], message: b.caraUkurForLength });
        }
        if (d.ditimbang && d.beratKg === undefined) {
          ctx.addIssue({ code: "custom", path: ["beratKg"], message: b.beratForDitimbang });
        }
        if (d.vitaminA && d.bulan.bulan !== 2 && d.bulan.bulan !== 8) {
          ctx.addIssue({ code: "custom", path: ["vitaminA"], message: b.vitaminAMonth });
        }
      })
      // A typed weight means the child was weighed, whatever the box says (as on 2B).
      .transform((d) => ({ ...d, ditimbang: d.ditimbang || d.beratKg !== undefined }))
  );
}

export type IbuMonthInput = z.infer<ReturnType<typeof ibuMonthSchema>>;
export type AnakMonthInput = z.infer<ReturnType<typeof anakMonthSchema>>;
export type PaudMonthInput = z.infer<ReturnType<typeof paudMonthSchema>>;
export type BalitaMonthInput = z.infer<ReturnType<typeof balitaMonthSchema>>;
