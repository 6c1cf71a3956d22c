import { formatInteger, formatPercent } from "@/lib/format";
import {
  SKDN_GROUPS,
  SKDN_LINES,
  SKDN_RATIOS,
  skdnRatio,
  type SkdnGroup,
  type SkdnTable as Table,
} from "@/lib/pemantauan/skdn";
import {
  SKDN_CODES,
  SKDN_GROUP_LABELS,
  SKDN_LINE_LABELS,
  SKDN_RATIO_CODES,
  SKDN_RATIO_LABELS,
  skdnText,
} from "@/lib/i18n/skdn";
import { TableScroll } from "@/components/ui/table-scroll";

const t = skdnText.page;
const TH = "border border-slate-500 px-2 py-1 text-left font-semibold bg-slate-100 print:bg-transparent";
const TD = "border border-slate-500 px-2 py-1 align-top";
const NUM = `${TD} text-right tabular-nums`;

/** The register's summary: the lines down, the age groups across, then the three ratios. */
export function SkdnSummary({ table }: { table: Table }) {
  return (
    <TableScroll className="print:overflow-visible">
      <table className="w-full border-collapse text-sm print:text-[9.5pt]" data-testid="skdn-ringkasan">
        <thead>
          <tr>
            <th className={TH}>{t.codeHead}</th>
            <th className={TH}>{t.lineHead}</th>
            {SKDN_GROUPS.map((g) => (
              <th key={g} className={`${TH} text-right`}>
                {SKDN_GROUP_LABELS[g]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SKDN_LINES.map((l) => (
            <tr key={l} data-testid={`skdn-${l}`}>
              <td className={`${TD} font-semibold`}>{SKDN_CODES[l]}</td>
              <td className={TD}>{SKDN_LINE_LABELS[l]}</td>
              {SKDN_GROUPS.map((g) => (
                <td key={g} className={NUM} data-kelompok={g}>
                  {formatInteger(table[g][l])}
                </td>
              ))}
            </tr>
          ))}
          {SKDN_RATIOS.map((r) => (
            <tr key={r} data-testid={`skdn-${r}`}>
              <td className={`${TD} font-semibold`}>{SKDN_RATIO_CODES[r]}</td>
              <td className={TD}>{SKDN_RATIO_LABELS[r]}</td>
              {SKDN_GROUPS.map((g) => (
                <td key={g} className={NUM} data-kelompok={g}>
                  {formatPercent(...skdnRatio(table[g], r))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** One age group for the desa: one row per posyandu, then the desa total. */
export function SkdnPerPosyandu({
  group,
  rows,
  total,
}: {
  group: SkdnGroup;
  rows: ReadonlyArray<{ id: number; nama: string; table: Table }>;
  total: Table;
}) {
  const cells = (table: Table) => (
    <>
      {SKDN_LINES.map((l) => (
        <td key={l} className={NUM}>
          {formatInteger(table[group][l])}
        </td>
      ))}
      {SKDN_RATIOS.map((r) => (
        <td key={r} className={NUM}>
          {formatPercent(...skdnRatio(table[group], r))}
        </td>
      ))}
    </>
  );
  return (
    <TableScroll className="print:overflow-visible">
      <table className="w-full border-collapse text-sm print:text-[8.5pt]" data-testid={`skdn-posyandu-${group}`}>
        <thead>
          <tr>
            <th className={TH}>{t.posyanduHead}</th>
            {SKDN_LINES.map((l) => (
              <th key={l} className={`${TH} text-right`} title={SKDN_LINE_LABELS[l]}>
                {SKDN_CODES[l]}
              </th>
            ))}
            {SKDN_RATIOS.map((r) => (
              <th key={r} className={`${TH} text-right`} title={SKDN_RATIO_LABELS[r]}>
                {SKDN_RATIO_CODES[r]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} className="break-inside-avoid">
              <td className={TD}>{p.nama}</td>
              {cells(p.table)}
            </tr>
          ))}
          <tr className="font-semibold">
            <td className={TD}>{t.total}</td>
            {cells(total)}
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}
