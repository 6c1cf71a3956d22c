import "server-only";
import { Workbook } from "exceljs";
import { formatMonth } from "@/lib/format";
import { commonText } from "@/lib/i18n/common";
import {
  SKDN_CODES,
  SKDN_GROUP_LABELS,
  SKDN_LINE_LABELS,
  SKDN_RATIO_CODES,
  SKDN_RATIO_LABELS,
  skdnText,
} from "@/lib/i18n/skdn";
import {
  PERCENT_NUMFMT,
  addLegendSheet,
  addReportSheet,
  excelDate,
  fraction,
  regionLabel,
  type ReportColumn,
} from "@/lib/excel-report";
import {
  SKDN_GROUPS,
  SKDN_LINES,
  SKDN_NAME_LINES,
  SKDN_RATIOS,
  namesOf,
  skdnRatio,
  type SkdnChild,
  type SkdnTable,
} from "./skdn";

const t = skdnText.workbook;

export type SkdnWorkbookInput = {
  desa: { kode: string; nama: string };
  /** Kecamatan and kabupaten lines under the title (trailNotes). */
  notes: string[];
  /** YYYY-MM. */
  bulan: string;
  /** The chosen posyandu's name, or null for the whole desa. */
  posyandu: string | null;
  total: SkdnTable;
  /** Per posyandu (the desa view); empty for one posyandu. */
  perPosyandu: ReadonlyArray<{ nama: string; table: SkdnTable }>;
  children: readonly SkdnChild[];
  posyanduNames: ReadonlyMap<number, string>;
  printed: string;
};

/** The SKDN as .xlsx: the summary (lines × age groups, then the three ratios as percentages), one row per posyandu
 * and age group for the desa, the names behind N, T, 2T and BGM, and the legend of the line codes. */
export function buildSkdnWorkbook(x: SkdnWorkbookInput): Workbook {
  const wb = new Workbook();
  wb.creator = commonText.app.name;
  wb.created = new Date();
  const p = skdnText.page;
  const notes = [...x.notes, ...(x.posyandu ? [t.posyanduNote(x.posyandu)] : [])];
  const common = { period: formatMonth(x.bulan), notes, printed: x.printed };
  const groupCols: ReportColumn[] = SKDN_GROUPS.map((g) => ({ header: SKDN_GROUP_LABELS[g], format: "integer" }));

  const { sheet, headerRow } = addReportSheet(wb, {
    name: t.sheet,
    title: `${t.title} — ${regionLabel(x.desa.nama, x.desa.kode)}`,
    ...common,
    columns: [{ header: p.codeHead }, { header: p.lineHead }, ...groupCols],
    rows: [
      ...SKDN_LINES.map((l) => [SKDN_CODES[l], SKDN_LINE_LABELS[l], ...SKDN_GROUPS.map((g) => x.total[g][l])]),
      ...SKDN_RATIOS.map((r) => [
        SKDN_RATIO_CODES[r],
        SKDN_RATIO_LABELS[r],
        ...SKDN_GROUPS.map((g) => fraction(...skdnRatio(x.total[g], r))),
      ]),
    ],
  });
  // The ratio rows are fractions shown as percentages (docs/excel-reports.md).
  for (let i = 0; i < SKDN_RATIOS.length; i++) {
    const row = sheet.getRow(headerRow + SKDN_LINES.length + 1 + i);
    for (let c = 3; c <= 2 + SKDN_GROUPS.length; c++) row.getCell(c).numFmt = PERCENT_NUMFMT;
  }

  if (x.perPosyandu.length) {
    addReportSheet(wb, {
      name: t.perPosyanduSheet,
      title: `${t.perPosyanduTitle} — ${regionLabel(x.desa.nama, x.desa.kode)}`,
      ...common,
      landscape: true,
      columns: [
        { header: p.posyanduHead },
        { header: t.kelompokHead },
        ...SKDN_LINES.map((l): ReportColumn => ({ header: SKDN_CODES[l], format: "integer" })),
        ...SKDN_RATIOS.map((r): ReportColumn => ({ header: SKDN_RATIO_LABELS[r], format: "percent" })),
      ],
      rows: x.perPosyandu.flatMap((row) =>
        SKDN_GROUPS.map((g) => [
          row.nama,
          SKDN_GROUP_LABELS[g],
          ...SKDN_LINES.map((l) => row.table[g][l]),
          ...SKDN_RATIOS.map((r) => fraction(...skdnRatio(row.table[g], r))),
        ]),
      ),
    });
  }

  addReportSheet(wb, {
    name: t.namesSheet,
    title: `${t.namesTitle} — ${regionLabel(x.desa.nama, x.desa.kode)}`,
    ...common,
    columns: [
      { header: p.codeHead },
      { header: t.namaHead },
      { header: t.tanggalLahirHead, format: "date" },
      { header: t.kelompokHead },
      { header: p.posyanduHead },
    ],
    rows: SKDN_NAME_LINES.flatMap((l) =>
      namesOf(x.children, l).map((c) => [
        SKDN_CODES[l],
        c.nama,
        excelDate(c.tanggalLahir),
        SKDN_GROUP_LABELS[c.kelompok],
        x.posyanduNames.get(c.posyanduId) ?? "",
      ]),
    ),
  });

  addLegendSheet(wb, [
    {
      title: t.legendLines,
      entries: [
        ...SKDN_LINES.map((l) => [SKDN_CODES[l], SKDN_LINE_LABELS[l]] as const),
        ...SKDN_RATIOS.map((r) => [SKDN_RATIO_CODES[r], SKDN_RATIO_LABELS[r]] as const),
        ["", p.definitionsNote] as const,
      ],
    },
  ]);
  return wb;
}
