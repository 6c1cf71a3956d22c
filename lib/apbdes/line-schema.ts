import { z } from "zod";
import { checkbox, optionalDecimal, optionalText, requiredText } from "@/lib/validation";
import { INDICATORS } from "@/lib/scorecard/indicators";
import { amountMessage, parseRupiah } from "./amount";
import { normalizeRekening, normalizeSumberDana, rekeningJenis, resolveKegiatan, type KegiatanRef } from "./codes";
import { PAKET_LAYANAN, STUNTING_TAGS, type PaketLayanan, type StuntingTag } from "./labels";

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
      kodeKegiatan: z.string({ error: "Kode kegiatan wajib diisi." }).transform((v, ctx) => {
        if (!v.trim()) {
          ctx.addIssue({ code: "custom", message: "Kode kegiatan wajib diisi." });
          return z.NEVER;
        }
        const r = resolveKegiatan(v, ref.kegiatan);
        if (!r.ok) {
          ctx.addIssue({
            code: "custom",
            message: r.error === "format" ? "Kode kegiatan harus berbentuk bidang.sub-bidang.kegiatan, misalnya 2.2.02." : `Kode kegiatan ${v.trim()} tidak dikenal.`,
          });
          return z.NEVER;
        }
        return r;
      }),
      uraian: requiredText("Uraian", 300),
      kodeRekening: z.string({ error: "Kode rekening wajib diisi." }).transform((v, ctx) => {
        const kode = normalizeRekening(v);
        if (!kode) {
          ctx.addIssue({ code: "custom", message: v.trim() ? "Kode rekening belanja harus berbentuk 5.x.y atau 5.x.y.zz, misalnya 5.2.7.01." : "Kode rekening wajib diisi." });
          return z.NEVER;
        }
        if (!ref.rekeningJenis.has(rekeningJenis(kode))) {
          ctx.addIssue({ code: "custom", message: `Kode rekening ${kode} tidak dikenal.` });
          return z.NEVER;
        }
        return kode;
      }),
      sumberDana: z.string({ error: "Sumber dana wajib diisi." }).transform((v, ctx) => {
        const kode = normalizeSumberDana(v, ref.sumberDana);
        if (!kode) {
          ctx.addIssue({ code: "custom", message: v.trim() ? `Sumber dana ${v.trim()} tidak dikenal.` : "Sumber dana wajib diisi." });
          return z.NEVER;
        }
        return kode;
      }),
      volume: optionalDecimal("Volume", 0, 1_000_000_000, "satuan"),
      satuan: optionalText("Satuan", 40),
      pagu: rupiah("Pagu", true),
      realisasi: rupiah("Realisasi", false),
      stuntingTag: z.preprocess((v) => v ?? "auto", z.enum(TAG_CHOICES, { error: "Pilih tag stunting dari daftar." })),
      paketLayanan: z.preprocess((v) => v ?? "auto", z.enum(PAKET_CHOICES, { error: "Pilih paket layanan dari daftar." })),
      indikator: z
        .string()
        .optional()
        .transform((v) => [...new Set((v ?? "").split(/[,;\s]+/).filter(Boolean))])
        .refine((keys) => keys.every((k) => INDICATOR_KEYS.has(k)), "Indikator tidak dikenal; pilih dari daftar (misalnya ibu:1, anak:3)."),
      insentifKpm: checkbox,
    })
    .superRefine((line, ctx) => {
      if (line.realisasi > line.pagu) ctx.addIssue({ code: "custom", path: ["realisasi"], message: "Realisasi tidak boleh melebihi pagu." });
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
      stuntingTag: (line.stuntingTag === "auto" ? line.kodeKegiatan.stuntingTag || null : line.stuntingTag || null) as StuntingTag | null,
      paketLayanan: (line.paketLayanan === "auto" ? line.kodeKegiatan.paketLayanan || null : line.paketLayanan || null) as PaketLayanan | null,
      indikator: line.indikator,
      insentifKpm: line.insentifKpm,
    }));
}

export type LineInput = z.output<ReturnType<typeof lineSchema>>;

/** Field names of a line, in form order (also the keys of `fieldErrors`). */
export const LINE_FIELDS = ["kodeKegiatan", "uraian", "kodeRekening", "sumberDana", "volume", "satuan", "pagu", "realisasi", "stuntingTag", "paketLayanan", "indikator", "insentifKpm"] as const;
export type LineField = (typeof LINE_FIELDS)[number];

export const LINE_FIELD_LABELS: Record<LineField, string> = {
  kodeKegiatan: "Kode kegiatan",
  uraian: "Uraian",
  kodeRekening: "Kode rekening",
  sumberDana: "Sumber dana",
  volume: "Volume",
  satuan: "Satuan",
  pagu: "Pagu",
  realisasi: "Realisasi",
  stuntingTag: "Tag stunting",
  paketLayanan: "Paket layanan",
  indikator: "Indikator",
  insentifKpm: "Insentif/operasional KPM",
};

/** Field errors of a refused line, keyed by field. */
export function lineErrors(error: z.ZodError): Partial<Record<LineField, string[]>> {
  return z.flattenError(error).fieldErrors as Partial<Record<LineField, string[]>>;
}
