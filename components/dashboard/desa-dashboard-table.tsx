import { RowLink } from "@/components/data-table/row-link";
import { createColumnHelper } from "@tanstack/table-core";
import { DataTable, type Features } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { formatInteger, formatPercent, formatRupiah } from "@/lib/format";
import { dashboardText } from "@/lib/i18n/dashboard";
import { REPORT_STATUS_TONE, TIMELINESS_TONE, reportStatus, timelinessStatus } from "@/lib/dashboard/reporting";
import { CaraMenghitungCell } from "@/components/dashboard/cara-menghitung";
import { hasList, type FigureKey, type FigurePart } from "@/lib/indicators/figures";

export type DesaTableRow = {
  kode: string;
  nama: string;
  kecamatan: string;
  sasaran: number;
  anak: number;
  anakDiukur: number;
  anakPopulasi: number;
  measured: number;
  stunted: number;
  measured59: number;
  stunted59: number;
  whzN59: number;
  wasted59: number;
  overweight59: number;
  wazN59: number;
  underweight59: number;
  diterima: number;
  seharusnya: number;
  /** Results behind the convergence figure (its size for ranking). */
  dinilai: number;
  weakest: string | null;
  weakestY: number;
  weakestN: number;
  wajib: number;
  tercatat: number;
  tepatWaktu: number;
  paguPerSasaran: number | null;
  stuntingPagu: number | null;
  /** Targets the desa's budget is divided by (docs/indicators.md §7). */
  sasaranAnggaran: number;
  approvedQuarters: number;
  draftQuarters: number;
  quarters: number;
  worstStunting: boolean;
  worstKonvergensi: boolean;
  unrankedStunting: boolean;
  unrankedKonvergensi: boolean;
};

const helper = createColumnHelper<Features, DesaTableRow>();
const t = dashboardText.desaTable;
const statusText = dashboardText.reportStatus;
const timelinessText = dashboardText.timelinessStatus;

/** Desa table of the district/kecamatan dashboard. Worst-quartile cells carry a text marker, not colour alone.
 * Each percentage opens on its numerator and denominator and, when `rincian` is given (a viewer allowed to see
 * names), the lists behind them. */
