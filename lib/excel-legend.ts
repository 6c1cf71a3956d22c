import { STUNTING_TAGS, type KelompokKonvergensi } from "@/lib/enums";
import { INDICATORS } from "@/lib/scorecard/indicators";
import { INDICATOR_KELOMPOK_LABELS, NILAI_LABELS } from "@/lib/i18n/scorecard";
import { STATUS_GIZI_LABELS, STATUS_KEHAMILAN_LABELS } from "@/lib/i18n/pemantauan";
import { TAG_LABELS } from "@/lib/i18n/apbdes";
import { excelText } from "@/lib/i18n/excel";
import { balitaEksporText } from "@/lib/i18n/balita-ekspor";
import type { LegendSection } from "./excel-report";

/* The blocks of the "Keterangan" sheet, each read from the product's own definitions (the indicator names of
 * lib/scorecard/indicators.ts, the label maps of lib/i18n): never a second copy of the texts. */

const t = excelText.legend;

/** How an export writes an indicator: "Ind. 3" (3A/3B column), "Ibu hamil 3" (Tabel 3 row), "ibu:3" (APBDes line). */
export type IndicatorCode = "column" | "row" | "key";

const codeOf = (i: (typeof INDICATORS)[number], how: IndicatorCode) =>
  how === "key"
    ? i.key
    : how === "column"
      ? t.indicatorCode(t.columnPrefix, i.nomor)
      : t.indicatorCode(t.prefix[i.kelompok], i.nomor);

/** The indicators of one group (3A: ibu, 3B: anak, PAUD), numbered as the export writes them. */
export function indicatorLegend(kelompok: KelompokKonvergensi, how: IndicatorCode): LegendSection {
  return {
    title:
      how === "column"
        ? t.indicatorsColumns(INDICATOR_KELOMPOK_LABELS[kelompok])
        : t.indicators(INDICATOR_KELOMPOK_LABELS[kelompok]),
    entries: INDICATORS.filter((i) => i.kelompok === kelompok).map((i) => [codeOf(i, how), i.label] as const),
  };
}

export const nilaiLegend = (): LegendSection => ({
  title: t.nilai,
  entries: Object.entries(NILAI_LABELS).map(([code, label]) => [code, label] as const),
});

export const statusIbuLegend = (): LegendSection => ({
  title: t.statusIbu,
  entries: Object.entries(STATUS_KEHAMILAN_LABELS).map(([code, label]) => [code, label] as const),
});

export const statusGiziLegend = (): LegendSection => ({
  title: t.statusGizi,
  entries: Object.entries(STATUS_GIZI_LABELS).map(([code, label]) => [code, label] as const),
});

export const stuntingTagLegend = (): LegendSection => ({
  title: t.stuntingTag,
  entries: STUNTING_TAGS.map((code) => [code, TAG_LABELS[code]] as const),
});

/** The growth indices the balita exports abbreviate in their headings (TB/U, BB/U, BB/TB, IMT/U). */
export const growthIndexLegend = (): LegendSection => ({
  title: balitaEksporText.legend.title,
  entries: balitaEksporText.legend.entries,
});
