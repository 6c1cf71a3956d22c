import Link from "next/link";
import { formatInteger, formatPercent } from "@/lib/format";
import { ANAK_INDICATORS, IBU_INDICATORS, PAUD_INDICATOR } from "@/lib/scorecard/labels";
import type { getScorecard } from "@/db/queries/scorecard";
import { TableScroll } from "@/components/ui/table-scroll";

type Data = Awaited<ReturnType<typeof getScorecard>>;

const th = "border border-slate-300 bg-slate-100 px-2 py-1 text-left font-semibold";
const td = "border border-slate-300 px-2 py-1";
const num = `${td} whitespace-nowrap text-right tabular-nums`;
/** Indicator names get room to read on a phone; the numbers scroll beside them. */
const labelCell = `${td} min-w-48`;

export function Tabel1({ data }: { data: Data }) {
  return (
    <TableScroll><table className="w-full border-collapse text-sm" data-testid="tabel-1">
      <caption className="py-1 text-left font-semibold">Tabel 1. Jumlah sasaran 1.000 HPK</caption>
      <thead>
        <tr>
          <th className={th} scope="col">Sasaran</th>
          <th className={th} scope="col">Jumlah</th>
          <th className={th} scope="col">Berisiko / bermasalah</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th className={td} scope="row">Jumlah rumah tangga 1.000 HPK (JTRT)</th>
          <td className={num}>{formatInteger(data.jtrt)}</td>
          <td className={td}>–</td>
        </tr>
        <tr>
          <th className={td} scope="row">Ibu hamil (KEK/Risti)</th>
          <td className={num}>{formatInteger(data.ibu.n)}</td>
          <td className={num}>{formatInteger(data.ibu.risiko)}</td>
        </tr>
        <tr>
          <th className={td} scope="row">Anak 0–23 bulan (gizi kurang/gizi buruk/stunting)</th>
          <td className={num}>{formatInteger(data.anak.n)}</td>
          <td className={num}>{formatInteger(data.anak.risiko)}</td>
        </tr>
      </tbody>
    </table></TableScroll>
  );
}

export function Tabel2({ data }: { data: Data }) {
  const a = data.anak;
  return (
    <TableScroll><table className="w-full border-collapse text-sm" data-testid="tabel-2">
      <caption className="py-1 text-left font-semibold">Tabel 2. Hasil pengukuran tikar pertumbuhan (deteksi dini stunting)</caption>
      <thead>
        <tr>
          {["Jumlah anak 0–23 bulan", "Hijau (normal)", "Kuning (risiko stunting)", "Merah (terindikasi stunting)", "Tidak diukur"].map((h) => (
            <th key={h} className={th} scope="col">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {[a.n, a.h, a.k, a.m, a.td].map((v, i) => (
            <td key={i} className={num}>{formatInteger(v)}</td>
          ))}
        </tr>
      </tbody>
    </table></TableScroll>
  );
}

export function Tabel3({ data, drill }: { data: Data; drill: (kelompok: string, nomor: number) => string }) {
  const rows = (kelompok: "ibu" | "anak", labels: readonly string[]) =>
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
            <Link href={drill(kelompok, i + 1)} className="text-brand-800 underline underline-offset-2" data-testid={`capaian-${kelompok}-${i + 1}`}>
              {pct}
            </Link>
          </td>
        </tr>
      );
    });
  const head = (
    <tr>
      {["No", "Indikator", "Jumlah Y", "Seharusnya", "%"].map((h) => (
        <th key={h} className={th} scope="col">{h}</th>
      ))}
    </tr>
  );
  return (
    <TableScroll><table className="w-full border-collapse text-sm" data-testid="tabel-3">
      <caption className="py-1 text-left font-semibold">Tabel 3. Kelengkapan konvergensi paket layanan</caption>
      <thead>{head}</thead>
      <tbody>
        <tr><th colSpan={5} className={th} scope="rowgroup">Ibu hamil</th></tr>
        {rows("ibu", IBU_INDICATORS)}
        <tr><th colSpan={5} className={th} scope="rowgroup">Anak 0–23 bulan</th></tr>
        {rows("anak", ANAK_INDICATORS)}
        <tr><th colSpan={5} className={th} scope="rowgroup">PAUD (anak 2–6 tahun, dalam bulan-anak)</th></tr>
        <tr>
          <td className={num}>1</td>
          <td className={labelCell}>{PAUD_INDICATOR}</td>
          <td className={num}>{formatInteger(data.paud.diterima)}</td>
          <td className={num}>{formatInteger(data.paud.seharusnya)}</td>
          <td className={num}>
            <Link href={drill("paud", 1)} className="text-brand-800 underline underline-offset-2">{formatPercent(data.paud.diterima, data.paud.seharusnya)}</Link>
          </td>
        </tr>
      </tbody>
    </table></TableScroll>
  );
}

export function Tabel4({ data }: { data: Data }) {
  const total = { diterima: data.ibu.diterima + data.anak.diterima, seharusnya: data.ibu.seharusnya + data.anak.seharusnya };
  const rows: Array<[string, { diterima: number; seharusnya: number }]> = [
    ["Ibu hamil", data.ibu],
    ["Anak 0–23 bulan", data.anak],
    ["TOTAL (Tingkat Konvergensi Desa)", total],
  ];
  return (
    <TableScroll><table className="w-full border-collapse text-sm" data-testid="tabel-4">
      <caption className="py-1 text-left font-semibold">Tabel 4. Tingkat konvergensi</caption>
      <thead>
        <tr>
          {["Sasaran", "Jumlah diterima", "Jumlah seharusnya", "%"].map((h) => (
            <th key={h} className={th} scope="col">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, r], i) => (
          <tr key={label} className={i === 2 ? "font-bold" : undefined}>
            <th className={td} scope="row">{label}</th>
            <td className={num}>{formatInteger(r.diterima)}</td>
            <td className={num}>{formatInteger(r.seharusnya)}</td>
            <td className={num} data-testid={i === 2 ? "tkd" : undefined}>{formatPercent(r.diterima, r.seharusnya)}</td>
          </tr>
        ))}
      </tbody>
    </table></TableScroll>
  );
}
