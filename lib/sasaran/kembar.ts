import { z } from "zod";
import { optionalDecimal, optionalText } from "@/lib/validation";
import { JENIS_KELAMIN } from "@/lib/enums";
import { sasaranText } from "@/lib/i18n/sasaran";
import type { AnakInput } from "./schemas";

/* Twins (and triplets) registered in one step with the first baby of a delivery: the second and third babies share
 * the first one's birth date, mother, posyandu and household; each has its own name, sex, birth weight and length,
 * and its own KIA number — unique per desa within the children (sasaran_kia_uq), so never the mother's. */

const f = sasaranText.schema.fields;
const k = sasaranText.kembar;

/** Babies beyond the first that one form registers. */
export const KEMBAR = [2, 3] as const;
export type KembarNo = (typeof KEMBAR)[number];

export const kembarField = (
  n: KembarNo,
  field: "nama" | "jenisKelamin" | "beratLahirKg" | "panjangLahirCm" | "noKia",
) => `bayi${n}${field[0].toUpperCase()}${field.slice(1)}`;

const babyFields = (n: KembarNo) => ({
  [kembarField(n, "nama")]: optionalText(f.nama, 100),
  [kembarField(n, "jenisKelamin")]: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(JENIS_KELAMIN, { error: k.jenisKelaminRequired(n) }).optional(),
  ),
  [kembarField(n, "beratLahirKg")]: optionalDecimal(f.beratLahir, 0.5, 6, "kg"),
  [kembarField(n, "panjangLahirCm")]: optionalDecimal(f.panjangLahir, 30, 65, "cm"),
  [kembarField(n, "noKia")]: optionalText(f.noKia, 40),
});

type Baby = {
  nama?: string;
  jenisKelamin?: (typeof JENIS_KELAMIN)[number];
  beratLahirKg?: number;
  panjangLahirCm?: number;
  noKia?: string;
};

const kembarObject = z.object({ ...babyFields(2), ...babyFields(3) }) as unknown as z.ZodType<
  Record<string, string | number | undefined>
>;

function babyOf(data: Record<string, unknown>, n: KembarNo): Baby {
  return {
    nama: data[kembarField(n, "nama")] as string | undefined,
    jenisKelamin: data[kembarField(n, "jenisKelamin")] as Baby["jenisKelamin"],
    beratLahirKg: data[kembarField(n, "beratLahirKg")] as number | undefined,
    panjangLahirCm: data[kembarField(n, "panjangLahirCm")] as number | undefined,
    noKia: data[kembarField(n, "noKia")] as string | undefined,
  };
}

const filled = (b: Baby) => Object.values(b).some((v) => v !== undefined);

/** The extra babies' fields, with the rules across babies: a started baby needs a name and a sex, and no two babies
 * of the form share a name or a KIA number (the first baby's are `nama` and `noKia`). */
export function withKembar<S extends z.ZodType<AnakInput>>(anak: S) {
  return z.intersection(anak, kembarObject).superRefine((d, ctx) => {
    const data = d as Record<string, unknown> & AnakInput;
    const names = [data.nama.trim().toLocaleLowerCase("id")];
    const kias = data.noKia ? [data.noKia] : [];
    for (const n of KEMBAR) {
      const b = babyOf(data, n);
      if (!filled(b)) continue;
      if (!b.nama) ctx.addIssue({ code: "custom", path: [kembarField(n, "nama")], message: k.namaRequired(n) });
      if (!b.jenisKelamin)
        ctx.addIssue({ code: "custom", path: [kembarField(n, "jenisKelamin")], message: k.jenisKelaminRequired(n) });
      const nama = b.nama?.trim().toLocaleLowerCase("id");
      if (nama && names.includes(nama))
        ctx.addIssue({ code: "custom", path: [kembarField(n, "nama")], message: k.namaSame });
      if (nama) names.push(nama);
      if (b.noKia && kias.includes(b.noKia))
        ctx.addIssue({ code: "custom", path: [kembarField(n, "noKia")], message: k.kiaSame });
      if (b.noKia) kias.push(b.noKia);
    }
  });
}

/** The forms of the extra babies typed on a parsed newborn form, each as the first baby's with its own identity
 * (no NIK: a newborn's NIK is added later on its own page). */
export function kembarOf(input: AnakInput & Record<string, unknown>): Array<{ n: KembarNo; input: AnakInput }> {
  return KEMBAR.flatMap((n) => {
    const b = babyOf(input, n);
    if (!b.nama || !b.jenisKelamin) return [];
    const base: AnakInput = { ...pickAnak(input) };
    return [
      {
        n,
        input: {
          ...base,
          nama: b.nama,
          nik: undefined,
          jenisKelamin: b.jenisKelamin,
          beratLahirKg: b.beratLahirKg,
          panjangLahirCm: b.panjangLahirCm,
          noKia: b.noKia,
        },
      },
    ];
  });
}

/** The first baby's own fields, without the extra babies' (so nothing of bayi2… leaks into a write). */
export function pickAnak<T extends AnakInput>(input: T): AnakInput {
  return Object.fromEntries(Object.entries(input).filter(([key]) => !/^bayi\d/.test(key))) as AnakInput;
}
