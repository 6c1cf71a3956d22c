import { RowLink } from "@/components/data-table/row-link";
import { createColumnHelper } from "@tanstack/table-core";
import { DataTable, type Features } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { formatInteger, formatPercent } from "@/lib/format";
import type { DesaScoreRow } from "@/db/queries/scorecard";
import { STATUS_PERIODE_LABELS, scorecardText } from "@/lib/i18n/scorecard";

const helper = createColumnHelper<Features, DesaScoreRow>();
const TONE = { draft: "neutral", diajukan: "warn", disetujui: "good" } as const;
const t = scorecardText.desaTable;

/** Per-desa convergence under a kecamatan/kabupaten; sorting is done by the server from the URL. */
export function DesaScoreTable({
  rows,
  baseHref,
  params,
  query,
}: {
  rows: DesaScoreRow[];
  baseHref: string;
  params: Record<string, string | undefined>;
  query: string;
}) {
  const columns = helper.columns([
    helper.accessor("nama", {
      header: t.nama,
      cell: (i) => <RowLink href={`/wilayah/${i.row.original.kode}/scorecard?${query}`}>{i.getValue()}</RowLink>,
    }),
    helper.accessor("kecamatan", { header: t.kecamatan }),
    helper.display({
      id: "konvergensi",
      header: t.konvergensi,
      cell: (i) =>
        formatPercent(
          i.row.original.ibuDiterima + i.row.original.anakDiterima,
          i.row.original.ibuSeharusnya + i.row.original.anakSeharusnya,
        ),
    }),
    helper.display({
      id: "ibu",
      header: t.ibu,
      cell: (i) => formatPercent(i.row.original.ibuDiterima, i.row.original.ibuSeharusnya),
    }),
    helper.display({
      id: "anak",
      header: t.anak,
      cell: (i) => formatPercent(i.row.original.anakDiterima, i.row.original.anakSeharusnya),
    }),
    helper.accessor("sasaran", { header: t.sasaran, cell: (i) => formatInteger(i.getValue()) }),
    helper.accessor("status", {
      header: t.status,
      cell: (i) => <Badge tone={TONE[i.getValue() ?? "draft"]}>{STATUS_PERIODE_LABELS[i.getValue() ?? "draft"]}</Badge>,
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
        konvergensi: "konvergensi",
        ibu: "ibu",
        anak: "anak",
        sasaran: "sasaran",
        status: "status",
      }}
      rowKey={(r) => r.kode}
      testId="tabel-desa"
    />
  );
}
