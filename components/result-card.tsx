import type { GrowthCategory } from "@/lib/growth/categories";
import { CATEGORY_LABELS } from "@/lib/i18n/growth";
import { posyanduDayText } from "@/lib/i18n/posyandu-day";
import { formatDate, formatDecimal, formatInteger } from "@/lib/format";
import { calendarAgeMonths } from "@/lib/growth/age-bands";
import { kbmGrams } from "@/lib/pemantauan/kms";
import type { ResultFlags, Weighing } from "@/lib/pemantauan/result-rules";
import { weightTrend } from "@/lib/pemantauan/result-rules";
import type { MeasurementSummaryData } from "@/components/measurement-summary";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const t = posyanduDayText.card;

/** KMS-style colours, always with the category in words: red for severe, yellow for moderate or over, green normal. */
const TONE: Record<GrowthCategory, BadgeTone> = {
  sangat_pendek: "bad",
  bb_sangat_kurang: "bad",
  gizi_buruk: "bad",
  pendek: "warn",
  bb_kurang: "warn",
  gizi_kurang: "warn",
  risiko_bb_lebih: "warn",
  berisiko_gizi_lebih: "warn",
  gizi_lebih: "warn",
  obesitas: "bad",
  normal: "good",
  tinggi: "good",
  gizi_baik: "good",
};

const dec = formatDecimal;

export type ResultCardProps = {
  nama: string;
  ukur: MeasurementSummaryData;
  /** The weighing before this one (N/T), null for the first. */
  previous: Weighing | null;
  /** The child's birth date: the age at this weighing sets the KBM (lib/pemantauan/kms.ts). */
  tanggalLahir: string;
  flags: ResultFlags;
};

/** The result of one weighing as the growth card (KMS) tells it: weight and length, the four z-scores with their
 * Permenkes 2/2020 categories, N/T against the previous weighing, and whether a home visit or referral is due
 * (lib/pemantauan/result-rules.ts). Pure markup: the server renders it after a save, the phone after an offline one. */
export function ResultCard({ nama, ukur, previous, tanggalLahir, flags }: ResultCardProps) {
  const umur = calendarAgeMonths(tanggalLahir, ukur.tanggalUkur);
  const trend = weightTrend(previous, { tanggalUkur: ukur.tanggalUkur, beratKg: ukur.beratKg }, tanggalLahir);
  const rows = [
    ["haz", ukur.haz, ukur.kategoriHaz],
    ["waz", ukur.waz, ukur.kategoriWaz],
    ["whz", ukur.whz, ukur.kategoriWhz],
    ["baz", ukur.baz, ukur.kategoriBaz],
  ] as const;
  return (
    <section
      aria-labelledby="kartu-hasil"
      data-testid="kartu-hasil"
      className="max-w-2xl space-y-3 rounded-lg border-2 border-brand-600 bg-white p-3"
    >
      <div>
        <h2 id="kartu-hasil" className="text-lg font-semibold">
          {t.heading(nama)}
        </h2>
        <p className="text-sm text-slate-600">{t.date(formatDate(ukur.tanggalUkur))}</p>
      </div>
      <dl className="grid grid-cols-2 gap-2">
        <div className="rounded-md bg-slate-50 p-2">
          <dt className="text-xs text-slate-600">{t.berat}</dt>
          <dd className="text-2xl font-bold tabular-nums">
            {ukur.beratKg !== null ? t.kg(dec(ukur.beratKg, 1)) : "–"}
          </dd>
        </div>
        <div className="rounded-md bg-slate-50 p-2">
          <dt className="text-xs text-slate-600">{t.panjang}</dt>
          <dd className="text-2xl font-bold tabular-nums">
            {ukur.panjangCm !== null ? t.cm(dec(ukur.panjangCm, 1)) : "–"}
          </dd>
        </div>
      </dl>
      <div data-testid="naik" data-trend={trend ?? "none"}>
        <p className="text-xs text-slate-600">{t.trendLabel}</p>
        {trend ? (
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={trend === "naik" ? "good" : "bad"}>{trend === "naik" ? t.naik : t.tidakNaik}</Badge>
            {previous?.beratKg != null && ukur.beratKg !== null ? (
              <span className="text-sm text-slate-700">
                {t.change(
                  `${ukur.beratKg >= previous.beratKg ? "+" : "−"}${dec(Math.abs(ukur.beratKg - previous.beratKg), 1)}`,
                  dec(previous.beratKg, 1),
                  formatDate(previous.tanggalUkur),
                )}
                ; {t.kbm(formatInteger(kbmGrams(umur)), formatInteger(umur))}
              </span>
            ) : null}
          </p>
        ) : (
          <p className="text-sm">{ukur.beratKg === null ? t.noWeight : previous ? t.notLastMonth : t.first}</p>
        )}
      </div>
      <div>
        <h3 className="text-sm font-semibold">{t.zScores}</h3>
        <ul className="mt-1 divide-y divide-slate-100">
          {rows.map(([key, z, cat]) => (
            <li key={key} className="flex items-center justify-between gap-2 py-1 text-sm" data-testid={`z-${key}`}>
              <span>
                <span className="font-medium">{t.short[key]}</span>{" "}
                <span className="text-slate-700 tabular-nums">{z === null ? "–" : dec(z, 2)}</span>
              </span>
              {cat ? (
                <Badge tone={TONE[cat as GrowthCategory] ?? "neutral"}>
                  {CATEGORY_LABELS[cat as GrowthCategory] ?? cat}
                </Badge>
              ) : (
                <span className="text-slate-600">–</span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <div data-testid="tanda" className="space-y-1 text-sm font-medium">
        {flags.kunjunganRumah ? (
          <p className="rounded-md border border-warn-800 bg-warn-50 p-2 text-warn-800">{t.visit}</p>
        ) : null}
        {flags.rujuk ? (
          <p className="rounded-md border border-danger-700 bg-danger-50 p-2 text-danger-700">{t.refer}</p>
        ) : null}
        {!flags.kunjunganRumah && !flags.rujuk ? <p className="text-brand-800">{t.noFlags}</p> : null}
      </div>
    </section>
  );
}
