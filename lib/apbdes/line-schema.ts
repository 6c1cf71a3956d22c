import { z } from "zod";
import { checkbox, optionalDecimal, optionalText, requiredText } from "@/lib/validation";
import { INDICATORS } from "@/lib/scorecard/indicators";
import { amountMessage, parseRupiah } from "./amount";
import {
  PAKET_LAYANAN,
  normalizeRekening,
  normalizeSumberDana,
  rekeningJenis,
  resolveKegiatan,
  type KegiatanRef,
  type PaketLayanan,
} from "./codes";
import { STUNTING_TAGS, type StuntingTag } from "@/lib/enums";
import { apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.line;
const f = t.fields;

/** Reference lists a budget line is checked against (loaded from ref_* tables). */
export type LineRef = {
  kegiatan: ReadonlyMap<string, KegiatanRef>;
  /** Known jenis codes `5.x.y`. */
  rekeningJenis: ReadonlySet<string>;
  sumberDana: ReadonlySet<string>;
};

/** "auto" = take the default of the kegiatan code; "" = not stunting-related. */
export const TAG_CHOICES = ["auto", "", ...STUNTING_TAGS] as const;
export const PAKET_CHOICES = ["auto", "", ...PAKET_LAYANAN] as const;

const INDICATOR_KEYS = new Set<string>(INDICATORS.map((i) => i.key));

function rupiah(label: string, required: boolean) {
  return z.preprocess(
    (v) => (v === undefined || v === null ? "" : v),
    z.union([z.string(), z.number()]).transform((v, ctx) => {
      if (!required && typeof v === "string" && v.trim() === "") return 0;
      const r = parseRupiah(v);
      if (!r.ok) {
        ctx.addIssue({ code: "custom", message: amountMessage(label, r.error) });
        return z.NEVER;
      }
      return r.value;
    }),
  );
}

/** One budget line as typed in the form or read from an import row. Every field reports its own message;
 * the kegiatan's default tag and paket fill "auto". */
export function lineSchema(ref: LineRef) {
  return z
    .object({
      kodeKegiatan: z.string({ error: t.kodeKegiatanRequired }).transform((v, ctx) => {
        if (!v.trim()) {
          ctx.addIssue({ code: "custom", message: t.kodeKegiatanRequired });
          return z.NEVER;
        }
        const r = resolveKegiatan(v, ref.kegiatan);
        if (!r.ok) {
          ctx.addIssue({
            code: "custom",
            message: r.error === "format" ? t.kodeKegiatanFormat : t.kodeKegiatanUnknown(v.trim()),
          });
          return z.NEVER;
        }
        return r;
      }),
      uraian: requiredText(f.uraian, 300),
      kodeRekening: z.string({ error: t.kodeRekeningRequired }).transform((v, ctx) => {
        const kode = normalizeRekening(v);
        if (!kode) {
          ctx.addIssue({ code: "custom", message: v.trim() ? t.kodeRekeningFormat : t.kodeRekeningRequired });
          return z.NEVER;
        }
        if (!ref.rekeningJenis.has(rekeningJenis(kode))) {
          ctx.addIssue({ code: "custom", message: t.kodeRekeningUnknown(kode) });
          return z.NEVER;
        }
        return kode;
      }),
      sumberDana: z.string({ error: t.sumberDanaRequired }).transform((v, ctx) => {
        const kode = normalizeSumberDana(v, ref.sumberDana);
        if (!kode) {
          ctx.addIssue({ code: "custom", message: v.trim() ? t.sumberDanaUnknown(v.trim()) : t.sumberDanaRequired });
          return z.NEVER;
        }
        return kode;
      }),
      volume: optionalDecimal(f.volume, 0, 1_000_000_000, t.volumeUnit),
      satuan: optionalText(f.satuan, 40),
      pagu: rupiah(f.pagu, true),
      realisasi: rupiah(f.realisasi, false),
      stuntingTag: z.preprocess((v) => v ?? "auto", z.enum(TAG_CHOICES, { error: t.tagChoice })),
      paketLayanan: z.preprocess((v) => v ?? "auto", z.enum(PAKET_CHOICES, { error: t.paketChoice })),
      indikator: z
        .string()
        .optional()
        .transform((v) => [...new Set((v ?? "").split(/[,;\s]+/).filter(Boolean))])
        .refine((keys) => keys.every((k) => INDICATOR_KEYS.has(k)), t.indikatorUnknown),
      insentifKpm: checkbox,
    })
    .superRefine((line, ctx) => {
      if (line.realisasi > line.pagu)
        ctx.addIssue({ code: "custom", path: ["realisasi"], message: t.realisasiOverPagu });
    })
    .transform((line) => ({
      kodeKegiatan: line.kodeKegiatan.kode,
      uraian: line.uraian,
      kodeRekening: line.kodeRekening,
      sumberDana: line.sumberDana,
      volume: line.volume ?? null,
      satuan: line.satuan ?? null,
      pagu: line.pagu,
      realisasi: line.realisasi,
      stuntingTag: (line.stuntingTag === "auto"
        ? line.kodeKegiatan.stuntingTag || null
        : line.stuntingTag || null) as StuntingTag | null,
      paketLayanan: (line.paketLayanan === "auto"
        ? line.kodeKegiatan.paketLayanan || null
        : line.paketLayanan || null) as PaketLayanan | null,
      indikator: line.indikator,
      insentifKpm: line.insentifKpm,
    }));
}

export type LineInput = z.output<ReturnType<typeof lineSchema>>;

/** Field names of a line, in form order (also the keys of `fieldErrors`). */
export const LINE_FIELDS = [
  "kodeKegiatan",
  "uraian",
  "kodeRekening",
  "sumberDana",
  "volume",
  "satuan",
  "pagu",
  "realisasi",
  "stuntingTag",
  "paketLayanan",
  "indikator",
  "insentifKpm",
] as const;
export type LineField = (typeof LINE_FIELDS)[number];

export const LINE_FIELD_LABELS: Record<LineField, string> = f;

/** Field errors of a refused line, keyed by field. */
export function lineErrors(error: z.ZodError): Partial<Record<LineField, string[]>> {
  return z.flattenError(error).fieldErrors as Partial<Record<LineField, string[]>>;
}
