import { Fragment } from "react";
import { GrowthChart } from "@/components/charts/lazy";
import { chartMonths, growthChartData } from "@/lib/growth/curves";
import type { GrowthTables } from "@/lib/growth/lms";
import type { GrowthCategory } from "@/lib/growth/categories";
import { CATEGORY_LABELS } from "@/lib/i18n/growth";
import { CARA_UKUR_LABELS } from "@/lib/i18n/pemantauan";
import { formatDate, formatDecimal } from "@/lib/format";
import type { Pengukuran } from "@/db/schema";
import { sasaranText } from "@/lib/i18n/sasaran";
import type { JenisKelamin } from "@/lib/enums";

const t = sasaranText.growth;

const num = (v: number | null, d = 1) => formatDecimal(v, d);
const cat = (c: string | null) => (c ? CATEGORY_LABELS[c as GrowthCategory] : "–");

type Shown = Pick<
  Pengukuran,
  | "tanggalUkur"
  | "umurHari"
  | "beratKg"
  | "panjangCm"
  | "caraUkur"
  | "panjangKoreksiCm"
  | "haz"
  | "kategoriHaz"
  | "waz"
  | "kategoriWaz"
  | "whz"
  | "kategoriWhz"
  | "baz"
  | "kategoriBaz"
>;

/** The z-scores of a measurement card: [index, z, category]. */
const zRows = (m: Shown) =>
  [
    ["haz", m.haz, m.kategoriHaz],
    ["waz", m.waz, m.kategoriWaz],
    ["whz", m.whz, m.kategoriWhz],
    ["baz", m.baz, m.kategoriBaz],
  ] as const;

/** The size as measured: the length/height typed (with how it was measured); an older row without it shows the
 * corrected value the charts use. */
const measured = (m: Shown) => m.panjangCm ?? m.panjangKoreksiCm;

/** Length/height-for-age, weight-for-age and weight-for-length/height over the WHO curves, to 60 months for a child
 * measured after two (lib/growth/curves.ts), each with a table alternative listing every measurement (2B and
 * balita). The tables are handed in: the server reads them from disk, the offline shell has the ones it
 * downloaded. */
export function GrowthSection({
  sex,
  measurements,
  tables,
}: {
  sex: JenisKelamin;
  measurements: Shown[];
  tables: GrowthTables;
}) {
  const data = growthChartData(tables, sex === "L" ? 1 : 2, measurements);
  return (
    <section aria-labelledby="grafik" className="space-y-4">
      <h2 id="grafik" className="text-lg font-semibold">
        {t.heading(sex === "L" ? t.standardL : t.standardP)}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2" data-testid="grafik-pertumbuhan" data-max-bulan={data.maxMonths}>
        <figure className="rounded-lg border border-slate-200 bg-white p-3">
          <figcaption className="mb-2 font-medium">{t.lengthForAge}</figcaption>
          <GrowthChart
            title={t.lengthForAge}
            unit="cm"
            months={data.length.x}
            lines={data.length.lines}
            points={data.lengthPoints}
          />
        </figure>
        <figure className="rounded-lg border border-slate-200 bg-white p-3">
          <figcaption className="mb-2 font-medium">{t.weightForAge}</figcaption>
          <GrowthChart
            title={t.weightForAge}
            unit="kg"
            months={data.weight.x}
            lines={data.weight.lines}
            points={data.weightPoints}
          />
        </figure>
        {data.forLength.map((c) => {
          const title = c.standing ? t.weightForHeight : t.weightForLength;
          return (
            <figure key={String(c.standing)} className="rounded-lg border border-slate-200 bg-white p-3">
              <figcaption className="mb-2 font-medium">{title}</figcaption>
              <GrowthChart
                title={title}
                unit="kg"
                xAxis={t.lengthAxis}
                months={c.curves.x}
                lines={c.curves.lines}
                points={c.points}
              />
            </figure>
          );
        })}
      </div>
      {/* On a phone the rows are cards, so the z-scores need no sideways scrolling; the table from 640 px on. */}
      <ul className="space-y-2 sm:hidden" aria-label={t.tableCaption} data-testid="kartu-pengukuran">
        {measurements.map((m) => (
          <li key={m.tanggalUkur} className="rounded-lg border border-slate-200 bg-white p-2 text-sm">
            <p className="font-medium">{t.cardTitle(formatDate(m.tanggalUkur), num(chartMonths(m.umurHari)))}</p>
            <p className="text-slate-700">
              {t.cardSizes(num(m.beratKg), num(measured(m)))}
              {m.caraUkur ? <> · {CARA_UKUR_LABELS[m.caraUkur]}</> : null}
            </p>
            <dl className="mt-1 grid grid-cols-[auto_auto_1fr] gap-x-3">
              {zRows(m).map(([k, z, c]) => (
                <div key={k} className="contents">
                  <dt className="font-medium">{t.cardZ[k]}</dt>
                  <dd className="tabular-nums">{num(z, 2)}</dd>
                  <dd>{c ? cat(c) : ""}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white sm:block">
        <table className="min-w-full text-sm" data-testid="tabel-pengukuran">
          <caption className="p-2 text-left font-medium">{t.tableCaption}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              {t.tableHead.map((h) => (
                <th key={h} scope="col" className="px-2 py-1 font-semibold whitespace-nowrap">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measurements.map((m) => (
              <tr key={m.tanggalUkur} className="border-t border-slate-100">
                <td className="px-2 py-1 whitespace-nowrap">{formatDate(m.tanggalUkur)}</td>
                <td className="px-2 py-1">{num(chartMonths(m.umurHari))}</td>
                <td className="px-2 py-1">{num(m.beratKg)}</td>
                <td className="px-2 py-1">{num(measured(m))}</td>
                <td className="px-2 py-1">{m.caraUkur ? CARA_UKUR_LABELS[m.caraUkur] : "–"}</td>
                {zRows(m).map(([k, z, c]) => (
                  <Fragment key={k}>
                    <td className="px-2 py-1">{num(z, 2)}</td>
                    <td className="px-2 py-1">{cat(c)}</td>
                  </Fragment>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
