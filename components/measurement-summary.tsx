import type { GrowthCategory } from "@/lib/growth/categories";
import { CATEGORY_LABELS } from "@/lib/i18n/growth";
import { formatDate, formatDecimal, formatNumber } from "@/lib/format";
import { pemantauanText } from "@/lib/i18n/pemantauan";

const t = pemantauanText.summary;

/** The columns of a stored measurement this summary shows (a pengukuran row fits). */
export type MeasurementSummaryData = {
  tanggalUkur: string;
  beratKg: number | null;
  panjangCm: number | null;
  panjangKoreksiCm: number | null;
  oedema: boolean;
  haz: number | null;
  waz: number | null;
  whz: number | null;
  baz: number | null;
  kategoriHaz: string | null;
  kategoriWaz: string | null;
  kategoriWhz: string | null;
  kategoriBaz: string | null;
};

const z = (v: number | null) => formatDecimal(v, 2);
const label = (c: string | null) => (c ? CATEGORY_LABELS[c as GrowthCategory] : "–");
const bad = (c: string | null) =>
  c !== null && ["sangat_pendek", "pendek", "bb_sangat_kurang", "bb_kurang", "gizi_buruk", "gizi_kurang"].includes(c);

/** The stored WHO z-scores and Permenkes categories of one measurement. */
export function MeasurementSummary({ ukur }: { ukur: MeasurementSummaryData }) {
  const rows: Array<[string, number | null, string | null]> = [
    [t.rows.haz, ukur.haz, ukur.kategoriHaz],
    [t.rows.waz, ukur.waz, ukur.kategoriWaz],
    [t.rows.whz, ukur.whz, ukur.kategoriWhz],
    [t.rows.baz, ukur.baz, ukur.kategoriBaz],
  ];
  return (
    <section
      aria-labelledby="hasil-ukur"
      className="rounded-lg border border-slate-200 bg-white p-3"
      data-testid="hasil-ukur"
    >
      <h2 id="hasil-ukur" className="font-semibold">
        {t.heading(formatDate(ukur.tanggalUkur))}
      </h2>
      <p className="text-sm text-slate-600">
        {t.sizes(formatNumber(ukur.beratKg), formatNumber(ukur.panjangCm))}
        {ukur.panjangKoreksiCm !== null &&
        ukur.panjangCm !== null &&
        Math.abs(ukur.panjangKoreksiCm - ukur.panjangCm) > 0.01
          ? t.corrected(formatNumber(ukur.panjangKoreksiCm))
          : ""}
        {ukur.oedema ? t.oedema : ""}
      </p>
      <table className="mt-2 w-full text-sm">
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-1 font-medium">
              {t.index}
            </th>
            <th scope="col" className="py-1 font-medium">
              {t.zScore}
            </th>
            <th scope="col" className="py-1 font-medium">
              {t.category}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, value, cat]) => (
            <tr key={name} className="border-t border-slate-100">
              <th scope="row" className="py-1 text-left font-normal">
                {name}
              </th>
              <td className="py-1 tabular-nums">{z(value)}</td>
              <td className={`py-1 font-medium ${bad(cat) ? "text-danger-700" : ""}`}>
                {bad(cat) ? "⚠ " : ""}
                {label(cat)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
