import { anakMonthSchema } from "@/lib/pemantauan/schemas";
import { todayIso } from "@/lib/periods";
import type { LocalDesa } from "./local-data";
import type { OutboxItem } from "./outbox";
import { recordKey } from "./local-data";

/** The measurement a 2B item on the phone carries, shaped as the stored one (components/measurement-summary.tsx):
 * typed values from the item, z-scores and categories as the phone computed them (lib/offline/local-save.ts). */
export function itemMeasurement(item: OutboxItem, now = new Date()) {
  if (item.kind !== "anak_bulan" || !item.preview) return null;
  const p = anakMonthSchema(todayIso(now)).safeParse(item.fields);
  if (!p.success) return null;
  const num = (k: string) => (typeof item.preview?.[k] === "number" ? (item.preview[k] as number) : null);
  const str = (k: string) => (typeof item.preview?.[k] === "string" ? (item.preview[k] as string) : null);
  return {
    tanggalUkur: p.data.tanggalPeriksa,
    beratKg: p.data.beratKg ?? null,
    panjangCm: p.data.panjangCm ?? null,
    panjangKoreksiCm: num("panjangKoreksiCm"),
    oedema: p.data.oedema,
    haz: num("haz"),
    waz: num("waz"),
    whz: num("whz"),
    baz: num("baz"),
    kategoriHaz: str("kategoriHaz"),
    kategoriWaz: str("kategoriWaz"),
    kategoriWhz: str("kategoriWhz"),
    kategoriBaz: str("kategoriBaz"),
  };
}

/** The stored measurement of a child's month, if the phone holds one. */
export function storedMeasurement(desa: LocalDesa, sasaranId: number, ym: { tahun: number; bulan: number }) {
  const rec = desa.anak[recordKey({ sasaranId, ...ym })];
  return rec ? (desa.ukur[String(rec.id)] ?? null) : null;
}
