import { GrowthChart } from "@/components/charts/lazy";
import { lengthCurves, weightCurves } from "@/lib/growth/curves";
import type { GrowthTables } from "@/lib/growth/lms";
import type { GrowthCategory } from "@/lib/growth/categories";
import { CATEGORY_LABELS } from "@/lib/i18n/growth";
import { formatDate, formatDecimal } from "@/lib/format";
import type { Pengukuran } from "@/db/schema";
import { sasaranText } from "@/lib/i18n/sasaran";
import type { JenisKelamin } from "@/lib/enums";

const t = sasaranText.growth;

const num = (v: number | null, d = 1) => formatDecimal(v, d);

type Shown = Pick<
  Pengukuran,
  "tanggalUkur" | "umurHari" | "beratKg" | "panjangKoreksiCm" | "haz" | "kategoriHaz" | "waz" | "whz" | "kategoriWhz"
>;

/** The z-scores of a measurement card: [index, z, category]. */
const zRows = (m: Shown) =>
  [
    ["haz", m.haz, m.kategoriHaz],
    ["waz", m.waz, null],
    ["whz", m.whz, m.kategoriWhz],
  ] as const;

/** Length-for-age and weight-for-age over the WHO curves, each with a table alternative. The tables are handed in:
 * the server reads them from disk, the offline shell has the ones it downloaded. */
export function GrowthSection({
  sex,
  measurements,
  tables,
}: {
  sex: JenisKelamin;
  measurements: Shown[];
  tables: GrowthTables;
}) {
  const code = sex === "L" ? 1 : 2;
  const months = (days: number) => Math.round((days / 30.4375) * 10) / 10;
  const maxMonths = Math.max(24, Math.ceil(Math.max(0, ...measurements.map((m) => months(m.umurHari)))) + 2);
  const len = lengthCurves(tables, code, maxMonths);
  const wt = weightCurves(tables, code, maxMonths);
  const lenPoints = measurements
    .filter((m) => m.panjangKoreksiCm !== null)
    .map((m) => ({ x: months(m.umurHari), y: m.panjangKoreksiCm! }));
  const wtPoints = measurements
    .filter((m) => m.beratKg !== null)
    .map((m) => ({ x: months(m.umurHari), y: m.beratKg! }));
  return (
    <section aria-labelledby="grafik" className="space-y-4">
      <h2 id="grafik" className="text-lg font-semibold">
        {t.heading(sex === "L" ? t.standardL : t.standardP)}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <figure className="rounded-lg border border-slate-200 bg-white p-3">
          <figcaption className="mb-2 font-medium">{t.lengthForAge}</figcaption>
          <GrowthChart title={t.lengthForAge} unit="cm" months={len.months} lines={len.lines} points={lenPoints} />
        </figure>
        <figure className="rounded-lg border border-slate-200 bg-white p-3">
          <figcaption className="mb-2 font-medium">{t.weightForAge}</figcaption>
          <GrowthChart title={t.weightForAge} unit="kg" months={wt.months} lines={wt.lines} points={wtPoints} />
        </figure>
      </div>
      {/* On a phone the rows are cards, so the z-scores need no sideways scrolling; the table from 640 px on. */}
      <ul className="space-y-2 sm:hidden" aria-label={t.tableCaption} data-testid="kartu-pengukuran">
        {measurements.map((m) => (
          <li key={m.tanggalUkur} className="rounded-lg border border-slate-200 bg-white p-2 text-sm">
            <p className="font-medium">{t.cardTitle(formatDate(m.tanggalUkur), num(months(m.umurHari)))}</p>
            <p className="text-slate-700">{t.cardSizes(num(m.beratKg), num(m.panjangKoreksiCm))}</p>
            <dl className="mt-1 grid grid-cols-[auto_auto_1fr] gap-x-3">
              {zRows(m).map(([k, z, cat]) => (
                <div key={k} className="contents">
                  <dt className="font-medium">{t.cardZ[k]}</dt>
                  <dd className="tabular-nums">{num(z, 2)}</dd>
                  <dd>{cat ? CATEGORY_LABELS[cat as GrowthCategory] : ""}</dd>
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
                <td className="px-2 py-1">{num(months(m.umurHari))}</td>
                <td className="px-2 py-1">{num(m.beratKg)}</td>
                <td className="px-2 py-1">{num(m.panjangKoreksiCm)}</td>
                <td className="px-2 py-1">{num(m.haz, 2)}</td>
                <td className="px-2 py-1">{m.kategoriHaz ? CATEGORY_LABELS[m.kategoriHaz as GrowthCategory] : "–"}</td>
                <td className="px-2 py-1">{num(m.waz, 2)}</td>
                <td className="px-2 py-1">{num(m.whz, 2)}</td>
                <td className="px-2 py-1">{m.kategoriWhz ? CATEGORY_LABELS[m.kategoriWhz as GrowthCategory] : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
