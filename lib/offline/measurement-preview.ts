import { anakMonthSchema, balitaMonthSchema } from "@/lib/pemantauan/schemas";
import { todayIso } from "@/lib/periods";
import type { LocalDesa } from "./local-data";
import type { OutboxItem } from "./outbox";
import { recordKey } from "./local-data";

/** The measurement a 2B or balita item on the phone carries, shaped as the stored one
 * (components/measurement-summary.tsx): typed values from the item, z-scores and categories as the phone computed
 * them (lib/offline/local-save.ts). */
export function itemMeasurement(item: OutboxItem, now = new Date()) {
  if ((item.kind !== "anak_bulan" && item.kind !== "balita_bulan") || !item.preview) return null;
  const schema = item.kind === "anak_bulan" ? anakMonthSchema(todayIso(now)) : balitaMonthSchema(todayIso(now));
  const p = schema.safeParse(item.fields);
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

/** The stored measurement of a child's month (its 2B record, or its balita record), if the phone holds one. */
export function storedMeasurement(
  desa: LocalDesa,
  sasaranId: number,
  ym: { tahun: number; bulan: number },
  group: "anak" | "balita" = "anak",
) {
  const key = recordKey({ sasaranId, ...ym });
  if (group === "balita") {
    const rec = desa.balita[key];
    return rec ? (desa.balitaUkur[String(rec.id)] ?? null) : null;
  }
  const rec = desa.anak[key];
  return rec ? (desa.ukur[String(rec.id)] ?? null) : null;
}

/** Every measurement of a child the phone holds (2B and balita months), oldest first: the growth chart's points. */
export function childMeasurements(desa: LocalDesa, sasaranId: number) {
  const anak = Object.values(desa.anak)
    .filter((a) => a.sasaranId === sasaranId)
    .map((a) => desa.ukur[String(a.id)]);
  const balita = Object.values(desa.balita)
    .filter((b) => b.sasaranId === sasaranId)
    .map((b) => desa.balitaUkur[String(b.id)]);
  return [...anak, ...balita].filter((u) => u !== undefined).sort((a, b) => a.tanggalUkur.localeCompare(b.tanggalUkur));
}

/** The last weighing of a child before a month (2B or balita), as the entry page shows it beside the balita form's
 * weight (db/queries/pemantauan.ts getMonthEntry `lastWeighing`). */
export function lastWeighingBefore(desa: LocalDesa, sasaranId: number, firstDay: string) {
  return (
    childMeasurements(desa, sasaranId)
      .filter((u) => u.beratKg !== null && u.tanggalUkur < firstDay)
      .at(-1) ?? null
  );
}