export function DesaDashboardTable({
  rows,
  baseHref,
  params,
  query,
  rincian,
}: {
  rows: DesaTableRow[];
  baseHref: string;
  params: Record<string, string | undefined>;
  query: string;
  /** The drill-down list of a figure's part for a desa. */
  rincian?: (kode: string, figure: FigureKey, part: FigurePart) => string;
}) {
  const cell = (
    r: DesaTableRow,
    figure: FigureKey,
    numerator: number,
    denominator: number,
    value: React.ReactNode,
    className?: string,
  ) => (
    <CaraMenghitungCell
      figure={figure}
      numerator={numerator}
      denominator={denominator}
      desa={r.nama}
      value={value}
      className={className}
      links={
        rincian
          ? Object.fromEntries(
              (["pembilang", "penyebut"] as const)
                .filter((p) => hasList(figure, p))
                .map((p) => [p, rincian(r.kode, figure, p)]),
            )
          : undefined
      }
    />
  );
  const columns = helper.columns([
    helper.accessor("nama", {
      header: t.desa,
      cell: (i) => <RowLink href={`/wilayah/${i.row.original.kode}?${query}`}>{i.getValue()}</RowLink>,
    }),
    helper.accessor("kecamatan", { header: t.kecamatan }),
    helper.accessor("sasaran", {
      header: t.sasaran,
      cell: (i) => (
        <RowLink className="font-normal" href={`/wilayah/${i.row.original.kode}/sasaran`}>
          {formatInteger(i.getValue())}
        </RowLink>
      ),
    }),
    helper.display({
      id: "diukur",
      header: t.diukur,
      cell: (i) =>
        cell(
          i.row.original,
          "anak-diukur",
          i.row.original.anakDiukur,
          i.row.original.anakPopulasi,
          formatPercent(i.row.original.anakDiukur, i.row.original.anakPopulasi),
        ),
    }),
    helper.display({
      id: "stunting",
      header: t.stunting,
      cell: (i) =>
        cell(
          i.row.original,
          "stunting",
          i.row.original.stunted,
          i.row.original.measured,
          <>
            {formatPercent(i.row.original.stunted, i.row.original.measured)}
            {i.row.original.worstStunting
              ? `${t.worstQuartile}${t.counts(formatInteger(i.row.original.stunted), formatInteger(i.row.original.measured))}`
              : ""}
            {i.row.original.unrankedStunting ? t.unranked(formatInteger(i.row.original.measured)) : ""}
          </>,
          i.row.original.worstStunting ? "font-semibold text-danger-700" : undefined,
        ),
    }),
    ...(
      [
        ["stunting059", t.stunting059, "stunting-0-59", "stunted59", "measured59"],
        ["wasting059", t.wasting059, "wasting-0-59", "wasted59", "whzN59"],
        ["underweight059", t.underweight059, "underweight-0-59", "underweight59", "wazN59"],
        ["overweight059", t.overweight059, "overweight-0-59", "overweight59", "whzN59"],
      ] as const
    ).map(([id, header, figure, n, of]) =>
      helper.display({
        id,
        header,
        cell: (i) =>
          cell(
            i.row.original,
            figure,
            i.row.original[n],
            i.row.original[of],
            formatPercent(i.row.original[n], i.row.original[of]),
          ),
      }),
    ),
    helper.display({
      id: "konvergensi",
      header: t.konvergensi,
      cell: (i) =>
        cell(
          i.row.original,
          "konvergensi",
          i.row.original.diterima,
          i.row.original.seharusnya,
          <>
            {formatPercent(i.row.original.diterima, i.row.original.seharusnya)}
            {i.row.original.worstKonvergensi
              ? `${t.worstQuartile}${t.counts(formatInteger(i.row.original.diterima), formatInteger(i.row.original.seharusnya))}`
              : ""}
            {i.row.original.unrankedKonvergensi ? t.unranked(formatInteger(i.row.original.dinilai)) : ""}
            {i.row.original.draftQuarters > 0 ? (
              <>
                {" "}
                <Badge>{t.draft}</Badge>
              </>
            ) : null}
          </>,
          i.row.original.worstKonvergensi ? "font-semibold text-danger-700" : undefined,
        ),
    }),
    helper.accessor("weakest", {
      header: t.weakest,
      cell: (i) => {
        const r = i.row.original;
        return (
          <span className="text-xs">
            {r.weakest ? t.weakestCounts(r.weakest, formatInteger(r.weakestY), formatInteger(r.weakestN)) : t.noValue}
          </span>
        );
      },
    }),
    helper.display({
      id: "laporan",
      header: t.laporan,
      cell: (i) => {
        const r = i.row.original;
        const status = reportStatus(r);
        return (
          <span className="whitespace-nowrap">
            {r.wajib
              ? cell(
                  r,
                  "kelengkapan-laporan",
                  r.tercatat,
                  r.wajib,
                  <span className="tabular-nums">
                    {t.laporanCount(
                      formatPercent(r.tercatat, r.wajib),
                      formatInteger(r.tercatat),
                      formatInteger(r.wajib),
                    )}
                  </span>,
                )
              : null}
            <Badge tone={REPORT_STATUS_TONE[status]}>{statusText[status]}</Badge>
          </span>
        );
      },
    }),
    helper.display({
      id: "tepat",
      header: t.tepatWaktu,
      cell: (i) => {
        const r = i.row.original;
        if (!r.wajib) return t.noValue;
        const status = timelinessStatus(r);
        return (
          <span className="whitespace-nowrap">
            {r.tercatat
              ? cell(
                  r,
                  "ketepatan-waktu",
                  r.tepatWaktu,
                  r.tercatat,
                  <span className="tabular-nums">
                    {t.tepatWaktuCount(
                      formatPercent(r.tepatWaktu, r.tercatat),
                      formatInteger(r.tepatWaktu),
                      formatInteger(r.tercatat),
                    )}
                  </span>,
                )
              : null}
            <Badge tone={TIMELINESS_TONE[status]}>{timelinessText[status]}</Badge>
          </span>
        );
      },
    }),
    helper.accessor("paguPerSasaran", {
      header: t.paguPerSasaran,
      cell: (i) =>
        i.getValue() === null
          ? t.noValue
          : cell(
              i.row.original,
              "pagu-per-sasaran",
              i.row.original.stuntingPagu ?? 0,
              i.row.original.sasaranAnggaran,
              formatRupiah(i.getValue()!),
            ),
    }),
    helper.display({
      id: "persetujuan",
      header: t.approvedQuarters,
      cell: (i) => `${i.row.original.approvedQuarters}/${i.row.original.quarters}`,
    }),
  ]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={t.caption}
      baseHref={baseHref}
      params={params}
      sortKeys={{
        nama: "nama",
        kecamatan: "kecamatan",
        sasaran: "sasaran",
        diukur: "diukur",
        stunting: "stunting",
        stunting059: "stunting059",
        wasting059: "wasting059",
        underweight059: "underweight059",
        overweight059: "overweight059",
        konvergensi: "konvergensi",
        laporan: "laporan",
        tepat: "tepat",
        paguPerSasaran: "pagu",
      }}
      rowKey={(r) => r.kode}
      testId="tabel-desa-dasbor"
    />
  );
}
