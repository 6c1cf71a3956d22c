import { RowLink } from "@/components/data-table/row-link";
import { createColumnHelper } from "@tanstack/table-core";
import { DataTable, type Features } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { formatPercent, formatRupiah } from "@/lib/format";
import type { RecapRow } from "@/lib/apbdes/recap";
import { paguPerSasaran } from "@/lib/apbdes/totals";
import { STATUS_LABELS, apbdesText } from "@/lib/i18n/apbdes";

const t = apbdesText.recapTable;

const helper = createColumnHelper<Features, RecapRow>();

/** Per-desa recap; sorting links change the URL and the server sorts (works without JavaScript). */
export function RecapTable({
  rows,
  tahun,
  baseHref,
  params,
  showKecamatan,
}: {
  rows: RecapRow[];
  tahun: number;
  baseHref: string;
  params: Record<string, string | undefined>;
  showKecamatan: boolean;
}) {
  const columns = helper.columns([
    helper.accessor("nama", {
      header: t.desa,
      cell: (info) => (
        <RowLink href={`/wilayah/${info.row.original.kode}/apbdes?tahun=${tahun}`} className="whitespace-nowrap">
          {info.getValue()}
        </RowLink>
      ),
    }),
    ...(showKecamatan ? [helper.accessor("kecamatan", { header: t.kecamatan })] : []),
    helper.accessor("status", {
      header: t.status,
      cell: (info) => {
        const s = info.getValue();
        const pending = info.row.original.pending;
        return (
          <span className="flex flex-wrap gap-1 whitespace-nowrap">
            {s ? (
              <Badge tone={s === "disetujui" ? "good" : s === "diajukan" ? "info" : "warn"}>{STATUS_LABELS[s]}</Badge>
            ) : pending ? null : (
              <Badge>{t.noApbdes}</Badge>
            )}
            {pending ? <Badge>{t.pending(STATUS_LABELS[pending])}</Badge> : null}
          </span>
        );
      },
    }),
    helper.accessor("pagu", { header: t.totalPagu, cell: (info) => formatRupiah(info.getValue()) }),
    helper.accessor("stuntingPagu", { header: t.stuntingPagu, cell: (info) => formatRupiah(info.getValue()) }),
    helper.display({
      id: "share",
      header: t.stuntingShare,
      cell: (info) => formatPercent(info.row.original.stuntingPagu, info.row.original.pagu),
    }),
    helper.display({
      id: "realisasiPct",
      header: t.realisasiPct,
      cell: (info) => formatPercent(info.row.original.realisasi, info.row.original.pagu),
    }),
    helper.display({
      id: "perSasaran",
      header: t.perSasaran,
      cell: (info) => {
        const v = paguPerSasaran(info.row.original);
        return v === null ? "–" : `${formatRupiah(v)} (${info.row.original.sasaran})`;
      },
    }),
    helper.accessor("insentifKpm", {
      header: t.insentif,
      cell: (info) =>
        info.row.original.status ? info.getValue() ? t.insentifYes : <Badge tone="bad">{t.insentifNo}</Badge> : "–",
    }),
  ]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={t.caption(tahun)}
      baseHref={baseHref}
      params={params}
      sortKeys={{
        nama: "nama",
        status: "status",
        pagu: "pagu",
        stuntingPagu: "stuntingPagu",
        share: "share",
        realisasiPct: "realisasiPct",
        perSasaran: "perSasaran",
      }}
      rowKey={(r) => r.kode}
      numeric={["pagu", "stuntingPagu", "share", "realisasiPct", "perSasaran"]}
      testId="tabel-rekap"
    />
  );
}
