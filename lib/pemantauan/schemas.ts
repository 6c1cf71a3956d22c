import { z } from "zod";
import { checkbox, id, isoDate, oneOf, optionalDecimal, optionalInteger, optionalIsoDate, optionalOneOf } from "@/lib/validation";
import { monthBounds, parseYearMonth } from "@/lib/periods";

/** Monthly forms 2A (ibu), 2B (anak 0–23) and 2C (PAUD). The examination date must fall in the month being
 * recorded and not in the future; the (target, month) pair is the record's identity. */

const bulan = z
  .string({ error: "Bulan wajib diisi." })
  .refine((v) => parseYearMonth(v) !== null, "Bulan harus berformat TTTT-BB.")
  .transform((v) => parseYearMonth(v)!);

const base = {
  kode: z.string(),
  sasaranId: id("Sasaran"),
  bulan,
  version: optionalInteger("Versi", 1, 1_000_000),
};

function periodRules(today: string) {
  return (d: { bulan: { tahun: number; bulan: number }; tanggalPeriksa?: string }, ctx: z.RefinementCtx) => {
    const { first, last } = monthBounds(d.bulan);
    if (first > today) ctx.addIssue({ code: "custom", path: ["bulan"], message: "Bulan yang akan datang belum bisa diisi." });
    if (d.tanggalPeriksa && (d.tanggalPeriksa < first || d.tanggalPeriksa > last)) {
      ctx.addIssue({ code: "custom", path: ["tanggalPeriksa"], message: "Tanggal periksa harus di dalam bulan yang diisi." });
    }
    if (d.tanggalPeriksa && d.tanggalPeriksa > today) {
      ctx.addIssue({ code: "custom", path: ["tanggalPeriksa"], message: "Tanggal periksa tidak boleh di masa depan." });
    }
  };
}

export function ibuMonthSchema(today: string) {
  return z
    .object({
      ...base,
      tanggalPeriksa: isoDate("Tanggal periksa"),
      posyanduId: id("Posyandu"),
      statusKehamilan: optionalOneOf(["normal", "risti", "kek"], "Pilih status kehamilan."),
      usiaKehamilan: optionalInteger("Usia kehamilan", 0, 10),
      tanggalMelahirkan: optionalIsoDate("Tanggal melahirkan"),
      pemeriksaanKehamilan: checkbox,
      konsumsiPilFe: checkbox,
      butirPilFe: optionalInteger("Jumlah butir pil Fe", 0, 120),
      pemeriksaanNifas: checkbox,
      konselingGizi: checkbox,
      kunjunganRumah: checkbox,
      aksesAirBersih: checkbox,
      kepemilikanJamban: checkbox,
      jaminanKesehatan: checkbox,
      lilaCm: optionalDecimal("LiLA", 10, 50, "cm"),
    })
    .superRefine(periodRules(today))
    .superRefine((d, ctx) => {
      if (d.tanggalMelahirkan && d.tanggalMelahirkan > today) {
        ctx.addIssue({ code: "custom", path: ["tanggalMelahirkan"], message: "Tanggal melahirkan tidak boleh di masa depan." });
      }
      if (d.butirPilFe && !d.konsumsiPilFe) {
        ctx.addIssue({ code: "custom", path: ["konsumsiPilFe"], message: "Centang konsumsi pil Fe bila ada butir yang diminum." });
      }
    });
}

const measurement = {
  beratKg: optionalDecimal("Berat badan", 0.5, 40, "kg"),
  panjangCm: optionalDecimal("Panjang/tinggi badan", 35, 130, "cm"),
  caraUkur: optionalOneOf(["terlentang", "berdiri"], "Pilih cara ukur."),
  oedema: checkbox,
};

export function anakMonthSchema(today: string) {
  return z
    .object({
      ...base,
      tanggalPeriksa: isoDate("Tanggal periksa"),
      posyanduId: id("Posyandu"),
      statusGizi: optionalOneOf(["N", "GK", "GB", "S"], "Pilih status gizi."),
      statusTikar: oneOf(["TD", "M", "K", "H"], "Pilih warna tikar pertumbuhan."),
      imunisasiDasar: checkbox,
      imunisasiCampak: oneOf(["belum", "sudah"], "Pilih status imunisasi campak."),
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
        ctx.addIssue({ code: "custom", path: ["caraUkur"], message: "Pilih cara ukur (terlentang atau berdiri) untuk panjang/tinggi badan." });
      }
    });
}

export function paudMonthSchema(today: string) {
  return z
    .object({ ...base, status: oneOf(["belum", "mengikuti", "tidak_mengikuti"], "Pilih status PAUD.") })
    .superRefine(periodRules(today));
}

export type IbuMonthInput = z.infer<ReturnType<typeof ibuMonthSchema>>;
export type AnakMonthInput = z.infer<ReturnType<typeof anakMonthSchema>>;
export type PaudMonthInput = z.infer<ReturnType<typeof paudMonthSchema>>;
