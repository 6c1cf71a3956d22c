import { RowLink } from "@/components/data-table/row-link";
import { createColumnHelper } from "@tanstack/table-core";
import { DataTable, type Features } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { formatInteger, formatPercent, formatRupiah } from "@/lib/format";
import { dashboardText } from "@/lib/i18n/dashboard";

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
  diterima: number;
  seharusnya: number;
  weakest: string | null;
  reported: boolean;
  onTime: boolean;
  paguPerSasaran: number | null;
  approvedQuarters: number;
  quarters: number;
  worstStunting: boolean;
  worstKonvergensi: boolean;
};

const helper = createColumnHelper<Features, DesaTableRow>();
const t = dashboardText.desaTable;

/** Desa table of the district/kecamatan dashboard. Worst-quartile cells carry a text marker, not colour alone. */
export function DesaDashboardTable({
  rows,
  baseHref,
  params,
  query,
}: {
  rows: DesaTableRow[];
  baseHref: string;
  params: Record<string, string | undefined>;
  query: string;
}) {
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
      cell: (i) => formatPercent(i.row.original.anakDiukur, i.row.original.anakPopulasi),
    }),
    helper.display({
      id: "stunting",
      header: t.stunting,
      cell: (i) => (
        <span className={i.row.original.worstStunting ? "font-semibold text-danger-700" : undefined}>
          {formatPercent(i.row.original.stunted, i.row.original.measured)}
          {i.row.original.worstStunting ? t.worstQuartile : ""}
        </span>
      ),
    }),
    helper.display({
      id: "konvergensi",
      header: t.konvergensi,
      cell: (i) => (
        <span className={i.row.original.worstKonvergensi ? "font-semibold text-danger-700" : undefined}>
          {formatPercent(i.row.original.diterima, i.row.original.seharusnya)}
          {i.row.original.worstKonvergensi ? t.worstQuartile : ""}
        </span>
      ),
    }),
    helper.accessor("weakest", {
      header: t.weakest,
      cell: (i) => <span className="text-xs">{i.getValue() ?? t.noValue}</span>,
    }),
    helper.display({
      id: "laporan",
      header: t.laporan,
      cell: (i) =>
        i.row.original.reported ? (
          <Badge tone="good">{i.row.original.onTime ? t.onTime : t.late}</Badge>
        ) : (
          <Badge tone="bad">{t.notReported}</Badge>
        ),
    }),
    helper.accessor("paguPerSasaran", {
      header: t.paguPerSasaran,
      cell: (i) => (i.getValue() === null ? t.noValue : formatRupiah(Math.round(i.getValue()!))),
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
        konvergensi: "konvergensi",
        paguPerSasaran: "pagu",
      }}
      rowKey={(r) => r.kode}
      testId="tabel-desa-dasbor"
    />
  );
}
