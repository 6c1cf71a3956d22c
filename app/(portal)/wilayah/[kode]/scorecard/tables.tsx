import { formatInteger, formatPercent } from "@/lib/format";
import { ANAK_INDICATORS, IBU_INDICATORS, PAUD_INDICATOR } from "@/lib/scorecard/indicators";
import type { getScorecard } from "@/db/queries/scorecard";
import { TableScroll } from "@/components/ui/table-scroll";
import { scorecardText } from "@/lib/i18n/scorecard";
import type { JenisSasaran } from "@/lib/enums";

const t = scorecardText.tables;

type Data = Awaited<ReturnType<typeof getScorecard>>;

// Borders and padding of every cell come from `.grid-table` (app/globals.css): short class names keep the HTML and
// payload small.
const th = "head";
const num = "num";
/** Indicator names get room to read on a phone; the numbers scroll beside them. */
const labelCell = "min-w-48";

export function Tabel1({ data }: { data: Data }) {
  return (
    <TableScroll>
      <table className="grid-table w-full border-collapse text-sm" data-testid="tabel-1">
        <caption className="py-1 text-left font-semibold">{t.tabel1.caption}</caption>
        <thead>
          <tr>
            <th className={th} scope="col">
              {t.tabel1.head.sasaran}
            </th>
            <th className={th} scope="col">
              {t.tabel1.head.jumlah}
            </th>
            <th className={th} scope="col">
              {t.tabel1.head.risiko}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t.tabel1.jtrt}</th>
            <td className={num}>{formatInteger(data.jtrt)}</td>
            <td>{t.tabel1.noValue}</td>
          </tr>
          <tr>
            <th scope="row">{t.tabel1.ibu}</th>
            <td className={num}>{formatInteger(data.ibu.n)}</td>
            <td className={num}>{formatInteger(data.ibu.risiko)}</td>
          </tr>
          <tr>
            <th scope="row">{t.tabel1.anak}</th>
            <td className={num}>{formatInteger(data.anak.n)}</td>
            <td className={num}>{formatInteger(data.anak.risiko)}</td>
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}

export function Tabel2({ data }: { data: Data }) {
  const a = data.anak;
  return (
    <TableScroll>
      <table className="grid-table w-full border-collapse text-sm" data-testid="tabel-2">
        <caption className="py-1 text-left font-semibold">{t.tabel2.caption}</caption>
        <thead>
          <tr>
            {t.tabel2.head.map((h) => (
              <th key={h} className={th} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {[a.n, a.h, a.k, a.m, a.td].map((v, i) => (
              <td key={i} className={num}>
                {formatInteger(v)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}

export function Tabel3({ data, drill }: { data: Data; drill: (kelompok: string, nomor: number) => string }) {
  const rows = (kelompok: JenisSasaran, labels: readonly string[]) =>
    labels.map((label, i) => {
      const c = data.indicators.find((r) => r.kelompok === kelompok && r.nomor === i + 1) ?? { y: 0, ts: 0, n: 0 };
      const pct = formatPercent(c.y, c.n - c.ts);
      return (
        <tr key={`${kelompok}-${i}`}>
          <td className={num}>{i + 1}</td>
          <td className={labelCell}>{label}</td>
          <td className={num}>{formatInteger(c.y)}</td>
          <td className={num}>{formatInteger(c.n - c.ts)}</td>
          <td className={num}>
            <a
              href={drill(kelompok, i + 1)}
              className="row-link font-normal"
              data-testid={`capaian-${kelompok}-${i + 1}`}
            >
              {pct}
            </a>
          </td>
        </tr>
      );
    });
  const head = (
    <tr>
      {t.tabel3.head.map((h) => (
        <th key={h} className={th} scope="col">
          {h}
        </th>
      ))}
    </tr>
  );
  return (
    <TableScroll>
      <table className="grid-table w-full border-collapse text-sm" data-testid="tabel-3">
        <caption className="py-1 text-left font-semibold">{t.tabel3.caption}</caption>
        <thead>{head}</thead>
        <tbody>
          <tr>
            <th colSpan={5} className={th} scope="rowgroup">
              {t.tabel3.ibu}
            </th>
          </tr>
          {rows("ibu", IBU_INDICATORS)}
          <tr>
            <th colSpan={5} className={th} scope="rowgroup">
              {t.tabel3.anak}
            </th>
          </tr>
          {rows("anak", ANAK_INDICATORS)}
          <tr>
            <th colSpan={5} className={th} scope="rowgroup">
              {t.tabel3.paud}
            </th>
          </tr>
          <tr>
            <td className={num}>1</td>
            <td className={labelCell}>{PAUD_INDICATOR}</td>
            <td className={num}>{formatInteger(data.paud.diterima)}</td>
            <td className={num}>{formatInteger(data.paud.seharusnya)}</td>
            <td className={num}>
              <a href={drill("paud", 1)} className="row-link font-normal">
                {formatPercent(data.paud.diterima, data.paud.seharusnya)}
              </a>
            </td>
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}

export function Tabel4({ data }: { data: Data }) {
  const total = {
    diterima: data.ibu.diterima + data.anak.diterima,
    seharusnya: data.ibu.seharusnya + data.anak.seharusnya,
  };
  const rows: Array<[string, { diterima: number; seharusnya: number }]> = [
    [t.tabel4.ibu, data.ibu],
    [t.tabel4.anak, data.anak],
    [t.tabel4.total, total],
  ];
  return (
    <TableScroll>
      <table className="grid-table w-full border-collapse text-sm" data-testid="tabel-4">
        <caption className="py-1 text-left font-semibold">{t.tabel4.caption}</caption>
        <thead>
          <tr>
            {t.tabel4.head.map((h) => (
              <th key={h} className={th} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, r], i) => (
            <tr key={label} className={i === 2 ? "font-bold" : undefined}>
              <th scope="row">{label}</th>
              <td className={num}>{formatInteger(r.diterima)}</td>
              <td className={num}>{formatInteger(r.seharusnya)}</td>
              <td className={num} data-testid={i === 2 ? "tkd" : undefined}>
                {formatPercent(r.diterima, r.seharusnya)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
